using System.Collections.Frozen;
using Verification.Places;

namespace Verification.Extraction.Places;

/// <summary>The built-in gazetteer: countries, their first-level regions, and cities of any real size, with common
/// transliterations and aliases.</summary>
/// <remarks>
/// <para>The list is compiled for this library from general knowledge (no third-party data set); see
/// docs/extraction.md for what it covers. It extends <see cref="Gazetteer.Default"/> (the Mosul example's places) and
/// <see cref="PlaceNameTable.Default"/>, so the example's paths are unchanged: "Mosul" resolves to
/// "Mosul, Nineveh, Iraq".</para>
/// <para>Extend it like any <see cref="Gazetteer"/>: <c>WorldGazetteer.Default.With(Place.Parse("Hamdaniya, Nineveh,
/// Iraq"))</c>, or <see cref="Load"/> a file of your own in the same format, on top of it.</para>
/// <para>Format, one place per line, fields separated by tabs: a kind (<c>C</c> country, <c>R</c> first-level region,
/// <c>T</c> city or town, <c>D</c> district or part of a city, <c>A</c> other area), followed by <c>?</c> when the
/// name is also a common word and is only taken with a place or a preposition beside it; the path, most specific name
/// first ("Mosul, Nineveh, Iraq"); and optionally aliases separated by semicolons. Lines starting with <c>#</c> are
/// comments. When two places share a name, the first listed is the one a bare name resolves to; a following
/// ", Country" in text picks another.</para>
/// </remarks>
public static class WorldGazetteer
{
    private static readonly Lazy<Loaded> Builtin = new(() =>
    {
        using var stream = typeof(WorldGazetteer).Assembly.GetManifestResourceStream("Verification.Extraction.places.tsv")
            ?? throw new InvalidOperationException("The built-in place list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Read(reader, Gazetteer.Default, "built-in place list");
    });

    /// <summary>The built-in gazetteer.</summary>
    public static Gazetteer Default => Builtin.Value.Gazetteer;

    /// <summary>Reads a place list (the format above) into a gazetteer that extends <paramref name="baseGazetteer"/>.</summary>
    /// <param name="reader">The list.</param>
    /// <param name="baseGazetteer">The gazetteer to extend; <see cref="Default"/> when null.</param>
    /// <returns>The extended gazetteer. A place whose most specific name the base already knows replaces it.</returns>
    /// <exception cref="FormatException">A line does not follow the format; the message names the line.</exception>
    public static Gazetteer Load(TextReader reader, Gazetteer? baseGazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(reader, baseGazetteer ?? Default, "place list").Gazetteer;
    }

    /// <summary>What the built-in list says of a place beyond its path: its kind, other places of the same name.</summary>
    internal static PlaceFacts Facts => Builtin.Value.Facts;

    private sealed record Loaded(Gazetteer Gazetteer, PlaceFacts Facts);

    private static Loaded Read(TextReader reader, Gazetteer baseGazetteer, string what)
    {
        var names = baseGazetteer.Names;
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, key) in names.Entries)
        {
            entries[name] = key;
        }

        var places = new List<Place>(baseGazetteer.Places);
        var known = new HashSet<string>(places.Select(p => names.KeyOf(p.Name)), StringComparer.Ordinal);
        var kinds = new Dictionary<string, PlaceKind>(StringComparer.OrdinalIgnoreCase);
        var alternates = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        var needsContext = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenThisList = new HashSet<string>(StringComparer.Ordinal);
        string? line;
        var number = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length is < 1 or > 2 || !Place.TryParse(fields[1], out var place))
            {
                throw new FormatException($"{what}, line {number}: expected a kind (C, R, T, D or A), a tab and a path such as \"Mosul, Nineveh, Iraq\".");
            }

            var kind = fields[0][0] switch
            {
                'C' => PlaceKind.Country,
                'R' => PlaceKind.Region,
                'T' => PlaceKind.City,
                'D' => PlaceKind.District,
                'A' => PlaceKind.Area,
                _ => throw new FormatException($"{what}, line {number}: unknown kind '{fields[0][0]}'; expected C, R, T, D or A."),
            };
            var aliases = fields.Length > 2 ? fields[2].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            var normalized = PlaceNames.Normalize(place.Name);
            if (normalized.Length == 0)
            {
                throw new FormatException($"{what}, line {number}: '{place.Name}' is not a place name.");
            }

            // A second place of the same name in this list is an alternate, found only with context.
            if (!seenThisList.Add(normalized))
            {
                if (!alternates.TryGetValue(normalized, out var list))
                {
                    alternates[normalized] = list = [];
                }

                list.Add(place);
                kinds[place.Path] = kind;
                continue;
            }

            var key = entries.TryGetValue(normalized, out var existingKey) ? existingKey : normalized;
            entries[normalized] = key;
            entries[key] = key;
            foreach (var alias in aliases)
            {
                var a = PlaceNames.Normalize(alias);
                if (a.Length > 0)
                {
                    entries[a] = key;
                }
            }

            if (known.Add(key))
            {
                places.Add(place);
            }
            else
            {
                // The base knows this name: a longer path from the list wins only when it agrees with the base.
                var index = places.FindIndex(p => string.Equals(names.KeyOf(p.Name), key, StringComparison.Ordinal));
                if (index >= 0 && place.Parts.Count >= places[index].Parts.Count && place.RelationTo(places[index], names) == PlaceRelation.Same)
                {
                    places[index] = place;
                }
            }

            kinds[place.Path] = kind;
            if (fields[0].Length == 2 && fields[0][1] == '?')
            {
                needsContext.Add(place.Path);
            }
        }

        var table = PlaceNameTable.FromEntries(entries);
        var gazetteer = Gazetteer.Create(table, places);
        var facts = new PlaceFacts(
            kinds.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            alternates.ToFrozenDictionary(kv => kv.Key, kv => (IReadOnlyList<Place>)kv.Value, StringComparer.Ordinal),
            needsContext.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
        return new Loaded(gazetteer, facts);
    }
}

/// <summary>What kind of place a name denotes.</summary>
internal enum PlaceKind : byte
{
    Country,
    Region,
    City,
    District,
    Area,
}

/// <summary>Facts from the built-in list that a <see cref="Gazetteer"/> does not hold: kinds, other places sharing a
/// name, and names that are also common words.</summary>
internal sealed record PlaceFacts(
    FrozenDictionary<string, PlaceKind> Kinds,
    FrozenDictionary<string, IReadOnlyList<Place>> Alternates,
    FrozenSet<string> NeedsContext)
{
    public PlaceKind KindOf(Place place) =>
        Kinds.TryGetValue(place.Path, out var kind) ? kind
        : place.Parts.Count == 1 ? PlaceKind.Country
        : PlaceKind.City;
}

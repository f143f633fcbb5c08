using System.Collections.Frozen;

namespace Verification;

/// <summary>Aliases for place names: each alias resolves to one canonical name (Mawsil → Mosul).</summary>
/// <remarks>
/// Names are compared after normalisation: case- and accent-insensitive, with a leading Arabic article
/// ("al-", "ar-", …) and hyphens folded, so "al-Mawsil", "Al Mawsil" and "Mawsil" are one name. The table is
/// immutable; <see cref="With"/> returns an extended copy.
/// </remarks>
public sealed class PlaceNameTable
{
    private readonly FrozenDictionary<string, string> _canonical;

    private PlaceNameTable(IEnumerable<KeyValuePair<string, string>> canonical) =>
        _canonical = canonical.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A table with no aliases: names match only after normalisation.</summary>
    public static PlaceNameTable Empty { get; } = new([]);

    /// <summary>Common transliterations for the places of the bundled examples and the region around them.</summary>
    public static PlaceNameTable Default { get; } = Empty
        .With("Mosul", "Mawsil", "Mossul", "Musul")
        .With("West Mosul", "western Mosul", "Mosul west", "right bank of Mosul", "west bank of Mosul")
        .With("East Mosul", "eastern Mosul", "Mosul east", "left bank of Mosul", "east bank of Mosul")
        .With("Nineveh", "Ninawa", "Ninewa", "Nineveh Governorate", "Ninawa Governorate", "Ninewa Governorate")
        .With("Raqqa", "Raqqah", "Rakka")
        .With("Jadida", "Jadidah", "Mosul al-Jadida", "New Mosul")
        .With("Iraq", "Republic of Iraq")
        .With("Syria", "Syrian Arab Republic")
        .With("Baghdad", "Bagdad");

    /// <summary>A copy in which every alias resolves to <paramref name="canonical"/>.</summary>
    /// <param name="canonical">The canonical name.</param>
    /// <param name="aliases">Other names for the same place.</param>
    public PlaceNameTable With(string canonical, params string[] aliases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(canonical);
        ArgumentNullException.ThrowIfNull(aliases);
        var key = PlaceNames.Normalize(canonical);
        var copy = _canonical.ToDictionary(StringComparer.Ordinal);
        copy[key] = key;
        foreach (var alias in aliases)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(alias);
            copy[PlaceNames.Normalize(alias)] = key;
        }

        return new(copy);
    }

    /// <summary>The key a name compares by: the canonical name's normalised form when the name is an alias, else the normalised name.</summary>
    /// <param name="name">A place name.</param>
    public string KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = PlaceNames.Normalize(name);
        return _canonical.TryGetValue(normalized, out var canonical) ? canonical : normalized;
    }

    /// <summary>Whether two names denote the same place.</summary>
    /// <param name="a">A name.</param>
    /// <param name="b">Another name.</param>
    public bool AreSame(string a, string b) => string.Equals(KeyOf(a), KeyOf(b), StringComparison.Ordinal);
}

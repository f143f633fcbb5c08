namespace Verification.Places;

/// <summary>A place written as a path from specific to general, like an address: "al-Jadida, West Mosul, Mosul, Iraq".</summary>
/// <remarks>
/// <para>
/// Relations (<see cref="RelationTo"/>) compare names through a <see cref="PlaceNameTable"/>. Two paths are aligned
/// on the most specific name of one found in the other; the names more general than that point must then agree:
/// the shorter list must be a subsequence of the longer ("Mosul, Iraq" and "Mosul, Nineveh, Iraq" are the same
/// place, "Jadida, Baghdad" and "Jadida, Mosul" are not). So a path may skip levels without breaking a match.
/// </para>
/// <para>A place may be <b>approximate</b> (<see cref="IsApproximate"/>): "Mosul and surrounding areas" is Mosul,
/// approximately. Its most specific name is then the place's name ("Mosul", in <see cref="Name"/> and
/// <see cref="Parts"/>), and every comparison treats it as that place: "Mosul and surrounding areas" is the
/// <see cref="PlaceRelation.Same"/> place as "Mosul, Iraq". The wording is kept as written in <see cref="Path"/>, so that
/// <c>Parse(place.ToString())</c> gives the same place, approximate again. Read before the name: "greater", "around",
/// "in and around", "the area around", "the vicinity of", "the outskirts of"; after it: "and (the) surrounding areas",
/// "and surrounding villages", "and nearby villages", "and nearby areas", "and its surroundings", "and (its) environs",
/// "and (its) vicinity", "and (its) outskirts", "and (its) suburbs". Only the most specific name is read so: a more
/// general one is a container, taken as written. "X area" and "X region" are often a place's own name ("Kurdistan
/// Region", "Kharkiv region" for the oblast), so they are read as X, approximately, only by a gazetteer that knows X and
/// not the whole (see <see cref="Gazetteer.Complete"/>), which likewise keeps a name it knows whole ("Greater
/// Manchester", should it list it) as that place.</para>
/// <para>A place's most specific name may <b>describe an area</b> of the place after it rather than name one
/// (<see cref="IsDescribedArea"/>): "rebel-held northwest, Syria", "northern French coast, France", "the border area,
/// Turkey", "government-held areas, Syria". Such a name is made of words for directions, coasts, borders, areas and who
/// holds them (a shipped list that holds no place name), ending in a noun for an area or a direction; one other word is
/// allowed when a listed word beside the noun qualifies it ("French" in "northern French coast"). A name with a place's
/// name in it stays a name: "North Darfur", "East Jerusalem", "West Mosul". A described area is a part of its place
/// (<see cref="PlaceRelation.Within"/> "Syria"), and no list can say which of the place's other parts it holds: with a
/// place inside its place ("Idlib, Syria", "Calais, France"), or another area described in other words, it
/// <see cref="PlaceRelation.MayOverlap"/>. A name alone, with no place after it, is not read so, nor is a name a gazetteer
/// lists (see <see cref="Gazetteer.Complete"/>).</para>
/// <para>Places are immutable. Equality is by the normalised names of the path (case- and accent-insensitive, no
/// aliases), by <see cref="IsDescribedArea"/> and by <see cref="IsApproximate"/>: "Mosul" and "greater Mosul" are the same place but not equal values (a
/// claim that says "around Mosul" said something else than one that says "Mosul"), while the wording of the
/// approximation is not compared ("greater Mosul" equals "Mosul and its environs"). Use <see cref="RelationTo"/> to
/// compare places.</para>
/// </remarks>
public sealed class Place : IEquatable<Place>
{
    private readonly string[] _parts;
    private readonly string[] _normalized;

    // The wording of an approximation around the most specific name, as written ("greater ", " and surrounding
    // areas"); both empty for an exact place.
    private readonly string _before;
    private readonly string _after;

    // Whether the most specific name describes an area of the next one rather than names a place.
    private readonly bool _area;

    // The keys under the table last asked for, so that comparing the same place again allocates nothing. Replaced as a
    // whole (one reference), so a reader always sees keys that belong to the table beside them.
    private KeysUnder? _keys;

    private Place(string[] parts, string before, string after, bool area)
    {
        _parts = parts;
        _normalized = Array.ConvertAll(parts, PlaceNames.Normalize);
        _before = before;
        _after = after;
        _area = area;
    }

    // A place from its parts as written, the most specific one read for an approximation, then for a described area.
    private static Place Read(string[] parts)
    {
        var (before, name, after) = PlaceApproximation.Read(parts[0]);
        parts[0] = name;
        return new Place(parts, before, after, parts.Length > 1 && DescribedArea.IsDescription(name));
    }

    /// <summary>The names of the path, most specific first.</summary>
    public IReadOnlyList<string> Parts => _parts;

    /// <summary>The most specific name ("al-Jadida" for "al-Jadida, West Mosul, Mosul, Iraq"; "Mosul" for "Mosul and
    /// surrounding areas, Iraq").</summary>
    public string Name => _parts[0];

    /// <summary>Whether the place is its most specific name approximately: "Mosul and surrounding areas", "greater
    /// Mosul", "around Mosul" (see the remarks). Comparisons treat it as that place.</summary>
    public bool IsApproximate => _before.Length > 0 || _after.Length > 0;

    /// <summary>Whether the most specific name describes an area of the place after it rather than names a place:
    /// "rebel-held northwest, Syria", "the border area, Turkey" (see the remarks). Comparisons treat it as a part of that
    /// place that may overlap the place's other parts (<see cref="PlaceRelation.MayOverlap"/>).</summary>
    public bool IsDescribedArea => _area;

    /// <summary>The path as written, parts joined by ", ", with the wording of an approximation around the most specific
    /// name ("Mosul and surrounding areas, Iraq").</summary>
    public string Path => IsApproximate
        ? string.Join(", ", _parts.Skip(1).Prepend(_before + _parts[0] + _after))
        : string.Join(", ", _parts);

    /// <summary>The most specific name as written, with the wording of an approximation ("greater Mosul").</summary>
    internal string WrittenName => _before + _parts[0] + _after;

    /// <summary>The normalised names, joined, and whether the place is approximate: what equality compares, in one string.</summary>
    internal string ComparedForm => string.Join(", ", _normalized) + (_area ? " (described area)" : string.Empty) + (IsApproximate ? " (approximately)" : string.Empty);

    /// <summary>This place's path, approximate as <paramref name="wording"/> is, with its wording around this place's
    /// most specific name.</summary>
    internal Place ApproximateAs(Place wording) =>
        wording.IsApproximate == IsApproximate && wording._before == _before && wording._after == _after
            ? this
            : new Place(_parts, wording._before, wording._after, _area);

    /// <summary>The same path with the most specific name taken whole, as written, as a place's name: not as an
    /// approximation, nor as a described area.</summary>
    internal Place Exactly() =>
        IsApproximate || _area ? new Place([WrittenName, .. _parts.Skip(1)], string.Empty, string.Empty, area: false) : this;

    /// <summary>The same path, approximately its most specific name, with <paramref name="before"/> and
    /// <paramref name="after"/> the wording around the name.</summary>
    internal Place Approximately(string name, string before, string after) =>
        new([name, .. _parts.Skip(1)], before, after, area: false);

    /// <summary>This place's most specific name, with its wording and reading, within <paramref name="parent"/> instead
    /// of the names after it.</summary>
    internal Place Within(Place parent) =>
        new([_parts[0], .. parent._parts], _before, _after, _area);

    /// <summary>Creates a place from its names, most specific first; the most specific one may be approximate ("greater
    /// Mosul": see <see cref="IsApproximate"/>).</summary>
    /// <param name="parts">One or more non-empty names, none containing a comma (the separator of <see cref="Path"/>).</param>
    /// <exception cref="ArgumentException">No names, an empty name, or a name with a comma.</exception>
    public static Place Of(params IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var array = parts.Select(p => p?.Trim() ?? string.Empty).ToArray();
        if (array.Length == 0 || Array.Exists(array, p => p.Length == 0))
        {
            throw new ArgumentException("A place needs one or more non-empty names.", nameof(parts));
        }

        // A name with a comma would not survive Parse(Path): "Mosul, Iraq" is a path of two names, not one name.
        if (Array.Find(array, p => p.Contains(',', StringComparison.Ordinal)) is { } withComma)
        {
            throw new ArgumentException($"'{withComma}' is a path, not one name: pass its names separately, or use Place.Parse.", nameof(parts));
        }

        return Read(array);
    }

    /// <summary>Parses a comma-separated path, most specific first; the most specific name may be approximate ("Mosul
    /// and surrounding areas, Iraq": see <see cref="IsApproximate"/>).</summary>
    /// <param name="path">The path, e.g. "West Mosul, Mosul, Iraq".</param>
    /// <exception cref="FormatException">The path is empty or has an empty part.</exception>
    public static Place Parse(string path) =>
        TryParse(path, out var place) ? place : throw new FormatException($"'{path}' is not a place: expected names separated by commas, most specific first, e.g. \"West Mosul, Mosul, Iraq\".");

    /// <summary>Parses a comma-separated path without throwing.</summary>
    /// <param name="path">The path.</param>
    /// <param name="place">The place, when the path is valid.</param>
    public static bool TryParse(string? path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Place? place)
    {
        place = null;
        if (string.IsNullOrWhiteSpace(path))
        {
            return false;
        }

        var parts = path.Split(',', StringSplitOptions.TrimEntries);
        if (Array.Exists(parts, p => p.Length == 0))
        {
            return false;
        }

        place = Read(parts);
        return true;
    }

    /// <summary>How this place relates to <paramref name="other"/>.</summary>
    /// <param name="other">The other place.</param>
    /// <param name="names">Aliases to compare names through; <see cref="PlaceNameTable.Default"/> when null.</param>
    public PlaceRelation RelationTo(Place other, PlaceNameTable? names = null)
    {
        ArgumentNullException.ThrowIfNull(other);
        names ??= PlaceNameTable.Default;
        return PlacePath.Relation(SharedKeys(names), _area, other.SharedKeys(names), other._area);
    }

    /// <summary>The comparison keys of the path's names under <paramref name="names"/>, most specific first.</summary>
    /// <param name="names">The alias table.</param>
    public string[] Keys(PlaceNameTable names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return Array.ConvertAll(_normalized, names.KeyOfNormalized);
    }

    /// <summary>The same keys as <see cref="Keys"/>, computed once per table and shared: callers must not change the array.</summary>
    /// <param name="names">The alias table.</param>
    /// <param name="intern">When the keys are computed here, maps each to an equal string to keep instead (so that many
    /// places share one instance per name, which compares by reference); null keeps them as they are.</param>
    public string[] SharedKeys(PlaceNameTable names, Func<string, string>? intern = null)
    {
        var cached = _keys;
        if (cached is not null && ReferenceEquals(cached.Names, names))
        {
            return cached.Keys;
        }

        var keys = Keys(names);
        if (intern is not null)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = intern(keys[i]);
            }
        }

        _keys = new KeysUnder(names, keys);
        return keys;
    }

    /// <inheritdoc />
    public bool Equals(Place? other) =>
        other is not null && IsApproximate == other.IsApproximate && _area == other._area && _normalized.AsSpan().SequenceEqual(other._normalized);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Place);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(IsApproximate);
        hash.Add(_area);
        foreach (var n in _normalized)
        {
            hash.Add(n, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The path as written.</summary>
    public override string ToString() => Path;

    /// <summary>Value equality.</summary>
    public static bool operator ==(Place? left, Place? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Place? left, Place? right) => !(left == right);

    private sealed record KeysUnder(PlaceNameTable Names, string[] Keys);
}

namespace Verification;

/// <summary>A place written as a path from specific to general, like an address: "al-Jadida, West Mosul, Mosul, Iraq".</summary>
/// <remarks>
/// <para>
/// Relations (<see cref="RelationTo"/>) compare names through a <see cref="PlaceNameTable"/>. Two paths are aligned
/// on the most specific name of one found in the other; the names more general than that point must then agree:
/// the shorter list must be a subsequence of the longer ("Mosul, Iraq" and "Mosul, Nineveh, Iraq" are the same
/// place, "Jadida, Baghdad" and "Jadida, Mosul" are not). So a path may skip levels without breaking a match.
/// </para>
/// <para>Places are immutable. Equality is by the normalised names of the path (case- and accent-insensitive, no
/// aliases); use <see cref="RelationTo"/> for alias-aware comparison.</para>
/// </remarks>
public sealed class Place : IEquatable<Place>
{
    private readonly string[] _parts;
    private readonly string[] _normalized;

    // The keys under the table last asked for, so that comparing the same place again allocates nothing. Replaced as a
    // whole (one reference), so a reader always sees keys that belong to the table beside them.
    private KeysUnder? _keys;

    private Place(string[] parts)
    {
        _parts = parts;
        _normalized = Array.ConvertAll(parts, PlaceNames.Normalize);
    }

    /// <summary>The names of the path, most specific first.</summary>
    public IReadOnlyList<string> Parts => _parts;

    /// <summary>The most specific name ("al-Jadida" for "al-Jadida, West Mosul, Mosul, Iraq").</summary>
    public string Name => _parts[0];

    /// <summary>The path as written, parts joined by ", ".</summary>
    public string Path => string.Join(", ", _parts);

    /// <summary>The normalised names, joined: what equality compares, in one string.</summary>
    internal string ComparedForm => string.Join(", ", _normalized);

    /// <summary>Creates a place from its names, most specific first.</summary>
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

        return new Place(array);
    }

    /// <summary>Parses a comma-separated path, most specific first.</summary>
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

        place = new Place(parts);
        return true;
    }

    /// <summary>How this place relates to <paramref name="other"/>.</summary>
    /// <param name="other">The other place.</param>
    /// <param name="names">Aliases to compare names through; <see cref="PlaceNameTable.Default"/> when null.</param>
    public PlaceRelation RelationTo(Place other, PlaceNameTable? names = null)
    {
        ArgumentNullException.ThrowIfNull(other);
        names ??= PlaceNameTable.Default;
        return PlacePath.Relation(SharedKeys(names), other.SharedKeys(names));
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
    internal string[] SharedKeys(PlaceNameTable names, Func<string, string>? intern = null)
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
    public bool Equals(Place? other) => other is not null && _normalized.AsSpan().SequenceEqual(other._normalized);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Place);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
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

using System.Collections.Frozen;

namespace Verification;

/// <summary>Aliases for place names: each alias resolves to one canonical name (Mawsil → Mosul).</summary>
/// <remarks>
/// <para>Names are compared after normalisation: case- and accent-insensitive, with a leading Arabic article
/// ("al-", "ar-", …) and hyphens folded, so "al-Mawsil", "Al Mawsil" and "Mawsil" are one name.</para>
/// <para>The table is a partition of names into groups, each with a canonical name. It is immutable;
/// <see cref="With"/> returns an extended copy in which the given names, and every name already grouped with any of
/// them, form one group. Extending never splits a group: to drop an alias, build a table from <see cref="Empty"/>.</para>
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
        .With("Baghdad", "Bagdad")
        .With("Hamam al-Alil", "Hammam al-Alil", "Hammam Alil", "Hamam Alil")
        .With("Erbil", "Arbil", "Irbil", "Hawler")
        .With("Tal Afar", "Tall Afar", "Tel Afar", "Telafar", "Talafar")
        .With("Qayyarah", "Qayara", "Qayyara", "Qaiyara")
        .With("Fallujah", "Falluja", "Fallouja")
        .With("Aleppo", "Halab")
        .With("Deir ez-Zor", "Deir ez-Zour", "Deir al-Zour", "Deir el-Zor", "Dayr az-Zawr", "Deir Ezzor");

    /// <summary>A copy in which <paramref name="canonical"/>, every alias, and every name already grouped with any of
    /// them denote one place.</summary>
    /// <param name="canonical">The canonical name. When it is already in a group, the group keeps its canonical name.</param>
    /// <param name="aliases">Other names for the same place.</param>
    /// <remarks>Groups merge: <c>Default.With("Mawsil", "Mausil")</c> makes "Mausil" another name for Mosul (not a new
    /// place called Mawsil), and naming another group's canonical name as an alias joins that whole group.</remarks>
    /// <exception cref="ArgumentException">A name is null, empty, or has no letters or digits left after normalisation.</exception>
    public PlaceNameTable With(string canonical, params string[] aliases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(canonical);
        ArgumentNullException.ThrowIfNull(aliases);
        foreach (var alias in aliases)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(alias);
        }

        var canonicalName = NormalizeNonEmpty(canonical, nameof(canonical));
        var key = KeyOfNormalized(canonicalName);
        var copy = _canonical.ToDictionary(StringComparer.Ordinal);

        // The groups the names belong to now (a name in no group is a group of its own): all of them become one.
        var groups = new HashSet<string>(StringComparer.Ordinal) { key };
        var names = new List<string>(aliases.Length + 1) { canonicalName };
        foreach (var alias in aliases)
        {
            var name = NormalizeNonEmpty(alias, nameof(aliases));
            names.Add(name);
            groups.Add(KeyOfNormalized(name));
        }

        foreach (var (name, target) in _canonical)
        {
            if (groups.Contains(target))
            {
                copy[name] = key;
            }
        }

        foreach (var group in groups)
        {
            copy[group] = key;
        }

        foreach (var name in names)
        {
            copy[name] = key;
        }

        return new(copy);
    }

    /// <summary>The key a name compares by: the canonical name's normalised form when the name is an alias, else the normalised name.</summary>
    /// <param name="name">A place name.</param>
    public string KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return KeyOfNormalized(PlaceNames.Normalize(name));
    }

    /// <summary>Every normalised name and the key it compares by (a group's canonical name maps to itself).</summary>
    internal IEnumerable<KeyValuePair<string, string>> Entries => _canonical;

    /// <summary>A table built in one step from normalised names and their keys, for large generated tables
    /// (<see cref="With"/> copies the table on every call). Every key must also map to itself.</summary>
    internal static PlaceNameTable FromEntries(IEnumerable<KeyValuePair<string, string>> normalizedNameToKey) =>
        new(normalizedNameToKey);

    internal string KeyOfNormalized(string normalized) =>
        _canonical.TryGetValue(normalized, out var canonical) ? canonical : normalized;

    /// <summary>Whether two names denote the same place.</summary>
    /// <param name="a">A name.</param>
    /// <param name="b">Another name.</param>
    public bool AreSame(string a, string b) => string.Equals(KeyOf(a), KeyOf(b), StringComparison.Ordinal);

    private static string NormalizeNonEmpty(string name, string paramName)
    {
        var normalized = PlaceNames.Normalize(name);
        return normalized.Length > 0 ? normalized : throw new ArgumentException($"'{name}' is not a place name.", paramName);
    }

}

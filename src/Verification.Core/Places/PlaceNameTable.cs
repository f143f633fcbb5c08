using System.Collections.Frozen;
using Verification.Data;

namespace Verification.Places;

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

    /// <summary>The built-in aliases: common transliterations for the places of the bundled examples and the region
    /// around them, and places under their current official names with the names they replaced.</summary>
    /// <remarks>
    /// <para>Shipped as data with the library, one place a line. Renamings include Türkiye = Turkey, Czechia = Czech
    /// Republic, Eswatini = Swaziland, North Macedonia = Macedonia, Myanmar = Burma, Côte d'Ivoire = Ivory Coast, Cabo
    /// Verde = Cape Verde, Timor-Leste = East Timor, DR Congo = DRC = Democratic Republic of the Congo, Sri Lanka =
    /// Ceylon; Kyiv = Kiev, Kharkiv = Kharkov, Odesa = Odessa, Mykolaiv = Nikolaev, Lviv = Lvov, Dnipro =
    /// Dnipropetrovsk, Bakhmut = Artemivsk; Mumbai = Bombay, Chennai = Madras, Kolkata = Calcutta, Yangon = Rangoon,
    /// Beijing = Peking, Ho Chi Minh City = Saigon, Almaty = Alma-Ata.</para>
    /// <para>This is the one list of these aliases: a larger place list (such as the extraction package's gazetteer)
    /// extends this table rather than repeating them.</para>
    /// </remarks>
    public static PlaceNameTable Default { get; } = BuiltInGroups().Aggregate(Empty, (table, group) => table.With(group.Canonical, group.Aliases));

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
    public IEnumerable<KeyValuePair<string, string>> Entries => _canonical;

    /// <summary>A table built in one step from normalised names and their keys, for large generated tables
    /// (<see cref="With"/> copies the table on every call). Every key must also map to itself.</summary>
    /// <param name="normalizedNameToKey">Each normalised name (see <see cref="PlaceNames.Normalize"/>) and its key.</param>
    /// <returns>The table.</returns>
    public static PlaceNameTable FromEntries(IEnumerable<KeyValuePair<string, string>> normalizedNameToKey) =>
        new(normalizedNameToKey);

    /// <summary>Whether the table lists the normalised name, as an alias or a group's canonical name.</summary>
    internal bool Contains(string normalized) => _canonical.ContainsKey(normalized);

    internal string KeyOfNormalized(string normalized) =>
        _canonical.TryGetValue(normalized, out var canonical) ? canonical : normalized;

    /// <summary>Whether two names denote the same place.</summary>
    /// <param name="a">A name.</param>
    /// <param name="b">Another name.</param>
    public bool AreSame(string a, string b) => string.Equals(KeyOf(a), KeyOf(b), StringComparison.Ordinal);

    /// <summary>The groups of the built-in list, as written in its data file: the canonical name and the other names.</summary>
    /// <exception cref="InvalidOperationException">The list is missing or a line does not follow its format.</exception>
    internal static IReadOnlyList<(string Canonical, string[] Aliases)> BuiltInGroups()
    {
        const string What = "The built-in list of place names";
        var groups = new List<(string, string[])>();
        foreach (var (number, fields) in ShippedTable.Lines("Verification.place-names.tsv", What))
        {
            if (fields.Length != 2 || string.IsNullOrWhiteSpace(fields[0]))
            {
                throw ShippedTable.Malformed(What, number, "a name, a tab and other names separated by semicolons");
            }

            groups.Add((fields[0].Trim(), ShippedTable.Names(fields[1])));
        }

        return groups;
    }

    private static string NormalizeNonEmpty(string name, string paramName)
    {
        var normalized = PlaceNames.Normalize(name);
        return normalized.Length > 0 ? normalized : throw new ArgumentException($"'{name}' is not a place name.", paramName);
    }

}

using System.Collections.Frozen;
using Verification.Data;

namespace Verification.Sources;

/// <summary>The words a source name is read by when it names a body or an office of a country or a place: the bodies and
/// offices, their fields, the qualifiers that do not change which body it is, the roles of people and products of a
/// body, and the levels that name no place. Shipped as data (<c>Data/source-bodies.tsv</c>).</summary>
/// <remarks>Phrases are kept in the form <see cref="SourceNameReader"/> gives words: lower case, full stops and
/// apostrophes dropped, words joined by one space.</remarks>
internal static class SourceBodyWords
{
    private const string ResourceName = "Verification.source-bodies.tsv";

    /// <summary>The longest phrase, in words, of any entry.</summary>
    public const int LongestPhrase = 3;

    private static readonly Table Words = Read();

    /// <summary>Bodies and offices by every name they go by.</summary>
    public static FrozenDictionary<string, BodyKind> Kinds => Words.Kinds;

    /// <summary>Fields by every name they go by, to the name the origin is written with.</summary>
    public static FrozenDictionary<string, string> Fields => Words.Fields;

    /// <summary>Words that say who runs a body or how ("caretaker"), and not which body it is.</summary>
    public static FrozenSet<string> Qualifiers => Words.Qualifiers;

    /// <summary>People and products of a body ("spokesperson", "sources", "data").</summary>
    public static FrozenSet<string> Roles => Words.Roles;

    /// <summary>Levels that name no place ("region", "city").</summary>
    public static FrozenSet<string> Levels => Words.Levels;

    /// <summary>Every entry as written in the data file: what it is, its name and its other names (for its checks).</summary>
    internal static IReadOnlyList<(string What, string Name, string[] Others)> Entries()
    {
        const string What = "The shipped list of source body words";
        var entries = new List<(string, string, string[])>();
        foreach (var (number, fields) in ShippedTable.Lines(ResourceName, What))
        {
            if (fields.Length != 3 || fields[1].Trim().Length == 0)
            {
                throw ShippedTable.Malformed(What, number, "what it is, a tab, a name, a tab and other names separated by semicolons");
            }

            entries.Add((fields[0], fields[1].Trim(), ShippedTable.Names(fields[2])));
        }

        return entries;
    }

    private static Table Read()
    {
        var kinds = new Dictionary<string, BodyKind>(StringComparer.Ordinal);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var qualifiers = new HashSet<string>(StringComparer.Ordinal);
        var roles = new HashSet<string>(StringComparer.Ordinal);
        var levels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (what, name, others) in Entries())
        {
            var canonical = SourceNameReader.FoldPhrase(name);
            var names = others.Select(SourceNameReader.FoldPhrase).Prepend(canonical);
            switch (what)
            {
                case "field":
                    foreach (var n in names)
                    {
                        fields.Add(n, canonical);
                    }

                    break;
                case "qualifier":
                    qualifiers.UnionWith(names);
                    break;
                case "role":
                    roles.UnionWith(names);
                    break;
                case "level":
                    levels.UnionWith(names);
                    break;
                default:
                    // An office is written as the body it heads, which may be listed on its own line too.
                    var kind = KindOf(what, canonical);
                    kinds.TryAdd(canonical, kind);
                    foreach (var n in others.Select(SourceNameReader.FoldPhrase))
                    {
                        kinds.Add(n, kind);
                    }

                    break;
            }
        }

        return new Table(
            kinds.ToFrozenDictionary(StringComparer.Ordinal),
            fields.ToFrozenDictionary(StringComparer.Ordinal),
            qualifiers.ToFrozenSet(StringComparer.Ordinal),
            roles.ToFrozenSet(StringComparer.Ordinal),
            levels.ToFrozenSet(StringComparer.Ordinal));
    }

    private static BodyKind KindOf(string what, string canonical) => what switch
    {
        "body" => new BodyKind(canonical, TakesField: false, IsOffice: false, IsLocal: false, IsCollective: false),
        "fielded" => new BodyKind(canonical, TakesField: true, IsOffice: false, IsLocal: false, IsCollective: false),
        "office" => new BodyKind(canonical, TakesField: false, IsOffice: true, IsLocal: false, IsCollective: false),
        "fielded office" => new BodyKind(canonical, TakesField: true, IsOffice: true, IsLocal: false, IsCollective: false),
        "local office" => new BodyKind(canonical, TakesField: false, IsOffice: true, IsLocal: true, IsCollective: false),
        "collective" => new BodyKind(canonical, TakesField: true, IsOffice: false, IsLocal: false, IsCollective: true),
        _ => throw new InvalidOperationException($"The shipped list of source body words has an entry of unknown kind '{what}'."),
    };

    private sealed record Table(
        FrozenDictionary<string, BodyKind> Kinds,
        FrozenDictionary<string, string> Fields,
        FrozenSet<string> Qualifiers,
        FrozenSet<string> Roles,
        FrozenSet<string> Levels);
}

/// <summary>A body or office a source name can name.</summary>
/// <param name="Name">The name its origin is written with ("ministry" for "minister" too).</param>
/// <param name="TakesField">Whether it is named by a field ("health ministry").</param>
/// <param name="IsOffice">Whether one person holds it: the holder speaks for it.</param>
/// <param name="IsLocal">Whether it is held in many places of a country ("governor"): then a named holder is the origin.</param>
/// <param name="IsCollective">Whether it is a body only with its place stated ("Turkish authorities").</param>
internal sealed record BodyKind(string Name, bool TakesField, bool IsOffice, bool IsLocal, bool IsCollective);

using System.Collections.Frozen;
using System.Text;

namespace Verification;

/// <summary>The form source names compare in, so that one body under its several names is one origin: "UNHCR", "UNHCR
/// data", "UNHCR spokesperson Babar Baloch" and "the UN refugee agency" are all <c>unhcr</c>; "Ministry of Health in
/// Gaza" and "health ministry in Gaza" are both <c>gaza health ministry</c>.</summary>
/// <remarks>
/// In order: lower case, full stops and apostrophes dropped ("U.N." is "un"), spaces folded; a leading "the" dropped; the
/// name cut before a word that introduces a person or a product of the body ("spokesperson", "head", "chief",
/// "director", "representative", "data", "figures", "statistics") when a name comes before it; "W ministry of X in Y"
/// and "X ministry in Y" written "Y W X ministry"; then the alias table (<c>Data/source-names.tsv</c>) of well-known
/// bodies. The result is what <see cref="OriginGraph.NormalizeSource"/> returns.
/// </remarks>
internal static class SourceNames
{
    private const string ResourceName = "Verification.source-names.tsv";

    private static readonly FrozenSet<string> RoleWords = FrozenSet.ToFrozenSet(
        ["spokesperson", "spokesman", "spokeswoman", "spokespeople", "head", "chief", "director", "representative", "data", "figures", "statistics"],
        StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Aliases = ReadAliases();

    // What makes a name more than a plain word to lower-case.
    private static readonly System.Buffers.SearchValues<char> Folded = System.Buffers.SearchValues.Create(" \t\r\n.'\u2019\u00a0");

    /// <summary>The comparison form of a source name.</summary>
    public static string Normalize(string source)
    {
        // A plain word ("UNHCR", "Airwars") needs only lower case.
        var folded = source.AsSpan().IndexOfAny(Folded) < 0 ? source.ToLowerInvariant() : Fold(source);
        if (folded.Contains(' ', StringComparison.Ordinal))
        {
            folded = Shape(folded.Split(' '));
        }

        return Aliases.TryGetValue(folded, out var canonical) ? canonical : folded;
    }

    // Lower case, full stops and apostrophes dropped, white space folded to single spaces.
    private static string Fold(string source)
    {
        var sb = new StringBuilder(source.Length);
        var space = false;
        foreach (var c in source)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (c is '.' or '\'' or '\u2019')
            {
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static string Shape(string[] words)
    {
        var start = words.Length > 1 && words[0] == "the" ? 1 : 0;
        var end = words.Length;
        for (var i = start + 1; i < end; i++)
        {
            if (RoleWords.Contains(words[i]))
            {
                end = i;
                break;
            }
        }

        var span = words.AsSpan(start, end - start);
        var ministry = span.IndexOf("ministry");
        if (ministry >= 0)
        {
            // "ministry of health in gaza" and "health ministry in gaza": "gaza health ministry".
            var where = span.IndexOf("in");
            var place = where > ministry ? string.Join(' ', span[(where + 1)..].ToArray()) : null;
            var upTo = where > ministry ? where : span.Length;
            // Words before "ministry of" say whose it is: "iraqi ministry of health" is "iraqi health ministry".
            var topic = ministry + 1 < upTo && span[ministry + 1] == "of"
                ? string.Join(' ', span[..ministry].ToArray().Concat(span[(ministry + 2)..upTo].ToArray()))
                : string.Join(' ', span[..ministry].ToArray());
            if (topic.Length > 0)
            {
                return (place is null ? string.Empty : place + " ") + topic + " ministry";
            }
        }

        return string.Join(' ', span.ToArray());
    }

    private static FrozenDictionary<string, string> ReadAliases()
    {
        using var stream = typeof(SourceNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The shipped source name table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var canonical = Fold(line[..tab]);
            foreach (var alias in line[(tab + 1)..].Split(';'))
            {
                aliases.Add(Fold(alias), canonical);
            }
        }

        return aliases.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

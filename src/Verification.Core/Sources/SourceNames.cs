using System.Collections.Frozen;
using System.Text;
using Verification.Data;
using Verification.Places;

namespace Verification.Sources;

/// <summary>The form source names compare in, so that one body under its several names is one origin: "UNHCR", "UNHCR
/// data", "UNHCR spokesperson Babar Baloch" and "the UN refugee agency" are all <c>unhcr</c>; "Ministry of Health in
/// Gaza", "health ministry in Gaza" and, in a claim about Gaza, "health ministry sources" are all
/// <c>gaza health ministry</c>.</summary>
/// <remarks>
/// <para>In order: the alias table (<c>Data/source-names.tsv</c>) of well-known bodies, for the whole name or for the
/// name before a role or a person's name ("UN High Commissioner for Refugees Filippo Grandi"); then the name read as a
/// body or office of a jurisdiction, or as a person (<see cref="SourceNameReader"/>); a name that does not read so is
/// lower-cased, full stops and apostrophes dropped, spaces folded, a leading "the" dropped, cut before a word that
/// introduces a person or a product of the body ("spokesperson", "head", "chief", "director", "representative", "data",
/// "figures", "statistics") when a name comes before it, "W ministry of X in Y" and "X ministry in Y" written
/// "Y W X ministry", and looked up in the alias table again.</para>
/// <para><see cref="Normalize"/> is the form without a claim's place (what <see cref="OriginGraph.NormalizeSource(string)"/>
/// returns); <see cref="OriginName"/> the origin a name stands for in a claim about a place, where a body that states no
/// jurisdiction is the one of the claim's place (see <see cref="SourceReading"/>).</para>
/// </remarks>
public static class SourceNames
{
    private const string ResourceName = "Verification.source-names.tsv";

    private static readonly FrozenSet<string> RoleWords = FrozenSet.ToFrozenSet(
        ["spokesperson", "spokesman", "spokeswoman", "spokespeople", "head", "chief", "director", "representative", "data", "figures", "statistics"],
        StringComparer.Ordinal);

    private const int MaxReadingsKept = 65_536;

    private static readonly FrozenDictionary<string, string> Aliases = ReadAliases();

    // Names read so far (see Read); the readings depend only on the tables above.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SourceReading> Readings = new(StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> Apostrophes = System.Buffers.SearchValues.Create("'\u2019");

    // What makes a name more than a plain word to lower-case.
    private static readonly System.Buffers.SearchValues<char> Folded = System.Buffers.SearchValues.Create(" \t\r\n.'\u2019\u2018\u00a0");

    /// <summary>The comparison form of a source name, without a claim's place.</summary>
    public static string Normalize(string source) => Read(source).Name;

    /// <summary>The origin a source name stands for in a claim about <paramref name="place"/>.</summary>
    /// <param name="source">The name as written.</param>
    /// <param name="place">The claim's place, or null.</param>
    public static string OriginName(string source, Place? place) => Read(source).In(place);

    /// <summary>How a source name reads: its comparison form, and whether and how its origin depends on a claim's place.</summary>
    /// <remarks>Read once per name and kept: a run reads the same few names for every claim and candidate, and reading
    /// one takes several passes over its words.</remarks>
    public static SourceReading Read(string source)
    {
        if (Readings.TryGetValue(source, out var known))
        {
            return known;
        }

        var reading = ReadNew(source);
        // Bounded: input with ever new names would otherwise grow it for good.
        if (Readings.Count < MaxReadingsKept)
        {
            Readings.TryAdd(source, reading);
        }

        return reading;
    }

    private static SourceReading ReadNew(string source)
    {
        // A plain word ("UNHCR", "Airwars") needs only lower case, unless it names a body ("police", "government").
        var folded = source.AsSpan().IndexOfAny(Folded) < 0 ? source.ToLowerInvariant() : Fold(source);
        if ((KnownBody(folded) ?? (source.AsSpan().IndexOfAny(Apostrophes) >= 0 ? KnownBody(Fold(WithoutPossessives(source))) : null)) is { } canonical)
        {
            return SourceReading.Fixed(canonical);
        }

        if (AliasBeforePerson(source, folded) is { } alias)
        {
            return SourceReading.Fixed(alias);
        }

        if (SourceNameReader.Read(source) is { } reading)
        {
            return reading;
        }

        if (folded.Contains(' ', StringComparison.Ordinal))
        {
            folded = Shape(folded.Split(' '));
        }

        return SourceReading.Fixed(Alias(folded));
    }

    /// <summary>The canonical name of a well-known body when <paramref name="folded"/> is one of its names, else the name.</summary>
    /// <param name="folded">A name in lower case, full stops and apostrophes dropped, spaces folded.</param>
    public static string Alias(string folded) => Aliases.TryGetValue(folded, out var canonical) ? canonical : folded;

    // A well-known body's canonical name, when the folded name is one of its names with or without "the".
    private static string? KnownBody(string folded) =>
        Aliases.TryGetValue(folded, out var canonical) || Aliases.TryGetValue(WithoutArticle(folded), out canonical) ? canonical : null;

    // The name with a possessive "'s" taken off each word: "The U.N.'s refugee agency" is "The U.N. refugee agency".
    private static string WithoutPossessives(string source)
    {
        var sb = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] is '\'' or '\u2019' && i + 1 < source.Length && source[i + 1] is 's' or 'S'
                && (i + 2 == source.Length || !char.IsLetterOrDigit(source[i + 2])))
            {
                i++;
                continue;
            }

            sb.Append(source[i]);
        }

        return sb.ToString();
    }

    private static string WithoutArticle(string folded) =>
        folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;

    // A well-known body's name followed by a person's name: "UN High Commissioner for Refugees Filippo Grandi".
    private static string? AliasBeforePerson(string source, string folded)
    {
        var words = source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var foldedWords = folded.Split(' ');
        if (words.Length < 3 || foldedWords.Length != words.Length || !char.IsUpper(words[^1][0]))
        {
            return null;
        }

        for (var n = words.Length - 1; n >= 2; n--)
        {
            if (!char.IsUpper(words[n][0]) && !words[n].Contains('-', StringComparison.Ordinal))
            {
                // The words after the body must all be written as a name.
                return null;
            }

            if (KnownBody(string.Join(' ', foldedWords, 0, n)) is { } canonical)
            {
                return canonical;
            }
        }

        return null;
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

            if (c is '.' or '\'' or '\u2019' or '\u2018')
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
        const string What = "The shipped source name table";
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, fields) in ShippedTable.Lines(ResourceName, What))
        {
            if (fields.Length != 2 || fields[0].Trim().Length == 0)
            {
                throw ShippedTable.Malformed(What, number, "a name, a tab and other names separated by semicolons");
            }

            var canonical = Fold(fields[0]);
            foreach (var alias in fields[1].Split(';'))
            {
                aliases.Add(Fold(alias), canonical);
            }
        }

        return aliases.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

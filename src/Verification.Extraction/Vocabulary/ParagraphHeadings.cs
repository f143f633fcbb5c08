using System.Collections.Frozen;
using Verification.Figures;

namespace Verification.Extraction.Vocabulary;

/// <summary>The heads that mark a paragraph as page furniture ("Read more:", "Photo:"), from the shipped lists
/// (Data/{language}/headings.txt: one phrase a line).</summary>
internal static class ParagraphHeadings
{
    private const string File = "headings.txt";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Furniture =
        ReadShipped().Select(h => h.Phrase).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the words before a paragraph's colon mark it as page furniture.</summary>
    /// <param name="head">The words before the colon, without surrounding white space; compared without regard to case.</param>
    public static bool IsFurniture(ReadOnlySpan<char> head) => Furniture.Contains(head);

    /// <summary>The phrases of every language, as written, with where each is.</summary>
    /// <exception cref="InvalidOperationException">A list is missing, or a phrase is not in lower case or is listed twice in
    /// a language; the message lists every problem.</exception>
    internal static List<(string Language, int Number, string Phrase)> ReadShipped()
    {
        var problems = new List<string>();
        var phrases = Parse(ShippedVocabulary.Lines(File), problems);
        return problems.Count == 0
            ? phrases
            : throw new InvalidOperationException("The built-in paragraph headings are not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    /// <summary>The phrases of headings files, as <see cref="ShippedVocabulary"/> splits them; the lines that break the format
    /// or repeat a phrase of their language are left out and said in <paramref name="problems"/>.</summary>
    internal static List<(string Language, int Number, string Phrase)> Parse(IEnumerable<(string Language, int Number, string[] Fields)> rows, List<string> problems)
    {
        var phrases = new List<(string, int, string)>();
        var seen = new HashSet<(string, string)>();
        foreach (var (language, number, fields) in rows)
        {
            var phrase = fields[0].Trim();
            if (fields.Length != 1 || phrase.Length == 0 || phrase.Any(char.IsUpper) || phrase.Contains(':', StringComparison.Ordinal))
            {
                problems.Add($"{language}/{File} line {number}: expected one lower-case phrase without a colon.");
            }
            else if (!seen.Add((language, phrase)))
            {
                problems.Add($"{language}/{File} line {number}: '{phrase}' is listed twice.");
            }
            else
            {
                phrases.Add((language, number, phrase));
            }
        }

        return phrases;
    }
}

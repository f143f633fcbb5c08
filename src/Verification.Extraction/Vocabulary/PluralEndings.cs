using Verification.Figures;
namespace Verification.Extraction.Vocabulary;

/// <summary>The endings of a counted noun that is plural already or takes no plural ending ("people", "policemen",
/// "staff"), from the shipped lists (Data/{language}/plural-endings.txt: one ending a line).</summary>
internal static class PluralEndings
{
    private const string File = "plural-endings.txt";

    private static readonly string[] Endings = [.. ReadShipped().Select(e => e.Ending)];

    /// <summary>Whether <paramref name="noun"/> ends with a listed ending, in any case.</summary>
    public static bool HasOne(string noun)
    {
        foreach (var ending in Endings)
        {
            if (noun.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The endings of every language, as written, with where each is.</summary>
    /// <exception cref="InvalidOperationException">A list is missing, or an ending is not lower-case letters or is listed
    /// twice in a language; the message lists every problem.</exception>
    internal static List<(string Language, int Number, string Ending)> ReadShipped()
    {
        var endings = new List<(string, int, string)>();
        var problems = new List<string>();
        var seen = new HashSet<(string, string)>();
        foreach (var (language, number, fields) in ShippedVocabulary.Lines(File))
        {
            var ending = fields[0].Trim();
            if (fields.Length != 1 || ending.Length == 0 || !ending.All(c => char.IsLetter(c) && !char.IsUpper(c)))
            {
                problems.Add($"{language}/{File} line {number}: expected one lower-case ending.");
            }
            else if (!seen.Add((language, ending)))
            {
                problems.Add($"{language}/{File} line {number}: '{ending}' is listed twice.");
            }
            else
            {
                endings.Add((language, number, ending));
            }
        }

        return problems.Count == 0
            ? endings
            : throw new InvalidOperationException("The built-in plural endings are not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }
}

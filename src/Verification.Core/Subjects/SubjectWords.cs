using System.Globalization;
using System.Text;

namespace Verification.Subjects;

/// <summary>Normalises a subject phrase: case, accents, punctuation, plurals, filler words and word order.</summary>
internal static class SubjectWords
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "the", "of", "a", "an", "who", "were", "was", "have", "has", "been", "had", "are", "is" };

    public static string Normalize(string text)
    {
        var words = new List<string>(4);
        foreach (var word in Split(text))
        {
            if (!Filler.Contains(word))
            {
                words.Add(Singular(word));
            }
        }

        words.Sort(StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    /// <summary>The words of a phrase in order: lower case without accents, split at anything but letters and digits, each
    /// made singular.</summary>
    public static List<string> Ordered(string text)
    {
        var words = new List<string>(6);
        foreach (var word in Split(text))
        {
            words.Add(Singular(word));
        }

        return words;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static IEnumerable<string> Split(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in LetterFolding.Fold(text))
        {
            // A mark of a script whose accents are not folded belongs to its letter (a vowel sign in Devanagari).
            if (char.IsLetterOrDigit(c) || (sb.Length > 0 && IsMark(c)))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0)
            {
                yield return sb.ToString();
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            yield return sb.ToString();
        }
    }

    private static string Singular(string word)
    {
        if (IrregularPlurals.TrySingular(word, out var singular))
        {
            return singular;
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }
}

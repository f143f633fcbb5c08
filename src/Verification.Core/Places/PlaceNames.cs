using System.Globalization;
using System.Text;
using Verification.Subjects;

namespace Verification.Places;

/// <summary>Normalises place names so that spelling variants compare equal.</summary>
public static class PlaceNames
{
    private static readonly string[] ArticlePrefixes = ["al-", "al ", "el-", "ar-", "ad-", "as-", "an-", "at-", "az-", "ash-", "the "];

    /// <summary>Lower case, accents removed, apostrophes and hyphens folded, an Arabic article ("al-") and spaces trimmed.</summary>
    public static string Normalize(string name)
    {
        // Accents first (see LetterFolding: String.Normalize does nothing under invariant globalization).
        var decomposed = LetterFolding.Fold(Decompose(name.Trim()));
        var sb = new StringBuilder(decomposed.Length);
        var lastSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘' or 'ʿ' or 'ʾ' or 'ʻ' or 'ʼ' or '`' or '´')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '_' or '.')
            {
                if (!lastSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                    lastSpace = true;
                }

                continue;
            }

            sb.Append(char.ToLowerInvariant(c));
            lastSpace = false;
        }

        var s = sb.ToString().TrimEnd();
        foreach (var prefix in ArticlePrefixes)
        {
            if (s.Length > prefix.Length + 1 && s.StartsWith(prefix, StringComparison.Ordinal))
            {
                s = s[prefix.Length..];
                break;
            }
        }

        // Hyphens fold to spaces; the spaces they leave at the ends or beside other spaces are dropped.
        return s.Contains('-', StringComparison.Ordinal)
            ? string.Join(' ', s.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            : s;
    }

    private static string Decompose(string s)
    {
        try
        {
            return s.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // Ill-formed UTF-16 (a lone surrogate): compare the text as it is.
            return s;
        }
    }
}

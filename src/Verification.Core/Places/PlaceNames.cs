using System.Globalization;
using System.Text;

namespace Verification;

/// <summary>Normalises place names so that spelling variants compare equal.</summary>
internal static class PlaceNames
{
    private static readonly string[] ArticlePrefixes = ["al-", "al ", "el-", "ar-", "ad-", "as-", "an-", "at-", "az-", "ash-", "the "];

    // Latin letters with diacritics, folded to their lower-case base letter ('.' = not folded, '*' = see Expand).
    // String.Normalize cannot be relied on for this: with InvariantGlobalization (set in this repository, and common in
    // containers) it returns non-ASCII text unchanged, so "Mosûl" would not match "Mosul". The table was generated from
    // the Unicode canonical decompositions (NFD), so both modes fold alike.
    private const char LatinStart = '\u00C0';
    private const string Latin =
        "aaaaaa*ceeeeiiiidnooooo.ouuuuy**aaaaaa*ceeeeiiiidnooooo.ouuuuy*y" + // U+00C0
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll" + // U+0100
        "lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" + // U+0140
        "b.......c...d.....f......kl...n.oo...p.....t.t.uu...yzz........." + // U+0180
        ".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...." + // U+01C0
        "aaaaeeeeiiiioooorrrruuuusstt..hh....zzaaeeooooooooyy............" + // U+0200
        "................"; // U+0240

    private const char LatinAdditionalStart = '\u1E00';
    private const string LatinAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" + // U+1E00
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" + // U+1E40
        "wwwwwwwwwwxxxxyyzzzzzzhtwy....*.aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" + // U+1E80
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......"; // U+1EC0

    /// <summary>Lower case, accents removed, apostrophes and hyphens folded, an Arabic article ("al-") and spaces trimmed.</summary>
    public static string Normalize(string name)
    {
        var decomposed = Decompose(name.Trim());
        var sb = new StringBuilder(decomposed.Length);
        var lastSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘' or 'ʿ' or 'ʾ' or 'ʻ' or 'ʼ' or '`' or '´')
            {
                continue;
            }

            if (Fold(c) is { } folded)
            {
                sb.Append(folded);
                lastSpace = false;
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

    private static string? Fold(char c)
    {
        var table = c >= LatinAdditionalStart ? LatinAdditional : Latin;
        var index = c - (c >= LatinAdditionalStart ? LatinAdditionalStart : LatinStart);
        if (index < 0 || index >= table.Length || table[index] == '.')
        {
            return null;
        }

        return table[index] == '*' ? Expand(c) : table[index].ToString();
    }

    private static string Expand(char c) => c switch
    {
        'Æ' or 'æ' => "ae",
        'Œ' or 'œ' => "oe",
        'Ĳ' or 'ĳ' => "ij",
        'Þ' or 'þ' => "th",
        _ => "ss", // ß, ẞ
    };
}

using Verification.Extraction.Text;
using Verification.Figures;

namespace Verification.Extraction.Numbers;

/// <summary>Telephone numbers in running text: identifiers, never figures or periods, found before the date rules run
/// (<see cref="NumberRecognizer.RecognizeBeforeDates"/>).</summary>
internal static class TelephoneNumbers
{
    /// <summary>A telephone number at or around the number token <paramref name="i"/>: "+" and a country code then
    /// groups ("+964 770 123 4567", "+1-212-555-0100"); an area code in brackets ("(212) 555-0100"); three or more
    /// groups joined by hyphens or full stops ("212-555-0100"); or two groups whose second has four digits and a leading
    /// zero ("555-0100"), which no range of counts has.</summary>
    public static bool At(string text, ReadOnlySpan<Token> t, int i, out int first, out int last)
    {
        first = last = i;
        var plain = (t[i].Flags & (TokenFlags.HasDecimals | TokenFlags.HasGroups)) == 0;
        if (!plain)
        {
            return false;
        }

        // "+964 770 123 4567": groups after a country code, apart or joined by hyphens.
        if (i > 0 && t[i - 1].IsPunct(text, '+') && t[i].Attached && t[i].Length <= 3 && (i == 1 || !t[i - 1].Attached))
        {
            var (end, digits, _) = Groups(text, t, i, spaces: true);
            if (digits >= 8)
            {
                (first, last) = (i - 1, end);
                return true;
            }

            return false;
        }

        // "(212) 555-0100"
        if (i > 0 && t[i - 1].IsPunct(text, '(') && t[i].Length == 3 && i + 2 < t.Length && t[i + 1].IsPunct(text, ')') && t[i + 1].Attached
            && t[i + 2].IsNumber && t[i + 2].Length == 3)
        {
            var (end, digits, _) = Groups(text, t, i + 2, spaces: false);
            if (digits == 7)
            {
                (first, last) = (i - 1, end);
                return true;
            }

            return false;
        }

        if (t[i].Length is < 2 or > 4 || (i > 0 && t[i].Attached && t[i - 1].Kind == TokenKind.Punct && !t[i - 1].IsPunct(text, '(')))
        {
            return false;
        }

        var (joinedEnd, joinedDigits, groups) = Groups(text, t, i, spaces: false);
        var lastGroup = t[joinedEnd];
        if ((groups >= 3 && joinedDigits >= 9) || (groups == 2 && joinedDigits == 7 && lastGroup.Length == 4 && text[lastGroup.Start] == '0'))
        {
            last = joinedEnd;
            return true;
        }

        return false;
    }

    // Digit groups from t[i]: joined by an attached hyphen or full stop, or (with spaces) a single space; their last
    // token, how many digits, how many groups.
    private static (int Last, int Digits, int Groups) Groups(string text, ReadOnlySpan<Token> t, int i, bool spaces)
    {
        var last = i;
        var digits = t[i].Length;
        var groups = 1;
        var k = i + 1;
        while (k < t.Length && groups < 6)
        {
            if (t[k].Kind == TokenKind.Punct && text[t[k].Start] is '-' or '.' && t[k].Attached && k + 1 < t.Length && t[k + 1].IsNumber && t[k + 1].Attached)
            {
                k++;
            }
            else if (!(spaces && t[k].IsNumber && t[k].Start == t[k - 1].End + 1 && text[t[k].Start - 1] == ' '))
            {
                break;
            }

            if (!t[k].IsNumber || (t[k].Flags & (TokenFlags.HasDecimals | TokenFlags.HasGroups)) != 0 || t[k].Length > 4)
            {
                break;
            }

            last = k;
            digits += t[k].Length;
            groups++;
            k++;
        }

        return (last, digits, groups);
    }
}

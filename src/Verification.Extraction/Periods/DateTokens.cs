using Verification.Extraction.Numbers;
using Verification.Extraction.Text;
using Verification.Figures;
using W = Verification.Figures.FigureWord;

namespace Verification.Extraction.Periods;

/// <summary>What the date forms ask of a token: is it a month, a day of the month, a year, a count, a dash.</summary>
/// <remarks>Checks read the token's classes (set once by the tokenizer) and its characters; none allocates.</remarks>
internal static class DateTokens
{
    public static bool Is(string text, in Token token, string word) =>
        token.Kind == TokenKind.Word && token.Length == word.Length && text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    public static bool IsAt(string text, ReadOnlySpan<Token> t, int k, string word) => k < t.Length && Is(text, t[k], word);

    public static bool IsPunct(string text, ReadOnlySpan<Token> t, int k, char c) => k < t.Length && t[k].Kind == TokenKind.Punct && text[t[k].Start] == c;

    public static bool IsDash(string text, ReadOnlySpan<Token> t, int k) => k < t.Length && t[k].Kind == TokenKind.Punct && text[t[k].Start] is '-' or '–' or '‐';

    public static bool FollowedByCountNoun(ReadOnlySpan<Token> t, int k) => k < t.Length && (t[k].Has(Lex.CountNoun) || t[k].Has(Lex.Unit) || t[k].Has(Lex.Currency));

    public static bool IsYearAt(string text, ReadOnlySpan<Token> t, int k)
    {
        if (k >= t.Length || !t[k].IsNumber || t[k].Length != 4 || (t[k].Flags & (TokenFlags.HasDecimals | TokenFlags.HasGroups)) != 0)
        {
            return false;
        }

        var y = t[k].DigitsValue(text);
        return NewsYears.Contains(y) && !(k + 1 < t.Length && t[k + 1].Attached && t[k + 1].IsWord);
    }

    public static bool IsMonth(string text, ReadOnlySpan<Token> t, int k)
    {
        if (k >= t.Length || !t[k].Has(Lex.Month))
        {
            return false;
        }

        // Lower case ("in august 2014"), a month only beside a day or a year, or after a month cue, as "May" (a verb)
        // and "March" (a noun) are; lower-case "may" and "march" are never months.
        if (!t[k].IsCapitalized && t[k].Has(Lex.AmbiguousMonth))
        {
            return false;
        }

        if (t[k].Has(Lex.AmbiguousMonth) || !t[k].IsCapitalized)
        {
            var next = k + 1;
            var dayNext = next < t.Length && t[next].IsNumber && (DayNumber(text, t[next]) > 0 || IsYearAt(text, t, next));
            var dayBefore = k > 0 && t[k - 1].IsNumber && DayNumber(text, t[k - 1]) > 0 || (k > 1 && Is(text, t[k - 1], "of") && t[k - 2].IsNumber);
            var cueBefore = k > 0 && (t[k - 1].Has(Lex.MonthCue) || IsDash(text, t, k - 1));
            return dayNext || dayBefore || cueBefore;
        }

        // Abbreviations ("Mar", "Jan") need a day or year after them.
        if (t[k].Has(Lex.Abbreviation))
        {
            var next = IsPunct(text, t, k + 1, '.') ? k + 2 : k + 1;
            return next < t.Length && t[next].IsNumber;
        }

        return true;
    }

    public static bool IsOrdinalSuffixAt(string text, ReadOnlySpan<Token> t, int k) =>
        k < t.Length && t[k].Attached && (Is(text, t[k], "st") || Is(text, t[k], "nd") || Is(text, t[k], "rd") || Is(text, t[k], "th"));

    public static int DayNumber(string text, in Token token)
    {
        if (!token.IsNumber || token.Length > 2 || (token.Flags & TokenFlags.HasDecimals) != 0)
        {
            return 0;
        }

        var d = (int)token.DigitsValue(text);
        return d is >= 1 and <= 31 ? d : 0;
    }

    /// <summary>A small count before a unit: digits, number words, "a", "an", "a couple of", "several".</summary>
    public static bool TryCount(string text, ReadOnlySpan<Token> t, int i, out int count, out int after)
    {
        count = 0;
        after = i;
        if (i >= t.Length)
        {
            return false;
        }

        var token = t[i];
        if (token.IsNumber && token.Length <= 3 && (token.Flags & TokenFlags.HasDecimals) == 0)
        {
            count = (int)token.DigitsValue(text);
            after = i + 1;
            return count > 0;
        }

        if (token.IsFigureWord(W.A) || Is(text, token, "an"))
        {
            count = 1;
            after = i + 1;
            if (IsAt(text, t, i + 1, "couple") && IsAt(text, t, i + 2, "of"))
            {
                count = 2;
                after = i + 3;
            }
            else if (IsAt(text, t, i + 1, "few"))
            {
                count = 3;
                after = i + 2;
            }

            return true;
        }

        if (Is(text, token, "several") || Is(text, token, "few"))
        {
            count = 3;
            after = i + 1;
            return true;
        }

        if (token.FigureWord is W.Unit or W.Tens && token.FigureValue > 0)
        {
            count = (int)token.FigureValue;
            after = i + 1;
            if (token.FigureWord == W.Tens && IsDash(text, t, i + 1) && i + 2 < t.Length && t[i + 2].FigureWord == W.Unit)
            {
                count += (int)t[i + 2].FigureValue;
                after = i + 3;
            }

            return true;
        }

        return false;
    }
}

using Verification.Sources;
using Word = Verification.Figures.FigureWord;

namespace Verification.Figures;

/// <summary>The scanning of figure text shared by the figure parser and by text scanners (the extraction of claims from
/// articles): digits in three scripts, digit groups, and the words of the figure grammar.</summary>
/// <remarks>Linear and allocation-free: every method reads the characters it is given once, into scratch space the
/// caller provides.</remarks>
public static class FigureScanner
{
    /// <summary>The value of a digit (ASCII, Arabic-Indic U+0660–0669 or Extended Arabic-Indic U+06F0–06F9), or −1.</summary>
    /// <param name="c">A character.</param>
    /// <returns>Its value, 0 to 9, or −1 when it is no digit.</returns>
    public static int DigitValue(char c) =>
        c is >= '0' and <= '9' ? c - '0'
        : c is >= '\u0660' and <= '\u0669' ? c - '\u0660'
        : c is >= '\u06F0' and <= '\u06F9' ? c - '\u06F0'
        : -1;

    /// <summary>Where the digit groups after a number's first <paramref name="run"/> digits end; <paramref name="i"/>
    /// (just after those digits) when none follow.</summary>
    /// <remarks>Thousands groups: three digits each after one to three digits, one separator throughout: a comma
    /// ("340,000"; a full stop is a decimal point), the Arabic thousands separator, a no-break, narrow no-break or thin
    /// space, or a plain space ("1 200") when <paramref name="plainSpace"/>. Indian groups ("3,00,000" = 300,000,
    /// "1,20,00,000" = 12,000,000): two digits each after one or two digits, then a last group of three, with commas.
    /// A group must not run on into more digits ("1,0000" is not a group).</remarks>
    /// <param name="s">The text.</param>
    /// <param name="i">The position just after the number's first digits.</param>
    /// <param name="run">How many digits there are before <paramref name="i"/>.</param>
    /// <param name="plainSpace">Whether a plain space may separate groups.</param>
    /// <returns>The position after the last group; <paramref name="i"/> when none follows.</returns>
    public static int GroupsEnd(ReadOnlySpan<char> s, int i, int run, bool plainSpace) =>
        GroupsEnd(s, i, run, plainSpace, DigitSeparators.Invariant);

    /// <summary>Where the digit groups after a number's first <paramref name="run"/> digits end, with the group separators
    /// of a culture (<see cref="DigitSeparators.IsGroup"/>); Indian groups only where commas separate groups.</summary>
    internal static int GroupsEnd(ReadOnlySpan<char> s, int i, int run, bool plainSpace, in DigitSeparators separators)
    {
        if (run is < 1 or > 3)
        {
            return i;
        }

        if (run <= 2 && separators.Group == ',')
        {
            var j = i;
            while (j + 3 < s.Length && s[j] == ',' && DigitValue(s[j + 1]) >= 0 && DigitValue(s[j + 2]) >= 0 && s[j + 3] == ',')
            {
                j += 3;
            }

            if (j > i && IsGroupOfThree(s, j, ',', separators))
            {
                return j + 4;
            }
        }

        var separator = '\0';
        while (IsGroupOfThree(s, i, separator, separators) && (plainSpace || s[i] != ' '))
        {
            separator = s[i];
            i += 4;
        }

        return i;
    }

    // A separator (the given one, or any group separator when '\0') and exactly three digits at s[i..].
    private static bool IsGroupOfThree(ReadOnlySpan<char> s, int i, char separator, in DigitSeparators separators) =>
        i + 3 < s.Length
        && (separator == '\0' ? separators.IsGroup(s[i]) : s[i] == separator)
        && DigitValue(s[i + 1]) >= 0 && DigitValue(s[i + 2]) >= 0 && DigitValue(s[i + 3]) >= 0
        && (i + 4 == s.Length || DigitValue(s[i + 4]) < 0);

    // Writes the word in lower case into lower (as long as the word); false when it has anything but ASCII letters.
    internal static bool ToLowerAscii(ReadOnlySpan<char> word, Span<char> lower)
    {
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (c is >= 'A' and <= 'Z')
            {
                c = (char)(c | 0x20);
            }
            else if (c is < 'a' or > 'z')
            {
                return false;
            }

            lower[k] = c;
        }

        return true;
    }

    /// <summary>Classifies one word (ASCII letters, any case) of the figure grammar.</summary>
    /// <param name="word">The word.</param>
    /// <param name="lower">Scratch space of at least 16 characters.</param>
    /// <param name="value">For number words, the value (units, tens) or power of ten (hundred, scales); else 0.</param>
    /// <returns>The word's class; <see cref="FigureWord.None"/> for any other word, one longer than
    /// <paramref name="lower"/>, or one with other than ASCII letters.</returns>
    /// <remarks>Only the words that running text shares with figures: words that only figure text uses (lead-ins such as
    /// "could reach", "plus", "per cent", interval labels) are told by the figure parser alone, since in running text
    /// they belong to the sentence.</remarks>
    public static Word Classify(ReadOnlySpan<char> word, Span<char> lower, out long value)
    {
        value = 0;
        if (word.Length > lower.Length)
        {
            return Word.None;
        }

        if (!ToLowerAscii(word, lower))
        {
            return Word.None;
        }

        ReadOnlySpan<char> w = lower[..word.Length];
        (var kind, value) = w switch
        {
            "zero" => (Word.Unit, 0L),
            "one" => (Word.Unit, 1L),
            "two" => (Word.Unit, 2L),
            "three" => (Word.Unit, 3L),
            "four" => (Word.Unit, 4L),
            "five" => (Word.Unit, 5L),
            "six" => (Word.Unit, 6L),
            "seven" => (Word.Unit, 7L),
            "eight" => (Word.Unit, 8L),
            "nine" => (Word.Unit, 9L),
            "ten" => (Word.Unit, 10L),
            "eleven" => (Word.Unit, 11L),
            "twelve" => (Word.Unit, 12L),
            "thirteen" => (Word.Unit, 13L),
            "fourteen" => (Word.Unit, 14L),
            "fifteen" => (Word.Unit, 15L),
            "sixteen" => (Word.Unit, 16L),
            "seventeen" => (Word.Unit, 17L),
            "eighteen" => (Word.Unit, 18L),
            "nineteen" => (Word.Unit, 19L),
            "twenty" => (Word.Tens, 20L),
            "thirty" => (Word.Tens, 30L),
            "forty" => (Word.Tens, 40L),
            "fifty" => (Word.Tens, 50L),
            "sixty" => (Word.Tens, 60L),
            "seventy" => (Word.Tens, 70L),
            "eighty" => (Word.Tens, 80L),
            "ninety" => (Word.Tens, 90L),
            "hundred" => (Word.Hundred, 2L),
            "thousand" => (Word.Scale, 3L),
            "million" => (Word.Scale, 6L),
            "billion" => (Word.Scale, 9L),
            "trillion" => (Word.Scale, 12L),
            "k" => (Word.ShortScale, 3L),
            "m" or "mn" or "mln" or "mil" => (Word.ShortScale, 6L),
            "b" or "bn" or "bln" => (Word.ShortScale, 9L),
            "tn" or "trn" => (Word.ShortScale, 12L),
            "thousands" => (Word.PluralScale, 3L),
            "millions" => (Word.PluralScale, 6L),
            "billions" => (Word.PluralScale, 9L),
            "a" => (Word.A, 0L),
            "an" => (Word.An, 0L),
            "about" => (Word.About, 0L),
            "above" => (Word.Above, 0L),
            "almost" => (Word.Almost, 0L),
            "and" => (Word.And, 0L),
            "approx" => (Word.Approx, 0L),
            "approximately" => (Word.Approximately, 0L),
            "around" => (Word.Around, 0L),
            "as" => (Word.As, 0L),
            "at" => (Word.At, 0L),
            "below" => (Word.Below, 0L),
            "between" => (Word.Between, 0L),
            "ca" => (Word.Ca, 0L),
            "circa" => (Word.Circa, 0L),
            "close" => (Word.Close, 0L),
            "estimated" => (Word.Estimated, 0L),
            "excess" => (Word.Excess, 0L),
            "fewer" => (Word.Fewer, 0L),
            "from" => (Word.From, 0L),
            "greater" or "larger" or "bigger" or "higher" => (Word.Greater, 0L),
            "half" => (Word.Half, 0L),
            "in" => (Word.In, 0L),
            "just" => (Word.Just, 0L),
            "least" => (Word.Least, 0L),
            "less" or "smaller" or "lower" => (Word.Less, 0L),
            "many" => (Word.Many, 0L),
            "maximum" => (Word.Maximum, 0L),
            "minimum" => (Word.Minimum, 0L),
            "more" => (Word.More, 0L),
            "most" => (Word.Most, 0L),
            "nearly" => (Word.Nearly, 0L),
            "no" => (Word.No, 0L),
            "not" => (Word.Not, 0L),
            "of" => (Word.Of, 0L),
            "or" => (Word.Or, 0L),
            "over" => (Word.Over, 0L),
            "region" => (Word.Region, 0L),
            "roughly" => (Word.Roughly, 0L),
            "some" => (Word.Some, 0L),
            "than" => (Word.Than, 0L),
            "the" => (Word.The, 0L),
            "to" => (Word.To, 0L),
            "under" => (Word.Under, 0L),
            "up" => (Word.Up, 0L),
            "upwards" => (Word.Upwards, 0L),
            _ => (Word.None, 0L),
        };
        return kind;
    }
}

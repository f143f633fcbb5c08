using Verification.Extraction.Text;
using W = Verification.Figures.FigureWord;
using static Verification.Extraction.Numbers.NumberTokens;

namespace Verification.Extraction.Numbers.Rules;

/// <summary>The number forms written as rules: what is built on digits beyond the digits themselves, and forms in words
/// that start with a figure word. docs/extraction.md says how to add one.</summary>
/// <remarks>The figure rules of Verification.Core read what they know ("10k", "2.4e6"); a form only says where such a
/// number ends. The forms they do not read ("30 lakh", "2 1/2") carry their value in the core. Slot numbers in the
/// builders are positions in the pattern.</remarks>
internal static class EnglishNumberRules
{
    /// <summary>The forms, in the order they are preferred on a tie.</summary>
    public static IReadOnlyList<NumberRule> All { get; } =
    [
        // "2 1/2": a whole number, then a fraction below one
        new("mixed-fraction", [Num.NoDecimals, Num.Digits.Apart, Num.Char("/").Attached, Num.Digits.Attached], MixedFraction),

        // "1/5", "3/4"; "1/0" is no number, and "4/4/16" is a date
        new("fraction", [Num.NoDecimals, Num.Char("/").Attached, Num.Digits.Attached], Fraction),

        // "2.4e6", "1e-3": a power of ten
        new("power-of-ten", [Num.Digits, Num.Word("e").Attached, Num.Char("-+−").Attached.Opt, Num.Whole.Attached], PowerOfTen),

        // "10k", "2.3m", "1.2bn", "7bln", "3mil", "5MM"; "$1T" after a currency sign
        new("suffix-scale", [Num.Digits, Num.SuffixScale.Attached], (ref m, ref core) => Ends(ref m, ref core), AfterGroups: true),

        // "30 lakh", "2.5 crore": the Indian scales
        new("indian-scale", [Num.Digits, Num.Class(Lex.IndianScale)], IndianScale),

        // "2 dozen"
        new("dozen", [Num.NoDecimals, Num.Class(Lex.Dozen)], Dozen),

        // "half a million", "half a hundred": read by the figure rules
        new("half-a-scale", [Num.Figure(W.Half), Num.Figure(W.A), Num.Figure(W.Scale, W.Hundred)], HalfAScale),

        // "a quarter of a million", "a third of a million": a share of the scale
        new("share-of-a-scale", [Num.Figure(W.A), Num.FractionWord, Num.Figure(W.Of), Num.Figure(W.A), Num.Figure(W.Scale)], ShareOfAScale),
    ];

    /// <summary>The forms as the recogniser runs them.</summary>
    public static NumberRuleSet Set { get; } = new(All);

    private static bool Ends(ref NumberMatch m, ref NumberCore core)
    {
        core.End = m.End;
        return true;
    }

    private static bool MixedFraction(ref NumberMatch m, ref NumberCore core)
    {
        var numerator = m.Digits(1);
        var denominator = m.Digits(3);
        if (denominator <= 0 || numerator >= denominator)
        {
            return false;
        }

        core.Type = NumberCoreType.Fraction;
        core.Value = m.Digits(0) + (numerator / denominator);
        return Ends(ref m, ref core);
    }

    private static bool Fraction(ref NumberMatch m, ref NumberCore core)
    {
        var t = m.Tokens;

        // More digits joined on by a slash make a date or a reference.
        if (m.End < t.Length && t[m.End].IsPunct(m.Text, '/') && t[m.End].Attached)
        {
            return false;
        }

        var numerator = m.Digits(0);
        var denominator = m.Digits(2);
        if (denominator == 0)
        {
            core.Type = NumberCoreType.TooLong;
            return Ends(ref m, ref core);
        }

        core.Type = NumberCoreType.Fraction;
        core.Value = numerator / denominator;

        // "2 1/2" read from its fraction: the whole number before joins it.
        var before = m.First - 1;
        if (before >= 0 && t[before].IsNumber && m.Marks[before] == 0 && (t[before].Flags & TokenFlags.HasDecimals) == 0 && numerator < denominator)
        {
            core.First = before;
            core.Value += ReadDigits(m.Text, t[before]);
        }

        return Ends(ref m, ref core);
    }

    private static bool PowerOfTen(ref NumberMatch m, ref NumberCore core)
    {
        // Two digits at most, and not glued to a word ("1e10x" is a code).
        var t = m.Tokens;
        if (m[3].Length > 2 || (m.End < t.Length && t[m.End].IsWord && t[m.End].Attached))
        {
            return false;
        }

        core.Type = NumberCoreType.Digits;
        return Ends(ref m, ref core);
    }

    private static bool IndianScale(ref NumberMatch m, ref NumberCore core)
    {
        var scale = Lexicon.Entries[m[1].Entry].Number;
        core.Type = NumberCoreType.Special;
        core.HasIndianScale = true;
        core.Value = m.Digits(0) * scale;
        core.Unit = scale / Math.Pow(10, DecimalCount(m.Text, m[0]));
        return Ends(ref m, ref core);
    }

    private static bool HalfAScale(ref NumberMatch m, ref NumberCore core)
    {
        core.Type = NumberCoreType.Words;
        return Ends(ref m, ref core);
    }

    private static bool ShareOfAScale(ref NumberMatch m, ref NumberCore core)
    {
        core.Type = NumberCoreType.Special;
        core.Value = Math.Pow(10, m[4].FigureValue) / FractionDenominator(m.Text, m[1]);
        return Ends(ref m, ref core);
    }

    private static bool Dozen(ref NumberMatch m, ref NumberCore core)
    {
        core.Type = NumberCoreType.Special;
        core.Value = m.Digits(0) * 12;
        return Ends(ref m, ref core);
    }
}

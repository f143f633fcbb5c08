using Verification.Extraction.Text;
using Verification.Figures;

namespace Verification.Extraction.Numbers.Rules;

/// <summary>The token classes a number form is written in.</summary>
internal enum NumberSlotKind : byte
{
    /// <summary>Digits, one token, any form ("12", "2.4", "1,200").</summary>
    Digits,

    /// <summary>Digits without decimals ("12", "1,200").</summary>
    NoDecimals,

    /// <summary>Digits without decimals or group separators ("12").</summary>
    Whole,

    /// <summary>One punctuation character of <see cref="NumberSlot.Chars"/>.</summary>
    Char,

    /// <summary>One of a few words (<see cref="NumberSlot.Words"/>), in any case.</summary>
    Word,

    /// <summary>A scale written against digits ("k", "bn", "MM"; "T" after a currency sign).</summary>
    SuffixScale,

    /// <summary>A word of any of the lexicon classes <see cref="NumberSlot.Classes"/> ("lakh", "dozen").</summary>
    Class,

    /// <summary>A word the figure grammar classes as one of <see cref="NumberSlot.Figures"/> ("a", "million").</summary>
    Figure,

    /// <summary>A word naming a fraction ("half", "third", "quarters", "fifth").</summary>
    FractionWord,
}

/// <summary>One element of a number form's pattern: a token class, optional or not, and how it stands against the token
/// before it.</summary>
internal readonly record struct NumberSlot(NumberSlotKind Kind, string? Chars = null, string[]? Words = null, Lex Classes = Lex.None,
    FigureWord[]? Figures = null, bool Optional = false, bool Glued = false, bool Spaced = false)
{
    /// <summary>The same slot, which the text may leave out.</summary>
    public NumberSlot Opt => this with { Optional = true };

    /// <summary>The same slot, written against the token before it ("k" in "10k").</summary>
    public NumberSlot Attached => this with { Glued = true };

    /// <summary>The same slot, with a space before it ("1/2" in "2 1/2").</summary>
    public NumberSlot Apart => this with { Spaced = true };
}

/// <summary>Shorthands for number patterns: <c>[Num.Digits, Num.SuffixScale.Attached]</c>,
/// <c>[Num.Figure(FigureWord.Half), Num.Figure(FigureWord.A), Num.Figure(FigureWord.Scale)]</c>.</summary>
internal static class Num
{
    public static readonly NumberSlot Digits = new(NumberSlotKind.Digits);
    public static readonly NumberSlot NoDecimals = new(NumberSlotKind.NoDecimals);
    public static readonly NumberSlot Whole = new(NumberSlotKind.Whole);
    public static readonly NumberSlot SuffixScale = new(NumberSlotKind.SuffixScale);
    public static readonly NumberSlot FractionWord = new(NumberSlotKind.FractionWord);

    /// <summary>A word the figure grammar classes as one of <paramref name="words"/>.</summary>
    public static NumberSlot Figure(params FigureWord[] words) => new(NumberSlotKind.Figure, Figures: words);

    /// <summary>One of the punctuation characters <paramref name="chars"/>.</summary>
    public static NumberSlot Char(string chars) => new(NumberSlotKind.Char, Chars: chars);

    /// <summary>One of <paramref name="words"/> (lower case), in any case.</summary>
    public static NumberSlot Word(params string[] words) => new(NumberSlotKind.Word, Words: words);

    /// <summary>A word of any of the lexicon's <paramref name="classes"/> (Data/{language}/lexicon.tsv).</summary>
    public static NumberSlot Class(Lex classes) => new(NumberSlotKind.Class, Classes: classes);
}

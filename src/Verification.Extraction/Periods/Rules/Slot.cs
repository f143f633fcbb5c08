using Verification.Extraction.Text;
using Verification.Periods;
using Verification.Sources;

namespace Verification.Extraction.Periods.Rules;

/// <summary>The token classes a date form is written in.</summary>
internal enum SlotKind : byte
{
    /// <summary>One of a few words, in any case ("from", "thru").</summary>
    Word,

    /// <summary>A month name, full or abbreviated, in any case; "May", "March" and lower-case names need a day, a year
    /// or a month cue beside them. The value is the month, 1–12.</summary>
    Month,

    /// <summary>A weekday name; the value is Monday = 1 … Sunday = 7.</summary>
    Weekday,

    /// <summary>A day of the month, 1–31, with its ordinal suffix if it has one ("14", "14th").</summary>
    Day,

    /// <summary>A day of the month written as an ordinal ("14th"); the value is the day.</summary>
    OrdinalDay,

    /// <summary>A four-digit year of news (<see cref="NewsYears"/>).</summary>
    Year,

    /// <summary>Two digits that can be a year ("97", "16"), not followed by a count noun, unit or currency; the value
    /// is the two digits (the rule expands them against the publication year).</summary>
    ShortYear,

    /// <summary>A small count: digits, a number word, "a", "a couple of", "several", "a few".</summary>
    Count,

    /// <summary>A time unit word ("day", "weeks"); the value is the unit (<see cref="Text.Lexicon"/>'s unit numbers).</summary>
    TimeUnit,

    /// <summary>An ordinal: a word ("second") or digits with a suffix ("2nd"); the value is the number.</summary>
    Ordinal,

    /// <summary>Digits, one token, the value being the number they write.</summary>
    Digits,

    /// <summary>What joins the ends of a range: a dash, "to", "thru", "through", "until", "till", "and".</summary>
    RangeJoin,

    /// <summary>One punctuation character (<see cref="Slot.Char"/>): a comma, an apostrophe (' or ’), a slash, a dash
    /// (-, – or ‐) or a full stop.</summary>
    Char,

    /// <summary>A word of any of the lexicon classes <see cref="Slot.Classes"/> ("today" is a relative day).</summary>
    Class,

    /// <summary>Any period the recogniser reads at this point (a rule or an older form): "next week", "2020".</summary>
    Period,

    /// <summary>Digits with a decimal point, one token ("18.03", which the tokeniser reads as a decimal); the builder
    /// reads the token.</summary>
    Decimal,
}

/// <summary>One element of a date form's pattern: a token class, optional or not, and whether it must touch the
/// token before it (no space between, as the "2" of "Q2").</summary>
internal readonly record struct Slot(SlotKind Kind, string[]? Words = null, char Char = '\0', bool Optional = false, bool Glued = false, Lex Classes = Lex.None)
{
    /// <summary>The same slot, which the text may leave out.</summary>
    public Slot Opt => this with { Optional = true };

    /// <summary>The same slot, written against the token before it.</summary>
    public Slot Attached => this with { Glued = true };
}

/// <summary>Shorthands for writing patterns: <c>[S.Month, S.Day, S.Join, S.Day, S.Comma.Opt, S.Year.Opt]</c>.</summary>
internal static class S
{
    public static readonly Slot Month = new(SlotKind.Month);
    public static readonly Slot Weekday = new(SlotKind.Weekday);
    public static readonly Slot Day = new(SlotKind.Day);
    public static readonly Slot OrdinalDay = new(SlotKind.OrdinalDay);
    public static readonly Slot Year = new(SlotKind.Year);
    public static readonly Slot ShortYear = new(SlotKind.ShortYear);
    public static readonly Slot Count = new(SlotKind.Count);
    public static readonly Slot Unit = new(SlotKind.TimeUnit);
    public static readonly Slot Ordinal = new(SlotKind.Ordinal);
    public static readonly Slot Digits = new(SlotKind.Digits);
    public static readonly Slot Join = new(SlotKind.RangeJoin);
    public static readonly Slot Comma = new(SlotKind.Char, Char: ',');
    public static readonly Slot Apostrophe = new(SlotKind.Char, Char: '\'');
    public static readonly Slot Slash = new(SlotKind.Char, Char: '/');
    public static readonly Slot Dash = new(SlotKind.Char, Char: '-');
    public static readonly Slot Dot = new(SlotKind.Char, Char: '.');
    public static readonly Slot Decimal = new(SlotKind.Decimal);
    public static readonly Slot Period = new(SlotKind.Period);

    /// <summary>A word of any of the lexicon's <paramref name="classes"/> (Data/{language}/lexicon.tsv).</summary>
    public static Slot Class(Lex classes) => new(SlotKind.Class, Classes: classes);

    /// <summary>One of <paramref name="words"/> (lower case), in any case.</summary>
    public static Slot Word(params string[] words) => new(SlotKind.Word, words);
}

using System.Collections.Frozen;
using Verification.Extraction.Vocabulary;
using Verification.Figures;

namespace Verification.Extraction.Text;

/// <summary>The word classes the recognisers look for; the lexicon files name them in lower case with hyphens
/// (<c>SpeechVerb</c> is <c>speech-verb</c>), and a test keeps every class read by some recogniser.</summary>
[Flags]
internal enum Lex : ulong
{
    None = 0,
    Month = 1UL << 0,
    Weekday = 1UL << 1,
    Season = 1UL << 2,
    TimeUnit = 1UL << 3,
    RelativeDay = 1UL << 4,
    TimeModifier = 1UL << 5,
    Preposition = 1UL << 6,
    Auxiliary = 1UL << 7,
    SpeechVerb = 1UL << 8,
    ContestCue = 1UL << 9,
    CountNoun = 1UL << 10,
    Unit = 1UL << 11,
    Currency = 1UL << 12,
    Percent = 1UL << 13,
    SubjectVerb = 1UL << 14,
    Pronoun = 1UL << 15,
    Determiner = 1UL << 16,
    Conjunction = 1UL << 17,
    Relative = 1UL << 18,
    Direction = 1UL << 19,
    PartNoun = 1UL << 20,
    Settlement = 1UL << 21,
    Incident = 1UL << 22,
    EventVerb = 1UL << 23,
    Ordinal = 1UL << 24,
    DerivedCue = 1UL << 25,
    SourceNoun = 1UL << 26,
    AgeWord = 1UL << 27,
    PlaceArticle = 1UL << 28,
    Label = 1UL << 29,
    Dropped = 1UL << 31,
    Abbreviation = 1UL << 33,
    TimeOfDay = 1UL << 34,
    Meridiem = 1UL << 35,
    IndianScale = 1UL << 36,
    Dozen = 1UL << 37,
    NotCountNoun = 1UL << 40,
    RelayNoun = 1UL << 41,
    Demonym = 1UL << 42,
    ModifierNoun = 1UL << 43,
    NumberExtra = 1UL << 44,
    Toll = 1UL << 45,
    PeopleVerb = 1UL << 47,
    YearCue = 1UL << 48,
    AmbiguousMonth = 1UL << 49,
    MonthCue = 1UL << 50,
}

/// <summary>One word's lexicon entry: its classes and the values some classes carry.</summary>
internal readonly record struct LexEntry(Lex Flags, byte Month, byte Weekday, byte Season, byte TimeUnit, byte Direction, short Ordinal, string? Canonical, double Number, byte YearCue)
{
    public static LexEntry None { get; } = new(Lex.None, 0, 0, 0, 0, 0, 0, null, 0, 0);
}

/// <summary>The extraction lexicon: the words of news text and the classes the recognisers need, read once from the
/// per-language word lists shipped in the assembly (Data/{language}/lexicon.tsv; docs/extraction.md).</summary>
/// <remarks>Number words, hedges and bounds are not listed here: they belong to the figure grammar
/// (<see cref="FigureScanner.Classify"/>), which every token is also classified by.</remarks>
internal static class Lexicon
{
    private static readonly (LexEntry[] Entries, FrozenDictionary<string, int> Index) Built = Build(LexiconFile.ReadShipped());
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByName = Built.Index.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The strengths of a year cue (<see cref="LexEntry.YearCue"/>): after a weak cue a four-digit number is a
    /// year unless a count noun follows ("after 2003"); after a strong one, even then ("in 2016 people fled").</summary>
    internal const byte WeakYearCue = 1, StrongYearCue = 2;

    internal const byte Day = 1, Week = 2, MonthUnit = 3, Year = 4, Weekend = 5, Fortnight = 6, Decade = 7, Hour = 8, Minute = 9, Second = 10, Century = 11, Night = 12;

    /// <summary>Every entry, by index.</summary>
    public static readonly LexEntry[] Entries = Built.Entries;

    /// <summary>Whether a lower-case word is in any of <paramref name="classes"/>.</summary>
    public static bool Has(ReadOnlySpan<char> lowerWord, Lex classes) =>
        ByName.TryGetValue(lowerWord, out var index) && (Entries[index].Flags & classes) != 0;

    /// <summary>Looks up a lower-case word.</summary>
    public static int Find(ReadOnlySpan<char> lowerWord) =>
        ByName.TryGetValue(lowerWord, out var index) ? index : -1;

    // Initialised by field initialisers, not a static constructor, so that reads on the hot path need no initialisation check.
    private static (LexEntry[] Entries, FrozenDictionary<string, int> Index) Build(Dictionary<string, LexEntry> entries)
    {
        var list = entries.ToList();
        return ([.. list.Select(kv => kv.Value)], list.Select((kv, i) => KeyValuePair.Create(kv.Key, i)).ToFrozenDictionary(StringComparer.Ordinal));
    }
}

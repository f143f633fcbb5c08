using Verification.Extraction.Text;
using Verification.Figures;
using static Verification.Extraction.Periods.DateTokens;

namespace Verification.Extraction.Periods.Rules;

/// <summary>Which rules a token can fill a given slot of, as a bit per rule: by the token's class, its punctuation
/// character, or a word's first and last letters and length. A word that shares a bucket with a rule's word is a
/// candidate too; the rule then fails on it, so the index only saves work, it never decides.</summary>
internal sealed class StartIndex
{
    private const int MaxWordLength = 15;
    private const int WordBuckets = 1024;

    private readonly UInt128[] _byKind = new UInt128[16];
    private readonly UInt128[] _byWord = new UInt128[WordBuckets];
    private readonly UInt128[] _byChar = new UInt128[4];

    /// <summary>Indexes <paramref name="slot"/> of the rule named <paramref name="rule"/> under <paramref name="bit"/>.</summary>
    public void Add(string rule, in Slot slot, UInt128 bit)
    {
        switch (slot.Kind)
        {
            case SlotKind.Char:
                var c = CharIndex(slot.Char);
                if (c < 0)
                {
                    throw new ArgumentException($"date form '{rule}': a character slot is a comma, an apostrophe, a slash or a dash", nameof(slot));
                }

                _byChar[c] |= bit;
                break;
            case SlotKind.Word:
                foreach (var word in slot.Words!)
                {
                    if (word.Length is 0 or > MaxWordLength || !word.All(char.IsLower))
                    {
                        throw new ArgumentException($"date form '{rule}': '{word}' is not a lower-case word of at most {MaxWordLength} letters", nameof(slot));
                    }

                    _byWord[WordIndex(word[0], word[^1], word.Length)] |= bit;
                }

                break;
            default:
                _byKind[(int)slot.Kind] |= bit;
                break;
        }
    }

    /// <summary>The rules whose indexed slots token <paramref name="k"/> may fill.</summary>
    public UInt128 Candidates(string text, ReadOnlySpan<Token> t, int k)
    {
        var token = t[k];
        if (token.IsNumber)
        {
            return _byKind[(int)SlotKind.Day] | _byKind[(int)SlotKind.OrdinalDay] | _byKind[(int)SlotKind.Year] | _byKind[(int)SlotKind.ShortYear]
                | _byKind[(int)SlotKind.Count] | _byKind[(int)SlotKind.Ordinal] | _byKind[(int)SlotKind.Digits];
        }

        if (!token.IsWord)
        {
            var c = CharIndex(text[token.Start]);
            return _byKind[(int)SlotKind.RangeJoin] | (c >= 0 ? _byChar[c] : UInt128.Zero);
        }

        var candidates = token.Length <= MaxWordLength ? _byWord[WordIndex(text[token.Start], text[token.End - 1], token.Length)] : UInt128.Zero;
        if (token.Lex != Lex.None)
        {
            candidates |= (token.Has(Lex.Month) ? _byKind[(int)SlotKind.Month] : UInt128.Zero)
                | (token.Has(Lex.Weekday) ? _byKind[(int)SlotKind.Weekday] : UInt128.Zero)
                | (token.Has(Lex.TimeUnit) ? _byKind[(int)SlotKind.TimeUnit] : UInt128.Zero)
                | (token.Has(Lex.Ordinal) ? _byKind[(int)SlotKind.Ordinal] : UInt128.Zero)
                | _byKind[(int)SlotKind.Class];
        }

        // A count in words: "a" (the commonest word to start one) only before a unit, "a couple" or "a few".
        var count = token.FigureWord == FigureWord.A
            ? k + 1 < t.Length && (t[k + 1].Has(Lex.TimeUnit) || Is(text, t[k + 1], "couple") || Is(text, t[k + 1], "few"))
            : token.FigureWord is FigureWord.Unit or FigureWord.Tens || Is(text, token, "an") || Is(text, token, "several") || Is(text, token, "few");
        return count ? candidates | _byKind[(int)SlotKind.Count] : candidates;
    }

    private static int WordIndex(char first, char last, int length) => ((((first | 0x20) * 31) + (last | 0x20)) * 17 + length) & (WordBuckets - 1);

    /// <summary>The characters a <see cref="SlotKind.Char"/> slot may name, with the look-alikes it matches.</summary>
    private static int CharIndex(char c) => c switch
    {
        ',' => 0,
        '\'' or '’' => 1,
        '/' => 2,
        '-' or '–' or '‐' => 3,
        _ => -1,
    };
}

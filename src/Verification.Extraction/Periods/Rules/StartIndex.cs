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
    private readonly UInt128[] _byChar = new UInt128[5];

    // Class slots by the classes they take, so that a word tries only the rules of its own classes ("today" a relative
    // day), not every rule with a class slot.
    private (Lex Classes, UInt128 Bit)[] _byClass = [];

    // What a number token may fill, and the lexicon classes that matter here, gathered as slots are added: a number
    // reads one field, and a word without those classes skips their tests.
    private UInt128 _number;
    private Lex _classes;

    /// <summary>Indexes <paramref name="slot"/> of the rule named <paramref name="rule"/> under <paramref name="bit"/>.</summary>
    public void Add(string rule, in Slot slot, UInt128 bit)
    {
        switch (slot.Kind)
        {
            case SlotKind.Char:
                var c = CharIndex(slot.Char);
                if (c < 0)
                {
                    throw new ArgumentException($"date form '{rule}': a character slot is a comma, an apostrophe, a slash, a dash or a full stop", nameof(slot));
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
            case SlotKind.Class:
                _byClass = [.. _byClass, (slot.Classes, bit)];
                _classes |= slot.Classes;
                break;
            default:
                _byKind[(int)slot.Kind] |= bit;
                if (slot.Kind is SlotKind.Day or SlotKind.OrdinalDay or SlotKind.Year or SlotKind.ShortYear or SlotKind.Count or SlotKind.Ordinal or SlotKind.Digits or SlotKind.Decimal)
                {
                    _number |= bit;
                }

                _classes |= slot.Kind switch
                {
                    SlotKind.Month => Lex.Month,
                    SlotKind.Weekday => Lex.Weekday,
                    SlotKind.TimeUnit => Lex.TimeUnit,
                    SlotKind.Ordinal => Lex.Ordinal,
                    _ => Lex.None,
                };
                break;
        }
    }

    /// <summary>The rules whose indexed slots token <paramref name="k"/> may fill.</summary>
    public UInt128 Candidates(string text, ReadOnlySpan<Token> t, int k)
    {
        var token = t[k];
        if (token.IsNumber)
        {
            return _number;
        }

        if (!token.IsWord)
        {
            var c = CharIndex(text[token.Start]);
            return _byKind[(int)SlotKind.RangeJoin] | (c >= 0 ? _byChar[c] : UInt128.Zero);
        }

        var candidates = token.Length <= MaxWordLength ? _byWord[WordIndex(text[token.Start], text[token.End - 1], token.Length)] : UInt128.Zero;
        if ((token.Lex & _classes) != 0)
        {
            candidates |= ByClasses(token);
        }

        var count = _byKind[(int)SlotKind.Count];
        return count != UInt128.Zero && MayStartCount(text, t, k) ? candidates | count : candidates;
    }

    private UInt128 ByClasses(in Token token)
    {
        var candidates = (token.Has(Lex.Month) ? _byKind[(int)SlotKind.Month] : UInt128.Zero)
            | (token.Has(Lex.Weekday) ? _byKind[(int)SlotKind.Weekday] : UInt128.Zero)
            | (token.Has(Lex.TimeUnit) ? _byKind[(int)SlotKind.TimeUnit] : UInt128.Zero)
            | (token.Has(Lex.Ordinal) ? _byKind[(int)SlotKind.Ordinal] : UInt128.Zero);
        foreach (var (classes, bit) in _byClass)
        {
            if ((token.Lex & classes) != 0)
            {
                candidates |= bit;
            }
        }

        return candidates;
    }

    // A count in words: "a" (the commonest word to start one) only before a unit, "a couple" or "a few".
    private static bool MayStartCount(string text, ReadOnlySpan<Token> t, int k)
    {
        var token = t[k];
        return token.FigureWord switch
        {
            FigureWord.A => k + 1 < t.Length && (t[k + 1].Has(Lex.TimeUnit) || Is(text, t[k + 1], "couple") || Is(text, t[k + 1], "few")),
            FigureWord.Unit or FigureWord.Tens => true,
            _ => token.Length is 2 or 3 or 7 && (Is(text, token, "an") || Is(text, token, "several") || Is(text, token, "few")),
        };
    }

    private static int WordIndex(char first, char last, int length) => ((((first | 0x20) * 31) + (last | 0x20)) * 17 + length) & (WordBuckets - 1);

    /// <summary>The characters a <see cref="SlotKind.Char"/> slot may name, with the look-alikes it matches.</summary>
    private static int CharIndex(char c) => c switch
    {
        ',' => 0,
        '\'' or '’' => 1,
        '/' => 2,
        '-' or '–' or '‐' => 3,
        '.' => 4,
        _ => -1,
    };
}

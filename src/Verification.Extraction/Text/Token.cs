using Verification.Figures;
using Verification.Sources;
namespace Verification.Extraction.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>A run of letters.</summary>
    Word,

    /// <summary>A run of digits, with thousands groups and decimals.</summary>
    Number,

    /// <summary>Any other single character that is not white space.</summary>
    Punct,
}

/// <summary>How a token stands in its text.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>White space separates the token from the one before.</summary>
    SpaceBefore = 1,

    /// <summary>A line break separates the token from the one before.</summary>
    NewlineBefore = 2,

    /// <summary>A word whose first letter is upper case.</summary>
    Capitalized = 4,

    /// <summary>A word of two or more letters, all upper case.</summary>
    AllCaps = 8,

    /// <summary>A number with a decimal part.</summary>
    HasDecimals = 16,

    /// <summary>A number with thousands separators.</summary>
    HasGroups = 32,
}

/// <summary>One token of a text: its place, kind and what the lexicon and the figure grammar know of it.</summary>
internal struct Token
{
    public int Start;
    public int End;
    public TokenKind Kind;
    public TokenFlags Flags;

    /// <summary>The word's classes in the extraction lexicon.</summary>
    public Lex Lex;

    /// <summary>The word's entry in the extraction lexicon, or −1.</summary>
    public int Entry;

    /// <summary>The word's class in the figure grammar (number words, hedges, bounds).</summary>
    public FigureWord FigureWord;

    /// <summary>For number words: the value (units, tens) or power of ten (hundred, scales).</summary>
    public long FigureValue;

    public readonly int Length => End - Start;

    public readonly bool Has(Lex lex) => (Lex & lex) != 0;

    public readonly bool Is(TokenFlags flag) => (Flags & flag) != 0;

    public readonly bool IsWord => Kind == TokenKind.Word;

    public readonly bool IsNumber => Kind == TokenKind.Number;

    public readonly bool IsCapitalized => Kind == TokenKind.Word && (Flags & TokenFlags.Capitalized) != 0;

    public readonly bool Attached => (Flags & TokenFlags.SpaceBefore) == 0;

    public readonly bool IsPunct(string text, char c) => Kind == TokenKind.Punct && text[Start] == c;

    public readonly bool IsFigureWord(FigureWord word) => Kind == TokenKind.Word && FigureWord == word;

    public readonly LexEntry LexEntry => Entry >= 0 ? Lexicon.Entries[Entry] : LexEntry.None;

    /// <summary>The number its digits write, any separators between them skipped ("1,200" is 1200).</summary>
    public readonly double DigitsValue(string text)
    {
        double v = 0;
        for (var k = Start; k < End; k++)
        {
            var d = FigureScanner.DigitValue(text[k]);
            if (d >= 0)
            {
                v = (v * 10) + d;
            }
        }

        return v;
    }
}

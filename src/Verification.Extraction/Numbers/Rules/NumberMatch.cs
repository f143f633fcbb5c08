using System.Runtime.CompilerServices;
using Verification.Extraction.Text;

namespace Verification.Extraction.Numbers.Rules;

/// <summary>Per-slot token positions of a number match, without allocation.</summary>
[InlineArray(NumberMatch.MaxSlots)]
internal struct NumberSlotStarts
{
    private int _element;
}

/// <summary>A number form matched at one place in a sentence: where each slot matched, for the rule's builder.</summary>
internal ref struct NumberMatch
{
    /// <summary>The most slots a number pattern may have.</summary>
    public const int MaxSlots = 8;

    private NumberSlotStarts _starts;

    public NumberMatch(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> marks, int first)
    {
        Text = text;
        Tokens = tokens;
        Marks = marks;
        First = first;
        End = first;
    }

    /// <summary>The sentence's text.</summary>
    public string Text { get; }

    /// <summary>The sentence's tokens.</summary>
    public ReadOnlySpan<Token> Tokens { get; }

    /// <summary>What each token has been recognised as so far (<see cref="Numbers.Marks"/>).</summary>
    public ReadOnlySpan<byte> Marks { get; }

    /// <summary>The first token of the match.</summary>
    public int First { get; }

    /// <summary>The token after the match.</summary>
    public int End { get; set; }

    /// <summary>Whether the slot matched (an optional slot may not have).</summary>
    public readonly bool Has(int slot) => _starts[slot] >= 0;

    /// <summary>The token of a slot, or −1.</summary>
    public readonly int TokenAt(int slot) => _starts[slot];

    /// <summary>The token of a slot.</summary>
    public readonly Token this[int slot] => Tokens[_starts[slot]];

    /// <summary>The value of the digits of a slot.</summary>
    public readonly double Digits(int slot) => NumberTokens.ReadDigits(Text, Tokens[_starts[slot]]);

    internal void Set(int slot, int start) => _starts[slot] = start;
}

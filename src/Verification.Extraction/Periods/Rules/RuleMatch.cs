using System.Runtime.CompilerServices;
using Verification.Extraction.Text;
using Verification.Figures;

namespace Verification.Extraction.Periods.Rules;

/// <summary>Per-slot numbers of a match, without allocation.</summary>
[InlineArray(RuleMatch.MaxSlots)]
internal struct SlotNumbers
{
    private int _element;
}

/// <summary>A form matched at one place in a sentence: where each slot matched and what it holds, for the rule's
/// builder.</summary>
internal ref struct RuleMatch
{
    /// <summary>The most slots a pattern may have.</summary>
    public const int MaxSlots = 12;

    private SlotNumbers _starts;
    private SlotNumbers _values;

    public RuleMatch(string text, ReadOnlySpan<Token> tokens, DateOnly published, int recentDays, int first)
    {
        RecentDays = recentDays;
        Text = text;
        Tokens = tokens;
        Published = published;
        First = first;
        End = first;
    }

    /// <summary>The sentence's text.</summary>
    public string Text { get; }

    /// <summary>The sentence's tokens.</summary>
    public ReadOnlySpan<Token> Tokens { get; }

    /// <summary>The publication date relative dates are read against.</summary>
    public DateOnly Published { get; }

    /// <summary>How many days up to publication "recently" covers (<see cref="ExtractionOptions.RecentDays"/>).</summary>
    public int RecentDays { get; }

    /// <summary>The first token of the match.</summary>
    public int First { get; }

    /// <summary>The token after the match.</summary>
    public int End { get; set; }

    /// <summary>The period a <see cref="SlotKind.Period"/> slot read.</summary>
    public ResolvedPeriod Inner { get; set; }

    /// <summary>Set by a builder when the text says the period runs on past publication ("within 6 months").</summary>
    public bool RunsForward { get; set; }

    /// <summary>Whether the slot matched (an optional slot may not have).</summary>
    public readonly bool Has(int slot) => _starts[slot] >= 0;

    /// <summary>The value of a slot: a month, day, year, count, unit or ordinal; 0 for words and punctuation.</summary>
    public readonly int this[int slot] => _values[slot];

    /// <summary>The first token of a slot, or −1.</summary>
    public readonly int TokenAt(int slot) => _starts[slot];

    /// <summary>Whether the slot matched the word <paramref name="word"/>.</summary>
    public readonly bool WordIs(int slot, string word) => _starts[slot] >= 0 && DateTokens.Is(Text, Tokens[_starts[slot]], word);

    /// <summary>Whether the token before the match is <paramref name="word"/>.</summary>
    public readonly bool PreviousIs(string word) => First > 0 && DateTokens.Is(Text, Tokens[First - 1], word);

    internal void Set(int slot, int start, int value)
    {
        _starts[slot] = start;
        _values[slot] = value;
    }
}

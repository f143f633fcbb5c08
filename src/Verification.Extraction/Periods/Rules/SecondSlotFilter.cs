using Verification.Extraction.Text;

namespace Verification.Extraction.Periods.Rules;

/// <summary>Keeps, of the rules a token may start, those whose next slot the token after their starting slot can fill,
/// so that a number tries "three days ago" only before a time unit.</summary>
/// <remarks>A rule is added with the required slot it starts with and the slots after it up to the next required one
/// ("'80s": an optional apostrophe or the "s"), one of which the next token must fill. For a slot of one
/// token ("the", a year) the next token is checked; for one that may span tokens (a count: "a couple of"; a day:
/// "14th"; a month: "Sept."), the slot is read once per kind at the token, for all the rules that start with it. Like
/// <see cref="StartIndex"/>, the filter only saves work: a rule it keeps may still fail.</remarks>
internal sealed class SecondSlotFilter
{
    private static readonly Slot[] SpanKinds = [S.Month, S.Day, S.OrdinalDay, S.Count, S.Ordinal];

    private readonly StartIndex _next = new();
    private readonly UInt128[] _byKind = new UInt128[16];
    private UInt128 _oneToken;

    /// <summary>The rules the filter checks.</summary>
    public UInt128 Rules { get; private set; }

    /// <summary>Checks rule <paramref name="rule"/> (bit <paramref name="bit"/>) when it starts with
    /// <paramref name="first"/>: the token after it must be able to fill one of <paramref name="next"/>.</summary>
    public void Add(string rule, in Slot first, ReadOnlySpan<Slot> next, UInt128 bit)
    {
        foreach (var slot in next)
        {
            _next.Add(rule, slot, bit);
        }

        Rules |= bit;
        if (first.Kind is SlotKind.Month or SlotKind.Day or SlotKind.OrdinalDay or SlotKind.Count or SlotKind.Ordinal)
        {
            _byKind[(int)first.Kind] |= bit;
        }
        else
        {
            _oneToken |= bit;
        }
    }

    /// <summary>Of <paramref name="candidates"/>, drops the checked rules the tokens after <paramref name="i"/> rule out;
    /// <paramref name="starting"/> are the checked rules that start at <paramref name="i"/> with their first slot.</summary>
    public UInt128 Keep(string text, ReadOnlySpan<Token> t, int i, UInt128 candidates, UInt128 starting)
    {
        var rules = candidates & starting & Rules;
        if (rules == UInt128.Zero)
        {
            return candidates;
        }

        var kept = UInt128.Zero;
        var oneToken = rules & _oneToken;
        if (oneToken != UInt128.Zero && i + 1 < t.Length)
        {
            kept = oneToken & _next.Candidates(text, t, i + 1);
        }

        foreach (var first in SpanKinds)
        {
            var ofKind = rules & _byKind[(int)first.Kind];
            if (ofKind == UInt128.Zero)
            {
                continue;
            }

            var end = DateRuleSet.MatchSlot(first, text, t, i, out _);
            if (end > i && end < t.Length)
            {
                kept |= ofKind & _next.Candidates(text, t, end);
            }
        }

        return (candidates & ~rules) | kept;
    }
}

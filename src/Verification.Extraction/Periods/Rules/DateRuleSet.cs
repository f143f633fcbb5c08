using Verification.Extraction.Text;
using Verification.Figures;
using static Verification.Extraction.Periods.DateTokens;

namespace Verification.Extraction.Periods.Rules;

/// <summary>Reads a period wherever a pattern may start: the recogniser's callback for <see cref="SlotKind.Period"/>
/// slots.</summary>
internal delegate bool PeriodReader(string text, ReadOnlySpan<Token> tokens, int at, DateOnly published, int depth, out int end, out ResolvedPeriod period);

/// <summary>Runs a set of date forms at a place in a sentence and keeps the longest match (the earlier rule on a
/// tie).</summary>
/// <remarks>Matching walks the pattern once, slot by slot, taking an optional slot when it matches and skipping it
/// otherwise: there is no backtracking, so a form costs at most its length in token checks. A token tries only the
/// rules it can start (by its class, or the first letter of a word); most tokens try none.
/// </remarks>
internal sealed class DateRuleSet
{
    /// <summary>The most rules a set may hold.</summary>
    public const int MaxRules = 128;

    private readonly DateRule[] _rules;

    // The rules a token may start: each rule is indexed under its leading optional slots and its first required one.
    // A rule whose first slot is optional ("the") is tried there only when that token or the next can fill one of the
    // slots after it, so "the" alone tries nothing.
    private readonly StartIndex _lead = new();
    private readonly StartIndex _afterOptionalFirst = new();
    private readonly UInt128 _optionalFirst;

    // A rule is tried only when the token after its first required slot can fill a slot that may come next, up to the
    // next required one: "three days ago" only before a time unit, "80s" only before an apostrophe or an "s". For a rule whose first slot is optional ("the 19th century"), only
    // where the token starts its required slot.
    private readonly SecondSlotFilter _second = new();
    private readonly SecondSlotFilter _secondAfterOptional = new();
    private readonly StartIndex _optionalLead = new();

    public DateRuleSet(IReadOnlyList<DateRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
        if (_rules.Length > MaxRules)
        {
            throw new ArgumentException($"a set holds at most {MaxRules} date forms", nameof(rules));
        }

        for (var r = 0; r < _rules.Length; r++)
        {
            var rule = _rules[r];
            if (rule.Pattern.Length is 0 or > RuleMatch.MaxSlots || rule.Pattern[0].Kind == SlotKind.Period)
            {
                throw new ArgumentException($"date form '{rule.Name}': a pattern has 1 to {RuleMatch.MaxSlots} slots and does not start with a period", nameof(rules));
            }

            var bit = UInt128.One << r;
            if (rule.Pattern[0].Optional)
            {
                _optionalFirst |= bit;
            }

            var q = 0;
            while (q < rule.Pattern.Length && rule.Pattern[q].Optional)
            {
                q++;
            }

            var r2 = q + 1;
            while (r2 < rule.Pattern.Length && rule.Pattern[r2].Optional && rule.Pattern[r2].Kind != SlotKind.Period)
            {
                r2++;
            }

            if (r2 < rule.Pattern.Length && rule.Pattern[r2].Kind != SlotKind.Period)
            {
                (q == 0 ? _second : _secondAfterOptional).Add(rule.Name, rule.Pattern[q], rule.Pattern.AsSpan(q + 1, r2 - q), bit);
            }

            for (var k = 0; k < rule.Pattern.Length; k++)
            {
                var slot = rule.Pattern[k];
                _lead.Add(rule.Name, slot, bit);
                if (slot.Optional)
                {
                    _optionalLead.Add(rule.Name, slot, bit);
                }

                if (k > 0)
                {
                    _afterOptionalFirst.Add(rule.Name, slot, bit);
                }

                if (!slot.Optional)
                {
                    break;
                }
            }
        }

        Rules = _rules;
    }

    /// <summary>The forms, in the order they are preferred on a tie.</summary>
    public IReadOnlyList<DateRule> Rules { get; }

    /// <summary>The longest form matching at <paramref name="i"/>; "recently" covers <paramref name="recentDays"/> days.</summary>
    public bool TryMatch(string text, ReadOnlySpan<Token> t, int i, DateOnly published, int recentDays, PeriodReader inner, int depth, out int end, out ResolvedPeriod period, out bool runsForward)
    {
        end = i;
        period = default;
        runsForward = false;
        var candidates = _lead.Candidates(text, t, i);
        var optional = candidates & _optionalFirst;
        if (optional != UInt128.Zero)
        {
            var fill = _afterOptionalFirst.Candidates(text, t, i) | (i + 1 < t.Length ? _afterOptionalFirst.Candidates(text, t, i + 1) : UInt128.Zero);
            candidates = (candidates & ~_optionalFirst) | (optional & fill);
        }

        candidates = _second.Keep(text, t, i, candidates, _second.Rules);
        if ((candidates & _secondAfterOptional.Rules) != UInt128.Zero)
        {
            candidates = _secondAfterOptional.Keep(text, t, i, candidates, ~_optionalLead.Candidates(text, t, i));
        }

        while (candidates != UInt128.Zero)
        {
            var r = (int)UInt128.TrailingZeroCount(candidates);
            candidates &= candidates - UInt128.One;
            TryRule(_rules[r], text, t, i, published, recentDays, inner, depth, ref end, ref period, ref runsForward);
        }

        return end > i;
    }

    private static void TryRule(DateRule rule, string text, ReadOnlySpan<Token> t, int i, DateOnly published, int recentDays, PeriodReader inner, int depth,
        ref int bestEnd, ref ResolvedPeriod best, ref bool bestForward)
    {
        var match = new RuleMatch(text, t, published, recentDays, i);
        var k = i;
        var pattern = rule.Pattern;
        for (var s = 0; s < pattern.Length; s++)
        {
            var slot = pattern[s];
            var next = -1;
            var value = 0;
            if (k < t.Length && (!slot.Glued || (k > i && t[k].Attached)))
            {
                if (slot.Kind == SlotKind.Period)
                {
                    if (depth < 2 && inner(text, t, k, published, depth + 1, out var innerEnd, out var innerPeriod))
                    {
                        next = innerEnd;
                        match.Inner = innerPeriod;
                    }
                }
                else
                {
                    next = MatchSlot(slot, text, t, k, out value);
                }
            }

            if (next < 0)
            {
                if (!slot.Optional)
                {
                    return;
                }

                match.Set(s, -1, 0);
                continue;
            }

            match.Set(s, k, value);
            k = next;
        }

        if (k <= bestEnd)
        {
            return;
        }

        match.End = k;
        try
        {
            if (!rule.Build(ref match, out var period))
            {
                return;
            }

            best = period;
            bestEnd = match.End;
            bestForward = match.RunsForward;
        }
        catch (ArgumentOutOfRangeException)
        {
            // Arithmetic that leaves the calendar names no period.
        }
    }

    /// <summary>Where a slot ends when it matches at <paramref name="k"/>, or −1.</summary>
    internal static int MatchSlot(in Slot slot, string text, ReadOnlySpan<Token> t, int k, out int value)
    {
        value = 0;
        var token = t[k];
        switch (slot.Kind)
        {
            case SlotKind.Word:
                if (token.IsWord)
                {
                    foreach (var w in slot.Words!)
                    {
                        if (Is(text, token, w))
                        {
                            return k + 1;
                        }
                    }
                }

                return -1;
            case SlotKind.Month:
                if (!IsMonth(text, t, k))
                {
                    return -1;
                }

                value = Lexicon.Entries[token.Entry].Month;
                return token.Has(Lex.Abbreviation) && IsPunct(text, t, k + 1, '.') && t[k + 1].Attached ? k + 2 : k + 1;
            case SlotKind.Weekday:
                if (!token.Has(Lex.Weekday))
                {
                    return -1;
                }

                value = Lexicon.Entries[token.Entry].Weekday;
                return k + 1;
            case SlotKind.Day:
            case SlotKind.OrdinalDay:
                value = DayNumber(text, token);
                if (value == 0)
                {
                    return -1;
                }

                if (IsOrdinalSuffixAt(text, t, k + 1))
                {
                    return k + 2;
                }

                return slot.Kind == SlotKind.Day ? k + 1 : -1;
            case SlotKind.Year:
                if (!IsYearAt(text, t, k))
                {
                    return -1;
                }

                value = (int)token.DigitsValue(text);
                return k + 1;
            case SlotKind.ShortYear:
                if (!token.IsNumber || token.Length != 2 || (token.Flags & TokenFlags.HasDecimals) != 0 || FollowedByCountNoun(t, k + 1)
                    || (k + 1 < t.Length && t[k + 1].Attached && (t[k + 1].IsWord || t[k + 1].IsNumber)))
                {
                    return -1;
                }

                value = (int)token.DigitsValue(text);
                return k + 1;
            case SlotKind.Count:
                return TryCount(text, t, k, out value, out var after) ? after : -1;
            case SlotKind.TimeUnit:
                if (!token.Has(Lex.TimeUnit))
                {
                    return -1;
                }

                value = Lexicon.Entries[token.Entry].TimeUnit;
                return k + 1;
            case SlotKind.Ordinal:
                if (token.Has(Lex.Ordinal))
                {
                    value = Lexicon.Entries[token.Entry].Ordinal;
                    return k + 1;
                }

                if (token.IsNumber && token.Length <= 2 && IsOrdinalSuffixAt(text, t, k + 1))
                {
                    value = (int)token.DigitsValue(text);
                    return k + 2;
                }

                return -1;
            case SlotKind.Digits:
                if (!token.IsNumber || token.Length > 4 || (token.Flags & (TokenFlags.HasDecimals | TokenFlags.HasGroups)) != 0)
                {
                    return -1;
                }

                value = (int)token.DigitsValue(text);
                return k + 1;
            case SlotKind.Decimal:
                return token.IsNumber && (token.Flags & (TokenFlags.HasDecimals | TokenFlags.HasGroups)) == TokenFlags.HasDecimals ? k + 1 : -1;
            case SlotKind.RangeJoin:
                if (IsDash(text, t, k) || Is(text, token, "to") || Is(text, token, "thru") || Is(text, token, "through") || Is(text, token, "until")
                    || Is(text, token, "till") || Is(text, token, "and"))
                {
                    return k + 1;
                }

                return -1;
            case SlotKind.Class:
                return token.IsWord && (token.Lex & slot.Classes) != 0 ? k + 1 : -1;
            case SlotKind.Char:
                if (token.Kind != TokenKind.Punct)
                {
                    return -1;
                }

                var c = text[token.Start];
                return c == slot.Char || (slot.Char == '\'' && c == '’') || (slot.Char == '-' && c is '–' or '‐') ? k + 1 : -1;
            default:
                return -1;
        }
    }
}

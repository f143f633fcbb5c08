using Verification.Extraction.Text;
using Verification.Figures;

namespace Verification.Extraction.Numbers.Rules;

/// <summary>Runs a set of number forms at a number and keeps the longest match (the earlier rule on a tie).</summary>
/// <remarks>A form starts with digits or with a figure word. For digits the token after them picks the rules to try:
/// by its punctuation character, its word, or its lexicon class, as a bit per rule; most numbers are followed by a
/// word no form names and try none. For a word, its figure-grammar class picks them ("half", "a"). Matching walks a pattern once, slot by slot, taking an optional slot when it matches and skipping it
/// otherwise, without going back.</remarks>
internal sealed class NumberRuleSet
{
    /// <summary>The most rules a set may hold.</summary>
    public const int MaxRules = 64;

    private readonly NumberRule[] _rules;
    private readonly ulong _afterGroups;

    // The rules by what their second slot takes; rules whose second slot is optional are always tried.
    private readonly ulong _always;
    private readonly ulong _byNumber;
    private readonly ulong _bySuffixScale;
    private readonly ulong _bySuffixScaleAttached;
    private readonly (char Char, ulong Bits)[] _byChar;
    private readonly (string Word, ulong Bits)[] _byWord;
    private readonly (Lex Classes, ulong Bits)[] _byClass;

    // The rules led by a word, by its figure-grammar class; and all rules led by digits.
    private readonly ulong[] _byLeadFigure = new ulong[256];
    private ulong _digitLed;

    public NumberRuleSet(IReadOnlyList<NumberRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
        if (_rules.Length > MaxRules)
        {
            throw new ArgumentException($"a set holds at most {MaxRules} number forms", nameof(rules));
        }

        var byChar = new List<(char, ulong)>();
        var byWord = new List<(string, ulong)>();
        var byClass = new List<(Lex, ulong)>();
        for (var r = 0; r < _rules.Length; r++)
        {
            var rule = _rules[r];
            if (rule.Pattern.Length is < 2 or > NumberMatch.MaxSlots
                || rule.Pattern[0].Kind is not (NumberSlotKind.Digits or NumberSlotKind.NoDecimals or NumberSlotKind.Whole or NumberSlotKind.Figure)
                || rule.Pattern[0].Optional)
            {
                throw new ArgumentException($"number form '{rule.Name}': a pattern has 2 to {NumberMatch.MaxSlots} slots and starts with required digits or a figure word", nameof(rules));
            }

            var bit = 1UL << r;
            if (rule.AfterGroups)
            {
                _afterGroups |= bit;
            }

            if (rule.Pattern[0].Kind == NumberSlotKind.Figure)
            {
                foreach (var word in rule.Pattern[0].Figures!)
                {
                    _byLeadFigure[(int)word] |= bit;
                }

                continue;
            }

            _digitLed |= bit;

            var second = rule.Pattern[1];
            if (second.Optional)
            {
                _always |= bit;
                continue;
            }

            switch (second.Kind)
            {
                case NumberSlotKind.Digits or NumberSlotKind.NoDecimals or NumberSlotKind.Whole:
                    _byNumber |= bit;
                    break;
                case NumberSlotKind.SuffixScale when second.Glued:
                    _bySuffixScaleAttached |= bit;
                    break;
                case NumberSlotKind.SuffixScale:
                    _bySuffixScale |= bit;
                    break;
                case NumberSlotKind.Char:
                    foreach (var c in second.Chars!)
                    {
                        byChar.Add((c, bit));
                    }

                    break;
                case NumberSlotKind.Word:
                    foreach (var w in second.Words!)
                    {
                        byWord.Add((w, bit));
                    }

                    break;
                default:
                    byClass.Add((second.Classes, bit));
                    break;
            }
        }

        _byChar = [.. byChar];
        _byWord = [.. byWord];
        _byClass = [.. byClass];
        Rules = _rules;
    }

    /// <summary>The forms, in the order they are preferred on a tie.</summary>
    public IReadOnlyList<NumberRule> Rules { get; }

    /// <summary>The longest form built on the digits at <paramref name="i"/>; after spaced digit groups
    /// (<paramref name="afterGroups"/>) only the forms that may follow them. <paramref name="core"/> is updated only on a
    /// match.</summary>
    public bool TryMatch(string text, ReadOnlySpan<Token> t, ReadOnlySpan<byte> marks, int i, bool afterGroups, ref NumberCore core)
    {
        if (i + 1 >= t.Length)
        {
            return false;
        }

        var token = t[i];
        var candidates = token.IsNumber ? Candidates(text, t[i + 1]) & _digitLed
            : token.IsWord && token.FigureWord != FigureWord.None ? _byLeadFigure[(int)token.FigureWord] : 0;
        if (afterGroups)
        {
            candidates &= _afterGroups;
        }

        var found = false;
        var bestEnd = i;
        while (candidates != 0)
        {
            var r = System.Numerics.BitOperations.TrailingZeroCount(candidates);
            candidates &= candidates - 1;
            var rule = _rules[r];
            var match = new NumberMatch(text, t, marks, i);
            if (!Walk(rule.Pattern, ref match) || match.End <= bestEnd)
            {
                continue;
            }

            var built = core;
            if (rule.Build(ref match, ref built) && match.End > bestEnd)
            {
                core = built;
                bestEnd = match.End;
                found = true;
            }
        }

        return found;
    }

    private ulong Candidates(string text, in Token next)
    {
        var candidates = _always;
        switch (next.Kind)
        {
            case TokenKind.Number:
                return candidates | _byNumber;
            case TokenKind.Word:
                // A scale is a short word, most often written against the digits ("10k"): "of" after a number tries nothing.
                if (next.Length <= 3)
                {
                    candidates |= next.Attached ? _bySuffixScale | _bySuffixScaleAttached : _bySuffixScale;
                }

                foreach (var (word, bits) in _byWord)
                {
                    if (next.Length == word.Length && text.AsSpan(next.Start, next.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
                    {
                        candidates |= bits;
                    }
                }

                foreach (var (classes, bits) in _byClass)
                {
                    if ((next.Lex & classes) != 0)
                    {
                        candidates |= bits;
                    }
                }

                return candidates;
            default:
                var c = text[next.Start];
                foreach (var (ch, bits) in _byChar)
                {
                    if (ch == c)
                    {
                        candidates |= bits;
                    }
                }

                return candidates;
        }
    }

    private static bool Walk(NumberSlot[] pattern, ref NumberMatch match)
    {
        var t = match.Tokens;
        var k = match.First;
        for (var s = 0; s < pattern.Length; s++)
        {
            var slot = pattern[s];
            if (k < t.Length && (!slot.Glued || (k > match.First && t[k].Attached)) && (!slot.Spaced || !t[k].Attached) && Matches(slot, ref match, k))
            {
                match.Set(s, k);
                k++;
                continue;
            }

            if (!slot.Optional)
            {
                return false;
            }

            match.Set(s, -1);
        }

        match.End = k;
        return true;
    }

    private static bool Matches(in NumberSlot slot, ref NumberMatch match, int k)
    {
        var token = match.Tokens[k];
        var text = match.Text;
        switch (slot.Kind)
        {
            case NumberSlotKind.Digits:
            case NumberSlotKind.NoDecimals:
            case NumberSlotKind.Whole:
                // Digits after the first must not have been read as something else (a date).
                var flags = slot.Kind switch
                {
                    NumberSlotKind.NoDecimals => TokenFlags.HasDecimals,
                    NumberSlotKind.Whole => TokenFlags.HasDecimals | TokenFlags.HasGroups,
                    _ => TokenFlags.None,
                };
                return token.IsNumber && (token.Flags & flags) == 0 && (k == match.First || match.Marks[k] == 0);
            case NumberSlotKind.Char:
                return token.Kind == TokenKind.Punct && slot.Chars!.Contains(text[token.Start], StringComparison.Ordinal);
            case NumberSlotKind.Word:
                if (token.IsWord)
                {
                    foreach (var w in slot.Words!)
                    {
                        if (token.Length == w.Length && text.AsSpan(token.Start, token.Length).Equals(w, StringComparison.OrdinalIgnoreCase))
                        {
                            return true;
                        }
                    }
                }

                return false;
            case NumberSlotKind.SuffixScale:
                return token.IsWord && NumberTokens.IsSuffixScale(text, token, match.First > 0 && NumberTokens.IsCurrencySign(text, match.Tokens[match.First - 1]));
            case NumberSlotKind.Class:
                return token.IsWord && (token.Lex & slot.Classes) != 0;
            case NumberSlotKind.Figure:
                if (token.IsWord && token.FigureWord != FigureWord.None)
                {
                    foreach (var w in slot.Figures!)
                    {
                        if (token.FigureWord == w)
                        {
                            return true;
                        }
                    }
                }

                return false;
            case NumberSlotKind.FractionWord:
                return NumberTokens.FractionDenominator(text, token) > 0;
            default:
                return false;
        }
    }
}

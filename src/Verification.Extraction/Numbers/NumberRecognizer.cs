using System.Globalization;
using Verification.Extraction.Mentions;
using Verification.Extraction.Numbers.Rules;
using Verification.Extraction.Periods;
using Verification.Extraction.Text;
using Verification.Figures;
using Core = Verification.Extraction.Numbers.NumberCore;
using CoreType = Verification.Extraction.Numbers.NumberCoreType;
using W = Verification.Figures.FigureWord;
using static Verification.Extraction.Numbers.NumberTokens;

namespace Verification.Extraction.Numbers;

/// <summary>One number found in a sentence, with the tokens it covers.</summary>
internal sealed class NumberHit
{
    /// <summary>The first token of the mention (a hedge, a currency sign), sentence-relative.</summary>
    public int First { get; set; }

    /// <summary>The last token of the mention, inclusive.</summary>
    public int Last { get; set; }

    /// <summary>The first token of the number itself.</summary>
    public int CoreFirst { get; set; }

    /// <summary>The last token of the number itself (of the high end for a range), inclusive.</summary>
    public int CoreLast { get; set; }

    public required NumberMention Mention { get; set; }

    /// <summary>A vague determiner with a small interval ("several", "a few"): not a figure worth a claim on its own.</summary>
    public bool IsDeterminer { get; set; }

    /// <summary>Written in words below ten ("one", "two"): often a pronoun or an article rather than a count.</summary>
    public bool IsSmallWord { get; set; }

    /// <summary>The number is followed by "of" before its noun ("dozens of people").</summary>
    public bool TakesOf { get; set; }
}

/// <summary>Finds the numbers of a sentence: the span of each (with hedges, bounds, ranges and scales), the interval the
/// figure rules read from it, and what kind of number it is.</summary>
/// <remarks>
/// The recogniser finds where a figure starts and ends; the figure itself is always read by the figure rules of
/// Verification.Core (<see cref="Figure.TryParse(string, FigureOptions, out Figure?, out string?)"/>), so a hedge or a
/// vague phrase means the same in running text as in a claims file. It tries the longest candidate first (with a
/// hedge or bound before the number, a range or "+" after it) and keeps the first the rules accept. Numbers the rules
/// do not read as counts (negative numbers, fractions, identifiers) are reported with their value and kind only.
/// </remarks>
internal sealed class NumberRecognizer
{
    private const int MaxDigits = 30;
    private readonly FigureOptions _options;
    private readonly VaguePhrases _vague;
    private readonly NumberRuleSet _rules;

    public NumberRecognizer(FigureOptions options)
        : this(options, EnglishNumberRules.Set)
    {
    }

    public NumberRecognizer(FigureOptions options, NumberRuleSet rules)
    {
        _options = options;
        _rules = rules;
        _vague = new VaguePhrases(options.VagueQuantities);
    }

    /// <summary>Finds the numbers in <paramref name="t"/>; tokens whose mark is not zero (dates) are skipped, and the
    /// tokens of each number found are marked <see cref="Marks.Number"/>.</summary>
    public void Recognize(string text, ReadOnlySpan<Token> t, Span<byte> marks, List<NumberHit> hits)
    {
        for (var i = 0; i < t.Length; i++)
        {
            if (marks[i] != 0 || !CanStart(t[i], text))
            {
                continue;
            }

            if (!TryCore(text, t, marks, i, out var core))
            {
                continue;
            }

            if (core.Type == CoreType.TooLong)
            {
                i = core.End - 1;
                continue;
            }

            var hit = Build(text, t, marks, core);
            if (hit is null)
            {
                continue;
            }

            // "44 mg to 50 mg", "between $5 and $10": two quantities of one unit make a range.
            if (hits.Count > 0 && TryMergeRange(text, t, hits[^1], hit, out var merged))
            {
                hits[^1] = merged;
                hit = merged;
            }
            else
            {
                hits.Add(hit);
            }

            for (var k = hit.First; k <= hit.Last; k++)
            {
                marks[k] = Marks.Number;
            }

            i = hit.Last;
        }

        // Hits found before the dates (RecognizeBeforeDates) stand first in the list; keep text order.
        for (var k = 1; k < hits.Count; k++)
        {
            if (hits[k].First < hits[k - 1].First)
            {
                hits.Sort(static (a, b) => a.First.CompareTo(b.First));
                break;
            }
        }
    }

    /// <summary>Numbers that the date rules would misread, found and marked before they run: telephone numbers
    /// ("+964 770 123 4567", "(212) 555-0100", "555-0100"), which are identifiers, not figures or periods; and ranges
    /// of counts whose low end looks like a year ("2000-6000 protesters"; "2000-3000 people"), which are counts when the
    /// high end is no year or a count noun follows without a year cue before.</summary>
    public void RecognizeBeforeDates(string text, ReadOnlySpan<Token> t, Span<byte> marks, List<NumberHit> hits)
    {
        for (var i = 0; i < t.Length; i++)
        {
            if (!t[i].IsNumber || marks[i] != 0)
            {
                continue;
            }

            if (TelephoneNumbers.At(text, t, i, out var first, out var last))
            {
                var span = new TextSpan(t[first].Start, t[last].End);
                double digits = 0;
                for (var k = first; k <= last; k++)
                {
                    marks[k] = Marks.Number;
                    if (t[k].IsNumber)
                    {
                        digits = (digits * Math.Pow(10, t[k].Length)) + ReadDigits(text, t[k]);
                    }
                }

                hits.Add(new NumberHit
                {
                    First = first,
                    Last = last,
                    CoreFirst = i,
                    CoreLast = last,
                    Mention = new NumberMention(span, text[span.Start..span.End], NumberKind.Identifier, digits, null) { HighValue = digits },
                });
                i = last;
                continue;
            }

            if (!IsCountRangeFromAYear(text, t, i) || !TryCore(text, t, marks, i, out var core) || core.Type != CoreType.Digits
                || Build(text, t, marks, core) is not { } hit || hit.Mention.Kind != NumberKind.Count)
            {
                continue;
            }

            hits.Add(hit);
            for (var k = hit.First; k <= hit.Last; k++)
            {
                marks[k] = Marks.Number;
            }

            i = hit.Last;
        }
    }

    /// <summary>"2000-6000" or "1500–3000 people": a range whose low end looks like a year, read as a range of counts when
    /// its high end is no year (more than four digits or past the years of news), or when a count noun follows and no
    /// month or year cue stands before.</summary>
    private static bool IsCountRangeFromAYear(string text, ReadOnlySpan<Token> t, int i)
    {
        var low = t[i];
        if (low.Length != 4 || (low.Flags & (TokenFlags.HasDecimals | TokenFlags.HasGroups)) != 0 || i + 2 >= t.Length
            || !NewsYears.Contains(ReadDigits(text, low)))
        {
            return false;
        }

        var dash = t[i + 1];
        var high = t[i + 2];
        if (!(dash.Kind == TokenKind.Punct && text[dash.Start] is '-' or '–' && dash.Attached && high.Attached && high.IsNumber
            && (high.Flags & (TokenFlags.HasDecimals | TokenFlags.HasGroups)) == 0 && high.Length >= 4 && ReadDigits(text, high) > ReadDigits(text, low)))
        {
            return false;
        }

        if (!NewsYears.Contains(ReadDigits(text, high)))
        {
            return true;
        }

        return i + 3 < t.Length && t[i + 3].Has(Lex.CountNoun) && !IsYearContext(text, t, i - 1) && !(i > 0 && t[i - 1].Has(Lex.YearCue));
    }

    private static bool TryMergeRange(string text, ReadOnlySpan<Token> t, NumberHit a, NumberHit b, out NumberHit merged)
    {
        merged = a;
        var ma = a.Mention;
        var mb = b.Mention;
        if (IsSuspendedRange(text, t, a, b))
        {
            // "8- to 16-meter": the low end takes the high end's unit.
            var whole = new TextSpan(t[a.First].Start, t[b.Last].End);
            merged = new NumberHit
            {
                First = a.First,
                Last = b.Last,
                CoreFirst = a.CoreFirst,
                CoreLast = b.CoreLast,
                Mention = mb with
                {
                    Span = whole,
                    Text = whole.Of(text),
                    Figure = ma.Figure is not null && mb.Figure is not null ? Figure.Between(ma.Figure.CoreLow, mb.Figure.CoreHigh, whole.Of(text)) : null,
                    Value = ma.Value,
                    HighValue = mb.HighValue,
                },
            };
            return true;
        }

        // Signed ends may come in either order: "from -18 °C to -34 °C" runs from −34 to −18.
        var signed = ma.Value < 0 || mb.Value < 0;
        if (ma.Kind != mb.Kind || ma.Kind is not (NumberKind.Measure or NumberKind.Money or NumberKind.Percentage)
            || !string.Equals(ma.Unit, mb.Unit, StringComparison.OrdinalIgnoreCase) || b.First != a.Last + 2 || ma.Value == mb.Value || (ma.Value > mb.Value && !signed))
        {
            return false;
        }

        // The values may be in order while the figures are not: a suffix the mention scales and the figure grammar does
        // not ("$1T"). Such a pair is no range anyone can state as a figure.
        if (ma.Figure is not null && mb.Figure is not null && ma.Figure.CoreLow > mb.Figure.CoreHigh)
        {
            return false;
        }

        var sep = t[a.Last + 1];
        var between = a.First > 0 && Is(text, t[a.First - 1], "between");
        if (!(Is(text, sep, "to") || (between && Is(text, sep, "and")) || (sep.Kind == TokenKind.Punct && text[sep.Start] is '-' or '–')))
        {
            return false;
        }

        var first = between ? a.First - 1 : a.First;
        var span = new TextSpan(t[first].Start, t[b.Last].End);
        var figure = ma.Figure is not null && mb.Figure is not null && !signed ? Figure.Between(ma.Figure.CoreLow, mb.Figure.CoreHigh, span.Of(text)) : null;
        merged = new NumberHit
        {
            First = first,
            Last = b.Last,
            CoreFirst = a.CoreFirst,
            CoreLast = b.CoreLast,
            Mention = ma with { Span = span, Text = span.Of(text), Figure = figure, Value = Math.Min(ma.Value, mb.Value), HighValue = Math.Max(ma.Value, mb.Value) },
        };
        return true;
    }

    /// <summary>A range whose low end leaves its unit to the high end with a hanging hyphen: "8- to 16-meter", "2- or
    /// 3-day"; the low end is a bare number below the high one.</summary>
    private static bool IsSuspendedRange(string text, ReadOnlySpan<Token> t, NumberHit a, NumberHit b)
    {
        var dash = a.Last + 1;
        if (b.First != a.Last + 3 || a.Mention.Kind != NumberKind.Count || a.First != a.CoreFirst || a.Last != a.CoreLast
            || b.Mention.Kind is not (NumberKind.Measure or NumberKind.Money) || b.Mention.Unit is null || a.Mention.Value >= b.Mention.Value)
        {
            return false;
        }

        return t[dash].Kind == TokenKind.Punct && text[t[dash].Start] is '-' or '–' && t[dash].Attached
            && (t[dash + 1].IsFigureWord(W.To) || t[dash + 1].IsFigureWord(W.Or));
    }

    private bool CanStart(in Token token, string text) => token.Kind switch
    {
        TokenKind.Number => true,
        TokenKind.Word => token.FigureWord is W.Unit or W.Tens or W.A or W.An or W.Half or W.Hundred or W.PluralScale or W.Scale
            || token.Has(Lex.NumberExtra) || token.Has(Lex.Dozen) || _vague.MayStart(text.AsSpan(token.Start, token.Length)),
        _ => IsVulgarFraction(text[token.Start]),
    };

    private static bool IsVulgarFraction(char c) => c is '½' or '⅓' or '⅔' or '¼' or '¾' or '⅕' or '⅛' or '⅜' or '⅝' or '⅞';

    private static double VulgarValue(char c) => c switch
    {
        '½' => 0.5,
        '⅓' => 1.0 / 3,
        '⅔' => 2.0 / 3,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        _ => 0.875,
    };

    private bool TryCore(string text, ReadOnlySpan<Token> t, Span<byte> marks, int i, out Core core)
    {
        core = new Core { First = i, End = i + 1 };
        var token = t[i];
        if (token.Kind == TokenKind.Punct)
        {
            core.Type = CoreType.Fraction;
            core.Value = VulgarValue(text[token.Start]);
            return true;
        }

        if (token.Kind == TokenKind.Number)
        {
            if (DigitCount(text, token) > MaxDigits)
            {
                // Not a number anyone states: skip it, and whatever numbers are glued to it.
                var k = i + 1;
                while (k < t.Length && t[k].Attached && t[k].Kind != TokenKind.Word)
                {
                    k++;
                }

                core.Type = CoreType.TooLong;
                core.End = k;
                return true;
            }

            if (!TryDigits(text, t, marks, i, ref core))
            {
                return false;
            }

            if (!TryAndFraction(text, t, ref core))
            {
                Extend(text, t, marks, ref core);
            }

            return true;
        }

        // Words: a vague phrase of the table first ("a dozen", "tens of thousands"), else number words.
        var vague = _vague.Match(text, t, i);
        if (vague > 0)
        {
            core.Type = CoreType.Vague;
            core.End = i + vague;

            // "several hundred", "a few thousand", "several hundred thousand", "dozens of thousands".
            var k = core.End;
            if (k + 1 < t.Length && t[k].IsFigureWord(W.Of) && (t[k + 1].IsFigureWord(W.Hundred) || t[k + 1].IsFigureWord(W.Scale)))
            {
                k++; // "a couple of hundred"
            }

            while (k < t.Length && (t[k].IsFigureWord(W.Hundred) || t[k].IsFigureWord(W.Scale)))
            {
                k++;
            }

            if (k == core.End && k + 1 < t.Length && t[k].IsFigureWord(W.Of) && t[k + 1].IsFigureWord(W.PluralScale))
            {
                k += 2;
            }

            core.End = k;
            return true;
        }

        if (token.Has(Lex.NumberExtra) && Lexicon.Entries[token.Entry].Number == 0)
        {
            core.Type = CoreType.Special;
            core.Value = 0;
            return true;
        }

        // "point 77"
        if (Is(text, token, "point") && i + 1 < t.Length && t[i + 1].IsNumber && (t[i + 1].Flags & (TokenFlags.HasDecimals | TokenFlags.HasGroups)) == 0)
        {
            var digits = text.AsSpan(t[i + 1].Start, t[i + 1].Length);
            core.Type = CoreType.Special;
            core.Value = ReadDigits(text, t[i + 1]) / Math.Pow(10, digits.Length);
            core.Unit = Math.Pow(10, -digits.Length);
            core.End = i + 2;
            return true;
        }

        // The rules led by a word, tried once here: one building its value ("a quarter of a million") is taken now,
        // one the figure rules read ("half a million") where number words are read, below.
        var byRule = core;
        var ruled = _rules.TryMatch(text, t, marks, i, afterGroups: false, ref byRule);
        if (ruled && byRule.Type == CoreType.Special)
        {
            core = byRule;
            return true;
        }

        // "a gallon", "a penny": one of a unit.
        if (token.FigureWord is W.A or W.An && i + 1 < t.Length && (t[i + 1].Has(Lex.Unit) || t[i + 1].Has(Lex.Currency)) && !t[i + 1].Has(Lex.TimeUnit)
            && t[i + 1].Length > 2 && !(i > 0 && (t[i - 1].IsNumber || t[i - 1].Has(Lex.Currency) || t[i - 1].Has(Lex.Unit))))
        {
            core.Type = CoreType.Special;
            core.Value = 1;
            return true;
        }

        // "more than half", "a third of", "two thirds of the".
        if (TryShare(text, t, i, out var shareEnd))
        {
            core.Type = CoreType.Share;
            core.End = shareEnd;
            return true;
        }

        if (ruled && byRule.Type == CoreType.Words)
        {
            core = byRule;
        }
        else if (!TryWords(text, t, marks, i, ref core, rulesTried: true))
        {
            return false;
        }

        if (!TryAndFraction(text, t, ref core))
        {
            Extend(text, t, marks, ref core);
        }

        return true;
    }

    /// <summary>A fraction joined to the number by "and" ("2 million and a half", "two and a fourth", "one and a half
    /// million"): the core takes it in when the figure rules read the whole, which they read with the fraction of the
    /// scale before it (2,500,000, not 2,000,000.5).</summary>
    private bool TryAndFraction(string text, ReadOnlySpan<Token> t, ref Core core)
    {
        var e = core.End;
        if (core.Type is not (CoreType.Digits or CoreType.Words) || e + 2 >= t.Length || !t[e].IsFigureWord(W.And)
            || !(t[e + 1].IsFigureWord(W.A) || (t[e + 1].FigureWord == W.Unit && t[e + 1].FigureValue == 1)))
        {
            return false;
        }

        var fraction = t[e + 2];
        if (FractionDenominator(text, fraction) == 0 || (text[fraction.End - 1] | 0x20) == 's')
        {
            return false;
        }

        var k = e + 3;
        if (k < t.Length && t[k].IsFigureWord(W.Hundred))
        {
            k++;
        }

        if (k < t.Length && t[k].IsFigureWord(W.Scale))
        {
            k++;
        }

        if (!Figure.TryParse(text[t[core.First].Start..t[k - 1].End], _options, out _, out _))
        {
            return false;
        }

        core.End = k;
        return true;
    }

    /// <summary>A share of a whole in words where a reader takes it for one: "half", "a half", "a third", "one quarter",
    /// "two thirds", "three-quarters", followed by "of" or "the" ("half of the residents", "two thirds the size") or
    /// after a bound or hedge ("more than half", "nearly a third"). Not "the first half", "half-brother", "half an hour".</summary>
    private static bool TryShare(string text, ReadOnlySpan<Token> t, int i, out int end)
    {
        end = i;
        var token = t[i];
        int k;
        if (token.IsFigureWord(W.Half))
        {
            k = i + 1;
        }
        else if ((token.IsFigureWord(W.A) || (token.FigureWord == W.Unit && token.FigureValue == 1)) && i + 1 < t.Length
            && FractionDenominator(text, t[i + 1]) > 0 && (text[t[i + 1].End - 1] | 0x20) != 's')
        {
            k = i + 2;
        }
        else if (token.FigureWord == W.Unit && token.FigureValue is >= 2 and <= 9 && i + 1 < t.Length)
        {
            k = t[i + 1].IsPunct(text, '-') && t[i + 1].Attached && i + 2 < t.Length ? i + 2 : i + 1;
            var denominator = FractionDenominator(text, t[k]);
            if (denominator <= token.FigureValue || (text[t[k].End - 1] | 0x20) != 's' || (k > i + 1 && !t[k].Attached))
            {
                return false;
            }

            k++;
        }
        else
        {
            return false;
        }

        // "half a million", "a quarter million": numbers, read as such.
        if (k < t.Length && (t[k].FigureWord is W.Scale or W.Hundred or W.PluralScale
            || (t[k].IsFigureWord(W.A) && k + 1 < t.Length && t[k + 1].FigureWord is W.Scale or W.Hundred)))
        {
            return false;
        }

        var before = i > 0 ? t[i - 1] : default;
        if (i > 0 && (before.Has(Lex.Ordinal) || before.IsFigureWord(W.The)))
        {
            return false;
        }

        var followed = k < t.Length && (t[k].IsFigureWord(W.Of) || t[k].IsFigureWord(W.The));
        var bounded = i > 0 && before.FigureWord is W.Than or W.Nearly or W.Almost or W.About or W.Around or W.Roughly or W.Approximately
            or W.Over or W.Under or W.Least or W.Most;
        if (!(followed || bounded) || (k < t.Length && t[k].Attached && t[k].IsPunct(text, '-')))
        {
            return false;
        }

        end = k;
        return true;
    }

    /// <summary>Forms the figure rules do not read, built on a number just found: "two dozen", "30 lakh", "three crore
    /// twelve lakh …", "three billions", "two point two million", "two thirds", "2 1/2", "2½".</summary>
    private void Extend(string text, ReadOnlySpan<Token> t, Span<byte> marks, ref Core core)
    {
        var e = core.End;
        if (e >= t.Length || core.Type is not (CoreType.Digits or CoreType.Words))
        {
            return;
        }

        var next = t[e];
        var isDozen = next.Has(Lex.Dozen);
        var isIndian = next.Has(Lex.IndianScale);
        var isPlural = next.IsFigureWord(W.PluralScale) && !(e + 1 < t.Length && t[e + 1].IsFigureWord(W.Of));
        var isPoint = Is(text, next, "point") && e + 1 < t.Length && (t[e + 1].IsNumber || t[e + 1].FigureWord == W.Unit);
        var fraction = FractionDenominator(text, next);
        var isVulgar = next.Kind == TokenKind.Punct && next.Attached && IsVulgarFraction(text[next.Start]) && core.Type == CoreType.Digits;
        var hyphenFraction = next.IsPunct(text, '-') && next.Attached && e + 1 < t.Length && FractionDenominator(text, t[e + 1]) > 0;
        if (!(isDozen || isIndian || isPlural || isPoint || fraction > 0 || isVulgar || hyphenFraction))
        {
            return;
        }

        if (!TryValue(text, t, core.First, core.End, out var value, out var decimals))
        {
            return;
        }

        var unit = Math.Pow(10, -decimals);
        if (isVulgar)
        {
            value += VulgarValue(text[next.Start]);
            e++;
            unit = 0;
            core.IsFraction = true;
        }
        else if (fraction > 0 || hyphenFraction)
        {
            if (core.Type != CoreType.Words || value > 20)
            {
                return; // "the 2 thirds" is not idiomatic; "one third", "two thirds" are
            }

            if (hyphenFraction)
            {
                e++;
                fraction = FractionDenominator(text, t[e]);
            }

            value /= fraction;
            e++;
            unit = 0;
            core.IsFraction = true;
        }
        else if (isPoint)
        {
            // "two point two", "1 point 1": digits or digit words after "point".
            var k = e + 1;
            var fractionDigits = 0;
            double part = 0;
            if (t[k].IsNumber)
            {
                fractionDigits = DigitCount(text, t[k]);
                part = ReadDigits(text, t[k]);
                k++;
            }
            else
            {
                while (k < t.Length && t[k].FigureWord == W.Unit && t[k].FigureValue < 10 && fractionDigits < 6)
                {
                    part = (part * 10) + t[k].FigureValue;
                    fractionDigits++;
                    k++;
                }
            }

            if (fractionDigits == 0)
            {
                return;
            }

            value += part / Math.Pow(10, fractionDigits);
            unit = Math.Pow(10, -fractionDigits);
            e = k;
        }

        // Scales after: "two point two million", "three billions", "two dozen", "30 lakh", "crore … lakh …".
        double total = 0;
        var smallest = 0.0;
        while (e < t.Length)
        {
            var w = t[e];
            double scale;
            if (w.Has(Lex.Dozen))
            {
                scale = 12;
            }
            else if (w.Has(Lex.IndianScale))
            {
                scale = Lexicon.Entries[w.Entry].Number;
            }
            else if (w.FigureWord is W.Scale or W.PluralScale && !(e + 1 < t.Length && t[e + 1].IsFigureWord(W.Of)))
            {
                scale = Math.Pow(10, w.FigureValue);
            }
            else
            {
                break;
            }

            e++;
            value *= scale;
            unit = scale == 12 ? 0 : unit * scale;
            core.IsFraction = false;
            smallest = scale;
            if (!w.Has(Lex.IndianScale))
            {
                continue;
            }

            // Indian numbering goes on with a smaller part: "three crore twelve lakh fifty-six thousand …".
            total += value;
            value = 0;
            if (e < t.Length && marks[e] == 0 && (t[e].IsNumber || t[e].FigureWord is W.Unit or W.Tens))
            {
                var rest = new Core { First = e, End = e + 1 };
                var ok = t[e].IsNumber ? TryDigits(text, t, marks, e, ref rest) && rest.Type == CoreType.Digits : TryWords(text, t, marks, e, ref rest);
                if (ok && TryValue(text, t, rest.First, rest.End, out var restValue, out _) && restValue * 1 < smallest)
                {
                    value = restValue;
                    e = rest.End;
                    continue;
                }
            }

            break;
        }

        core.Type = CoreType.Special;
        core.Value = total + value;
        core.Unit = Math.Max(0, unit);
        core.End = e;
    }

    /// <summary>The value of a number core (digits, or words read by the figure rules) and its decimals.</summary>
    private bool TryValue(string text, ReadOnlySpan<Token> t, int first, int end, out double value, out int decimals)
    {
        decimals = 0;
        if (t[first].IsNumber && end == first + 1)
        {
            value = ReadDigits(text, t[first]);
            decimals = DecimalCount(text, t[first]);
            return true;
        }

        if (Figure.TryParse(text[t[first].Start..t[end - 1].End], _options, out var figure, out _) && figure.Kind is FigureKind.Exact or FigureKind.Rounded)
        {
            value = figure.CoreLow;
            return true;
        }

        value = 0;
        return false;
    }

    private static bool Is(string text, in Token token, string word) =>
        token.Kind == TokenKind.Word && token.Length == word.Length && text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static int DigitCount(string text, in Token token)
    {
        var count = 0;
        for (var k = token.Start; k < token.End; k++)
        {
            if (FigureScanner.DigitValue(text[k]) >= 0)
            {
                count++;
            }
        }

        return count;
    }

    private bool TryDigits(string text, ReadOnlySpan<Token> t, Span<byte> marks, int i, ref Core core)
    {
        core.Type = CoreType.Digits;
        var j = i + 1;
        var first = t[i];

        // "1 200", "12 500 000": groups of three digits after single spaces, when the first group has one to three.
        if (first.Length <= 3 && (first.Flags & (TokenFlags.HasDecimals | TokenFlags.HasGroups)) == 0 && !(i > 0 && (t[i - 1].Has(Lex.Month) || (first.Attached && t[i - 1].IsWord))))
        {
            var k = j;
            while (k < t.Length && t[k].IsNumber && t[k].Length == 3 && (t[k].Flags & (TokenFlags.HasDecimals | TokenFlags.HasGroups)) == 0
                && t[k].Start == t[k - 1].End + 1 && text[t[k].Start - 1] == ' ' && marks[k] == 0)
            {
                k++;
            }

            if (k > j && !(k < t.Length && t[k].Has(Lex.Month)))
            {
                j = k;
            }
        }

        // The forms built on digits ("2 1/2", "1/5", "2.4e6", "10k", "30 lakh", "2 dozen"), as rules; after spaced
        // groups only those that may follow them ("12 500k").
        if (_rules.TryMatch(text, t, marks, j - 1, afterGroups: j > i + 1, ref core))
        {
            return true;
        }

        // "2 hundred", "3 million", "2.5 mn".
        if (j < t.Length && t[j].IsFigureWord(W.Hundred))
        {
            j++;
        }

        if (j < t.Length && (t[j].IsFigureWord(W.Scale) || (t[j].IsFigureWord(W.ShortScale) && t[j].Length >= 2 && !t[j].Attached)))
        {
            j++;
        }

        core.End = j;
        return true;
    }

    private bool TryWords(string text, ReadOnlySpan<Token> t, Span<byte> marks, int i, ref Core core, bool rulesTried = false)
    {
        core.Type = CoreType.Words;

        // "half a million": a rule; the figure rules read it.
        var byRule = core;
        if (!rulesTried && _rules.TryMatch(text, t, marks, i, afterGroups: false, ref byRule) && byRule.Type == CoreType.Words)
        {
            core = byRule;
            return true;
        }

        var k = i;

        if (t[k].IsFigureWord(W.A))
        {
            if (!(k + 1 < t.Length && (t[k + 1].IsFigureWord(W.Hundred) || t[k + 1].IsFigureWord(W.Scale))))
            {
                return false;
            }

            k++;
        }

        if (t[k].IsFigureWord(W.Hundred) && k == i)
        {
            return false;
        }

        var end = k;
        var previous = W.None;
        while (end < t.Length)
        {
            var w = t[end];
            if (w.IsWord && w.FigureWord is W.Unit or W.Tens or W.Hundred or W.Scale)
            {
                // Two units or a unit after tens written apart are two numbers, except "twenty five".
                if (previous == W.Unit && w.FigureWord is W.Unit or W.Tens)
                {
                    break;
                }

                if (previous == W.Tens && w.FigureWord == W.Tens)
                {
                    break;
                }

                previous = w.FigureWord;
                end++;
                continue;
            }

            // "twenty-five"
            if (w.Kind == TokenKind.Punct && text[w.Start] is '-' or '‐' && w.Attached && previous == W.Tens
                && end + 1 < t.Length && t[end + 1].Attached && t[end + 1].IsFigureWord(W.Unit))
            {
                end++;
                continue;
            }

            // "three hundred and forty"
            if (w.IsFigureWord(W.And) && previous is W.Hundred or W.Scale && end + 1 < t.Length && t[end + 1].FigureWord is W.Unit or W.Tens)
            {
                end++;
                continue;
            }

            break;
        }

        if (end == k)
        {
            return false;
        }

        core.End = end;
        return true;
    }

    private NumberHit? Build(string text, ReadOnlySpan<Token> t, Span<byte> marks, Core core)
    {
        // Ranges: "100-150", "100 to 150", "between 200 and 300", "two or three".
        var rangeEnd = -1;
        if (core.Type is CoreType.Digits or CoreType.Words && core.End + 1 < t.Length && marks[core.End + 1] == 0)
        {
            var sep = t[core.End];
            var isSeparator = (sep.Kind == TokenKind.Punct && text[sep.Start] is '-' or '–' or '—' or '‐' or '−' or '~' or '∼')
                || sep.IsFigureWord(W.To) || sep.IsFigureWord(W.And) || sep.IsFigureWord(W.Or) || Is(text, sep, "through") || Is(text, sep, "thru");
            if (isSeparator)
            {
                var next = new Core { First = core.End + 1, End = core.End + 2 };
                if (t[core.End + 1].IsNumber ? DigitCount(text, t[core.End + 1]) <= MaxDigits && TryDigits(text, t, marks, core.End + 1, ref next) && next.Type == CoreType.Digits
                    : TryWords(text, t, marks, core.End + 1, ref next))
                {
                    rangeEnd = next.End;
                }
            }
        }

        // Suffixes: "440+", "10 or more".
        var last = rangeEnd > 0 ? rangeEnd : core.End;
        var suffixEnd = -1;
        if (last < t.Length && t[last].IsPunct(text, '+') && t[last].Attached)
        {
            suffixEnd = last + 1;
        }
        else if (last + 1 < t.Length && t[last].IsFigureWord(W.Or) && (t[last + 1].IsFigureWord(W.More) || t[last + 1].IsFigureWord(W.Fewer) || t[last + 1].IsFigureWord(W.Less)))
        {
            suffixEnd = last + 2;
        }

        // Two bounds: "more than 50 but fewer than 200", "greater than 50 and smaller than 200".
        var boundsEnd = rangeEnd < 0 && suffixEnd < 0 ? SecondBoundEnd(text, t, marks, core.End) : -1;

        // Prefixes: a sign ("> 1,000", ">= 40", "≥ 40", "<40", "~150"), or a hedge or a bound of up to four words ("at
        // least", "no fewer than", "in the region of").
        Span<int> starts = stackalloc int[6];
        var startCount = 0;
        if (core.First > 0 && marks[core.First - 1] == 0 && t[core.First - 1].Kind == TokenKind.Punct)
        {
            var sign = text[t[core.First - 1].Start];
            if (sign is '>' or '<' or '≥' or '≤' or '~' or '∼')
            {
                starts[startCount++] = core.First - 1;
            }
            else if (sign == '=' && core.First > 1 && marks[core.First - 2] == 0 && t[core.First - 1].Attached && t[core.First - 2].Kind == TokenKind.Punct
                && text[t[core.First - 2].Start] is '>' or '<')
            {
                starts[startCount++] = core.First - 2;
            }
        }

        for (var k = Math.Min(4, core.First); k >= 1; k--)
        {
            var s = core.First - k;
            if (marks[s] == 0 && IsPrefixStart(t, s) && AllPrefixWords(text, t, marks, s, core.First))
            {
                starts[startCount++] = s;
            }
        }

        starts[startCount++] = core.First;

        Span<int> ends = stackalloc int[4];
        var endCount = 0;
        if (boundsEnd > 0)
        {
            ends[endCount++] = boundsEnd;
        }

        if (rangeEnd > 0 && suffixEnd > 0)
        {
            ends[endCount++] = suffixEnd;
        }

        if (rangeEnd > 0)
        {
            ends[endCount++] = rangeEnd;
        }

        if (rangeEnd < 0 && suffixEnd > 0)
        {
            ends[endCount++] = suffixEnd;
        }

        ends[endCount++] = core.End;

        Figure? figure = null;
        int first = core.First, end = core.End;
        if (core.Type is CoreType.Digits or CoreType.Words or CoreType.Vague or CoreType.Share)
        {
            // A range or a "+" after the number wins over a hedge before it ("around 10-15" is the range 10–15).
            for (var b = 0; b < endCount && figure is null; b++)
            {
                for (var a = 0; a < startCount; a++)
                {
                    var candidate = text[t[starts[a]].Start..t[ends[b] - 1].End];
                    if (Figure.TryParse(candidate, _options, out var parsed, out _))
                    {
                        figure = parsed;
                        first = starts[a];
                        end = ends[b];
                        break;
                    }
                }
            }

            // Words that the rules do not read as one number ("one twenty"): keep the longest leading part they read.
            if (figure is null && core.Type == CoreType.Words)
            {
                for (var e = core.End - 1; e > core.First && figure is null; e--)
                {
                    if (Figure.TryParse(text[t[core.First].Start..t[e - 1].End], _options, out var parsed, out _))
                    {
                        figure = parsed;
                        end = e;
                        core.End = e;
                    }
                }
            }
        }
        else if (core.Type == CoreType.Special)
        {
            figure = _options.ApplyRounding && core.Unit > 0 ? Figure.Rounded(core.Value, core.Unit, text[t[core.First].Start..t[core.End - 1].End])
                : Figure.Exact(core.Value, text[t[core.First].Start..t[core.End - 1].End]);
            (first, end) = WithPrefix(text, t, marks, core, starts[..startCount], ref figure);
        }

        var coreLast = end - 1;
        var pronoun = false;
        double value;
        var high = double.NaN;
        if (figure is not null)
        {
            value = figure.Kind == FigureKind.UpperBound ? figure.CoreHigh : figure.CoreLow;
            if (figure.Kind is FigureKind.Range or FigureKind.Vague && figure.CoreHigh > figure.CoreLow)
            {
                high = figure.CoreHigh;
            }
        }
        else if (core.Type == CoreType.Fraction)
        {
            value = core.Value;
        }
        else if (core.Type == CoreType.Digits && core.End == core.First + 1)
        {
            value = ReadDigits(text, t[core.First]);
            first = core.First;
            end = core.End;
        }
        else
        {
            return null;
        }

        if (figure is not null && core.Type == CoreType.Words && end - first == 1 && t[first].FigureWord == W.Unit && t[first].FigureValue <= 1
            && !(first > 0 && t[first - 1].IsPunct(text, '(')))
        {
            // "one" and "zero" alone are most often pronouns and idioms ("one of the", "zero tolerance").
            if (!(first + 1 < t.Length && (t[first + 1].Has(Lex.CountNoun) || t[first + 1].Has(Lex.Unit) || t[first + 1].Has(Lex.TimeUnit) || t[first + 1].Has(Lex.Currency))))
            {
                pronoun = true;
            }
        }

        var hit = new NumberHit
        {
            First = first,
            Last = end - 1,
            CoreFirst = core.First,
            CoreLast = coreLast,
            Mention = null!,
            IsDeterminer = core.Type == CoreType.Vague && figure is { CoreHigh: < 10 } && core.End - core.First <= 2 && !HasScaleWord(t, core),
            IsSmallWord = core.Type is CoreType.Words && figure is { CoreHigh: < 10 },
            TakesOf = end < t.Length && t[end].IsFigureWord(W.Of),
        };

        var kind = Classify(text, t, marks, hit, figure, core, ref value, out var unit);
        if (pronoun && kind == NumberKind.Count)
        {
            kind = NumberKind.Other;
        }

        if (kind == NumberKind.Money && double.IsNaN(high) && IsAmountInParentheses(text, t, hit))
        {
            // "($99.99)": an amount alone in parentheses is negative, as accounts write a loss.
            hit.First--;
            hit.Last++;
            value = -value;
        }
        else if (kind == NumberKind.Count && hit.First == core.First && IsRank(text, t, hit.First))
        {
            // "the top 10" ranks; it counts nothing.
            hit.First--;
            kind = NumberKind.Ordinal;
        }

        var span = new TextSpan(t[hit.First].Start, t[hit.Last].End);
        var mentionText = figure?.Text is { } figureText && figureText.Length == span.Length && text.AsSpan(span.Start, span.Length).SequenceEqual(figureText)
            ? figureText
            : text[span.Start..span.End];
        hit.Mention = new NumberMention(span, mentionText, kind, value, value < 0 || kind is NumberKind.Identifier or NumberKind.Time ? null : figure)
        {
            Unit = unit,
            HighValue = double.IsNaN(high) ? value : high,
        };
        return hit;
    }

    /// <summary>An amount written alone between parentheses, touching both ("($99.99)", "($4.2 million)"), not an aside
    /// that only holds one ("(to $40)").</summary>
    private static bool IsAmountInParentheses(string text, ReadOnlySpan<Token> t, NumberHit hit) =>
        hit.First > 0 && hit.Last + 1 < t.Length && t[hit.First - 1].IsPunct(text, '(') && t[hit.First].Attached
        && t[hit.Last + 1].IsPunct(text, ')') && t[hit.Last + 1].Attached;

    /// <summary>A number after "top" or "bottom" used as an adjective ("the top 10", "its bottom 20", "Top 50"): a rank.
    /// After a noun or a modal "top" is a verb ("deaths could top 300") and the number a count.</summary>
    private static bool IsRank(string text, ReadOnlySpan<Token> t, int first)
    {
        if (first < 1 || !(Is(text, t[first - 1], "top") || Is(text, t[first - 1], "bottom")))
        {
            return false;
        }

        if (first == 1)
        {
            return true;
        }

        var before = t[first - 2];
        return before.Has(Lex.Determiner) || Is(text, before, "the") || Is(text, before, "its") || Is(text, before, "their")
            || Is(text, before, "our") || Is(text, before, "his") || Is(text, before, "her") || before.Kind == TokenKind.Punct;
    }

    /// <summary>Where a second bound after "and" or "but" ends ("… and smaller than 200", "… but fewer than 200"): a bound
    /// of up to three words and a number; −1 when none follows. The figure rules decide whether the two bounds make one
    /// interval.</summary>
    private int SecondBoundEnd(string text, ReadOnlySpan<Token> t, Span<byte> marks, int end)
    {
        if (end + 2 >= t.Length || !(t[end].IsFigureWord(W.And) || Is(text, t[end], "but")) || !IsPrefixStart(t, end + 1))
        {
            return -1;
        }

        var k = end + 1;
        while (k < t.Length && k <= end + 3 && t[k].IsWord && t[k].FigureWord is not (W.None or W.Unit or W.Tens or W.A))
        {
            k++;
        }

        if (k >= t.Length || marks[k] != 0)
        {
            return -1;
        }

        var next = new Core { First = k, End = k + 1 };
        var ok = t[k].IsNumber ? DigitCount(text, t[k]) <= MaxDigits && TryDigits(text, t, marks, k, ref next) && next.Type == CoreType.Digits
            : TryWords(text, t, marks, k, ref next);
        return ok ? next.End : -1;
    }

    private static bool HasScaleWord(ReadOnlySpan<Token> t, Core core)
    {
        for (var k = core.First; k < core.End; k++)
        {
            if (t[k].FigureWord is W.Hundred or W.Scale or W.PluralScale)
            {
                return true;
            }
        }

        return false;
    }

    private (int First, int End) WithPrefix(string text, ReadOnlySpan<Token> t, Span<byte> marks, Core core, ReadOnlySpan<int> starts, ref Figure? figure)
    {
        _ = marks;
        var number = figure!.CoreLow.ToString("0.###", CultureInfo.InvariantCulture);
        foreach (var s in starts)
        {
            if (s == core.First)
            {
                break;
            }

            var candidate = string.Concat(text.AsSpan(t[s].Start, t[core.First - 1].End - t[s].Start), " ", number);
            if (Figure.TryParse(candidate, _options, out var parsed, out _))
            {
                figure = parsed;
                return (s, core.End);
            }
        }

        return (core.First, core.End);
    }

    /// <summary>Whether a hedge or bound of the figure grammar can start at <paramref name="s"/>: a cheap filter, so
    /// that the rules are not asked to read "in 2016" or "a 12" (the rules decide; the filter only avoids asking them).</summary>
    private static bool IsPrefixStart(ReadOnlySpan<Token> t, int s)
    {
        var token = t[s];
        if (!token.IsWord)
        {
            return false;
        }

        var next = s + 1 < t.Length ? t[s + 1].FigureWord : W.None;
        return token.FigureWord switch
        {
            W.Around or W.About or W.Approximately or W.Roughly or W.Some or W.Circa or W.Estimated or W.Approx or W.Ca
                or W.Nearly or W.Almost or W.Over or W.Above or W.Under or W.Below or W.Between or W.From => true,
            W.An => next == W.Estimated,
            W.In => next is W.Excess or W.The,
            W.Close => next == W.To,
            W.Just => next == W.Under,
            W.At => next is W.Least or W.Most,
            W.No or W.Not => next is W.Fewer or W.Less or W.More,
            W.A => next is W.Minimum or W.Maximum,
            W.More or W.Greater or W.Fewer or W.Less => next == W.Than,
            W.Upwards => next == W.Of,
            W.Up => next == W.To,
            W.As => next == W.Many,
            _ => false,
        };
    }

    private static bool AllPrefixWords(string text, ReadOnlySpan<Token> t, Span<byte> marks, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (marks[k] != 0)
            {
                return false;
            }

            if (t[k].IsWord ? t[k].FigureWord == W.None : !(t[k].IsPunct(text, '.') && k > from && t[k - 1].FigureWord is W.Approx or W.Ca))
            {
                return false;
            }
        }

        return true;
    }

    private static NumberKind Classify(string text, ReadOnlySpan<Token> t, Span<byte> marks, NumberHit hit, Figure? figure, Core core, ref double value, out string? unit)
    {
        unit = null;
        var after = hit.Last + 1;
        var before = hit.First - 1;
        var coreToken = t[hit.CoreFirst];
        var isDigits = coreToken.IsNumber;

        // Negative numbers: "-504", "−5 °C" (U+2212), "–3.2%" (an en dash against the digits, where no number stands
        // before it to make it a range), "$-99.99", "minus 1,200,000". The sign stays; only a change, a temperature, an
        // amount or a percentage may be negative, so anything else is no count.
        if (before >= 0 && hit.First == hit.CoreFirst && marks[before] == 0)
        {
            var sign = t[before];
            var isMinus = sign.Kind == TokenKind.Punct && text[sign.Start] is '-' or '−' or '–' && coreToken.Attached
                && (before == 0 || sign.Is(TokenFlags.SpaceBefore) || t[before - 1].IsPunct(text, '(') || (IsCurrencySign(text, t[before - 1]) && sign.Attached))
                && !(before > 0 && (t[before - 1].IsNumber || t[before - 1].FigureWord is W.Unit or W.Tens));
            var isWord = sign.Has(Lex.NumberExtra) && Lexicon.Entries[sign.Entry].Number < 0;
            if (isMinus || isWord)
            {
                hit.First = before;
                value = -value;
                return Signed(text, t, hit, before - 1, after, out unit);
            }
        }

        if (core.Type == CoreType.Share)
        {
            return NumberKind.Percentage;
        }

        if (core.Type == CoreType.Fraction || core.IsFraction)
        {
            if (after < t.Length && TryUnit(text, t, after, out var u, out var consumed))
            {
                unit = u;
                hit.Last = after + consumed - 1;
                return NumberKind.Measure;
            }

            return NumberKind.Other;
        }

        // Percentages: "35%", "35 per cent", "12 percent", "3 percentage points".
        if (after < t.Length)
        {
            var a = t[after];
            if (a.Kind == TokenKind.Punct && text[a.Start] is '%' or '‰' or '٪')
            {
                hit.Last = after;
                return NumberKind.Percentage;
            }

            if (a.Has(Lex.Percent) || (a.IsWord && Is(text, a, "per") && after + 1 < t.Length && Is(text, t[after + 1], "cent")))
            {
                hit.Last = a.Has(Lex.Percent) ? after : after + 1;
                if (hit.Last + 1 < t.Length && Is(text, t[hit.Last + 1], "points"))
                {
                    hit.Last++;
                }

                return NumberKind.Percentage;
            }
        }

        // Money: "$15", "US$ 3 million", "£2,000", "2,000 dinars", "20 million pounds".
        if (before >= 0 && IsCurrencySign(text, t[before]))
        {
            hit.First = before;
            unit = text[t[before].Start..t[before].End];
            if (before > 0 && t[before - 1].IsWord && t[before].Attached && t[before - 1].Is(TokenFlags.AllCaps | TokenFlags.Capitalized) && t[before - 1].Length <= 3)
            {
                hit.First = before - 1;
                unit = text[t[before - 1].Start..t[before].End];
            }

            return NumberKind.Money;
        }

        // "15€", "15 €": a sign after the amount.
        if (after < t.Length && IsCurrencySign(text, t[after]) && !(after + 1 < t.Length && t[after + 1].IsNumber && t[after + 1].Attached))
        {
            hit.Last = after;
            unit = text[t[after].Start..t[after].End];
            return NumberKind.Money;
        }

        if (after < t.Length && t[after].Has(Lex.Currency) && !(t[after].Attached && Is(text, t[after], "pound")))
        {
            hit.Last = after;
            unit = text[t[after].Start..t[after].End];
            return NumberKind.Money;
        }

        if (before >= 0 && t[before].Has(Lex.Currency) && (t[before].Is(TokenFlags.AllCaps) || Is(text, t[before], "rs")))
        {
            hit.First = before;
            unit = text[t[before].Start..t[before].End];
            return NumberKind.Money;
        }

        // "Rs. 500 crore": rupees, abbreviated with a full stop.
        if (before >= 1 && t[before].IsPunct(text, '.') && Is(text, t[before - 1], "rs"))
        {
            hit.First = before - 1;
            unit = text[t[before - 1].Start..t[before - 1].End];
            return NumberKind.Money;
        }

        // Times: "2 pm", "2pm", "2.13 am", "14:30", "0800 GMT", "2 a.m.".
        if (isDigits && after < t.Length)
        {
            var a = t[after];
            if (a.Kind == TokenKind.Punct && text[a.Start] == ':' && a.Attached && after + 1 < t.Length && t[after + 1].IsNumber && t[after + 1].Attached
                && t[after + 1].Length == 2 && value <= 24)
            {
                hit.Last = after + 1;
                if (after + 2 < t.Length && t[after + 2].Has(Lex.Meridiem))
                {
                    hit.Last = after + 2;
                }

                return NumberKind.Time;
            }

            if (a.IsWord && (a.Has(Lex.Meridiem) || ((Is(text, a, "a") || Is(text, a, "p")) && after + 2 < t.Length && t[after + 1].IsPunct(text, '.') && Is(text, t[after + 2], "m")))
                && value <= 2400 && !a.Has(Lex.Unit))
            {
                hit.Last = a.Has(Lex.Meridiem) ? after : Math.Min(after + 3, t.Length - 1);
                if (!t[hit.Last].IsPunct(text, '.') && a.Has(Lex.Meridiem) == false)
                {
                    hit.Last = after + 2;
                }

                return NumberKind.Time;
            }

            if (a.IsWord && Is(text, a, "o") && after + 2 < t.Length && Is(text, t[after + 2], "clock"))
            {
                hit.Last = after + 2;
                return NumberKind.Time;
            }
        }

        // Ordinals: "21st", "3rd", "2nd".
        if (isDigits && after < t.Length && t[after].IsWord && t[after].Attached && IsOrdinalSuffix(text, t[after]))
        {
            hit.Last = after;
            return NumberKind.Ordinal;
        }

        // Decades: "the 1990s", "1960's".
        if (isDigits && after < t.Length && t[after].Attached && (Is(text, t[after], "s") || (t[after].IsPunct(text, '\'') && after + 1 < t.Length && Is(text, t[after + 1], "s"))))
        {
            hit.Last = Is(text, t[after], "s") ? after : after + 1;
            return coreToken.Length == 4 ? NumberKind.Year : NumberKind.Age;
        }

        // Ages: "aged 12", "age of 12", "a 12-year-old", "12 years old", "Ahmed, 34,".
        if (IsAge(text, t, hit, before, after, value, out var ageEnd))
        {
            hit.Last = Math.Max(hit.Last, ageEnd);
            return NumberKind.Age;
        }

        // Scores and tallies: "won 2-1", "a 3-2 vote", "a 2-2 draw".
        if (isDigits && IsScore(text, t, hit, figure, before, after))
        {
            return NumberKind.Other;
        }

        // Identifiers: "MH17", "F-16", "COVID-19", "Resolution 2334", "page 5", "3D".
        if (isDigits && hit.First == hit.CoreFirst && IsIdentifier(text, t, hit, before, after))
        {
            return NumberKind.Identifier;
        }

        // Years: "in 2016", "2013-14", "since 1991".
        if (isDigits && IsYear(text, t, hit, figure, after))
        {
            return NumberKind.Year;
        }

        // Measures and durations: "27 km", "three days", "a 27-kilometre ring", "10kg".
        if (after < t.Length && TryUnit(text, t, after, out var measureUnit, out var used))
        {
            unit = measureUnit;
            hit.Last = after + used - 1;
            return NumberKind.Measure;
        }

        // "45C", "110F": temperatures.
        if (isDigits && after < t.Length && t[after].IsWord && t[after].Attached && t[after].Length == 1 && text[t[after].Start] is 'C' or 'F')
        {
            unit = text[t[after].Start..t[after].End];
            hit.Last = after;
            return NumberKind.Measure;
        }

        if (isDigits && after < t.Length && t[after].IsWord && t[after].Attached && !IsSuffixScale(text, t[after]))
        {
            return NumberKind.Identifier;
        }

        if (IsRatio(text, t, hit, value))
        {
            return NumberKind.Other;
        }

        return figure is null ? NumberKind.Other : NumberKind.Count;
    }

    /// <summary>A score or a tally: two numbers of up to two digits joined by a hyphen or an en dash, the first not smaller
    /// ("won 2-1", "a 3-2 vote", "a 2-2 draw"). No range runs downwards, so neither is a count.</summary>
    private static bool IsScore(string text, ReadOnlySpan<Token> t, NumberHit hit, Figure? figure, int before, int after)
    {
        static bool Small(in Token token) => token.IsNumber && token.Length <= 2 && (token.Flags & (TokenFlags.HasDecimals | TokenFlags.HasGroups)) == 0;
        static bool Joins(string text, in Token dash) => dash.Kind == TokenKind.Punct && text[dash.Start] is '-' or '–' && dash.Attached;

        if (hit.First != hit.CoreFirst || !Small(t[hit.CoreFirst]))
        {
            return false;
        }

        if (figure is { Kind: FigureKind.Range } && figure.CoreLow == figure.CoreHigh && hit.CoreLast == hit.CoreFirst + 2 && Small(t[hit.CoreLast]))
        {
            return true;
        }

        if (hit.Last != hit.CoreFirst)
        {
            return false;
        }

        var value = ReadDigits(text, t[hit.CoreFirst]);
        return (after + 1 < t.Length && Joins(text, t[after]) && Small(t[after + 1]) && t[after + 1].Attached && ReadDigits(text, t[after + 1]) <= value)
            || (before >= 1 && Joins(text, t[before]) && t[hit.CoreFirst].Attached && Small(t[before - 1]) && ReadDigits(text, t[before - 1]) >= value);
    }

    /// <summary>What a negative number is: a percentage ("–3.2%", "-4.5 per cent"), an amount ("$-99.99", "-15€"), a
    /// measure ("−5 °C", "−12C", "-3 metres"), or else <see cref="NumberKind.Other"/>: a count is never negative.</summary>
    private static NumberKind Signed(string text, ReadOnlySpan<Token> t, NumberHit hit, int before, int after, out string? unit)
    {
        unit = null;
        if (before >= 0 && IsCurrencySign(text, t[before]))
        {
            hit.First = before;
            unit = text[t[before].Start..t[before].End];
            return NumberKind.Money;
        }

        if (after >= t.Length)
        {
            return NumberKind.Other;
        }

        var a = t[after];
        if (a.Kind == TokenKind.Punct && text[a.Start] is '%' or '‰' or '٪')
        {
            hit.Last = after;
            return NumberKind.Percentage;
        }

        if (a.Has(Lex.Percent) || (Is(text, a, "per") && after + 1 < t.Length && Is(text, t[after + 1], "cent")))
        {
            hit.Last = a.Has(Lex.Percent) ? after : after + 1;
            return NumberKind.Percentage;
        }

        if (IsCurrencySign(text, a) || a.Has(Lex.Currency))
        {
            hit.Last = after;
            unit = text[a.Start..a.End];
            return NumberKind.Money;
        }

        if (TryUnit(text, t, after, out var u, out var consumed))
        {
            unit = u;
            hit.Last = after + consumed - 1;
            return NumberKind.Measure;
        }

        if (a.IsWord && a.Attached && a.Length == 1 && text[a.Start] is 'C' or 'F')
        {
            unit = text[a.Start..a.End];
            hit.Last = after;
            return NumberKind.Measure;
        }

        return NumberKind.Other;
    }

    // "one in five children", "1 in 3 households", "nine out of 10 hospitals": a proportion, not two counts. The part is
    // smaller than the whole, the whole at most 100, and not a length of time ("3 in 10 days" is three in ten days).
    private static bool IsRatio(string text, ReadOnlySpan<Token> t, NumberHit hit, double value)
    {
        // The part: the number before "in" / "out of".
        var k = hit.Last + 1;
        var of = k < t.Length && Is(text, t[k], "in") ? k + 1 : k + 1 < t.Length && Is(text, t[k], "out") && Is(text, t[k + 1], "of") ? k + 2 : -1;
        if (of > 0 && SmallNumberAt(text, t, of) is var whole and > 0 and <= 100 && value >= 1 && value < whole && !(of + 1 < t.Length && t[of + 1].Has(Lex.TimeUnit)))
        {
            return true;
        }

        // The whole: the number after them.
        k = hit.First - 1;
        var part = k >= 1 && Is(text, t[k], "in") ? k - 1 : k >= 2 && Is(text, t[k], "of") && Is(text, t[k - 1], "out") ? k - 2 : -1;
        return part >= 0 && value <= 100 && SmallNumberAt(text, t, part) is var p and >= 1 && p < value
            && !(hit.Last + 1 < t.Length && t[hit.Last + 1].Has(Lex.TimeUnit));
    }

    // A whole number of up to three digits, or a number word up to ninety-nine, at t[k]; -1 otherwise.
    private static double SmallNumberAt(string text, ReadOnlySpan<Token> t, int k)
    {
        if (k < 0 || k >= t.Length)
        {
            return -1;
        }

        if (t[k].IsNumber)
        {
            return t[k].Length <= 3 && (t[k].Flags & (TokenFlags.HasDecimals | TokenFlags.HasGroups)) == 0 ? ReadDigits(text, t[k]) : -1;
        }

        return t[k].FigureWord is W.Unit or W.Tens ? t[k].FigureValue : -1;
    }

    private static bool IsOrdinalSuffix(string text, in Token token) =>
        Is(text, token, "st") || Is(text, token, "nd") || Is(text, token, "rd") || Is(text, token, "th");

    private static bool TryUnit(string text, ReadOnlySpan<Token> t, int after, out string? unit, out int consumed)
    {
        unit = null;
        consumed = 0;
        var k = after;

        // "27-kilometre", "three-day"
        if (t[k].Kind == TokenKind.Punct && text[t[k].Start] is '-' or '‐' && t[k].Attached && k + 1 < t.Length && t[k + 1].Attached)
        {
            k++;
        }

        var token = t[k];
        if (token.Kind == TokenKind.Punct && text[token.Start] is '°' or '″' or '"' or '′')
        {
            unit = text[token.Start..token.End];
            consumed = k - after + 1;
            if (k + 1 < t.Length && t[k + 1].Attached && t[k + 1].IsWord && t[k + 1].Length == 1)
            {
                consumed++;
                unit = text[token.Start..t[k + 1].End];
            }

            return token.Attached || text[token.Start] == '°';
        }

        if (!token.IsWord || !(token.Has(Lex.Unit) || token.Has(Lex.TimeUnit)))
        {
            return false;
        }

        // A unit word that is also a place or a label ("m", "in") is not taken when it is capitalised mid-sentence.
        if (token.Has(Lex.TimeUnit) && !token.Has(Lex.Unit) && Is(text, token, "second") && !token.Attached)
        {
            return false;
        }

        unit = text[token.Start..token.End];
        consumed = k - after + 1;

        // "32 degrees Celsius", "114 degrees F": the scale belongs to the unit.
        if ((Is(text, token, "degrees") || Is(text, token, "degree")) && k + 1 < t.Length && t[k + 1].IsWord
            && (Is(text, t[k + 1], "celsius") || Is(text, t[k + 1], "fahrenheit") || Is(text, t[k + 1], "centigrade") || (t[k + 1].Length == 1 && text[t[k + 1].Start] is 'C' or 'F')))
        {
            unit = text[token.Start..t[k + 1].End];
            consumed++;
        }

        return true;
    }

    private static bool IsAge(string text, ReadOnlySpan<Token> t, NumberHit hit, int before, int after, double value, out int end)
    {
        end = hit.Last;
        if (value is < 0 or > 130 || value != Math.Floor(value))
        {
            return false;
        }

        if (before >= 0 && (t[before].Has(Lex.AgeWord) || (before >= 1 && t[before].IsFigureWord(W.Of) && t[before - 1].Has(Lex.AgeWord))))
        {
            return true;
        }

        // "12-year-old", "12 years old", "six-month-old"
        var k = after;
        if (k < t.Length && t[k].IsPunct(text, '-'))
        {
            k++;
        }

        if (k < t.Length && t[k].Has(Lex.TimeUnit) && Lexicon.Entries[t[k].Entry].TimeUnit is Lexicon.Year or Lexicon.MonthUnit or Lexicon.Week or Lexicon.Day)
        {
            var m = k + 1;
            if (m < t.Length && t[m].IsPunct(text, '-'))
            {
                m++;
            }

            if (m < t.Length && (Is(text, t[m], "old") || Is(text, t[m], "olds")))
            {
                end = m;
                return true;
            }
        }

        // "Ahmed Hassan, 34, said" / "Ahmed Hassan (34)"
        if (before >= 1 && hit.First == hit.CoreFirst && t[hit.CoreFirst].IsNumber && value is >= 1 and <= 110
            && ((t[before].IsPunct(text, ',') && after < t.Length && t[after].Kind == TokenKind.Punct && text[t[after].Start] is ',' or ')' or ';')
                || (t[before].IsPunct(text, '(') && after < t.Length && t[after].IsPunct(text, ')')))
            && t[before - 1].IsCapitalized && !t[before - 1].Has(Lex.Month) && !t[before - 1].Has(Lex.Weekday) && before - 1 > 0)
        {
            return true;
        }

        return false;
    }

    private static bool IsIdentifier(string text, ReadOnlySpan<Token> t, NumberHit hit, int before, int after)
    {
        if (before >= 0)
        {
            var b = t[before];
            if (b.IsWord && t[hit.CoreFirst].Attached)
            {
                return true; // "MH17", "G20"
            }

            if (b.Kind == TokenKind.Punct && text[b.Start] is '-' or '‐' && t[hit.CoreFirst].Attached && before >= 1 && b.Attached
                && t[before - 1].IsWord && (t[before - 1].Is(TokenFlags.AllCaps) || t[before - 1].IsCapitalized) && t[before - 1].Length <= 6)
            {
                return true; // "F-16", "COVID-19", "Su-24"
            }

            if (b.IsPunct(text, '#'))
            {
                return true;
            }

            if (b.IsPunct(text, '.') && before >= 1 && (Is(text, t[before - 1], "no") || Is(text, t[before - 1], "nos")))
            {
                return true;
            }

            if (b.Has(Lex.Label) && (b.IsCapitalized || !b.Has(Lex.TimeUnit)) && !(after < t.Length && (t[after].Has(Lex.CountNoun) || t[after].Has(Lex.SubjectVerb))))
            {
                return true;
            }
        }

        _ = after;
        return false;
    }

    private static bool IsYear(string text, ReadOnlySpan<Token> t, NumberHit hit, Figure? figure, int after)
    {
        var token = t[hit.CoreFirst];
        if (token.Length != 4 || (token.Flags & (TokenFlags.HasDecimals | TokenFlags.HasGroups)) != 0)
        {
            return false;
        }

        var value = ReadDigits(text, token);
        if (!NewsYears.Contains(value))
        {
            return false;
        }

        if (figure is not null && figure.Kind is not (FigureKind.Exact or FigureKind.Rounded or FigureKind.Range))
        {
            return false;
        }

        // "1500b": a scale after the digits makes no year.
        if (figure is { Kind: FigureKind.Exact or FigureKind.Rounded } && figure.CoreLow != value)
        {
            return false;
        }

        // "2000-6000": a range that ends past the years is a range of counts.
        if (figure is { Kind: FigureKind.Range } && !NewsYears.Contains(figure.CoreHigh))
        {
            return false;
        }

        // "2000 people" is a count; "2017 elections" and "in 2016" are years.
        if (after < t.Length && (t[after].Has(Lex.CountNoun) || t[after].Has(Lex.SubjectVerb)))
        {
            return IsYearContext(text, t, hit.First - 1);
        }

        return true;
    }

    // Before a count noun, only a month, a comma or a strong year cue makes the number a year ("in 2016 people fled";
    // "after 2000 people fled" is a count).
    private static bool IsYearContext(string text, ReadOnlySpan<Token> t, int before)
    {
        if (before < 0)
        {
            return false;
        }

        var b = t[before];
        return b.Has(Lex.Month) || (b.Has(Lex.YearCue) && b.LexEntry.YearCue == Lexicon.StrongYearCue) || b.IsPunct(text, ',');
    }
}

/// <summary>What a token has been recognised as, per sentence.</summary>
internal static class Marks
{
    public const byte None = 0;
    public const byte Date = 1;
    public const byte Number = 2;
}

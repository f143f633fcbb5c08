using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Verification.Sources;
using Word = Verification.Figures.FigureWord;

namespace Verification.Figures;

/// <summary>Reads the English text of one figure into a <see cref="Figure"/> (DESIGN §2 rules).</summary>
/// <remarks>
/// <para>
/// The whole text must be one figure (case-insensitive, surrounding whitespace ignored). The grammar, tried in order:
/// </para>
/// <list type="number">
/// <item>Editorial brackets around the whole text are dropped: "[58,000]" reads "58,000".</item>
/// <item>A phrase of the vague-quantity table ("dozens", "hundreds of", "a dozen"): <see cref="Figure.Vague"/>.
/// For text without digits the table is consulted first, so a user's entry wins over the built-in rules.</item>
/// <item>A note in parentheses at the end: an interval ("1,230 (95% CI 610 to 2,040)", "(range: 610–2,040)",
/// "(610–2,040)") makes <see cref="Figure.Estimate"/> of the one number before it; beside a percentage, a count
/// ("18 per cent (52,300 people)", "52,300 (18%)") is the figure, words after it ignored.</item>
/// <item>An optional lead-in: a word of certainty, which leaves the figure as stated ("possibly", "perhaps",
/// "probably", "maybe", "reportedly", "allegedly", "apparently"); a projection ("could", "may", "will", "expected /
/// projected / forecast / set / likely to", "is expected to") followed by a verb; a verb that states the number ("reach", "hit", "total", "rose to",
/// "stood at", "be"), more than it ("exceed", "surpass", "top", "pass", "cross"; "passed the 10,000 mark") or nearly
/// it ("approach", "near"); then emphasis ("only", "just", "merely", "a mere", "a total of") or "anywhere /
/// somewhere / ranging" before "from" or "between".</item>
/// <item>An optional prefix: a hedge ("around", "about", "approximately", "approx.", "est.", "roughly", "some",
/// "an estimated", "an estimate of", "estimated", "estimated at", "estimated to be", "circa", "ca.", "in the region
/// of"), "nearly / almost / close to / closer to / just under / just below / (just) shy of", a lower bound ("at least", "no fewer
/// than", "no less than", "not fewer/less than", "a minimum of"), a strict lower bound ("more than", "greater than",
/// "over", "well / just over", "above", "upwards of", "upward of", "north of", "in excess of"), an upper bound
/// ("up to", "at most", "no/not more than", "as many / as much / as high as", "a maximum of"), a strict upper bound
/// ("fewer than", "less than", "under", "below", "well under / below"), or a range ("between", "from"); a sign stands for
/// its bound ("&gt;", "&gt;=", "≥", "&lt;", "&lt;=", "≤") and "~" for a hedge. Two bounds joined by "and" or "but" ("more than 50 but
/// fewer than 200") are one interval.</item>
/// <item>An optional suffix: "+", "plus", "-plus", "or more" or "at least" (at least; "at least 440+" is allowed), "or
/// fewer / or less" or "at most" (up to).</item>
/// <item>The body: one number (digits grouped and with decimals as <see cref="FigureOptions.Culture"/> writes them,
/// a power of ten ("2.4e6"), a "k/m/mn/mln/mil/MM/b/bn/bln/t/tn" suffix or a scale word, a currency sign before or after
/// it dropped (<see cref="FigureReading.Money"/>), a fraction joined by "and" ("2 million and a half", "two and a
/// fourth"), or English number words, among them a half, a quarter or three quarters of
/// a scale word, "a quarter of a million", stated to a tenth of the scale; a percent sign or "per cent" after it is
/// dropped), a share in words read as a percentage ("half", "a third", "two thirds"), a range of two numbers ("A-B",
/// "A–B", "A~B", "A to B", "A through B", "A or B"; "between A and B"; "from A to B") where a
/// scale on the high end also applies to the low end when the low end has none ("1.2-1.5 million"), a vague phrase
/// times scale words ("several hundred", "a few thousand", "dozens of thousands"), or a phrase of the table.</item>
/// </list>
/// <para>
/// The scanner is hand-written and linear: it tokenises into stack buffers (at most 24 tokens each) and allocates
/// nothing but the figure (and the message, on failure); each lead-in and prefix step reads a fixed number of tokens.
/// A phrase is looked up in the vague-quantity table without allocating. Words that only figure text uses (the
/// lead-ins, "plus", "per cent", interval labels) are classified apart from <see cref="FigureScanner.Classify"/>, which text scanners
/// share: in running text those words belong to the sentence.
/// </para>
/// </remarks>
internal static class FigureParser
{
    /// <summary>What a figure may be; ends the message for text that is not one.</summary>
    internal const string Expectation = "expected a number, a range, a bound ('at least 10') or a vague quantity ('dozens')";

    private const string NegativeReason = "a count cannot be negative";
    private const int MaxTokens = 24;
    private const int MaxWordLength = 16;
    private const int MaxPhraseLength = 128;
    private const int MaxDigits = 18;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    private enum TokenKind : byte
    {
        Number,
        Word,
        Dash,
        Plus,
        Dot,
        Percent,
        Comma,
        Colon,
        Currency,
        Greater,
        GreaterOrEqual,
        Less,
        LessOrEqual,
        Tilde,
        Other,
    }

    private enum Mode : byte
    {
        None,
        Hedge,
        Nearly,
        AtLeast,
        MoreThan,
        UpTo,
        FewerThan,
        Between,
        From,
    }

    [Flags]
    private enum Separators : byte
    {
        None = 0,
        Dash = 1,
        To = 2,
        Or = 4,
        And = 8,
        Comma = 16,
    }

    /// <summary>Parses one figure's text.</summary>
    /// <param name="text">The text; it becomes the figure's <see cref="Figure.Text"/>.</param>
    /// <param name="options">Hedge tolerance, rounding and the vague-quantity table.</param>
    /// <param name="figure">The figure, when the text is one.</param>
    /// <param name="error">Why the text is not a figure, naming it, when it is not.</param>
    /// <returns>Whether the text is a figure.</returns>
    public static bool TryParse(string text, FigureOptions options, [NotNullWhen(true)] out Figure? figure, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        if (!TryRead(text, options, out figure, out var reading, out error))
        {
            return false;
        }

        figure.ReadFrom(options, reading);
        return true;
    }

    private static bool TryRead(string text, FigureOptions options, [NotNullWhen(true)] out Figure? figure, out FigureReading reading, [NotNullWhen(false)] out string? error)
    {
        reading = FigureReading.None;
        var src = text.AsSpan().Trim();

        // Editorial brackets around the whole figure: "[58,000]".
        if (src.Length >= 2 && src[0] == '[' && src[^1] == ']')
        {
            src = src[1..^1].Trim();
        }

        if (src.IsEmpty)
        {
            figure = null;
            error = NotAFigure(text, Expectation);
            return false;
        }

        // A phrase of the table wins over every rule below, so users can override anything written without digits.
        if (!ContainsDigit(src) && LookUpPhrase(src, options.VagueQuantities, out var whole))
        {
            figure = Figure.Vague(whole.Low, whole.High, text);
            error = null;
            return true;
        }

        // A note in parentheses after the figure: "1,230 (95% CI 610 to 2,040)", "18 per cent (52,300 people)".
        if (src[^1] == ')')
        {
            var open = src.LastIndexOf('(');
            if (open > 0)
            {
                return TryParseWithNote(text, src[..open].TrimEnd(), src[(open + 1)..^1].Trim(), options, out figure, out reading, out error);
            }
        }

        Span<Token> buffer = stackalloc Token[MaxTokens];
        if (!TryTokenize(text, src, options, buffer, out var count, out var percent, out var money, out error))
        {
            figure = null;
            return false;
        }

        var parser = new Parser(text, src, buffer[..count], options);
        var parsed = parser.Parse(out figure, out error);
        reading = parser.Reading(percent, money);
        return parsed;
    }

    /// <summary>A figure followed by a note in parentheses. An interval note ("95% CI 610 to 2,040", "range: 610-2,040",
    /// "610–2,040") makes the figure an estimate within that interval; beside a percentage, a count ("18 per cent (52,300
    /// people)", "52,300 (18%)") is the figure, and words after it are ignored.</summary>
    private static bool TryParseWithNote(string text, ReadOnlySpan<char> main, ReadOnlySpan<char> note, FigureOptions options, [NotNullWhen(true)] out Figure? figure, out FigureReading reading, [NotNullWhen(false)] out string? error)
    {
        figure = null;
        reading = FigureReading.None;
        Span<Token> mainBuffer = stackalloc Token[MaxTokens];
        Span<Token> noteBuffer = stackalloc Token[MaxTokens];
        if (!TryTokenize(text, main, options, mainBuffer, out var mainCount, out var mainPercent, out _, out error)
            || !TryTokenize(text, note, options, noteBuffer, out var noteCount, out var notePercent, out _, out error))
        {
            return false;
        }

        var mainTokens = mainBuffer[..mainCount];
        var noteTokens = noteBuffer[..noteCount];
        var rangeStart = IntervalNoteStart(noteTokens);
        if (rangeStart >= 0)
        {
            var range = new Parser(text, note, noteTokens[rangeStart..], options);
            if (range.ParseInterval(out var low, out var high, out var rangeError))
            {
                var scaled = range.Reading(false);
                var estimated = TryEstimate(text, main, mainTokens, options, low, high, out figure, out reading, out error);
                reading |= scaled | (mainPercent ? FigureReading.Percent : FigureReading.None);
                return estimated;
            }

            if (rangeStart > 0)
            {
                // Labelled as an interval ("95% CI …"), but what follows is not a range.
                error = rangeError;
                return false;
            }
        }

        if (mainPercent == notePercent)
        {
            error = NotAFigure(text, "expected the figure's interval in brackets ('1,230 (95% CI 610 to 2,040)'), or a percentage and its count ('18 per cent (52,300 people)')");
            return false;
        }

        mainTokens = mainTokens[..WithoutTrailingWords(mainTokens)];
        noteTokens = noteTokens[..WithoutTrailingWords(noteTokens)];
        var share = new Parser(text, mainPercent ? main : note, mainPercent ? mainTokens : noteTokens, options);
        if (!share.Parse(out _, out error))
        {
            return false;
        }

        var count = new Parser(text, mainPercent ? note : main, mainPercent ? noteTokens : mainTokens, options);
        var parsed = count.Parse(out figure, out error);
        reading = count.Reading(false);
        return parsed;
    }

    /// <summary>An estimate stated before its interval: the stated number must be one value inside the interval.</summary>
    private static bool TryEstimate(string text, ReadOnlySpan<char> main, ReadOnlySpan<Token> tokens, FigureOptions options, double low, double high, [NotNullWhen(true)] out Figure? figure, out FigureReading reading, [NotNullWhen(false)] out string? error)
    {
        figure = null;
        var point = new Parser(text, main, tokens, options);
        if (!point.Parse(out var stated, out error))
        {
            reading = FigureReading.None;
            return false;
        }

        reading = point.Reading(false);

        if (stated.Kind is not (FigureKind.Exact or FigureKind.Rounded or FigureKind.Hedged))
        {
            error = NotAFigure(text, "expected one number before its interval");
            return false;
        }

        var value = stated.CoreLow;
        if (value < low || value > high)
        {
            error = NotAFigure(text, string.Concat("the estimate (", Figure.FormatNumber(value), ") lies outside its interval (", Figure.FormatNumber(low), "–", Figure.FormatNumber(high), ")"));
            return false;
        }

        figure = Figure.Estimate(value, low, high, text);
        error = null;
        return true;
    }

    /// <summary>Where the range of an interval note begins: after a level ("95", its percent sign already dropped), the
    /// label ("CI", "confidence interval", "range") and a colon or comma; 0 for a note without a label, which may still
    /// be a bare range; −1 for no tokens.</summary>
    private static int IntervalNoteStart(ReadOnlySpan<Token> t)
    {
        if (t.IsEmpty)
        {
            return -1;
        }

        var i = t[0].Kind == TokenKind.Number && t.Length > 1 && t[1].Is(Word.IntervalLabel) ? 1 : 0;
        var labelled = false;
        while (i < t.Length && t[i].Is(Word.IntervalLabel))
        {
            i++;
            labelled = true;
        }

        if (!labelled)
        {
            return 0;
        }

        while (i < t.Length && t[i].Kind is TokenKind.Colon or TokenKind.Comma)
        {
            i++;
        }

        return i;
    }

    /// <summary>How many tokens remain when words the grammar does not know, and any "of" or "the" before them, are cut
    /// from the end: "52,300 people" keeps "52,300"; "18 per cent of the population" keeps "18 per cent". The first token
    /// always stays. The words of quarters, estimates, "closer" and certainty are cut as unknown too, as they were before
    /// the grammar read them, so that a note that read before reads the same ("18 per cent of the quarter").</summary>
    private static int WithoutTrailingWords(ReadOnlySpan<Token> t)
    {
        var end = t.Length;
        for (var k = 1; k < t.Length; k++)
        {
            if (t[k].Kind == TokenKind.Word && t[k].Word is Word.None or Word.Quarter or Word.Estimate or Word.Closer or Word.Certainty or Word.Fraction or Word.But)
            {
                end = k;
                break;
            }
        }

        while (end > 1 && (t[end - 1].Is(Word.Of) || t[end - 1].Is(Word.The)))
        {
            end--;
        }

        return end;
    }

    /// <summary>Tokenises <paramref name="src"/> and drops percent signs after numbers ("18%", "18 per cent", "18 percent"),
    /// telling whether there were any.</summary>
    private static bool TryTokenize(string text, ReadOnlySpan<char> src, FigureOptions options, Span<Token> buffer, out int count, out bool percent, out bool money, [NotNullWhen(false)] out string? error)
    {
        percent = false;
        money = false;
        count = Tokenize(src, buffer, options.Digits, out var tokenError);
        if (count < 0)
        {
            error = NotAFigure(text, tokenError!);
            return false;
        }

        count = DropPercentSigns(buffer[..count], out percent);
        count = DropCurrencySigns(buffer[..count], out money);
        error = null;
        return true;
    }

    /// <summary>Removes, in place, each currency sign before a number ("$4.2 billion", "about €3m"; with a code of up to
    /// three letters against it, "US$ 5 million") or right after one ("15€"), and returns how many tokens remain. The
    /// amount is the figure; the currency stays in the text, and <see cref="FigureReading.Money"/> says there was one.</summary>
    private static int DropCurrencySigns(Span<Token> t, out bool money)
    {
        money = false;
        var n = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var token = t[i];
            if (token.Kind == TokenKind.Currency
                && ((i + 1 < t.Length && t[i + 1].Kind == TokenKind.Number) || (n > 0 && t[n - 1].Kind == TokenKind.Number && t[n - 1].End == token.Start)))
            {
                money = true;
                if (n > 0 && t[n - 1].Kind == TokenKind.Word && t[n - 1].Word == Word.None && t[n - 1].End == token.Start && t[n - 1].End - t[n - 1].Start <= 3)
                {
                    n--;
                }

                continue;
            }

            t[n++] = token;
        }

        return n;
    }

    /// <summary>Removes, in place, each percent sign or "percent" / "per cent" that follows a number, and returns how many
    /// tokens remain. The number stays as stated; whether a share or a count is meant is the subject's to say.</summary>
    private static int DropPercentSigns(Span<Token> t, out bool percent)
    {
        percent = false;
        var n = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var token = t[i];
            var afterNumber = n > 0 && (t[n - 1].Kind == TokenKind.Number
                || t[n - 1].Word is Word.Unit or Word.Tens or Word.Hundred or Word.Scale or Word.ShortScale);
            if (afterNumber && (token.Kind == TokenKind.Percent || token.Is(Word.Percent)))
            {
                percent = true;
                continue;
            }

            if (afterNumber && token.Is(Word.Per) && i + 1 < t.Length && t[i + 1].Is(Word.Cent))
            {
                percent = true;
                i++;
                continue;
            }

            t[n++] = token;
        }

        return n;
    }

    /// <summary>The rounding unit of a plain number with its leeway (half the unit) capped at the hedge tolerance:
    /// rounding never allows more than a hedge would.</summary>
    internal static double CappedUnit(double value, double unit, double tolerance) => Math.Min(unit, 2 * value * tolerance);

    private static string NotAFigure(string text, string reason) => string.Concat("'", text, "' is not a figure: ", reason, ".");

    private static double Pow10(int exponent) =>
        exponent < 0 ? 1 / Pow10(-exponent)
        : exponent < PowersOfTen.Length ? PowersOfTen[exponent]
        : Math.Pow(10, exponent);

    private static double Scale(long mantissa, int exponent) =>
        exponent >= 0 ? mantissa * Pow10(exponent) : mantissa / Pow10(-exponent);

    private static int TrailingZeros(long value)
    {
        var zeros = 0;
        while (value != 0 && value % 10 == 0)
        {
            value /= 10;
            zeros++;
        }

        return zeros;
    }

    private static bool ContainsDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (FigureScanner.DigitValue(c) >= 0)
            {
                return true;
            }
        }

        return false;
    }


    /// <summary>Looks a raw phrase up in the table, normalised as <see cref="VagueQuantityTable.TryGet"/> does, without allocating.</summary>
    private static bool LookUpPhrase(ReadOnlySpan<char> raw, VagueQuantityTable table, out (double Low, double High) interval)
    {
        interval = default;
        if (raw.Length > MaxPhraseLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxPhraseLength];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        ReadOnlySpan<char> phrase = buffer[..length];
        if (phrase.EndsWith(" of", StringComparison.OrdinalIgnoreCase))
        {
            phrase = phrase[..^3];
        }

        return table.TryGetNormalized(phrase, out interval);
    }

    private static int Tokenize(ReadOnlySpan<char> s, Span<Token> tokens, in DigitSeparators separators, out string? error)
    {
        error = null;
        Span<char> lower = stackalloc char[MaxWordLength];
        var count = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (count == tokens.Length)
            {
                error = "it is too long to be one figure";
                return -1;
            }

            ref var token = ref tokens[count++];
            token = default;
            token.Start = i;
            if (FigureScanner.DigitValue(c) >= 0)
            {
                i = ScanNumber(s, i, separators, ref token);
                if (i < 0)
                {
                    error = "the number is too large";
                    return -1;
                }
            }
            else if (char.IsLetter(c))
            {
                var end = i + 1;
                while (end < s.Length && char.IsLetter(s[end]))
                {
                    end++;
                }

                token.Kind = TokenKind.Word;
                token.Word = ClassifyText(s[i..end], lower, out token.Value);
                i = end;
            }
            else
            {
                var orEqual = i + 1 < s.Length && s[i + 1] == '=';
                token.Kind = c switch
                {
                    '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => TokenKind.Dash,
                    '+' => TokenKind.Plus,
                    '.' => TokenKind.Dot,
                    '%' or '\u066A' => TokenKind.Percent,
                    ',' => TokenKind.Comma,
                    ':' => TokenKind.Colon,
                    '>' => orEqual ? TokenKind.GreaterOrEqual : TokenKind.Greater,
                    '<' => orEqual ? TokenKind.LessOrEqual : TokenKind.Less,
                    '\u2265' => TokenKind.GreaterOrEqual,
                    '\u2264' => TokenKind.LessOrEqual,
                    '~' or '\u223C' => TokenKind.Tilde,
                    _ when IsCurrencySign(c) => TokenKind.Currency,
                    _ => TokenKind.Other,
                };
                i += token.Kind is TokenKind.GreaterOrEqual or TokenKind.LessOrEqual && c is '>' or '<' ? 2 : 1;
            }

            token.End = i;
        }

        return count;
    }

    /// <summary>Scans digits with thousands separators, decimals and a scale suffix; returns the index after them, or −1 when too large.</summary>
    private static int ScanNumber(ReadOnlySpan<char> s, int i, in DigitSeparators separators, ref Token token)
    {
        long mantissa = 0;
        var significant = 0;
        var decimals = 0;
        var run = 0;
        int d;
        while (i < s.Length && (d = FigureScanner.DigitValue(s[i])) >= 0)
        {
            if (!Push(ref mantissa, ref significant, d))
            {
                return -1;
            }

            i++;
            run++;
        }

        // Digit groups: "340,000", "1 200", "3,00,000".
        for (var groupsEnd = FigureScanner.GroupsEnd(s, i, run, plainSpace: true, separators); i < groupsEnd; i++)
        {
            if ((d = FigureScanner.DigitValue(s[i])) >= 0 && !Push(ref mantissa, ref significant, d))
            {
                return -1;
            }
        }

        // Decimals: "1.5", the culture's decimal separator ("1,5" where commas start decimals), or the Arabic one.
        if (i + 1 < s.Length && separators.IsDecimal(s[i]) && FigureScanner.DigitValue(s[i + 1]) >= 0)
        {
            i++;
            while (i < s.Length && (d = FigureScanner.DigitValue(s[i])) >= 0)
            {
                if (!Push(ref mantissa, ref significant, d))
                {
                    return -1;
                }

                decimals++;
                i++;
            }
        }

        // A power of ten: "2.4e6", "1e-3".
        var exponentEnd = ExponentEnd(s, i, out var powerOfTen);
        if (exponentEnd > i)
        {
            token.SuffixExponent = powerOfTen;
            i = exponentEnd;
        }

        // A scale suffix written against the digits: "10k", "2.3m", "1.2bn".
        else if (i < s.Length && char.IsLetter(s[i]))
        {
            var end = i + 1;
            while (end < s.Length && char.IsLetter(s[end]))
            {
                end++;
            }

            var exponent = SuffixExponent(s[i..end]);
            if (exponent > 0)
            {
                token.SuffixExponent = exponent;
                i = end;
            }
        }

        token.Kind = TokenKind.Number;
        token.Value = mantissa;
        token.Decimals = decimals;
        return i;
    }

    private static bool Push(ref long mantissa, ref int significant, int digit)
    {
        if (mantissa != 0 || digit != 0)
        {
            if (++significant > MaxDigits)
            {
                return false;
            }
        }

        mantissa = (mantissa * 10) + digit;
        return true;
    }

    /// <summary>Whether a character is a currency sign: the dollar, pound, euro, yen, rupee and the other signs news
    /// writes before amounts.</summary>
    internal static bool IsCurrencySign(char c) =>
        c is '$' or '£' or '€' or '¥' or '₹' or '₽' or '₺' or '₪' or '₦' or '₩' or '₴' or '৳' or '₱' or '₫';

    /// <summary>The power of ten of a scale written against digits: "10k", "2.3m", "1.2bn", "7bln", "3mil", "$1T",
    /// "2tn"; "5MM" (finance's million) only in capitals, since "5mm" is five millimetres.</summary>
    internal static int SuffixExponent(ReadOnlySpan<char> suffix)
    {
        if (suffix.Length is < 1 or > 3)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[3];
        for (var k = 0; k < suffix.Length; k++)
        {
            lower[k] = (char)(suffix[k] | 0x20);
        }

        return lower[..suffix.Length] switch
        {
            "k" => 3,
            "m" or "mn" or "mln" or "mil" => 6,
            "mm" => suffix is "MM" ? 6 : 0,
            "b" or "bn" or "bln" => 9,
            "t" or "tn" or "trn" => 12,
            _ => 0,
        };
    }

    /// <summary>Where a power of ten written against digits ends ("2.4e6", "1e-3", "4E14"), reading it into
    /// <paramref name="exponent"/>; <paramref name="i"/> when none is there.</summary>
    private static int ExponentEnd(ReadOnlySpan<char> s, int i, out int exponent)
    {
        exponent = 0;
        if (i + 1 >= s.Length || (s[i] | 0x20) != 'e')
        {
            return i;
        }

        var j = i + 1;
        var negative = s[j] is '-' or '\u2212';
        if (negative || s[j] == '+')
        {
            j++;
        }

        var digits = 0;
        while (j < s.Length && FigureScanner.DigitValue(s[j]) is var d and >= 0)
        {
            if (++digits > 2)
            {
                return i;
            }

            exponent = (exponent * 10) + d;
            j++;
        }

        if (digits == 0 || (j < s.Length && char.IsLetter(s[j])))
        {
            exponent = 0;
            return i;
        }

        exponent = negative ? -exponent : exponent;
        return j;
    }

    /// <summary>Classifies one word of figure text: the words of <see cref="FigureScanner.Classify"/>, then the words that only figure
    /// text uses (lead-ins such as "only", "expected to exceed", "could reach"; "plus"; "per cent"; interval labels).</summary>
    private static Word ClassifyText(ReadOnlySpan<char> word, Span<char> lower, out long value)
    {
        var kind = FigureScanner.Classify(word, lower, out value);
        if (kind != Word.None || word.Length > lower.Length)
        {
            return kind;
        }

        if (!FigureScanner.ToLowerAscii(word, lower))
        {
            return Word.None;
        }

        ReadOnlySpan<char> w = lower[..word.Length];
        if (w is "quarters")
        {
            value = 1;
            return Word.Quarter;
        }

        value = FractionDenominator(w);
        if (value > 0)
        {
            return Word.Fraction;
        }

        return w switch
        {
            "only" or "merely" or "mere" => Word.Only,
            "could" or "may" or "might" or "will" or "would" or "should" or "can" => Word.Modal,
            "is" or "are" or "was" or "were" => Word.Copula,
            "expected" or "projected" or "forecast" or "forecasted" or "predicted" or "set" or "likely" or "poised" or "due" => Word.Projected,
            "reach" or "reaches" or "reached" or "reaching"
                or "hit" or "hits" or "hitting"
                or "totals" or "totalled" or "totaled" or "totalling" or "totaling"
                or "number" or "numbers" or "numbered" or "numbering"
                or "stand" or "stands" or "stood" or "standing"
                or "rise" or "rises" or "rose" or "risen" or "rising"
                or "climb" or "climbs" or "climbed" or "climbing"
                or "grow" or "grows" or "grew" or "grown" or "growing"
                or "increase" or "increases" or "increased" or "increasing"
                or "jump" or "jumps" or "jumped" or "jumping"
                or "fall" or "falls" or "fell" or "fallen" or "falling"
                or "drop" or "drops" or "dropped" or "dropping"
                or "decline" or "declines" or "declined" or "declining"
                or "be" or "been" => Word.Reach,
            "exceed" or "exceeds" or "exceeded" or "exceeding"
                or "surpass" or "surpasses" or "surpassed" or "surpassing"
                or "top" or "tops" or "topped" or "topping"
                or "pass" or "passes" or "passed" or "passing"
                or "cross" or "crosses" or "crossed" or "crossing" => Word.Exceed,
            "near" or "nears" or "neared" or "nearing"
                or "approach" or "approaches" or "approached" or "approaching" => Word.Approach,
            "total" => Word.Total,
            "plus" => Word.Plus,
            "percent" or "pct" => Word.Percent,
            "per" => Word.Per,
            "cent" => Word.Cent,
            "anywhere" or "somewhere" or "ranging" => Word.Anywhere,
            "well" => Word.Well,
            "shy" => Word.Shy,
            "north" => Word.North,
            "upward" => Word.Upwards,
            "high" => Word.High,
            "much" => Word.Much,
            "est" => Word.Approx,
            "mark" or "threshold" or "milestone" or "barrier" or "level" => Word.Mark,
            "ci" or "ui" or "cri" or "confidence" or "credible" or "uncertainty" or "interval" or "range" => Word.IntervalLabel,
            "quarter" => Word.Quarter,
            "estimate" => Word.Estimate,
            "closer" => Word.Closer,
            "possibly" or "perhaps" or "probably" or "maybe" or "reportedly" or "allegedly" or "apparently" => Word.Certainty,
            "through" or "thru" => Word.To,
            "but" => Word.But,
            _ => Word.None,
        };
    }

    /// <summary>The denominator of a fraction word from "third" to "tenth", singular or plural; 0 for any other word.</summary>
    private static long FractionDenominator(ReadOnlySpan<char> w) => w switch
    {
        "third" or "thirds" => 3,
        "fourth" or "fourths" => 4,
        "fifth" or "fifths" => 5,
        "sixth" or "sixths" => 6,
        "seventh" or "sevenths" => 7,
        "eighth" or "eighths" => 8,
        "ninth" or "ninths" => 9,
        "tenth" or "tenths" => 10,
        _ => 0,
    };

    /// <summary>One token: a number (digits), a word, or a sign. Offsets are into the trimmed text.</summary>
    private struct Token
    {
        public TokenKind Kind;
        public Word Word;
        public int Start;
        public int End;

        /// <summary>Number: the digits as an integer (decimal point removed). Unit/Tens word: its value. Scale word: its power of ten.</summary>
        public long Value;

        /// <summary>Number: how many of the digits follow the decimal point.</summary>
        public int Decimals;

        /// <summary>Number: the power of ten of a suffix written against it ("10k" = 3), or 0.</summary>
        public int SuffixExponent;

        public readonly bool Is(Word word) => Kind == TokenKind.Word && Word == word;
    }

    /// <summary>A parsed number: <c>Mantissa × 10^Exponent</c>, with its rounding.</summary>
    private struct Number
    {
        public long Mantissa;
        public int Exponent;

        /// <summary>Whether the number carries no rounding ("105").</summary>
        public bool IsExact;

        /// <summary>The rounding unit's power of ten, when not exact.</summary>
        public int UnitExponent;

        /// <summary>Whether a scale (suffix, "hundred", "thousand", ...) appears in the number.</summary>
        public bool HasScale;

        /// <summary>The power of ten of the scale the number ends with ("1.5 million" = 6), or 0.</summary>
        public int TrailingScale;

        /// <summary>Whether the value is a whole number and a fraction in words ("two and a third", "2 million and a
        /// half"), held in <see cref="Fractional"/> rather than the mantissa.</summary>
        public bool HasFractional;

        /// <summary>The value, when <see cref="HasFractional"/>.</summary>
        public double Fractional;

        public readonly double Value => HasFractional ? Fractional : Scale(Mantissa, Exponent);

        public readonly double Unit => IsExact ? 0 : Pow10(UnitExponent);
    }

    private ref struct Parser
    {
        private readonly string _text;
        private readonly ReadOnlySpan<char> _src;
        private readonly ReadOnlySpan<Token> _tokens;
        private readonly FigureOptions _options;
        private bool _negative;
        private bool _scaled;
        private bool _share;

        public Parser(string text, ReadOnlySpan<char> src, ReadOnlySpan<Token> tokens, FigureOptions options)
        {
            _text = text;
            _src = src;
            _tokens = tokens;
            _options = options;
            _negative = false;
            _scaled = false;
            _share = false;
        }

        /// <summary>How the numbers read so far were written; <paramref name="percent"/> when the tokens had percent signs,
        /// <paramref name="money"/> when they had currency signs.</summary>
        public readonly FigureReading Reading(bool percent, bool money = false) =>
            (_scaled ? FigureReading.Scaled : FigureReading.None)
            | (percent || _share ? FigureReading.Percent : FigureReading.None)
            | (money ? FigureReading.Money : FigureReading.None);

        public bool Parse([NotNullWhen(true)] out Figure? figure, [NotNullWhen(false)] out string? error)
        {
            figure = null;
            var t = _tokens;
            var b = t.Length;
            var lead = MatchLeadIn(t, out var verbMode);
            if (lead < 0)
            {
                return Fail(Expectation, out error);
            }

            // "passed the 10,000 mark": the article and the noun go, the number stays.
            if (lead > 0 && b - lead >= 3 && t[lead].Is(Word.The) && t[b - 1].Is(Word.Mark))
            {
                lead++;
                b--;
            }

            if (verbMode == Mode.None && TryTwoBounds(t[lead..b], out figure))
            {
                error = null;
                return true;
            }

            var a = lead + MatchPrefix(t[lead..b], out var mode);
            if (verbMode != Mode.None)
            {
                // "exceeded 150,000", "approaching 5,000": the verb is the bound or the hedge; no other may follow.
                if (mode != Mode.None)
                {
                    return Fail(string.Concat("expected one number after '", PrefixText(lead), "'"), out error);
                }

                mode = verbMode;
            }

            // Suffixes: "440+", "1.2 million-plus", "58 at least", "10 or more", "10 or fewer".
            var suffix = Mode.None;
            var plus = false;
            if (b > a && t[b - 1].Kind == TokenKind.Plus)
            {
                plus = true;
                suffix = Mode.AtLeast;
                b--;
            }
            else if (b - a >= 2 && t[b - 1].Is(Word.Plus))
            {
                plus = true;
                suffix = Mode.AtLeast;
                b -= t[b - 2].Kind == TokenKind.Dash && b - a >= 3 ? 2 : 1;
            }
            else if (b - a >= 3 && t[b - 2].Is(Word.At) && (t[b - 1].Is(Word.Least) || t[b - 1].Is(Word.Most)))
            {
                // A bound after the number: "58 at least", "100 at most".
                suffix = t[b - 1].Is(Word.Least) ? Mode.AtLeast : Mode.UpTo;
                b -= 2;
            }
            else if (b - a >= 3 && t[b - 2].Is(Word.Or))
            {
                if (t[b - 1].Is(Word.More))
                {
                    suffix = Mode.AtLeast;
                    b -= 2;
                }
                else if (t[b - 1].Is(Word.Fewer) || t[b - 1].Is(Word.Less))
                {
                    suffix = Mode.UpTo;
                    b -= 2;
                }
            }

            if (suffix != Mode.None)
            {
                if (mode == Mode.None)
                {
                    mode = suffix;
                }
                else if (!(plus && mode == Mode.AtLeast))
                {
                    return Fail(Expectation, out error);
                }
            }

            var body = t[a..b];
            if (body.IsEmpty)
            {
                return Fail(a > 0 ? string.Concat("expected a number after '", PrefixText(a), "'") : Expectation, out error);
            }

            return mode switch
            {
                Mode.None => ParseBare(body, out figure, out error),
                Mode.Between => ParseRange(body, Separators.And | Separators.Dash, out figure, out error),
                Mode.From => ParseRange(body, Separators.To | Separators.Dash, out figure, out error),
                _ => ParseSingle(mode, a, body, out figure, out error),
            };
        }

        /// <summary>A lower bound and an upper bound joined by "and" or "but": "more than 50 but fewer than 200" (50, 200),
        /// "greater than 50 and smaller than 200", "at least 10 and at most 20" [10, 20]. Each end keeps its own
        /// inclusiveness; the low bound must lie below the high one.</summary>
        private bool TryTwoBounds(ReadOnlySpan<Token> t, [NotNullWhen(true)] out Figure? figure)
        {
            figure = null;
            for (var k = 2; k < t.Length - 2; k++)
            {
                if (!(t[k].Is(Word.And) || t[k].Is(Word.But)))
                {
                    continue;
                }

                var lowLength = MatchPrefix(t[..k], out var lowMode);
                var highLength = MatchPrefix(t[(k + 1)..], out var highMode);
                if (lowMode is not (Mode.AtLeast or Mode.MoreThan) || highMode is not (Mode.UpTo or Mode.FewerThan)
                    || !TryNumber(t[lowLength..k], out var low) || !TryNumber(t[(k + 1 + highLength)..], out var high)
                    || !(low.Value < high.Value))
                {
                    continue;
                }

                figure = Figure.Within(low.Value, lowMode == Mode.AtLeast, high.Value, highMode == Mode.UpTo, _text);
                return true;
            }

            return false;
        }

        /// <summary>Reads all the tokens as an interval note's range ("610 to 2,040", "610-2,040", "610, 2,040").</summary>
        public bool ParseInterval(out double low, out double high, [NotNullWhen(false)] out string? error)
        {
            low = high = 0;
            if (!ParseRange(_tokens, Separators.To | Separators.Dash | Separators.And | Separators.Comma, out var range, out error) || range is null)
            {
                error ??= NotAFigure(_text, Expectation);
                return false;
            }

            (low, high) = (range.Low, range.High);
            return true;
        }

        /// <summary>
        /// How many tokens the words before the figure take, or −1 when they start but do not complete a lead-in. In order,
        /// each optional: a word of certainty ("possibly", "perhaps", "probably", "reportedly"), a projection ("could", "may", "will", "expected to", "is projected to"), a verb ("reach", "rose
        /// to", "stood at", "total", "be"; "exceed", "surpass", "top", "pass", "cross" state more than the number and set
        /// <paramref name="verbMode"/>; "approach", "near" state nearly the number), then emphasis ("only", "just",
        /// "merely", "a mere", "a total of") or "anywhere / somewhere / ranging" before "from" or "between".
        /// </summary>
        /// <remarks>Each step reads a fixed number of tokens, so the lead-in costs constant time. A projection must be
        /// followed by a verb: "expected to 60" is not a figure.</remarks>
        private static int MatchLeadIn(ReadOnlySpan<Token> t, out Mode verbMode)
        {
            verbMode = Mode.None;

            // "possibly dozens", "perhaps as many as 300": how sure the source is does not change the figure.
            var i = WordAt(t, 0) == Word.Certainty ? 1 : 0;
            var projected = false;
            if (WordAt(t, i) == Word.Modal)
            {
                i++;
                projected = true;
            }
            else if (WordAt(t, i) == Word.Copula && WordAt(t, i + 1) == Word.Projected && WordAt(t, i + 2) == Word.To)
            {
                i += 3;
                projected = true;
            }
            else if (WordAt(t, i) == Word.Projected && WordAt(t, i + 1) == Word.To)
            {
                i += 2;
                projected = true;
            }

            var verb = WordAt(t, i);
            if (verb is Word.Exceed or Word.Approach)
            {
                verbMode = verb == Word.Exceed ? Mode.MoreThan : Mode.Nearly;
                return i + 1;
            }

            if (verb == Word.Reach || (verb == Word.Total && WordAt(t, i + 1) != Word.Of))
            {
                i++;
                if (WordAt(t, i) is Word.To or Word.At)
                {
                    i++;
                }
            }
            else if (projected)
            {
                return -1;
            }

            var w0 = WordAt(t, i);
            var w1 = WordAt(t, i + 1);
            if (w0 == Word.Only || (w0 == Word.Just && w1 is not (Word.Under or Word.Below or Word.Over or Word.Shy)))
            {
                i++;
            }
            else if (w0 == Word.A && (w1 == Word.Only || (w1 == Word.Total && WordAt(t, i + 2) == Word.Of)))
            {
                i += w1 == Word.Only ? 2 : 3;
            }
            else if (w0 == Word.Anywhere && w1 is Word.From or Word.Between)
            {
                i++;
            }

            return i;
        }

        /// <summary>How many tokens a prefix (hedge, bound, "between", "from") takes, and which.</summary>
        private static int MatchPrefix(ReadOnlySpan<Token> t, out Mode mode)
        {
            // Signs: "> 1,000", ">= 40", "≥ 40", "<40", "≤ 5", "~150".
            mode = t.IsEmpty ? Mode.None : t[0].Kind switch
            {
                TokenKind.Greater => Mode.MoreThan,
                TokenKind.GreaterOrEqual => Mode.AtLeast,
                TokenKind.Less => Mode.FewerThan,
                TokenKind.LessOrEqual => Mode.UpTo,
                TokenKind.Tilde => Mode.Hedge,
                _ => Mode.None,
            };
            if (mode != Mode.None)
            {
                return 1;
            }

            var w0 = WordAt(t, 0);
            var w1 = WordAt(t, 1);
            var w2 = WordAt(t, 2);
            (mode, var length) = w0 switch
            {
                Word.Estimated when w1 == Word.At => (Mode.Hedge, 2),
                Word.Estimated when w1 == Word.To && w2 == Word.Reach => (Mode.Hedge, 3),
                Word.Around or Word.About or Word.Approximately or Word.Roughly or Word.Some or Word.Circa or Word.Estimated => (Mode.Hedge, 1),
                Word.Approx or Word.Ca => (Mode.Hedge, t.Length > 1 && t[1].Kind == TokenKind.Dot ? 2 : 1),
                Word.An when w1 == Word.Estimated => (Mode.Hedge, 2),
                Word.An when w1 == Word.Estimate && w2 == Word.Of => (Mode.Hedge, 3),
                Word.In when w1 == Word.The && w2 == Word.Region && WordAt(t, 3) == Word.Of => (Mode.Hedge, 4),
                Word.In when w1 == Word.Excess && w2 == Word.Of => (Mode.MoreThan, 3),
                Word.Nearly or Word.Almost => (Mode.Nearly, 1),
                Word.Close or Word.Closer when w1 == Word.To => (Mode.Nearly, 2),
                Word.Just when w1 is Word.Under or Word.Below => (Mode.Nearly, 2),
                Word.Just when w1 == Word.Shy && w2 == Word.Of => (Mode.Nearly, 3),
                Word.Shy when w1 == Word.Of => (Mode.Nearly, 2),
                Word.Just or Word.Well when w1 is Word.Over or Word.Above => (Mode.MoreThan, 2),
                Word.Well when w1 is Word.Under or Word.Below => (Mode.FewerThan, 2),
                Word.North when w1 == Word.Of => (Mode.MoreThan, 2),
                Word.As when w1 is Word.High or Word.Much && w2 == Word.As => (Mode.UpTo, 3),
                Word.At when w1 == Word.Least => (Mode.AtLeast, 2),
                Word.At when w1 == Word.Most => (Mode.UpTo, 2),
                Word.No or Word.Not when w1 is Word.Fewer or Word.Less && w2 == Word.Than => (Mode.AtLeast, 3),
                Word.No or Word.Not when w1 == Word.More && w2 == Word.Than => (Mode.UpTo, 3),
                Word.A when w1 == Word.Minimum && w2 == Word.Of => (Mode.AtLeast, 3),
                Word.A when w1 == Word.Maximum && w2 == Word.Of => (Mode.UpTo, 3),
                Word.More or Word.Greater when w1 == Word.Than => (Mode.MoreThan, 2),
                Word.Over or Word.Above => (Mode.MoreThan, 1),
                Word.Upwards when w1 == Word.Of => (Mode.MoreThan, 2),
                Word.Up when w1 == Word.To => (Mode.UpTo, 2),
                Word.As when w1 == Word.Many && w2 == Word.As => (Mode.UpTo, 3),
                Word.Fewer or Word.Less when w1 == Word.Than => (Mode.FewerThan, 2),
                Word.Under or Word.Below => (Mode.FewerThan, 1),
                Word.Between => (Mode.Between, 1),
                Word.From => (Mode.From, 1),
                _ => (Mode.None, 0),
            };
            return length;
        }

        private static Word WordAt(ReadOnlySpan<Token> t, int index) =>
            index < t.Length && t[index].Kind == TokenKind.Word ? t[index].Word : Word.None;

        /// <summary>No prefix: a number, a range, or a vague phrase times a scale.</summary>
        private bool ParseBare(ReadOnlySpan<Token> body, out Figure? figure, out string? error)
        {
            figure = null;
            if (TryNumber(body, out var number))
            {
                figure = Plain(number);
                error = null;
                return true;
            }

            if (TryShare(body, out var share))
            {
                figure = Figure.Exact(share, _text);
                error = null;
                return true;
            }

            if (ContainsSeparator(body, Separators.Dash | Separators.To | Separators.Or))
            {
                return ParseRange(body, Separators.Dash | Separators.To | Separators.Or, out figure, out error);
            }

            if (TryVagueTimesScale(body, out var low, out var high))
            {
                figure = Figure.Vague(low, high, _text);
                error = null;
                return true;
            }

            // A phrase of the table after a lead-in: "only dozens", "could reach tens of thousands".
            if (TryPhrase(body, out var phrase))
            {
                figure = Figure.Vague(phrase.Low, phrase.High, _text);
                error = null;
                return true;
            }

            return Fail(Expectation, out error);
        }

        /// <summary>A number stated plainly: exact, or rounded to its last place with the leeway capped at the hedge
        /// tolerance ("1,000" is 900–1,100, not 500–1,500; "340,000" keeps 335,000–345,000).</summary>
        private readonly Figure Plain(in Number number)
        {
            var value = number.Value;
            if (!_options.ApplyRounding || number.IsExact)
            {
                return Figure.Exact(value, _text);
            }

            return Figure.Rounded(value, CappedUnit(value, number.Unit, _options.HedgeTolerance), _text);
        }

        /// <summary>A hedge or a bound followed by one number (or a single-valued vague phrase such as "a dozen").</summary>
        private bool ParseSingle(Mode mode, int prefixLength, ReadOnlySpan<Token> body, out Figure? figure, out string? error)
        {
            figure = null;
            double value, unit;
            if (TryNumber(body, out var number))
            {
                value = number.Value;
                unit = _options.ApplyRounding ? number.Unit : 0;
            }
            else if (TryShare(body, out value))
            {
                unit = 0;
            }
            else if (TryPhrase(body, out var interval) && interval.Low == interval.High)
            {
                value = interval.Low;
                unit = 0;
            }
            else
            {
                return Fail(prefixLength > 0 ? string.Concat("expected one number after '", PrefixText(prefixLength), "'") : Expectation, out error);
            }

            if (mode == Mode.FewerThan && value == 0)
            {
                return Fail("no count is fewer than zero", out error);
            }

            var tolerance = _options.HedgeTolerance;
            figure = mode switch
            {
                Mode.Hedge => Figure.Hedged(value, tolerance, CappedUnit(value, unit, tolerance), _text),
                Mode.Nearly => Figure.Nearly(value, tolerance, _text),
                Mode.AtLeast => Figure.AtLeast(value, _text),
                Mode.MoreThan => Figure.MoreThan(value, _text),
                Mode.UpTo => Figure.UpTo(value, _text),
                _ => Figure.FewerThan(value, _text),
            };
            error = null;
            return true;
        }

        /// <summary>Two numbers joined by a separator; a scale on the high end applies to a low end that has none.</summary>
        private bool ParseRange(ReadOnlySpan<Token> body, Separators separators, out Figure? figure, out string? error)
        {
            figure = null;
            for (var k = 1; k < body.Length - 1; k++)
            {
                if (!IsSeparator(body[k], separators)
                    || !TryNumber(body[..k], out var low)
                    || !TryNumber(body[(k + 1)..], out var high))
                {
                    continue;
                }

                // "1.2-1.5 million", "between 3 and 4 million": unless that would put the low end above the high one
                // ("500 to 1.5 million").
                if (!low.HasScale && !low.HasFractional && high.TrailingScale > 0)
                {
                    var scaled = low;
                    scaled.Exponent += high.TrailingScale;
                    if (scaled.Value <= high.Value)
                    {
                        low = scaled;
                    }
                }

                var lowValue = low.Value;
                var highValue = high.Value;
                if (lowValue > highValue)
                {
                    return Fail(
                        string.Concat("the range's low end (", Figure.FormatNumber(lowValue), ") exceeds its high end (", Figure.FormatNumber(highValue), ")"),
                        out error);
                }

                figure = Figure.Between(lowValue, highValue, _text);
                error = null;
                return true;
            }

            return Fail(Expectation, out error);
        }

        /// <summary>"several hundred", "a few thousand", "several hundred thousand", "dozens of thousands" (a trailing "of" allowed).</summary>
        private readonly bool TryVagueTimesScale(ReadOnlySpan<Token> body, out double low, out double high)
        {
            low = high = 0;
            var end = body.Length;
            if (end >= 2 && body[end - 1].Is(Word.Of))
            {
                end--;
            }

            (double Low, double High) interval;
            int exponent;
            if (end >= 3 && body[end - 1].Is(Word.PluralScale) && body[end - 2].Is(Word.Of))
            {
                exponent = (int)body[end - 1].Value;
                if (!TryPhrase(body[..(end - 2)], out interval))
                {
                    return false;
                }
            }
            else
            {
                // A run of scale words at the end, each larger than the one before ("hundred thousand").
                exponent = 0;
                var next = int.MaxValue;
                var k = end;
                while (k > 1 && (body[k - 1].Is(Word.Hundred) || body[k - 1].Is(Word.Scale)))
                {
                    var e = (int)body[k - 1].Value;
                    if (e >= next)
                    {
                        return false;
                    }

                    next = e;
                    exponent += e;
                    k--;
                }

                if (exponent == 0 || !TryPhrase(body[..k], out interval))
                {
                    return false;
                }
            }

            var factor = Pow10(exponent);
            low = interval.Low * factor;
            high = interval.High * factor;
            return true;
        }

        /// <summary>A share of a whole in words, in percent: "half" and "a half" (50), "a third", "one quarter", "two
        /// thirds", "three-quarters", "three fifths". It reads as that percentage ("more than half" is more than 50
        /// per cent), and the figure says so (<see cref="FigureReading.Percent"/>).</summary>
        private bool TryShare(ReadOnlySpan<Token> body, out double percent)
        {
            percent = 0;
            var i = body.Length > 1 && (body[0].Is(Word.A) || (body[0].Is(Word.Unit) && body[0].Value == 1)) ? 1 : 0;
            long numerator = 1;
            if (i == 0 && body.Length > 1 && body[0].Is(Word.Unit) && body[0].Value is >= 2 and <= 9)
            {
                numerator = body[0].Value;
                i = body[1].Kind == TokenKind.Dash && body.Length > 2 ? 2 : 1;
            }

            if (i != body.Length - 1)
            {
                return false;
            }

            var word = body[i];
            var plural = numerator > 1;
            if (!plural && i == 0 && !word.Is(Word.Half))
            {
                return false; // "quarter" and "third" alone are no share; "half" is
            }

            if (word.Is(Word.Fraction) && (_src[word.End - 1] is 's' or 'S') != plural)
            {
                return false; // "two third", "a thirds"
            }

            var denominator = word.Is(Word.Half) && !plural ? 2
                : word.Is(Word.Quarter) && (word.Value == 1) == plural ? 4
                : word.Is(Word.Fraction) ? word.Value
                : 0;
            if (denominator == 0 || numerator >= denominator)
            {
                return false;
            }

            percent = 100.0 * numerator / denominator;
            _share = true;
            return true;
        }

        private readonly bool TryPhrase(ReadOnlySpan<Token> tokens, out (double Low, double High) interval)
        {
            if (tokens.IsEmpty)
            {
                interval = default;
                return false;
            }

            return LookUpPhrase(_src[tokens[0].Start..tokens[^1].End], _options.VagueQuantities, out interval);
        }

        /// <summary>Exactly one number over all of <paramref name="t"/>: digits (with an optional scale) or number words.</summary>
        private bool TryNumber(ReadOnlySpan<Token> t, out Number number)
        {
            number = default;
            if (t.IsEmpty)
            {
                return false;
            }

            if (t[0].Kind == TokenKind.Dash)
            {
                _negative |= t.Length > 1 && (t[1].Kind == TokenKind.Number || t[1].Is(Word.Unit) || t[1].Is(Word.Tens));
                return false;
            }

            var read = TryWholeAndFraction(t, out number)
                || (t[0].Kind == TokenKind.Number ? TryDigits(t, out number) : TryWords(t, out number));
            _scaled |= read && number.HasScale;
            return read;
        }

        /// <summary>A whole number and a fraction joined by "and": "two and a half", "two and a fourth", "one and a half
        /// million", "2 million and a half" (2,500,000: the fraction is of the scale before it), "a million and a
        /// quarter". The fraction is stated exactly; with a scale the number is stated to a tenth of the scale, as
        /// "half a million" is.</summary>
        private static bool TryWholeAndFraction(ReadOnlySpan<Token> t, out Number number)
        {
            number = default;
            if (t.Length < 4)
            {
                return false;
            }

            var and = 1;
            while (and < t.Length && !t[and].Is(Word.And))
            {
                and++;
            }

            if (and + 2 >= t.Length || and + 2 >= t.Length || !(t[and + 1].Is(Word.A) || (t[and + 1].Is(Word.Unit) && t[and + 1].Value == 1)))
            {
                return false;
            }

            var fraction = t[and + 2];
            var denominator = fraction.Is(Word.Half) ? 2 : fraction.Is(Word.Quarter) && fraction.Value == 0 ? 4 : fraction.Is(Word.Fraction) ? fraction.Value : 0;
            if (denominator == 0)
            {
                return false;
            }

            // Scale words after the fraction apply to the whole: "one and a half million".
            var exponent = 0;
            var k = and + 3;
            if (k < t.Length && t[k].Is(Word.Hundred))
            {
                exponent += 2;
                k++;
            }

            if (k < t.Length && t[k].Is(Word.Scale))
            {
                exponent += (int)t[k].Value;
                k++;
            }

            var whole = t[..and];
            if (k != t.Length || !(whole[0].Kind == TokenKind.Number ? TryDigits(whole, out var left) : TryWords(whole, out left)) || left.HasFractional)
            {
                return false;
            }

            if (exponent > 0 && left.HasScale)
            {
                return false;
            }

            // "2 million and a half": the half is of the million.
            var of = exponent == 0 && left.HasScale ? left.TrailingScale : 0;
            var value = exponent > 0 ? (left.Value + (1.0 / denominator)) * Pow10(exponent) : left.Value + (Pow10(of) / denominator);
            var scale = Math.Max(exponent, of);
            number.HasFractional = true;
            number.Fractional = value;
            number.HasScale = scale > 0;
            number.TrailingScale = scale;
            number.IsExact = scale == 0;
            number.UnitExponent = scale - 1;
            return true;
        }

        /// <summary>"340,000", "1.5", "2.3m", "1.5 million", "3 thousand", "2 hundred".</summary>
        private static bool TryDigits(ReadOnlySpan<Token> t, out Number number)
        {
            number = default;
            var digits = t[0];
            var scale = digits.SuffixExponent;
            var trailing = scale;
            var i = 1;
            if (scale == 0)
            {
                if (i < t.Length && t[i].Is(Word.Hundred))
                {
                    scale += 2;
                    trailing = 2;
                    i++;
                }

                if (i < t.Length && (t[i].Is(Word.Scale) || t[i].Is(Word.ShortScale)))
                {
                    trailing = (int)t[i].Value;
                    scale += trailing;
                    i++;
                }
            }

            if (i != t.Length)
            {
                return false;
            }

            number.Mantissa = digits.Value;
            number.Exponent = scale - digits.Decimals;
            number.HasScale = scale > 0;
            number.TrailingScale = trailing;
            if (digits.Decimals > 0)
            {
                // "1.5 million" is stated to the nearest 0.1 million; "2.30m" to the nearest 0.01 million.
                number.UnitExponent = scale - digits.Decimals;
            }
            else
            {
                // "340,000" is stated to the nearest 10,000; "105" exactly; "2 million" to the nearest million.
                var zeros = TrailingZeros(digits.Value);
                number.IsExact = scale == 0 && zeros == 0;
                number.UnitExponent = scale + zeros;
            }

            return true;
        }

        /// <summary>English number words: "three hundred and forty thousand", "twenty-five", "a hundred", "half a million",
        /// "a quarter of a million".</summary>
        private static bool TryWords(ReadOnlySpan<Token> t, out Number number)
        {
            number = default;
            if (TryFractionOfScale(t, out var quarters, out var exponent))
            {
                // Stated to a tenth of the scale, as "half a million" always was: a quarter of a million is 250,000 give or
                // take 50,000, capped at the hedge tolerance like any plain number.
                number.Mantissa = quarters * (long)Pow10(exponent) / 4;
                number.UnitExponent = exponent - 1;
                number.HasScale = true;
                number.TrailingScale = exponent;
                return true;
            }

            var hasScale = false;
            if (!TryWordValue(t, out var value, out var trailing, ref hasScale))
            {
                return false;
            }

            // A number in words carries the rounding of its value: "three hundred" is stated to the nearest hundred.
            var zeros = TrailingZeros(value);
            number.Mantissa = value;
            number.IsExact = zeros == 0;
            number.UnitExponent = zeros;
            number.HasScale = hasScale;
            number.TrailingScale = trailing;
            return true;
        }

        /// <summary>A fraction of a scale word, in quarters, and the scale's power of ten: "half a million", "a half
        /// million", "a half-million", "a quarter million", "a quarter-million", "a quarter of a million", "three quarters
        /// of a million", "three-quarters of a million" (and "half million", "half of a million", "quarter of a
        /// million"); the scale is "hundred", "thousand", "million", ….</summary>
        private static bool TryFractionOfScale(ReadOnlySpan<Token> t, out int quarters, out int exponent)
        {
            quarters = exponent = 0;
            var i = 0;
            if (t.Length > 1 && t[0].Is(Word.A) && (t[1].Is(Word.Half) || t[1].Is(Word.Quarter)))
            {
                i = 1;
            }

            if (i < t.Length && t[i].Is(Word.Half))
            {
                quarters = 2;
                i++;
            }
            else if (i < t.Length && t[i].Is(Word.Quarter) && t[i].Value == 0)
            {
                quarters = 1;
                i++;
            }
            else if (i == 0 && t.Length > 1 && t[0].Is(Word.Unit) && t[0].Value == 3)
            {
                // "three quarters of a", "three-quarters of a".
                i = t[1].Kind == TokenKind.Dash ? 2 : 1;
                if (!(i + 2 < t.Length && t[i].Is(Word.Quarter) && t[i].Value == 1 && t[i + 1].Is(Word.Of) && t[i + 2].Is(Word.A)))
                {
                    return false;
                }

                quarters = 3;
                i++;
            }
            else
            {
                return false;
            }

            // Between the fraction and the scale: nothing, a hyphen, "of a", or (after "half" alone) "a".
            if (i < t.Length && t[i].Kind == TokenKind.Dash && quarters != 3)
            {
                i++;
            }
            else if (i + 1 < t.Length && t[i].Is(Word.Of) && t[i + 1].Is(Word.A))
            {
                i += 2;
            }
            else if (i < t.Length && t[i].Is(Word.A) && quarters == 2 && i == 1)
            {
                i++;
            }

            if (i != t.Length - 1 || !(t[i].Is(Word.Scale) || t[i].Is(Word.Hundred)))
            {
                return false;
            }

            exponent = (int)t[i].Value;
            return true;
        }

        private static bool TryWordValue(ReadOnlySpan<Token> t, out long value, out int trailing, ref bool hasScale)
        {
            value = 0;
            trailing = 0;
            long total = 0;
            long group = 0;
            var groupHasHundred = false;
            var groupHasSmall = false;
            var lastWasTens = false;
            var pendingA = false;
            var any = false;
            var lastScale = int.MaxValue;
            for (var i = 0; i < t.Length; i++)
            {
                var token = t[i];
                trailing = 0;
                if (token.Kind == TokenKind.Dash)
                {
                    // Only inside a compound such as "twenty-five".
                    if (lastWasTens && i + 1 < t.Length && t[i + 1].Is(Word.Unit) && t[i + 1].Value is >= 1 and <= 9)
                    {
                        continue;
                    }

                    return false;
                }

                if (token.Kind != TokenKind.Word)
                {
                    return false;
                }

                switch (token.Word)
                {
                    case Word.Unit:
                        if (pendingA
                            || (groupHasSmall && !(lastWasTens && token.Value is >= 1 and <= 9))
                            || (token.Value == 0 && (any || i + 1 < t.Length)))
                        {
                            return false;
                        }

                        group += token.Value;
                        groupHasSmall = true;
                        lastWasTens = false;
                        any = true;
                        break;

                    case Word.Tens:
                        if (pendingA || groupHasSmall)
                        {
                            return false;
                        }

                        group += token.Value;
                        groupHasSmall = true;
                        lastWasTens = true;
                        any = true;
                        break;

                    case Word.Hundred:
                        if (groupHasHundred)
                        {
                            return false;
                        }

                        if (pendingA)
                        {
                            group = 1;
                            pendingA = false;
                        }
                        else if (!groupHasSmall)
                        {
                            return false;
                        }

                        group *= 100;
                        groupHasHundred = true;
                        groupHasSmall = false;
                        lastWasTens = false;
                        hasScale = true;
                        trailing = 2;
                        any = true;
                        break;

                    case Word.Scale:
                        var exponent = (int)token.Value;
                        if (exponent >= lastScale)
                        {
                            return false;
                        }

                        if (pendingA)
                        {
                            group = 1;
                            pendingA = false;
                        }
                        else if (group == 0)
                        {
                            return false;
                        }

                        total += group * (long)Pow10(exponent);
                        group = 0;
                        groupHasHundred = false;
                        groupHasSmall = false;
                        lastWasTens = false;
                        lastScale = exponent;
                        hasScale = true;
                        trailing = exponent;
                        any = true;
                        break;

                    case Word.A:
                        // "a hundred", "a million": only first, and only before a scale.
                        if (i != 0)
                        {
                            return false;
                        }

                        pendingA = true;
                        break;

                    case Word.And:
                        // "three hundred and forty", "one thousand and five".
                        if (i == 0
                            || !(t[i - 1].Is(Word.Hundred) || t[i - 1].Is(Word.Scale))
                            || i + 1 >= t.Length
                            || !((t[i + 1].Is(Word.Unit) && t[i + 1].Value > 0) || t[i + 1].Is(Word.Tens)))
                        {
                            return false;
                        }

                        break;

                    default:
                        return false;
                }
            }

            if (pendingA || !any)
            {
                return false;
            }

            value = total + group;
            return true;
        }

        private static bool ContainsSeparator(ReadOnlySpan<Token> body, Separators separators)
        {
            foreach (var token in body)
            {
                if (IsSeparator(token, separators))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSeparator(in Token token, Separators separators) =>
            token.Kind is TokenKind.Dash or TokenKind.Tilde ? (separators & Separators.Dash) != 0
            : token.Kind == TokenKind.Comma ? (separators & Separators.Comma) != 0
            : token.Kind == TokenKind.Word && token.Word switch
                {
                    Word.To => (separators & Separators.To) != 0,
                    Word.Or => (separators & Separators.Or) != 0,
                    Word.And => (separators & Separators.And) != 0,
                    _ => false,
                };

        private readonly string PrefixText(int prefixLength) =>
            _src[_tokens[0].Start.._tokens[prefixLength - 1].End].ToString();

        private readonly bool Fail(string reason, out string error)
        {
            error = NotAFigure(_text, _negative ? NegativeReason : reason);
            return false;
        }
    }
}

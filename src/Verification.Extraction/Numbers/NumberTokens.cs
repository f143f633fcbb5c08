using Verification.Extraction.Text;
using Verification.Figures;

namespace Verification.Extraction.Numbers;

/// <summary>Readings of single tokens shared by the number recogniser and its rules.</summary>
internal static class NumberTokens
{
    /// <summary>The digits as one integer divided once by a power of ten, so that "0.0012" is the double nearest
    /// 0.0012 (adding each decimal's share drifts: 0.0012000000000000001).</summary>
    public static double ReadDigits(string text, in Token token)
    {
        double value = 0;
        var decimals = -1;
        for (var k = token.Start; k < token.End; k++)
        {
            var c = text[k];
            var d = FigureScanner.DigitValue(c);
            if (d >= 0)
            {
                value = (value * 10) + d;
                if (decimals >= 0)
                {
                    decimals++;
                }
            }
            else if (c is '.' or '\u066B')
            {
                decimals = 0;
            }
        }

        return decimals > 0 ? value / Math.Pow(10, decimals) : value;
    }

    /// <summary>How many decimals the digits have.</summary>
    public static int DecimalCount(string text, in Token token)
    {
        var dot = text.AsSpan(token.Start, token.Length).IndexOfAny('.', '\u066B');
        return dot < 0 ? 0 : token.Length - dot - 1;
    }

    /// <summary>A scale the figure rules read against digits (k, m, mn, mln, mil, b, bn, bln, tn; MM in capitals); "t" for
    /// a trillion only after a currency sign ("$1T"), since "5t" is more often five tonnes.</summary>
    public static bool IsSuffixScale(string text, in Token word, bool money = false)
    {
        var s = text.AsSpan(word.Start, word.Length);
        if (s.Length > 3)
        {
            return false;
        }

        Span<char> lower = stackalloc char[3];
        for (var k = 0; k < s.Length; k++)
        {
            lower[k] = (char)(s[k] | 0x20);
        }

        return lower[..s.Length] switch
        {
            "k" or "m" or "mn" or "mln" or "mil" or "b" or "bn" or "bln" or "tn" or "trn" => true,
            "mm" => s is "MM",
            "t" => money,
            _ => false,
        };
    }

    /// <summary>A currency sign written before an amount.</summary>
    public static bool IsCurrencySign(string text, in Token token) =>
        token.Kind == TokenKind.Punct && text[token.Start] is '$' or '£' or '€' or '¥' or '₹' or '₽' or '₺' or '₪' or '₦' or '₩' or '₴' or '৳' or '₱' or '₫';

    /// <summary>The denominator a fraction word names ("half" 2, "thirds" 3, "quarter" 4), or 0.</summary>
    public static int FractionDenominator(string text, in Token token)
    {
        if (!token.IsWord || token.Length < 4)
        {
            return 0;
        }

        var w = text.AsSpan(token.Start, token.Length);
        if (w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !w.Equals("halves", StringComparison.OrdinalIgnoreCase))
        {
            w = w[..^1];
        }

        return w switch
        {
            _ when w.Equals("half", StringComparison.OrdinalIgnoreCase) || w.Equals("halves", StringComparison.OrdinalIgnoreCase) => 2,
            _ when w.Equals("third", StringComparison.OrdinalIgnoreCase) => 3,
            _ when w.Equals("quarter", StringComparison.OrdinalIgnoreCase) || w.Equals("fourth", StringComparison.OrdinalIgnoreCase) => 4,
            _ when w.Equals("fifth", StringComparison.OrdinalIgnoreCase) => 5,
            _ when w.Equals("sixth", StringComparison.OrdinalIgnoreCase) => 6,
            _ when w.Equals("seventh", StringComparison.OrdinalIgnoreCase) => 7,
            _ when w.Equals("eighth", StringComparison.OrdinalIgnoreCase) => 8,
            _ when w.Equals("ninth", StringComparison.OrdinalIgnoreCase) => 9,
            _ when w.Equals("tenth", StringComparison.OrdinalIgnoreCase) => 10,
            _ => 0,
        };
    }
}

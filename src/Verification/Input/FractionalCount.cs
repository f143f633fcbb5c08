using Verification.Claims;
using Verification.Figures;
namespace Verification.Input;

/// <summary>Tells a count stated as a fraction ("44.218 people"): a figure whose stated numbers are not whole, for a
/// subject that counts rather than measures a rate or share.</summary>
/// <remarks>
/// <para>A figure's core (the numbers literally stated, <see cref="Figure.CoreLow"/>–<see cref="Figure.CoreHigh"/>) must
/// be whole, unless:</para>
/// <list type="bullet">
/// <item>a number of it was written with a scale ("1.5 million", "2.3m"), as a percentage ("12.5%") or as an amount of
/// money ("$99.95");</item>
/// <item>it is a vague quantity, whose interval comes from the table rather than from stated digits;</item>
/// <item>the subject is a rate or share: one of its words is "percent", "percentage", "%", "rate", "ratio", "share",
/// "proportion", "average", "mean" or "median", or "per" followed by a number or "capita" or "cent" ("deaths per
/// 1,000").</item>
/// </list>
/// <para>The usual cause is a figure written where full stops group thousands ("44.218" for 44,218) and read with the
/// invariant culture: the message then names the culture option.</para>
/// </remarks>
internal static class FractionalCount
{
    private static readonly string[] RateWords =
        ["percent", "percentage", "percentages", "rate", "rates", "ratio", "ratios", "share", "proportion", "average", "mean", "median"];

    /// <summary>What is wrong with the claim's figure, or null when it is a whole count or need not be one.</summary>
    /// <param name="claim">The claim.</param>
    public static string? ProblemWith(Claim claim)
    {
        if (claim.Figure is not { } figure
            || figure.Kind == FigureKind.Vague
            || (figure.Reading & (FigureReading.Scaled | FigureReading.Percent | FigureReading.Money)) != 0
            || (IsWhole(figure.CoreLow) && (double.IsPositiveInfinity(figure.CoreHigh) || IsWhole(figure.CoreHigh)))
            || IsRateOrShare(claim.Subject.Text))
        {
            return null;
        }

        var stated = figure.Text is { } text ? $"'{Echo.Of(text)}'" : $"{Figure.FormatNumber(figure.CoreLow)}";
        var value = IsWhole(figure.CoreLow) ? figure.CoreHigh : figure.CoreLow;
        var reads = $"{stated} reads as {value.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture)}, not a whole number, and a count cannot be fractional";
        return figure.Text is { } written && LooksLikeDotGrouping(written)
            ? $"{reads}. {CultureHint}"
            : $"{reads}. A rate or share says so in its subject (\"percent\", \"rate\", \"per 1,000\").";
    }

    /// <summary>What to do about digits written in another culture's way.</summary>
    internal const string CultureHint =
        "If full stops group thousands here (\"44.218\" for 44,218) or a comma starts decimals (\"1,5 million\"), read the figures with the culture that writes them: FigureOptions.Culture, or verify check --culture de-DE.";

    /// <summary>Whether figure text that did not read looks written in another culture's way: full stops between groups
    /// of three digits, or a comma followed by one, two or more than three digits.</summary>
    internal static bool LooksLikeAnotherCulture(string text)
    {
        if (LooksLikeDotGrouping(text))
        {
            return true;
        }

        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] == ',' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                var digits = 0;
                while (i + 1 + digits < text.Length && char.IsAsciiDigit(text[i + 1 + digits]))
                {
                    digits++;
                }

                if (digits != 3)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the subject names a rate or share rather than a count (see the remarks).</summary>
    internal static bool IsRateOrShare(string subject)
    {
        var words = subject.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Contains('%', StringComparison.Ordinal) || Array.Exists(RateWords, w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (string.Equals(word, "per", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Length
                && (char.IsAsciiDigit(words[i + 1][0])
                    || string.Equals(words[i + 1], "capita", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(words[i + 1], "cent", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text has digits, a full stop and exactly three digits ("44.218", "1.234.567").</summary>
    internal static bool LooksLikeDotGrouping(string text)
    {
        for (var i = 1; i + 3 < text.Length; i++)
        {
            if (text[i] == '.' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] Separators = [' ', '\t', ',', ';', '(', ')', '/', '-', '\u00A0'];

    private static bool IsWhole(double value) => Math.Floor(value) == value;
}

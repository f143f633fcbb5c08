using System.Globalization;
using System.Text;

namespace Verification.Extraction.Languages;

/// <summary>How a language writes numbers in digits (Data/{language}/digits.tsv): its decimal sign, the signs between
/// groups of thousands, the suffixes of ordinals; and the rule that rewrites such a number as the readers take it
/// ("3 000" → "3,000", "3,5" → "3.5", "1er" → "1st", "12 %" → "12%").</summary>
/// <remarks>A line is <c>decimal&lt;TAB&gt;SIGN</c>, <c>group&lt;TAB&gt;SIGN</c> or <c>ordinal-suffix&lt;TAB&gt;letters</c>;
/// a sign is named: comma, full-stop, apostrophe, space, no-break-space (U+00A0), narrow-no-break-space (U+202F),
/// thin-space (U+2009). Groups are three digits after one to three, with one sign throughout, and must not run on into
/// more digits ("1.0000" is no group).</remarks>
internal sealed class DigitWriting
{
    /// <summary>The file's name in a language's folder.</summary>
    public const string File = "digits.tsv";

    private static readonly Dictionary<string, char> Signs = new(StringComparer.Ordinal)
    {
        ["comma"] = ',',
        ["full-stop"] = '.',
        ["apostrophe"] = '\'',
        ["space"] = ' ',
        ["no-break-space"] = '\u00A0',
        ["narrow-no-break-space"] = '\u202F',
        ["thin-space"] = '\u2009',
    };

    private readonly char _decimal;
    private readonly char[] _groups;
    private readonly string[] _ordinalSuffixes;

    internal DigitWriting(char decimalSign, char[] groups, string[] ordinalSuffixes)
    {
        _decimal = decimalSign;
        _groups = groups;
        _ordinalSuffixes = ordinalSuffixes;
    }

    /// <summary>Reads a language's shipped file.</summary>
    /// <exception cref="InvalidOperationException">The file is missing or malformed; the message lists every problem.</exception>
    public static DigitWriting ReadShipped(string language)
    {
        var problems = new List<string>();
        var writing = Build(Vocabulary.ShippedVocabulary.LinesOf(language, File).Select(l => ($"{language}/{File} line {l.Number}", l.Fields)), problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The shipped digit writing is malformed:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        return writing;
    }

    /// <summary>Builds the writing from lines; the problems found are added to <paramref name="problems"/>.</summary>
    internal static DigitWriting Build(IEnumerable<(string Where, string[] Fields)> rows, List<string> problems)
    {
        char? decimalSign = null;
        var groups = new List<char>();
        var suffixes = new List<string>();
        foreach (var (where, fields) in rows)
        {
            var value = fields.Length == 2 ? fields[1].Trim() : string.Empty;
            switch (fields.Length == 2 ? fields[0].Trim() : null)
            {
                case "decimal" when Signs.TryGetValue(value, out var sign) && decimalSign is null:
                    decimalSign = sign;
                    break;
                case "decimal" when decimalSign is not null:
                    problems.Add($"{where}: the decimal sign is already given.");
                    break;
                case "group" when Signs.TryGetValue(value, out var sign) && !groups.Contains(sign):
                    groups.Add(sign);
                    break;
                case "group" when Signs.ContainsKey(value):
                    problems.Add($"{where}: '{value}' is already a group sign.");
                    break;
                case "ordinal-suffix" when value.Length > 0 && value.All(char.IsLower) && !suffixes.Contains(value):
                    suffixes.Add(value);
                    break;
                case "ordinal-suffix" when suffixes.Contains(value):
                    problems.Add($"{where}: '{value}' is already an ordinal suffix.");
                    break;
                default:
                    problems.Add($"{where}: expected 'decimal' or 'group' and a sign ({string.Join(", ", Signs.Keys)}), or 'ordinal-suffix' and lower-case letters.");
                    break;
            }
        }

        if (decimalSign is { } d && groups.Contains(d))
        {
            problems.Add($"'{d}' cannot be both the decimal sign and a group sign.");
        }

        return new DigitWriting(decimalSign ?? '.', [.. groups], [.. suffixes]);
    }

    /// <summary>A number read: where it ends; how the readers take it on its own (null: as written); its digits as the
    /// readers take them, without an ordinal suffix; and that suffix as written, in lower case, or empty.</summary>
    public readonly record struct Reading(int End, string? Canonical, string Digits, string Suffix);

    /// <summary>Reads the number that starts at <paramref name="i"/> (an ASCII digit).</summary>
    public Reading Read(string text, int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var sb = new StringBuilder();
        sb.Append(text, start, i - start);
        var changed = false;

        // Groups of thousands, one sign throughout.
        if (i - start <= 3)
        {
            var separator = '\0';
            while (IsGroupAt(text, i, separator))
            {
                separator = text[i];
                sb.Append(',').Append(text, i + 1, 3);
                i += 4;
                changed = true;
            }
        }

        if (i + 1 < text.Length && text[i] == _decimal && char.IsAsciiDigit(text[i + 1]))
        {
            var j = i + 1;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            sb.Append('.').Append(text, i + 1, j - i - 1);
            changed |= _decimal != '.';
            i = j;
        }

        var suffixEnd = i;
        while (suffixEnd < text.Length && char.IsLetter(text[suffixEnd]))
        {
            suffixEnd++;
        }

        var suffix = text[i..suffixEnd].ToLowerInvariant();
        if (suffixEnd > i && _ordinalSuffixes.Contains(suffix) && int.TryParse(sb.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
        {
            var digits = sb.ToString();
            return new Reading(suffixEnd, digits + EnglishSuffix(ordinal), digits, suffix);
        }

        // A percent sign after a space ("12 %") is written against the number.
        var k = i;
        while (k < text.Length && text[k] is ' ' or '\u00A0' or '\u202F' or '\u2009' && k - i < 2)
        {
            k++;
        }

        if (k > i && k < text.Length && text[k] == '%')
        {
            sb.Append('%');
            return new Reading(k + 1, sb.ToString(), sb.ToString(), string.Empty);
        }

        return new Reading(i, changed ? sb.ToString() : null, sb.ToString(), string.Empty);
    }

    private bool IsGroupAt(string text, int i, char separator) =>
        i + 3 < text.Length
        && (separator == '\0' ? Array.IndexOf(_groups, text[i]) >= 0 : text[i] == separator)
        && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
        && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]));

    private static string EnglishSuffix(int n) =>
        (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
}

using System.Globalization;
using Verification.Figures;
using Verification.Periods;

namespace Verification.Import.Csv;

/// <summary>Reads the values data sets write in cells: counts, dates, and figures written as text.</summary>
internal static class Cells
{
    private static readonly string[] DayFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fff", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-ddTHH:mm:ss.fffZ", "d MMMM yyyy", "d-MMMM-yyyy", "d MMM yyyy", "yyyy/MM/dd",
    ];

    /// <summary>Reads a count: a number written as figure text writes one under <paramref name="options"/>' culture
    /// ("1,059,849"; "1.059.849" in de-DE), with an optional fraction; null when the cell is not such a number, the
    /// problem says why.</summary>
    /// <remarks>The figure rules read digit groups (three digits after each separator), so "1,5" is refused rather
    /// than read as 15 the way a thousands-tolerant number parser would.</remarks>
    public static double? Count(string cell, FigureOptions options, out string? problem)
    {
        problem = null;
        var text = cell.Trim();
        var negative = text.StartsWith('-');
        var body = negative || text.StartsWith('+') ? text[1..].TrimStart() : text;
        if (IsNumeral(body) && Verification.Figures.Figure.TryParse(body, options, out var figure, out _) && figure.Kind is FigureKind.Exact or FigureKind.Rounded && figure.CoreLow == figure.CoreHigh && double.IsFinite(figure.CoreLow))
        {
            // A number in a data set is stated exactly: "240" is 240, not a figure rounded to tens.
            if (negative && figure.CoreLow > 0)
            {
                problem = $"'{Echo(cell)}' is negative; a count cannot be.";
                return null;
            }

            return figure.CoreLow;
        }

        problem = $"'{Echo(cell)}' is not a number{GroupingHint(body, options)}.";
        return null;
    }

    /// <summary>Reads a figure: a number is exact ("105" in a data set is 105), read as <see cref="Count"/> reads it;
    /// other text is read by the figure rules ("around 340,000", "24-99"). Null with the problem when neither reads.</summary>
    public static Figure? Figure(string cell, FigureOptions options, out string? problem)
    {
        problem = null;
        var text = cell.Trim();
        if (IsNumeral(text.StartsWith('-') || text.StartsWith('+') ? text[1..].TrimStart() : text))
        {
            return Count(cell, options, out problem) is { } value ? Verification.Figures.Figure.Exact(value) : null;
        }

        if (Verification.Figures.Figure.TryParse(cell, options, out var figure, out var error))
        {
            return figure;
        }

        problem = $"'{Echo(cell)}' is not a number or a figure: {error}";
        return null;
    }

    // Digits with separators only (no words, no signs of a range): a number, not figure text.
    private static bool IsNumeral(string text) =>
        text.Length > 0 && char.IsAsciiDigit(text[0]) && text.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '\'' or '\u2019' || char.IsWhiteSpace(c));

    // Why digits with separators did not read: they are grouped as another culture writes them.
    private static string GroupingHint(string body, FigureOptions options) =>
        IsNumeral(body) && body.Any(c => c is ',' or '.')
            ? $": its separators do not group digits in threes as the figures' culture ({(options.Culture.Name.Length == 0 ? "invariant: commas between thousands, a decimal point" : options.Culture.Name)}) writes them; read the file with the culture it was written in"
            : string.Empty;

    /// <summary>Reads a date: ISO days ("2017-03-17", with or without a time), "17 March 2017", or the period forms
    /// "2017-03", "2017" and "2016-10-17/2017-03-25". Null with the problem when the cell is none of these.</summary>
    public static Period? Period(string cell, out string? problem)
    {
        problem = null;
        if (DateTime.TryParseExact(cell, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var day))
        {
            return Verification.Periods.Period.Day(DateOnly.FromDateTime(day));
        }

        if (Verification.Periods.Period.TryParse(cell, out var period, out var error))
        {
            return period;
        }

        problem = $"'{Echo(cell)}' is not a date: expected YYYY-MM-DD (a time after it is ignored), '17 March 2017', YYYY-MM or YYYY. {error}";
        return null;
    }

    /// <summary>A cell quoted in a message: at most 60 characters, on one line.</summary>
    public static string Echo(string cell)
    {
        var line = cell.ReplaceLineEndings(" ");
        return line.Length <= 60 ? line : string.Concat(line.AsSpan(0, 57), "...");
    }
}

using System.Globalization;

namespace Verification.Import.Csv;

/// <summary>Reads the values data sets write in cells: counts, dates, and figures written as text.</summary>
internal static class Cells
{
    private static readonly string[] DayFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fff", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-ddTHH:mm:ss.fffZ", "d MMMM yyyy", "d-MMMM-yyyy", "d MMM yyyy", "yyyy/MM/dd",
    ];

    /// <summary>Reads a count: digits, with an optional fraction and thousands commas ("1,059,849"); null when the cell
    /// is not a number; the problem says why.</summary>
    public static double? Count(string cell, out string? problem)
    {
        problem = null;
        if (double.TryParse(cell, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            if (value < 0)
            {
                problem = $"'{Echo(cell)}' is negative; a count cannot be.";
                return null;
            }

            return value;
        }

        problem = $"'{Echo(cell)}' is not a number.";
        return null;
    }

    /// <summary>Reads a figure: a number is exact ("105" in a data set is 105); other text is read by the figure rules
    /// ("around 340,000", "24-99"). Null with the problem when neither reads.</summary>
    public static Figure? Figure(string cell, FigureOptions options, out string? problem)
    {
        problem = null;
        if (double.TryParse(cell, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return Count(cell, out problem) is { } value ? Verification.Figure.Exact(value) : null;
        }

        if (Verification.Figure.TryParse(cell, options, out var figure, out var error))
        {
            return figure;
        }

        problem = $"'{Echo(cell)}' is not a number or a figure: {error}";
        return null;
    }

    /// <summary>Reads a date: ISO days ("2017-03-17", with or without a time), "17 March 2017", or the period forms
    /// "2017-03", "2017" and "2016-10-17/2017-03-25". Null with the problem when the cell is none of these.</summary>
    public static Period? Period(string cell, out string? problem)
    {
        problem = null;
        if (DateTime.TryParseExact(cell, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var day))
        {
            return Verification.Period.Day(DateOnly.FromDateTime(day));
        }

        if (Verification.Period.TryParse(cell, out var period, out var error))
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

using System.Globalization;

namespace Verification.Periods;

/// <summary>The time a figure refers to (the day of an incident, or the span a running total covers), not when it was published.</summary>
/// <remarks>
/// <para>A period is an inclusive interval of dates, <see cref="Start"/> to <see cref="End"/>, with the precision it was
/// stated in. "2017-03" is 2017-03-01 to 2017-03-31; "2016-10-17/2017-03-25" includes both days. <c>Start &lt;= End</c>
/// always holds.</para>
/// <para>Two figures are about the same time (<see cref="IsSameTimeAs"/>) when their periods overlap <em>and</em> their
/// ends — the dates the figures are "as of" — lie within a window of each other. A death toll for 17 March reported
/// in March and again in May is the same time; a running total as of 3 March and another as of 25 March are not.</para>
/// </remarks>
public sealed class Period : IEquatable<Period>
{
    private Period(DateOnly start, DateOnly end, PeriodPrecision precision)
    {
        if (end < start)
        {
            throw new ArgumentException($"A period's start ({start:yyyy-MM-dd}) must not be after its end ({end:yyyy-MM-dd}).");
        }

        Start = start;
        End = end;
        Precision = precision;
    }

    /// <summary>The first day, inclusive.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day, inclusive: the date the figure is "as of".</summary>
    public DateOnly End { get; }

    /// <summary>How precisely the period was stated.</summary>
    public PeriodPrecision Precision { get; }

    /// <summary>The number of days covered, counting both ends.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>One day.</summary>
    /// <param name="day">The day.</param>
    public static Period Day(DateOnly day) => new(day, day, PeriodPrecision.Day);

    /// <summary>One calendar month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    public static Period Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new(start, new DateOnly(year, month, DateTime.DaysInMonth(year, month)), PeriodPrecision.Month);
    }

    /// <summary>One calendar year.</summary>
    /// <param name="year">The year.</param>
    public static Period Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), PeriodPrecision.Year);

    /// <summary>An inclusive interval of days.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; not before <paramref name="start"/>.</param>
    public static Period Between(DateOnly start, DateOnly end) => new(start, end, PeriodPrecision.Interval);

    /// <summary>Parses "2017-03-18", "2017-03", "2017" or an ISO 8601 interval "2016-10-17/2017-03-25" (either end may be a month or year).</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">The text is not a period; the message says what was expected.</exception>
    public static Period Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var period, out var error) ? period : throw new FormatException(error);
    }

    /// <summary>Parses a period without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when the text is one.</param>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Period? period) =>
        TryParse(text, out period, out _);

    /// <summary>Parses a period, returning why the text is not a period on failure.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when the text is one.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Period? period, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        period = null;
        const string Expected = "expected a day (2017-03-18), a month (2017-03), a year (2017) or an interval (2016-10-17/2017-03-25)";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "an empty period: " + Expected + ".";
            return false;
        }

        var trimmed = text.Trim();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            if (TryParseSingle(trimmed, out period))
            {
                error = null;
                return true;
            }

            error = $"'{trimmed}' is not a period: {Expected}.";
            return false;
        }

        if (!TryParseSingle(trimmed[..slash], out var first) || !TryParseSingle(trimmed[(slash + 1)..], out var last))
        {
            error = $"'{trimmed}' is not a period: {Expected}.";
            return false;
        }

        if (last.End < first.Start)
        {
            error = $"'{trimmed}' ends before it starts.";
            return false;
        }

        period = new Period(first.Start, last.End, PeriodPrecision.Interval);
        error = null;
        return true;
    }

    /// <summary>Whether the two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    public bool Overlaps(Period other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start <= other.End && other.Start <= End;
    }

    /// <summary>Whether <paramref name="day"/> lies in the period (both ends included).</summary>
    /// <param name="day">The day.</param>
    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>Whether two figures with these periods are about the same time: the periods overlap and their ends are at most <paramref name="window"/> days apart.</summary>
    /// <param name="other">The other period.</param>
    /// <param name="window">The most days the two ends may lie apart; not negative.</param>
    public bool IsSameTimeAs(Period other, int window)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentOutOfRangeException.ThrowIfNegative(window);
        return Overlaps(other) && Math.Abs(End.DayNumber - other.End.DayNumber) <= window;
    }

    /// <summary>The period in the form it parses from: "2017-03-18", "2017-03", "2017" or "2016-10-17/2017-03-25".</summary>
    public override string ToString() => Precision switch
    {
        PeriodPrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PeriodPrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodPrecision.Year => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public bool Equals(Period? other) => other is not null && Start == other.Start && End == other.End && Precision == other.Precision;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Period);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Precision);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Period? left, Period? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Period? left, Period? right) => !(left == right);

    private static bool TryParseSingle(string s, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Period? period)
    {
        period = null;
        var inv = CultureInfo.InvariantCulture;
        switch (s.Length)
        {
            case 10 when DateOnly.TryParseExact(s, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day):
                period = Day(day);
                return true;
            case 7 when DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month):
                period = Month(month.Year, month.Month);
                return true;
            case 4 when int.TryParse(s, NumberStyles.None, inv, out var year) && year >= 1:
                period = Year(year);
                return true;
            default:
                return false;
        }
    }
}

using Verification.Periods;
namespace Verification.Extraction.Periods;

/// <summary>A period as read from text: inclusive first and last days and the precision it was stated with.</summary>
internal readonly record struct ResolvedPeriod(DateOnly Start, DateOnly End, PeriodPrecision Precision)
{
    /// <summary>One day.</summary>
    public static ResolvedPeriod Day(DateOnly day) => new(day, day, PeriodPrecision.Day);

    /// <summary>A calendar month.</summary>
    public static ResolvedPeriod Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), PeriodPrecision.Month);

    /// <summary>A calendar year.</summary>
    public static ResolvedPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), PeriodPrecision.Year);

    /// <summary>Any run of days; one day is a day.</summary>
    public static ResolvedPeriod Between(DateOnly start, DateOnly end) =>
        new(start, end, start == end ? PeriodPrecision.Day : PeriodPrecision.Interval);

    /// <summary>The model's period.</summary>
    public Period ToPeriod() => Precision switch
    {
        PeriodPrecision.Day => Period.Day(Start),
        PeriodPrecision.Month => Period.Month(Start.Year, Start.Month),
        PeriodPrecision.Year => Period.Year(Start.Year),
        _ => Period.Between(Start, End),
    };
}

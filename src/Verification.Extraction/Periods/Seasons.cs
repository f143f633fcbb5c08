using Verification.Periods;

namespace Verification.Extraction.Periods;

/// <summary>The northern meteorological seasons: spring = March–May, summer = June–August, autumn =
/// September–November, winter = December–February, named by the year of its January.</summary>
internal static class Seasons
{
    /// <summary>The lexicon's number for winter (spring 1, summer 2, autumn 3).</summary>
    public const int Winter = 4;

    /// <summary>Season <paramref name="season"/> of <paramref name="year"/>.</summary>
    public static ResolvedPeriod Of(int year, int season) => season switch
    {
        1 => new(new DateOnly(year, 3, 1), new DateOnly(year, 5, 31), PeriodPrecision.Interval),
        2 => new(new DateOnly(year, 6, 1), new DateOnly(year, 8, 31), PeriodPrecision.Interval),
        3 => new(new DateOnly(year, 9, 1), new DateOnly(year, 11, 30), PeriodPrecision.Interval),
        _ => new(new DateOnly(year - 1, 12, 1), new DateOnly(year, 2, DateTime.DaysInMonth(year, 2)), PeriodPrecision.Interval),
    };

    /// <summary>The latest such season begun by <paramref name="published"/> (ended before it, when
    /// <paramref name="strictlyEnded"/>).</summary>
    public static ResolvedPeriod MostRecent(DateOnly published, int season, bool strictlyEnded)
    {
        for (var year = published.Year + 1; year > published.Year - 3; year--)
        {
            var s = Of(year, season);
            if (strictlyEnded ? s.End < published : s.Start <= published)
            {
                return s;
            }
        }

        return Of(published.Year - 1, season);
    }

    /// <summary>The same season a year on (a winter's February gains its leap day).</summary>
    public static ResolvedPeriod Next(ResolvedPeriod season) =>
        new(season.Start.AddYears(1), season.End.AddYears(1).AddDays(season.End.Month == 2 && DateTime.IsLeapYear(season.End.Year + 1) && season.End.Day == 28 ? 1 : 0), PeriodPrecision.Interval);
}

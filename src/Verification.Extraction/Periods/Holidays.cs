using System.Globalization;

namespace Verification.Extraction.Periods;

/// <summary>Holidays whose date moves: Easter by the Gregorian computus, the Islamic ones by the Umm al-Qura
/// calendar (the table Saudi Arabia publishes, as .NET carries it: Gregorian years 1900–2077).</summary>
/// <remarks>Where the new moon is sighted locally, Ramadan and the Eids may begin a day earlier or later than the
/// table says; news reports of one country can differ from it by that day.</remarks>
internal static class Holidays
{
    private static readonly UmAlQuraCalendar Hijri = new();

    /// <summary>The Islamic months the forms name.</summary>
    public const int Ramadan = 9, Shawwal = 10, DhuAlHijjah = 12;

    /// <summary>The days of the Islamic month <paramref name="month"/> (from <paramref name="firstDay"/> for
    /// <paramref name="days"/> days, or to the month's end) of the latest Hijri year whose stretch starts in or before
    /// <paramref name="gregorianYear"/> … when the year is known; otherwise of the latest one that began on or before
    /// <paramref name="published"/>.</summary>
    public static bool TryIslamic(int month, int firstDay, int days, int gregorianYear, DateOnly published, out ResolvedPeriod period)
    {
        period = default;
        var anchor = gregorianYear > 0 ? new DateOnly(gregorianYear, 12, 31) : published;
        if (anchor.Year is < 1901 or > 2076)
        {
            return false;
        }

        var hijriYear = Hijri.GetYear(anchor.ToDateTime(TimeOnly.MinValue)) + 1;
        for (var y = hijriYear; y > hijriYear - 3; y--)
        {
            var start = DateOnly.FromDateTime(Hijri.ToDateTime(y, month, firstDay, 0, 0, 0, 0));
            var length = days > 0 ? days : Hijri.GetDaysInMonth(y, month) - firstDay + 1;
            if (start <= anchor && (gregorianYear == 0 || start.Year == gregorianYear))
            {
                period = ResolvedPeriod.Between(start, start.AddDays(length - 1));
                return true;
            }
        }

        return false;
    }

    /// <summary>A day fixed relative to Easter Sunday (Good Friday −2, Easter Monday +1) in the given year, or the latest
    /// on or before publication.</summary>
    public static ResolvedPeriod EasterDay(int offset, int year, DateOnly published)
    {
        if (year == 0)
        {
            year = published.Year;
            if (NewsCalendar.Easter(year).AddDays(offset) > published)
            {
                year--;
            }
        }

        return ResolvedPeriod.Day(NewsCalendar.Easter(year).AddDays(offset));
    }
}

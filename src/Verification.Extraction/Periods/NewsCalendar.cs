namespace Verification.Extraction.Periods;

/// <summary>Calendar arithmetic the date forms share: weeks run Monday to Sunday, weekdays are numbered Monday = 1 to
/// Sunday = 7, and parts of a period are news's early / mid / late.</summary>
internal static class NewsCalendar
{
    /// <summary>The weekday number of a day: Monday = 1 … Sunday = 7.</summary>
    public static int WeekdayOf(DateOnly day) => ((int)day.DayOfWeek + 6) % 7 + 1;

    /// <summary>The Monday of the week of <paramref name="day"/>.</summary>
    public static DateOnly Monday(DateOnly day) => day.AddDays(-(WeekdayOf(day) - 1));

    /// <summary>The most recent <paramref name="weekday"/> on or before <paramref name="p"/> (strictly before when
    /// <paramref name="allowSameDay"/> is false).</summary>
    public static DateOnly MostRecent(DateOnly p, int weekday, bool allowSameDay)
    {
        var delta = (WeekdayOf(p) - weekday + 7) % 7;
        if (delta == 0 && !allowSameDay)
        {
            delta = 7;
        }

        return p.AddDays(-delta);
    }

    /// <summary>The first <paramref name="weekday"/> strictly after <paramref name="p"/>: "next Monday" written on a
    /// Monday is a week later.</summary>
    public static DateOnly NextAfter(DateOnly p, int weekday)
    {
        var delta = (weekday - WeekdayOf(p) + 7) % 7;
        return p.AddDays(delta == 0 ? 7 : delta);
    }

    /// <summary>A two-digit year read against the publication year: the year ending in those digits that is at most 20
    /// years after publication, so "16" in 2017 is 2016 and "97" is 1997 (never 1915 for "15").</summary>
    public static int ExpandTwoDigitYear(int twoDigits, int publishedYear)
    {
        var year = (publishedYear / 100 * 100) + twoDigits;
        if (year > publishedYear + 20)
        {
            year -= 100;
        }
        else if (year <= publishedYear - 80)
        {
            year += 100;
        }

        return year;
    }

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, valid for every year).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}

using Verification.Extraction.Text;
using Verification.Figures;
using Verification.Periods;
using static Verification.Extraction.Periods.NewsCalendar;

namespace Verification.Extraction.Periods.Rules;

/// <summary>The English date and period forms written as rules: a pattern of token classes and the period it names.
/// docs/extraction.md says how to add one.</summary>
/// <remarks>On a tie in length the earlier rule wins, and a rule wins over the older hand-written forms of
/// <see cref="PeriodRecognizer"/>. Slot numbers in the builders are positions in the pattern.</remarks>
internal static class EnglishDateRules
{
    /// <summary>The forms, in the order they are preferred on a tie.</summary>
    public static IReadOnlyList<DateRule> All { get; } =
    [
        // "June 11 thru 14", "January 10 - 17, 2021", "March 1-10"
        new("month-day-range", [S.Month, S.Day, S.Join, S.Day, S.Comma.Opt, S.Year.Opt], MonthDayRange),

        // "from 11 to 14 June", "11-14 June 2015", "between 11 and 14 June"
        new("day-range-month", [S.Word("from", "between").Opt, S.Day, S.Join, S.Day, S.Word("of").Opt, S.Month, S.Comma.Opt, S.Year.Opt], DayRangeMonth),

        // "2014-2016", "2014 to 2016", "between 2014 and 2016" (the "between" is read by an older form)
        new("year-range", [S.Year, S.Join, S.Year], YearRange),

        // "2013-14": the second year by its last two digits
        new("year-short-range", [S.Year, S.Dash.Attached, S.Digits.Attached], YearShortRange),

        // "2017-03-18"
        new("iso-date", [S.Year, S.Dash.Attached, S.Digits.Attached, S.Dash.Attached, S.Digits.Attached], IsoDate),

        // "2017-03": a month only with its leading zero ("2010-11" is a range of years)
        new("iso-month", [S.Year, S.Dash.Attached, S.Digits.Attached], IsoMonth),

        // "2017/03/18"
        new("year-first-slash-date", [S.Year, S.Slash.Attached, S.Digits.Attached, S.Slash.Attached, S.Digits.Attached], YearFirstSlashDate),

        // "5 Sep 97", "5 September '97"
        new("day-month-short-year", [S.Day, S.Month, S.Apostrophe.Opt, S.ShortYear], DayMonthShortYear),

        // "Sep 5, '97"
        new("month-day-short-year", [S.Month, S.Day, S.Comma.Opt, S.Apostrophe, S.ShortYear], MonthDayShortYear),

        // "18.03.2017": day first (the tokeniser reads "18.03" as one number with decimals)
        new("dotted-date", [S.Decimal, S.Dot.Attached, S.Year.Attached], DottedDate),

        // "17/10/2016", "4/4/16", "3/18/2017": day first unless the second number cannot be a month
        new("slash-date", [S.Digits, S.Slash.Attached, S.Digits.Attached, S.Slash.Attached, S.Digits.Attached], SlashDate),

        // "Q2 2019", "H1 2019"
        new("quarter-or-half-year", [S.Word("q", "h"), S.Digits.Attached, S.Year], (ref m, out p) => QuarterOrHalf(ref m, 0, 1, 2, out p)),

        // "2019 Q2", "2019 H1"
        new("year-quarter-or-half", [S.Year, S.Word("q", "h"), S.Digits.Attached], (ref m, out p) => QuarterOrHalf(ref m, 1, 2, 0, out p)),

        // "last quarter", "this quarter", "the next quarter"
        new("relative-quarter", [S.Word("the").Opt, S.Word("last", "previous", "this", "current", "next"), S.Word("quarter")], RelativeQuarter),

        // "the 80's", "the '80s", "the 1980's", "the 1990s", "1990s"
        new("decade", [S.Word("the").Opt, S.Apostrophe.Opt, S.Digits, S.Apostrophe.Opt, S.Word("s").Attached], Decade),

        // "the first half of 2018", "the second quarter of last year", "the first six months of the year", "the last
        // three months of 2016", "the final week of June": a stretch at the start or end of a year or month
        new("slice-of", [S.Word("the"), S.Word("last", "final").Opt, S.Ordinal.Opt, S.Count.Opt, S.Word("half", "halves", "quarter", "quarters").Opt, S.Unit.Opt,
            S.Word("of"), S.Word("the").Opt, S.Word("year").Opt, S.Period.Opt], SliceOf),

        // "the 19th century", "the nineteenth century"
        new("century", [S.Word("the").Opt, S.Ordinal, S.Word("century")], Century),

        // "on the 14th", "since the 14th": the latest 14th not after publication
        new("bare-day", [S.Word("the"), S.OrdinalDay], BareDay),

        // "the beginning of 2020", "end of next week", "the middle of last month"
        new("part-of", [S.Word("the").Opt, S.Word("beginning", "start", "middle", "end"), S.Word("of"), S.Period], PartOf),

        // "the second Friday of this month", "the first Monday in June"
        new("ordinal-weekday-of", [S.Word("the").Opt, S.Ordinal, S.Weekday, S.Word("of", "in"), S.Period], (ref m, out p) => NthWeekday(ref m, m[1], out p)),

        // "the last Friday of March"
        new("last-weekday-of", [S.Word("the").Opt, S.Word("last", "final"), S.Weekday, S.Word("of", "in"), S.Period], (ref m, out p) => NthWeekday(ref m, -1, out p)),

        // "the week after next", "the month before last"
        new("unit-after-next", [S.Word("the"), S.Unit, S.Word("after", "before"), S.Word("next", "last")], UnitAfterNext),

        // "the next 5 days", "over the coming two weeks"
        new("next-count-units", [S.Word("the").Opt, S.Word("next", "coming"), S.Count, S.Unit], NextCountUnits),

        // "within 6 months", "within the next two weeks"
        new("within-count-units", [S.Word("within"), S.Word("the").Opt, S.Word("next", "coming").Opt, S.Count, S.Unit], WithinCountUnits),

        // "three days after today", "two weeks from tomorrow", "a week before Christmas"
        new("offset-from-period", [S.Count, S.Unit, S.Word("after", "from", "before"), S.Period], OffsetFromPeriod),

        // "next Monday": the first Monday after publication, a week on when written on a Monday
        new("next-weekday", [S.Word("next"), S.Weekday], (ref m, out p) => Done(ResolvedPeriod.Day(NextAfter(m.Published, m[1])), out p)),

        // "summer 2016", "the winter of 2015", "in autumn", "the summer": a northern meteorological season; without a
        // year the latest begun by publication
        new("season", [S.Word("the").Opt, S.Class(Lex.Season), S.Word("of").Opt, S.Year.Opt], Season),

        // "last Thursday", "this Friday", "next Monday": a weekday counted from publication
        new("relative-weekday", [S.Word("last", "previous", "this", "next", "coming"), S.Weekday], RelativeWeekday),

        // "last summer", "this winter", "next spring": the season counted from publication
        new("relative-season", [S.Word("last", "previous", "this", "next", "coming"), S.Class(Lex.Season)], RelativeSeason),

        // "last March", "this June", "next October": the month counted from publication ("last March 3" is a date)
        new("relative-month", [S.Word("last", "previous", "this", "next", "coming"), S.Month], RelativeMonth),

        // "last week", "this month", "next year", "last weekend", "last night", "this decade": the calendar unit counted
        // from publication
        new("relative-unit", [S.Word("last", "previous", "this", "next", "coming"), S.Unit], RelativeUnit),

        // "today", "yesterday", "tomorrow", "tonight", "overnight" (the night before publication and its morning)
        new("relative-day", [S.Class(Lex.RelativeDay)], RelativeDay),

        // "this morning", "this evening": the publication day
        new("this-time-of-day", [S.Word("this"), S.Class(Lex.TimeOfDay)], (ref m, out p) => Done(ResolvedPeriod.Day(m.Published), out p)),

        // "the day before yesterday", "the day after tomorrow"
        new("day-beside-adjacent-day", [S.Word("the"), S.Word("day"), S.Word("before", "after"), S.Word("yesterday", "tomorrow")], DayBesideAdjacentDay),

        // "three weeks ago", "a year ago", "18 months ago": that day, week, month or year
        new("units-ago", [S.Count, S.Unit, S.Word("ago")], UnitsAgo),

        // "in two days", "in three weeks": that day, ahead of publication
        new("in-count-units", [S.Word("in"), S.Count, S.Unit], (ref m, out p) => DayAhead(ref m, 1, 2, out p)),

        // "two weeks from now"
        new("units-from-now", [S.Count, S.Unit, S.Word("from"), S.Word("now")], (ref m, out p) => DayAhead(ref m, 0, 1, out p)),

        // "the weekend", "over the weekend": the latest Saturday and Sunday, up to publication
        new("the-weekend", [S.Word("the"), S.Word("weekend")], TheWeekend),

        // "the past two days", "the past week", "past few weeks", "the last 24 hours", "the previous three months": up to
        // publication ("last week" without "the" is the calendar week before)
        new("past-count-units", [S.Word("the").Opt, S.Word("past", "last", "previous"), S.Count.Opt, S.Unit], PastCountUnits),

        // "recently", "lately": the ExtractionOptions.RecentDays days up to publication
        new("recently", [S.Word("recently", "lately")], (ref m, out p) => Done(new ResolvedPeriod(m.Published.AddDays(-(m.RecentDays - 1)), m.Published, PeriodPrecision.Interval), out p)),

        // "in recent days" (7), "recent weeks" (RecentDays), "recent months" (3 months), "recent years" (3 years)
        new("recent-units", [S.Word("recent"), S.Unit], RecentUnits),

        // "earlier this week": from its start to the day before publication; "later this month": from the day after
        // publication to its end
        new("earlier-or-later-this", [S.Word("earlier", "later"), S.Word("this"), S.Unit], EarlierOrLaterThis),

        // "since October", "since the 14th", "since Ramadan": from the start of the period to publication
        new("since-period", [S.Word("since"), S.Period], SincePeriod),

        // "since the start of the year", "since the beginning of the month": from the unit's first day to publication
        new("since-start-of-unit", [S.Word("since"), S.Word("the"), S.Word("start", "beginning"), S.Word("of"), S.Word("the"), S.Unit], SinceStartOfUnit),

        // "Christmas", "Christmas Eve 2016", "the Christmas period" (24 December to 1 January)
        new("christmas", [S.Word("christmas"), S.Word("eve", "day", "period", "holidays", "holiday", "season", "break").Opt, S.Year.Opt], Christmas),

        // "New Year", "New Year's Day", "New Year's Eve 2015"
        new("new-year", [S.Word("new"), S.Word("year"), S.Apostrophe.Opt, S.Word("s").Attached.Opt, S.Word("eve", "day").Opt, S.Year.Opt], NewYear),

        // "Halloween"
        new("halloween", [S.Word("halloween"), S.Year.Opt], (ref m, out p) => FixedHoliday(ref m, 10, 31, 1, out p)),

        // "Valentine's Day"
        new("valentines-day", [S.Word("valentine"), S.Apostrophe, S.Word("s").Attached, S.Word("day"), S.Year.Opt], (ref m, out p) => FixedHoliday(ref m, 2, 14, 4, out p)),

        // "Easter", "Easter Monday 2016"
        new("easter", [S.Word("easter"), S.Word("sunday", "monday").Opt, S.Year.Opt], (ref m, out p) => Easter(ref m, m.WordIs(1, "monday") ? 1 : 0, 2, out p)),

        // "Good Friday"
        new("good-friday", [S.Word("good"), S.Word("friday"), S.Year.Opt], (ref m, out p) => Easter(ref m, -2, 2, out p)),

        // "Eid al-Fitr", "Eid ul-Adha 2016"
        new("eid", [S.Word("eid"), S.Dash.Opt, S.Word("al", "ul", "el").Opt, S.Dash.Opt, S.Word("fitr", "adha"), S.Year.Opt], Eid),

        // "Ramadan", "Ramadan 2016": the whole month
        new("ramadan", [S.Word("ramadan"), S.Year.Opt], Ramadan),
    ];

    /// <summary>The forms as a recogniser runs them.</summary>
    public static DateRuleSet Set { get; } = new(All);

    private static bool Done(ResolvedPeriod value, out ResolvedPeriod period)
    {
        period = value;
        return true;
    }

    private static bool Fail(out ResolvedPeriod period)
    {
        period = default;
        return false;
    }

    private static bool NextIs(ref RuleMatch m, string word) => m.End < m.Tokens.Length && DateTokens.Is(m.Text, m.Tokens[m.End], word);

    /// <summary>A day and month without a year: the latest on or before publication.</summary>
    private static int YearOfLatest(int month, int day, DateOnly p) => (month, day).CompareTo((p.Month, p.Day)) <= 0 ? p.Year : p.Year - 1;

    private static bool DayRange(int year, int month, int first, int last, out ResolvedPeriod period)
    {
        if (last <= first || last > DateTime.DaysInMonth(year, month))
        {
            return Fail(out period);
        }

        return Done(new ResolvedPeriod(new DateOnly(year, month, first), new DateOnly(year, month, last), PeriodPrecision.Interval), out period);
    }

    private static bool MonthDayRange(ref RuleMatch m, out ResolvedPeriod period)
    {
        if (m.WordIs(2, "and"))
        {
            return Fail(out period);
        }

        if (m.Has(4) && !m.Has(5))
        {
            m.End = m.TokenAt(4);
        }

        return DayRange(m.Has(5) ? m[5] : YearOfLatest(m[0], m[1], m.Published), m[0], m[1], m[3], out period);
    }

    private static bool DayRangeMonth(ref RuleMatch m, out ResolvedPeriod period)
    {
        var between = m.WordIs(0, "between");
        if (m.WordIs(2, "and") != between)
        {
            return Fail(out period);
        }

        if (m.Has(6) && !m.Has(7))
        {
            m.End = m.TokenAt(6);
        }

        return DayRange(m.Has(7) ? m[7] : YearOfLatest(m[5], m[1], m.Published), m[5], m[1], m[3], out period);
    }

    private static bool YearRange(ref RuleMatch m, out ResolvedPeriod period)
    {
        if (m[2] <= m[0] || (m.WordIs(1, "and") && !m.PreviousIs("between")) || DateTokens.FollowedByCountNoun(m.Tokens, m.End))
        {
            return Fail(out period);
        }

        return Done(new ResolvedPeriod(new DateOnly(m[0], 1, 1), new DateOnly(m[2], 12, 31), PeriodPrecision.Interval), out period);
    }

    private static bool YearShortRange(ref RuleMatch m, out ResolvedPeriod period)
    {
        var second = m.Tokens[m.TokenAt(2)];
        var end = (m[0] / 100 * 100) + m[2];
        if (second.Length != 2 || end <= m[0] || (m.End < m.Tokens.Length && m.Tokens[m.End].Attached && !m.Tokens[m.End].IsPunct(m.Text, ',')
            && !m.Tokens[m.End].IsPunct(m.Text, '.') && !m.Tokens[m.End].IsPunct(m.Text, ')')))
        {
            return Fail(out period);
        }

        return Done(new ResolvedPeriod(new DateOnly(m[0], 1, 1), new DateOnly(end, 12, 31), PeriodPrecision.Interval), out period);
    }

    // A short year must end the date: "5 May 20 people" is a count, not 2020.
    private static bool EndsDate(ref RuleMatch m)
    {
        if (m.End >= m.Tokens.Length)
        {
            return true;
        }

        var next = m.Tokens[m.End];
        return next.Kind == TokenKind.Punct || (next.IsWord && !DateTokens.Is(m.Text, next, "of")
            && (next.Lex & (Lex.Preposition | Lex.Conjunction | Lex.Determiner | Lex.Relative)) != 0);
    }

    private static bool Day(int year, int month, int day, out ResolvedPeriod period)
    {
        if (!NewsYears.Contains(year) || day > DateTime.DaysInMonth(year, month))
        {
            return Fail(out period);
        }

        return Done(ResolvedPeriod.Day(new DateOnly(year, month, day)), out period);
    }

    private static bool DayMonthShortYear(ref RuleMatch m, out ResolvedPeriod period) =>
        EndsDate(ref m) ? Day(ExpandTwoDigitYear(m[3], m.Published.Year), m[1], m[0], out period) : Fail(out period);

    private static bool MonthDayShortYear(ref RuleMatch m, out ResolvedPeriod period) =>
        EndsDate(ref m) ? Day(ExpandTwoDigitYear(m[4], m.Published.Year), m[0], m[1], out period) : Fail(out period);

    private static bool SlashDate(ref RuleMatch m, out ResolvedPeriod period)
    {
        var t = m.Tokens;
        var yearLength = t[m.TokenAt(4)].Length;
        if (t[m.TokenAt(0)].Length > 2 || t[m.TokenAt(2)].Length > 2 || yearLength is not (2 or 4))
        {
            return Fail(out period);
        }

        // More digits joined on ("4/4/16/22") make a reference or a phone number, not a date.
        if (m.End + 1 < t.Length && t[m.End].Attached && t[m.End].Kind == TokenKind.Punct && t[m.End + 1].IsNumber && t[m.End + 1].Attached)
        {
            return Fail(out period);
        }

        var (a, b) = (m[0], m[2]);
        var (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
        var year = yearLength == 2 ? ExpandTwoDigitYear(m[4], m.Published.Year) : m[4];
        return month is >= 1 and <= 12 && day >= 1 ? Day(year, month, day, out period) : Fail(out period);
    }

    private static bool DottedDate(ref RuleMatch m, out ResolvedPeriod period)
    {
        var token = m.Tokens[m.TokenAt(0)];
        var dot = m.Text.IndexOf('.', token.Start, token.Length);
        if (dot - token.Start is not (1 or 2) || token.End - dot - 1 is not (1 or 2))
        {
            return Fail(out period);
        }

        var day = (int)(token with { End = dot }).DigitsValue(m.Text);
        var month = (int)(token with { Start = dot + 1 }).DigitsValue(m.Text);
        return month is >= 1 and <= 12 && day >= 1 ? Day(m[2], month, day, out period) : Fail(out period);
    }

    private static bool IsoDate(ref RuleMatch m, out ResolvedPeriod period) =>
        m.Tokens[m.TokenAt(2)].Length == 2 && m.Tokens[m.TokenAt(4)].Length == 2 && m[2] is >= 1 and <= 12 && m[4] >= 1
            ? Day(m[0], m[2], m[4], out period)
            : Fail(out period);

    private static bool IsoMonth(ref RuleMatch m, out ResolvedPeriod period)
    {
        var month = m.Tokens[m.TokenAt(2)];
        return month.Length == 2 && m.Text[month.Start] == '0' && m[2] >= 1 ? Done(ResolvedPeriod.Month(m[0], m[2]), out period) : Fail(out period);
    }

    private static bool YearFirstSlashDate(ref RuleMatch m, out ResolvedPeriod period) =>
        m.Tokens[m.TokenAt(2)].Length <= 2 && m.Tokens[m.TokenAt(4)].Length <= 2 && m[2] is >= 1 and <= 12 && m[4] >= 1
            ? Day(m[0], m[2], m[4], out period)
            : Fail(out period);

    private static bool Season(ref RuleMatch m, out ResolvedPeriod period)
    {
        var t = m.Tokens;
        var at = m.TokenAt(1);
        var hasYear = m.Has(3);
        if (m.Has(2) && !hasYear)
        {
            m.End = m.TokenAt(2); // "the summer of discontent"
        }

        // "fall" and "spring" are verbs and nouns too: only with a year. "Arab Spring" is a name. A season alone needs
        // "the" or a word that sets it in time before it.
        if (((m.WordIs(1, "fall") || m.WordIs(1, "spring")) && !hasYear)
            || (t[at].IsCapitalized && at > 0 && t[at - 1].IsCapitalized)
            || (!m.Has(0) && !hasYear && !(m.PreviousIs("in") || m.PreviousIs("during") || m.PreviousIs("over") || m.PreviousIs("this") || m.PreviousIs("last"))))
        {
            return Fail(out period);
        }

        var season = Lexicon.Entries[t[at].Entry].Season;
        return Done(hasYear ? Seasons.Of(m[3], season) : Seasons.MostRecent(m.Published, season, strictlyEnded: false), out period);
    }

    /// <summary>−1 for "last" and "previous", 0 for "this", 1 for "next" and "coming".</summary>
    private static int Direction(ref RuleMatch m, int slot) =>
        m.WordIs(slot, "last") || m.WordIs(slot, "previous") ? -1 : m.WordIs(slot, "this") ? 0 : 1;

    private static bool RelativeWeekday(ref RuleMatch m, out ResolvedPeriod period)
    {
        // A weekday only when capitalised: "this friday" in lower case is rare in news and often something else.
        if (!m.Tokens[m.TokenAt(1)].IsCapitalized)
        {
            return Fail(out period);
        }

        var p = m.Published;
        var weekday = m[1];
        var day = Direction(ref m, 0) switch
        {
            < 0 => MostRecent(p, weekday, allowSameDay: false),
            0 => Monday(p).AddDays(weekday - 1),
            _ => NextAfter(p, weekday),
        };
        return Done(ResolvedPeriod.Day(day), out period);
    }

    private static bool RelativeSeason(ref RuleMatch m, out ResolvedPeriod period)
    {
        var p = m.Published;
        var season = Lexicon.Entries[m.Tokens[m.TokenAt(1)].Entry].Season;
        return Direction(ref m, 0) switch
        {
            < 0 => Done(Seasons.MostRecent(p, season, strictlyEnded: true), out period),
            0 => Done(Seasons.Of(season == Seasons.Winter && p.Month == 12 ? p.Year + 1 : p.Year, season), out period),
            _ => Done(Seasons.Next(Seasons.MostRecent(p, season, strictlyEnded: false)), out period),
        };
    }

    private static bool RelativeMonth(ref RuleMatch m, out ResolvedPeriod period)
    {
        // "last March 3" is a date, read by the date forms.
        if (m.End < m.Tokens.Length && m.Tokens[m.End].IsNumber)
        {
            return Fail(out period);
        }

        var p = m.Published;
        var month = m[1];
        var year = Direction(ref m, 0) switch
        {
            < 0 => month < p.Month ? p.Year : p.Year - 1,
            0 => p.Year,
            _ => month > p.Month ? p.Year : p.Year + 1,
        };
        return Done(ResolvedPeriod.Month(year, month), out period);
    }

    private static bool RelativeUnit(ref RuleMatch m, out ResolvedPeriod period)
    {
        var p = m.Published;
        var which = Direction(ref m, 0);
        switch (m[1])
        {
            case Lexicon.Week:
                var monday = Monday(p).AddDays(7 * which);
                return Done(new ResolvedPeriod(monday, monday.AddDays(6), PeriodPrecision.Interval), out period);
            case Lexicon.MonthUnit:
                var first = new DateOnly(p.Year, p.Month, 1).AddMonths(which);
                return Done(ResolvedPeriod.Month(first.Year, first.Month), out period);
            case Lexicon.Year:
                return Done(ResolvedPeriod.Year(p.Year + which), out period);
            case Lexicon.Weekend:
                // "this weekend" written on a weekend is that weekend; otherwise the one after the latest Sunday.
                var sunday = MostRecent(p, 7, allowSameDay: false);
                if (which == 0 && p.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    sunday = p.DayOfWeek == DayOfWeek.Saturday ? p.AddDays(1) : p;
                }
                else if (which >= 0)
                {
                    sunday = sunday.AddDays(7);
                }

                return Done(new ResolvedPeriod(sunday.AddDays(-1), sunday, PeriodPrecision.Interval), out period);
            case Lexicon.Day when which == 0:
                return Done(ResolvedPeriod.Day(p), out period);
            case Lexicon.Night:
                return Done(ResolvedPeriod.Day(which < 0 ? p.AddDays(-1) : p), out period);
            case Lexicon.Decade:
                var d = (p.Year / 10 * 10) + (10 * which);
                return Done(new ResolvedPeriod(new DateOnly(d, 1, 1), new DateOnly(d + 9, 12, 31), PeriodPrecision.Interval), out period);
            default:
                return Fail(out period);
        }
    }

    private static bool RelativeDay(ref RuleMatch m, out ResolvedPeriod period)
    {
        var p = m.Published;
        return m.WordIs(0, "yesterday") ? Done(ResolvedPeriod.Day(p.AddDays(-1)), out period)
            : m.WordIs(0, "tomorrow") ? Done(ResolvedPeriod.Day(p.AddDays(1)), out period)
            : m.WordIs(0, "overnight") ? Done(new ResolvedPeriod(p.AddDays(-1), p, PeriodPrecision.Interval), out period)
            : Done(ResolvedPeriod.Day(p), out period);
    }

    private static bool DayBesideAdjacentDay(ref RuleMatch m, out ResolvedPeriod period)
    {
        var before = m.WordIs(2, "before");
        return before == m.WordIs(3, "yesterday")
            ? Done(ResolvedPeriod.Day(m.Published.AddDays(before ? -2 : 2)), out period)
            : Fail(out period);
    }

    private static bool UnitsAgo(ref RuleMatch m, out ResolvedPeriod period)
    {
        var p = m.Published;
        var n = m[0];
        switch (m[1])
        {
            case Lexicon.Day:
                return Done(ResolvedPeriod.Day(p.AddDays(-n)), out period);
            case Lexicon.Week:
                var monday = Monday(p.AddDays(-7 * n));
                return Done(new ResolvedPeriod(monday, monday.AddDays(6), PeriodPrecision.Interval), out period);
            case Lexicon.MonthUnit:
                var month = p.AddMonths(-n);
                return Done(ResolvedPeriod.Month(month.Year, month.Month), out period);
            case Lexicon.Year:
                return Done(ResolvedPeriod.Year(p.Year - n), out period);
            default:
                return Fail(out period);
        }
    }

    private static bool DayAhead(ref RuleMatch m, int countSlot, int unitSlot, out ResolvedPeriod period)
    {
        // "in three weeks of fighting", "in two days ago" are something else; only calendar units name a day.
        if (NextIs(ref m, "of") || NextIs(ref m, "ago") || m[unitSlot] is not (Lexicon.Day or Lexicon.Week or Lexicon.MonthUnit or Lexicon.Year))
        {
            return Fail(out period);
        }

        return Done(ResolvedPeriod.Day(Add(m.Published, m[unitSlot], m[countSlot])), out period);
    }

    private static bool EarlierOrLaterThis(ref RuleMatch m, out ResolvedPeriod period)
    {
        var p = m.Published;
        var (start, end) = m[2] switch
        {
            Lexicon.Week => (Monday(p), Monday(p).AddDays(6)),
            Lexicon.MonthUnit => (new DateOnly(p.Year, p.Month, 1), new DateOnly(p.Year, p.Month, DateTime.DaysInMonth(p.Year, p.Month))),
            Lexicon.Year => (new DateOnly(p.Year, 1, 1), new DateOnly(p.Year, 12, 31)),
            _ => (DateOnly.MinValue, DateOnly.MinValue),
        };
        if (start == DateOnly.MinValue)
        {
            return Fail(out period);
        }

        return m.WordIs(0, "earlier")
            ? Done(new ResolvedPeriod(start, p > start ? p.AddDays(-1) : p, PeriodPrecision.Interval), out period)
            : Done(new ResolvedPeriod(p < end ? p.AddDays(1) : p, end, PeriodPrecision.Interval), out period);
    }

    private static bool PastCountUnits(ref RuleMatch m, out ResolvedPeriod period)
    {
        if (!m.Has(0) && !m.WordIs(1, "past"))
        {
            return Fail(out period);
        }

        var p = m.Published;
        var count = m.Has(2) ? m[2] : 1;
        switch (m[3])
        {
            case Lexicon.Hour:
                return Done(new ResolvedPeriod(p.AddDays(-Math.Max(1, (count + 23) / 24)), p, PeriodPrecision.Interval), out period);
            case Lexicon.Day:
            case Lexicon.Night:
                return Done(ResolvedPeriod.Between(p.AddDays(-(count - 1)), p), out period);
            case Lexicon.Week:
                return Done(new ResolvedPeriod(p.AddDays(-(7 * count) + 1), p, PeriodPrecision.Interval), out period);
            case Lexicon.Fortnight:
                return Done(new ResolvedPeriod(p.AddDays(-13), p, PeriodPrecision.Interval), out period);
            case Lexicon.MonthUnit:
                return Done(new ResolvedPeriod(p.AddMonths(-count).AddDays(1), p, PeriodPrecision.Interval), out period);
            case Lexicon.Year:
                return Done(new ResolvedPeriod(p.AddYears(-count).AddDays(1), p, PeriodPrecision.Interval), out period);
            case Lexicon.Decade:
                return Done(new ResolvedPeriod(p.AddYears(-10 * count).AddDays(1), p, PeriodPrecision.Interval), out period);
            default:
                return Fail(out period);
        }
    }

    private static bool RecentUnits(ref RuleMatch m, out ResolvedPeriod period)
    {
        var p = m.Published;
        return m[1] switch
        {
            Lexicon.Day => Done(new ResolvedPeriod(p.AddDays(-6), p, PeriodPrecision.Interval), out period),
            Lexicon.Week => Done(new ResolvedPeriod(p.AddDays(-(m.RecentDays - 1)), p, PeriodPrecision.Interval), out period),
            Lexicon.MonthUnit => Done(new ResolvedPeriod(p.AddMonths(-3).AddDays(1), p, PeriodPrecision.Interval), out period),
            Lexicon.Year => Done(new ResolvedPeriod(p.AddYears(-3).AddDays(1), p, PeriodPrecision.Interval), out period),
            _ => Fail(out period),
        };
    }

    private static bool TheWeekend(ref RuleMatch m, out ResolvedPeriod period)
    {
        var p = m.Published;
        var sunday = p.DayOfWeek == DayOfWeek.Sunday ? p : p.DayOfWeek == DayOfWeek.Saturday ? p.AddDays(1) : MostRecent(p, 7, allowSameDay: false);
        return Done(new ResolvedPeriod(sunday.AddDays(-1), sunday, PeriodPrecision.Interval), out period);
    }

    private static bool SincePeriod(ref RuleMatch m, out ResolvedPeriod period)
    {
        var from = m.Inner.Start;
        return from <= m.Published ? Done(ResolvedPeriod.Between(from, m.Published), out period) : Fail(out period);
    }

    private static bool SinceStartOfUnit(ref RuleMatch m, out ResolvedPeriod period)
    {
        var p = m.Published;
        var from = m[5] switch
        {
            Lexicon.Year => new DateOnly(p.Year, 1, 1),
            Lexicon.MonthUnit => new DateOnly(p.Year, p.Month, 1),
            Lexicon.Week => Monday(p),
            _ => DateOnly.MinValue,
        };
        return from == DateOnly.MinValue ? Fail(out period) : Done(new ResolvedPeriod(from, p, PeriodPrecision.Interval), out period);
    }

    /// <summary>A holiday on a fixed day: the latest on or before publication, or in the year written after it.</summary>
    private static bool FixedHoliday(ref RuleMatch m, int month, int day, int yearSlot, out ResolvedPeriod period)
    {
        if (!m.Tokens[m.First].IsCapitalized)
        {
            return Fail(out period);
        }

        var year = m.Has(yearSlot) ? m[yearSlot] : YearOfLatest(month, day, m.Published);
        return Done(ResolvedPeriod.Day(new DateOnly(year, month, day)), out period);
    }

    private static bool Christmas(ref RuleMatch m, out ResolvedPeriod period)
    {
        if (m.WordIs(1, "eve"))
        {
            return FixedHoliday(ref m, 12, 24, 2, out period);
        }

        if (!m.Has(1) || m.WordIs(1, "day"))
        {
            return FixedHoliday(ref m, 12, 25, 2, out period);
        }

        // "the Christmas period / holidays / season / break": 24 December to 1 January, dated by its start.
        if (!FixedHoliday(ref m, 12, 24, 2, out var eve))
        {
            return Fail(out period);
        }

        return Done(new ResolvedPeriod(eve.Start, eve.Start.AddDays(8), PeriodPrecision.Interval), out period);
    }

    private static bool NewYear(ref RuleMatch m, out ResolvedPeriod period)
    {
        // "New Year's" needs its "s"; a bare apostrophe ends the form before it.
        if (m.Has(2) != m.Has(3))
        {
            return Fail(out period);
        }

        return m.WordIs(4, "eve") ? FixedHoliday(ref m, 12, 31, 5, out period) : FixedHoliday(ref m, 1, 1, 5, out period);
    }

    private static bool QuarterOrHalf(ref RuleMatch m, int letter, int number, int year, out ResolvedPeriod period)
    {
        var months = m.WordIs(letter, "q") ? 3 : 6;
        var index = m[number];
        if (index < 1 || index > 12 / months || m.Tokens[m.TokenAt(number)].Length != 1)
        {
            return Fail(out period);
        }

        var start = new DateOnly(m[year], ((index - 1) * months) + 1, 1);
        return Done(new ResolvedPeriod(start, start.AddMonths(months).AddDays(-1), PeriodPrecision.Interval), out period);
    }

    private static bool RelativeQuarter(ref RuleMatch m, out ResolvedPeriod period)
    {
        // "the last quarter of the match" is a part of something else.
        if (NextIs(ref m, "of"))
        {
            return Fail(out period);
        }

        var shift = m.WordIs(1, "last") || m.WordIs(1, "previous") ? -1 : m.WordIs(1, "next") ? 1 : 0;
        var start = new DateOnly(m.Published.Year, (((m.Published.Month - 1) / 3) * 3) + 1, 1).AddMonths(3 * shift);
        return Done(new ResolvedPeriod(start, start.AddMonths(3).AddDays(-1), PeriodPrecision.Interval), out period);
    }

    private static bool Decade(ref RuleMatch m, out ResolvedPeriod period)
    {
        var digits = m.Tokens[m.TokenAt(2)].Length;
        var value = m[2];
        // Two digits need "the" or an apostrophe before them: "in their 80s" is an age; "1000s of people" is a count.
        if (value % 10 != 0 || digits is not (2 or 4) || (digits == 2 && !m.Has(0) && !m.Has(1)) || NextIs(ref m, "of"))
        {
            return Fail(out period);
        }

        var year = digits == 4 ? value : (m.Published.Year / 100 * 100) + value;
        if (digits == 2 && year > m.Published.Year)
        {
            year -= 100;
        }

        return NewsYears.Contains(year)
            ? Done(new ResolvedPeriod(new DateOnly(year, 1, 1), new DateOnly(year + 9, 12, 31), PeriodPrecision.Interval), out period)
            : Fail(out period);
    }

    /// <remarks>The ordinal counts stretches of the stated length from the start ("the second half", "the third
    /// quarter"); "last" and "final" take one from the end. The stretch must lie within the year or month it is of; one
    /// still running is not cut at publication here, so "the second half of this year" stays whole (and is a future
    /// period when it has not begun).</remarks>
    private static bool SliceOf(ref RuleMatch m, out ResolvedPeriod period)
    {
        var fromEnd = m.Has(1);
        var index = fromEnd ? 1 : m.Has(2) ? m[2] : 0;
        var count = m.Has(3) ? m[3] : 1;
        if (fromEnd == m.Has(2) || index < 1 || count is < 1 or > 52 || m.Has(4) == m.Has(5))
        {
            return Fail(out period);
        }

        var (months, days) = m.Has(4) ? (m.WordIs(4, "half") || m.WordIs(4, "halves") ? 6 : 3, 0) : m[5] switch
        {
            Lexicon.MonthUnit => (1, 0),
            Lexicon.Week => (0, 7),
            Lexicon.Day => (0, 1),
            _ => (0, 0),
        };

        // The whole: "the year" (the publication year), or a year or month ("2018", "last year", "June").
        ResolvedPeriod whole;
        if (m.Has(8))
        {
            if (!m.Has(7))
            {
                return Fail(out period);
            }

            whole = ResolvedPeriod.Year(m.Published.Year);
            m.End = m.TokenAt(8) + 1;
        }
        else if (m.Has(7) || !m.Has(9) || m.Inner.Precision is not (PeriodPrecision.Year or PeriodPrecision.Month))
        {
            return Fail(out period);
        }
        else
        {
            whole = m.Inner;
        }

        if ((months, days) is (0, 0))
        {
            return Fail(out period);
        }

        DateOnly from, to;
        if (months > 0)
        {
            from = fromEnd ? whole.End.AddDays(1).AddMonths(-months * count) : whole.Start.AddMonths(months * count * (index - 1));
            to = from.AddMonths(months * count).AddDays(-1);
        }
        else
        {
            from = fromEnd ? whole.End.AddDays(1 - (days * count)) : whole.Start.AddDays(days * count * (index - 1));
            to = from.AddDays((days * count) - 1);
        }

        return from >= whole.Start && to <= whole.End ? Done(new ResolvedPeriod(from, to, PeriodPrecision.Interval), out period) : Fail(out period);
    }

    private static bool Century(ref RuleMatch m, out ResolvedPeriod period)
    {
        var n = m[1];
        if (n is < 11 or > 21)
        {
            return Fail(out period);
        }

        var first = (n - 1) * 100;
        return Done(new ResolvedPeriod(new DateOnly(first, 1, 1), new DateOnly(first + 99, 12, 31), PeriodPrecision.Interval), out period);
    }

    private static bool BareDay(ref RuleMatch m, out ResolvedPeriod period)
    {
        // "on the 14th", "since the 14th"; not "the 14th floor", "the 14th of June" or "the 14th victim".
        if (!(m.PreviousIs("on") || m.PreviousIs("since") || m.PreviousIs("until") || m.PreviousIs("by")) || (m.End < m.Tokens.Length && m.Tokens[m.End].IsWord
            && (DateTokens.Is(m.Text, m.Tokens[m.End], "of") || (m.Tokens[m.End].Lex & (Lex.Preposition | Lex.Conjunction | Lex.RelativeDay)) == 0)))
        {
            return Fail(out period);
        }

        var day = m[1];
        var p = m.Published;
        var month = new DateOnly(p.Year, p.Month, 1);
        if (day > p.Day)
        {
            month = month.AddMonths(-1);
        }

        while (day > DateTime.DaysInMonth(month.Year, month.Month))
        {
            month = month.AddMonths(-1);
        }

        return Done(ResolvedPeriod.Day(new DateOnly(month.Year, month.Month, day)), out period);
    }

    private static bool PartOf(ref RuleMatch m, out ResolvedPeriod period)
    {
        var whole = m.Inner;
        if (whole.End.DayNumber - whole.Start.DayNumber < 6)
        {
            return Fail(out period);
        }

        var part = m.WordIs(1, "end") ? PeriodRecognizer.Part.Late : m.WordIs(1, "middle") ? PeriodRecognizer.Part.Mid : PeriodRecognizer.Part.Early;
        return Done(PeriodRecognizer.Slice(whole, part), out period);
    }

    private static bool NthWeekday(ref RuleMatch m, int nth, out ResolvedPeriod period)
    {
        var whole = m.Inner;
        var weekday = m[2];
        DateOnly day;
        if (nth > 0)
        {
            day = whole.Start.AddDays(((weekday - WeekdayOf(whole.Start)) + 7) % 7).AddDays(7 * (nth - 1));
        }
        else
        {
            day = whole.End.AddDays(-(((WeekdayOf(whole.End) - weekday) + 7) % 7));
        }

        return nth is >= -1 and <= 5 && nth != 0 && day >= whole.Start && day <= whole.End && whole.End.DayNumber - whole.Start.DayNumber >= 6
            ? Done(ResolvedPeriod.Day(day), out period)
            : Fail(out period);
    }

    private static bool UnitAfterNext(ref RuleMatch m, out ResolvedPeriod period)
    {
        var after = m.WordIs(2, "after");
        if (after != m.WordIs(3, "next"))
        {
            return Fail(out period);
        }

        var shift = after ? 2 : -2;
        var p = m.Published;
        switch (m[1])
        {
            case Lexicon.Week:
                var monday = Monday(p).AddDays(7 * shift);
                return Done(new ResolvedPeriod(monday, monday.AddDays(6), PeriodPrecision.Interval), out period);
            case Lexicon.MonthUnit:
                var first = new DateOnly(p.Year, p.Month, 1).AddMonths(shift);
                return Done(ResolvedPeriod.Month(first.Year, first.Month), out period);
            case Lexicon.Year:
                return Done(ResolvedPeriod.Year(p.Year + shift), out period);
            default:
                return Fail(out period);
        }
    }

    /// <summary>The day <paramref name="count"/> units after <paramref name="from"/> (before, when negative).</summary>
    private static DateOnly Add(DateOnly from, int unit, int count) => unit switch
    {
        Lexicon.Day or Lexicon.Night => from.AddDays(count),
        Lexicon.Week => from.AddDays(7 * count),
        Lexicon.Fortnight => from.AddDays(14 * count),
        Lexicon.MonthUnit => from.AddMonths(count),
        Lexicon.Year => from.AddYears(count),
        Lexicon.Decade => from.AddYears(10 * count),
        Lexicon.Hour => from.AddDays(count >= 0 ? (count + 23) / 24 : -((-count + 23) / 24)),
        _ => DateOnly.MinValue,
    };

    private static bool NextCountUnits(ref RuleMatch m, out ResolvedPeriod period)
    {
        var p = m.Published;
        var last = Add(p, m[3], m[2]);
        if (last == DateOnly.MinValue)
        {
            return Fail(out period);
        }

        m.RunsForward = true;
        return Done(new ResolvedPeriod(p.AddDays(1), last, PeriodPrecision.Interval), out period);
    }

    private static bool WithinCountUnits(ref RuleMatch m, out ResolvedPeriod period)
    {
        var p = m.Published;
        var last = Add(p, m[4], m[3]);
        if (last == DateOnly.MinValue)
        {
            return Fail(out period);
        }

        m.RunsForward = true;
        return Done(new ResolvedPeriod(p, last, PeriodPrecision.Interval), out period);
    }

    private static bool OffsetFromPeriod(ref RuleMatch m, out ResolvedPeriod period)
    {
        var anchor = m.Inner;
        var count = m.WordIs(2, "before") ? -m[0] : m[0];
        var start = Add(anchor.Start, m[1], count);
        if (start == DateOnly.MinValue)
        {
            return Fail(out period);
        }

        var end = anchor.Precision == PeriodPrecision.Day ? start : Add(anchor.End, m[1], count);
        m.RunsForward = true;
        return Done(ResolvedPeriod.Between(start, end), out period);
    }

    private static bool Easter(ref RuleMatch m, int offset, int yearSlot, out ResolvedPeriod period)
    {
        // "the Good Friday Agreement" is a treaty, not a day.
        if (!m.Tokens[m.First].IsCapitalized || (m.End < m.Tokens.Length && DateTokens.Is(m.Text, m.Tokens[m.End], "agreement")))
        {
            return Fail(out period);
        }

        return Done(Holidays.EasterDay(offset, m.Has(yearSlot) ? m[yearSlot] : 0, m.Published), out period);
    }

    private static bool Eid(ref RuleMatch m, out ResolvedPeriod period)
    {
        var fitr = m.WordIs(4, "fitr");
        return Holidays.TryIslamic(fitr ? Holidays.Shawwal : Holidays.DhuAlHijjah, fitr ? 1 : 10, 1, m.Has(5) ? m[5] : 0, m.Published, out period);
    }

    private static bool Ramadan(ref RuleMatch m, out ResolvedPeriod period) =>
        Holidays.TryIslamic(Holidays.Ramadan, 1, 0, m.Has(1) ? m[1] : 0, m.Published, out period);
}

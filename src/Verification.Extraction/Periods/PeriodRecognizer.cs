using Verification.Extraction.Mentions;
using Verification.Extraction.Numbers;
using Verification.Extraction.Periods.Refiners;
using Verification.Extraction.Periods.Rules;
using Verification.Extraction.Text;
using Verification.Figures;
using Verification.Periods;
using W = Verification.Figures.FigureWord;
using static Verification.Extraction.Periods.DateTokens;
using static Verification.Extraction.Periods.NewsCalendar;

namespace Verification.Extraction.Periods;

/// <summary>Finds dates and periods in a sentence and resolves them against the publication date.</summary>
/// <remarks>
/// <para>At each token the longest of two readings is taken: the date forms written as rules
/// (<see cref="EnglishDateRules"/>, run by <see cref="DateRuleSet"/>; a rule wins a tie) and the older forms still
/// written by hand here (<see cref="TryMatch"/>), which are moved to rules one by one. The refiners then run in a fixed
/// order over the sentence's periods (<see cref="Refiners"/>).</para>
/// <para>News text leans to the past: a date without a year is the most recent such date on or before publication, a
/// bare weekday the most recent such day on or before publication ("last Thursday": strictly before), a month without
/// a year the most recent such month. Weeks run Monday to Sunday. Parts of a month: early = days 1–10, mid = 11–20,
/// late = 21 to the end; of a year: early = January–April, mid = May–August, late = September–December. Seasons are
/// the northern meteorological ones (spring = March–May, …, winter = December–February, named by the year of its
/// January). "Recently" covers the <see cref="ExtractionOptions.RecentDays"/> days up to publication.</para>
/// <para>A period that would run past publication ("this month", "this year") ends on the publication day. A period
/// wholly after publication ("next week") is reported with <see cref="PeriodMention.IsFuture"/>.</para>
/// </remarks>
internal sealed class PeriodRecognizer
{
    private readonly int _recentDays;

    // The steps after the forms, in order: ranges are merged before a weekday is checked against its date, what is
    // not a period is dropped before statements are dated, and periods are cut at publication last.
    private static readonly IPeriodRefiner[] Refiners =
    [
        new RangeRefiner(),
        new WeekdayCheckRefiner(),
        new JoinedNumberRefiner(),
        new StatementDateRefiner(),
        new PublicationRefiner(),
    ];

    private readonly DateRuleSet _rules;
    private readonly PeriodReader _inner;

    public PeriodRecognizer(int recentDays)
        : this(recentDays, EnglishDateRules.Set)
    {
    }

    public PeriodRecognizer(int recentDays, DateRuleSet rules)
    {
        _recentDays = recentDays;
        _rules = rules;
        _inner = TryAt;
    }

    // Dates reckoned from the publication date can leave the calendar ("last week" read against 0001-01-01, "next year"
    // against 9999-12-31, "the past 999 decades"): DateOnly throws there, and such an expression names no period.
    private bool TryMatchInCalendar(string text, ReadOnlySpan<Token> t, int i, DateOnly p, out int end, out ResolvedPeriod resolved)
    {
        try
        {
            return TryMatch(text, t, i, p, out end, out resolved);
        }
        catch (ArgumentOutOfRangeException)
        {
            end = i;
            resolved = default;
            return false;
        }
    }

    /// <summary>The longest period starting at <paramref name="i"/>: a rule's, or an older form's when it is longer.</summary>
    private bool TryAt(string text, ReadOnlySpan<Token> t, int i, DateOnly p, int depth, out int end, out ResolvedPeriod period)
        => TryAt(text, t, i, p, depth, out end, out period, out _);

    private bool TryAt(string text, ReadOnlySpan<Token> t, int i, DateOnly p, int depth, out int end, out ResolvedPeriod period, out bool runsForward)
    {
        var byRule = _rules.TryMatch(text, t, i, p, _recentDays, _inner, depth, out end, out period, out runsForward);
        if (MayStart(text, t, i) && TryMatchInCalendar(text, t, i, p, out var olderEnd, out var older) && (!byRule || olderEnd > end))
        {
            end = olderEnd;
            period = older;
            runsForward = false;
            return true;
        }

        return byRule;
    }

    /// <summary>Finds the sentence's periods: the forms propose, the refiners merge, check, drop and cut them, and the
    /// tokens of what remains are marked <see cref="Marks.Date"/>.</summary>
    public void Recognize(string text, ReadOnlySpan<Token> t, Span<byte> marks, DateOnly published, List<PeriodHit> hits, StringPool pool)
    {
        for (var i = 0; i < t.Length; i++)
        {
            if (marks[i] != 0 || !TryAt(text, t, i, published, 0, out var end, out var resolved, out var runsForward))
            {
                continue;
            }

            var first = i;
            var last = end - 1;
            while (last > first && t[last].Kind == TokenKind.Punct && text[t[last].Start] is ',' or '.')
            {
                last--;
            }

            hits.Add(new PeriodHit { First = first, Last = last, Value = resolved, RunsForward = runsForward });
            i = last;
        }

        if (hits.Count == 0)
        {
            return;
        }

        var sentence = new PeriodSentence(text, t, published);
        foreach (var refiner in Refiners)
        {
            refiner.Refine(sentence, hits);
        }

        hits.RemoveAll(static h => h.Dropped);
        foreach (var hit in hits)
        {
            var span = new TextSpan(t[hit.First].Start, t[hit.Last].End);
            hit.Mention = new PeriodMention(span, pool.Get(text, span.Start, span.End), hit.Value.ToPeriod())
            {
                IsFuture = hit.IsFuture,
                IsStatementDate = hit.IsStatementDate,
                Note = hit.Note,
            };
            for (var k = hit.First; k <= hit.Last; k++)
            {
                marks[k] = Marks.Date;
            }
        }
    }

    /// <summary>A cheap test of whether an expression may start at <paramref name="i"/>: most words cannot.</summary>
    private static bool MayStart(string text, ReadOnlySpan<Token> t, int i)
    {
        var token = t[i];
        if (token.Kind == TokenKind.Number)
        {
            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if ((token.Lex & (Lex.Month | Lex.Weekday | Lex.Season | Lex.RelativeDay | Lex.TimeModifier)) != 0)
        {
            return true;
        }

        // "the past week", "a week ago", "two days ago", "between 2014 and 2016": only before a time word or a number.
        if (i + 1 < t.Length && ((token.Lex & (Lex.Determiner | Lex.TimeUnit)) != 0 || token.FigureWord is W.A or W.Between or W.From or W.Unit or W.Tens or W.In))
        {
            var next = t[i + 1];
            return next.Kind == TokenKind.Number || (next.Lex & (Lex.Month | Lex.Weekday | Lex.Season | Lex.TimeModifier | Lex.TimeUnit | Lex.RelativeDay)) != 0
                || next.FigureWord is W.Unit or W.Tens || (i + 2 < t.Length && t[i + 2].Has(Lex.TimeUnit));
        }

        return false;
    }

    private bool TryMatch(string text, ReadOnlySpan<Token> t, int i, DateOnly p, out int end, out ResolvedPeriod resolved)
    {
        // "since X": from X to publication.
        if (Is(text, t[i], "since") && i + 1 < t.Length)
        {
            if (IsAt(text, t, i + 1, "the") && (IsAt(text, t, i + 2, "start") || IsAt(text, t, i + 2, "beginning")))
            {
                // "since the start of 2016" (of a unit, "of the year", is a rule)
                if (IsAt(text, t, i + 3, "of") && TryPoint(text, t, i + 4, p, out end, out var of, allowBareYear: true, part: Part.Whole))
                {
                    resolved = new ResolvedPeriod(of.Start, p, PeriodPrecision.Interval);
                    return of.Start <= p;
                }
            }

            if ((TryPoint(text, t, i + 1, p, out end, out var x, allowBareYear: true, part: Part.Whole) || ByRules(text, t, i + 1, p, out end, out x)) && x.Start <= p)
            {
                resolved = new ResolvedPeriod(x.Start, p, x.Start == p ? PeriodPrecision.Day : PeriodPrecision.Interval);
                return true;
            }

            // "since the invasion began in February 2022", "since fighting erupted on 7 October": an event, then its date.
            for (var k = i + 2; k < t.Length && k - i <= 12 && (t[k].IsWord || (t[k].IsPunct(text, '-') && t[k].Attached)) && !t[k].Has(Lex.SpeechVerb); k++)
            {
                if ((Is(text, t[k], "in") || Is(text, t[k], "on"))
                    && TryPoint(text, t, k + 1, p, out end, out var at, allowBareYear: true, part: Part.Whole) && at.Start <= p)
                {
                    resolved = new ResolvedPeriod(at.Start, p, PeriodPrecision.Interval);
                    return true;
                }
            }

            end = 0;
            resolved = default;
            return false;
        }

        // "between X and Y", "from X to Y"
        if ((Is(text, t[i], "between") || Is(text, t[i], "from")) && TryPoint(text, t, i + 1, p, out var e1, out var a, allowBareYear: true, part: Part.Whole))
        {
            var joiner = Is(text, t[i], "between") ? "and" : "to";
            if (e1 < t.Length && (Is(text, t[e1], joiner) || (joiner == "to" && (Is(text, t[e1], "until") || IsDash(text, t, e1))))
                && TryPoint(text, t, e1 + 1, p, out var e2, out var b, allowBareYear: true, part: Part.Whole, yearHint: a.Start.Year)
                && b.End >= a.Start)
            {
                end = e2;
                resolved = new ResolvedPeriod(a.Start, b.End, PeriodPrecision.Interval);
                return true;
            }
        }

        if (TryPoint(text, t, i, p, out end, out resolved, allowBareYear: false, part: Part.Whole))
        {
            // Ranges of two periods ("1 January to 31 March 2016") are joined by the range refiner.
            return true;
        }

        return false;
    }

    /// <summary>A period the rules read at <paramref name="i"/>, for the older forms built around one ("late last
    /// year"); the rules' own period slots are not tried there, so the two do not call each other without end.</summary>
    private bool ByRules(string text, ReadOnlySpan<Token> t, int i, DateOnly p, out int end, out ResolvedPeriod period)
    {
        if (i >= t.Length)
        {
            end = i;
            period = default;
            return false;
        }

        return _rules.TryMatch(text, t, i, p, _recentDays, _inner, depth: 2, out end, out period, out _);
    }

    internal enum Part : byte
    {
        Whole,
        Early,
        Mid,
        Late,
    }

    /// <summary>"Saturday, March 18, 2017", "18 March", "March 2017", "March", "2017-03-18", "18/03/2017", "2016",
    /// "early March", "mid-February", "the end of 2016", "the summer of 2016", "Thursday", "the 1990s".</summary>
    private bool TryPoint(string text, ReadOnlySpan<Token> t, int i, DateOnly p, out int end, out ResolvedPeriod resolved, bool allowBareYear, Part part, int yearHint = 0)
    {
        end = 0;
        resolved = default;
        if (i >= t.Length)
        {
            return false;
        }

        // Parts: "early", "mid", "mid-", "late", "the beginning/start/middle/end of".
        if (part == Part.Whole)
        {
            var k = i;
            var found = Part.Whole;
            if (Is(text, t[k], "early"))
            {
                found = Part.Early;
                k++;
            }
            else if (Is(text, t[k], "mid") || Is(text, t[k], "middle"))
            {
                found = Part.Mid;
                k++;
                if (IsDash(text, t, k))
                {
                    k++;
                }
            }
            else if (Is(text, t[k], "late"))
            {
                found = Part.Late;
                k++;
            }
            else if (Is(text, t[k], "the") && k + 2 < t.Length && Is(text, t[k + 2], "of")
                && (Is(text, t[k + 1], "beginning") || Is(text, t[k + 1], "start") || Is(text, t[k + 1], "middle") || Is(text, t[k + 1], "end")))
            {
                found = Is(text, t[k + 1], "end") ? Part.Late : Is(text, t[k + 1], "middle") ? Part.Mid : Part.Early;
                k += 3;
            }

            if (found != Part.Whole)
            {
                if (TryPoint(text, t, k, p, out end, out var whole, allowBareYear: true, part: found, yearHint: yearHint)
                    && whole.Precision is PeriodPrecision.Month or PeriodPrecision.Year or PeriodPrecision.Interval && whole.End.DayNumber - whole.Start.DayNumber >= 27)
                {
                    resolved = Slice(whole, found);
                    return true;
                }

                // "this month", "last year" after "early" or "the end of"
                if (ByRules(text, t, k, p, out end, out whole) && whole.End.DayNumber - whole.Start.DayNumber >= 27)
                {
                    resolved = Slice(whole, found);
                    return true;
                }

                return false;
            }
        }

        var token = t[i];
        var start = i;

        // A weekday, alone or before a date.
        var weekday = 0;
        if (token.Has(Lex.Weekday) && token.IsCapitalized)
        {
            weekday = Lexicon.Entries[token.Entry].Weekday;
            i++;
            if (IsPunct(text, t, i, ','))
            {
                i++;
            }

            if (i < t.Length && (IsMonth(text, t, i) || (t[i].IsNumber && DayNumber(text, t[i]) > 0 && (IsMonth(text, t, i + 1) || (IsAt(text, t, i + 1, "of") && IsMonth(text, t, i + 2)) || (IsOrdinalSuffixAt(text, t, i + 1) && IsMonth(text, t, i + 2))))))
            {
                if (TryDate(text, t, i, p, out end, out resolved, yearHint))
                {
                    return true;
                }
            }

            // Bare weekday: the most recent on or before publication. "Thursday night", "Thursday morning". After a
            // capitalised word inside the sentence it is part of a name ("Super Tuesday", "the Good Friday Agreement").
            if (start > 1 && t[start - 1].IsCapitalized && !t[start - 1].Has(Lex.Weekday | Lex.Month))
            {
                return false;
            }

            end = start + 1;
            if (IsAt(text, t, end, "night") || IsAt(text, t, end, "morning") || IsAt(text, t, end, "afternoon") || IsAt(text, t, end, "evening"))
            {
                end++;
            }

            var day = MostRecent(p, weekday, allowSameDay: true);
            resolved = new ResolvedPeriod(day, day, PeriodPrecision.Day);
            return true;
        }

        if (TryDate(text, t, i, p, out end, out resolved, yearHint))
        {
            return true;
        }

        // Seasons are a rule; the forms built around a point ("late summer 2016") read them through the rules.
        if (token.Has(Lex.Season) || (Is(text, token, "the") && i + 1 < t.Length && t[i + 1].Has(Lex.Season)))
        {
            return ByRules(text, t, i, p, out end, out resolved);
        }

        // Dotted dates ("18.03.2017") are a rule; "from 1.03.2017 to 18.03.2017" reads them through the rules.
        if (token.IsNumber && (token.Flags & TokenFlags.HasDecimals) != 0 && IsPunct(text, t, i + 1, '.'))
        {
            return ByRules(text, t, i, p, out end, out resolved);
        }

        // A year alone, where a year is expected.
        if (IsYearAt(text, t, i) && (allowBareYear || IsYearContext(text, t, i) || (IsDash(text, t, i + 1) && i + 2 < t.Length && t[i + 2].IsNumber && t[i + 2].Length is 2 or 4))
            && !FollowedByCountNoun(t, i + 1))
        {
            var y = (int)token.DigitsValue(text);
            end = i + 1;
            resolved = new ResolvedPeriod(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), PeriodPrecision.Year);
            return true;
        }

        return false;
    }

    private static bool IsYearContext(string text, ReadOnlySpan<Token> t, int i)
    {
        if (i == 0)
        {
            return IsPunct(text, t, 1, ',');
        }

        var b = t[i - 1];
        return b.Has(Lex.YearCue)
            || (b.Kind == TokenKind.Punct && text[b.Start] is '(' or '-' or '–' && !(i >= 2 && t[i - 2].IsNumber));
    }

    /// <summary>"March 18, 2017", "March 18", "18 March 2017", "18th of March", "March 2017", "March".</summary>
    private static bool TryDate(string text, ReadOnlySpan<Token> t, int i, DateOnly p, out int end, out ResolvedPeriod resolved, int yearHint)
    {
        end = 0;
        resolved = default;
        int month, day = 0, year = 0;
        if (IsMonth(text, t, i))
        {
            month = Lexicon.Entries[t[i].Entry].Month;
            var k = i + 1;
            if (IsPunct(text, t, k, '.') && t[i].Length <= 4)
            {
                k++;
            }

            if (k < t.Length && t[k].IsNumber && DayNumber(text, t[k]) > 0 && !IsYearAt(text, t, k))
            {
                day = DayNumber(text, t[k]);
                k++;
                if (IsOrdinalSuffixAt(text, t, k))
                {
                    k++;
                }

                var y = k;
                if (IsPunct(text, t, y, ','))
                {
                    y++;
                }

                if (IsYearAt(text, t, y))
                {
                    year = (int)t[y].DigitsValue(text);
                    k = y + 1;
                }
            }
            else
            {
                var y = k;
                if (IsPunct(text, t, y, ','))
                {
                    y++;
                }

                if (IsAt(text, t, y, "of"))
                {
                    y++;
                }

                if (IsYearAt(text, t, y))
                {
                    year = (int)t[y].DigitsValue(text);
                    k = y + 1;
                }
            }

            end = k;
        }
        else if (t[i].IsNumber && DayNumber(text, t[i]) > 0)
        {
            day = DayNumber(text, t[i]);
            var k = i + 1;
            if (IsOrdinalSuffixAt(text, t, k))
            {
                k++;
            }

            if (IsAt(text, t, k, "of"))
            {
                k++;
            }

            if (!IsMonth(text, t, k))
            {
                return false;
            }

            month = Lexicon.Entries[t[k].Entry].Month;
            k++;
            if (IsPunct(text, t, k, '.') && t[k - 1].Length <= 4)
            {
                k++;
            }

            var y = k;
            if (IsPunct(text, t, y, ','))
            {
                y++;
            }

            if (IsYearAt(text, t, y))
            {
                year = (int)t[y].DigitsValue(text);
                k = y + 1;
            }

            end = k;
        }
        else if (Is(text, t[i], "the") && i + 1 < t.Length && t[i + 1].IsNumber && DayNumber(text, t[i + 1]) > 0)
        {
            if (!TryDate(text, t, i + 1, p, out end, out resolved, yearHint))
            {
                return false;
            }

            return true;
        }
        else
        {
            return false;
        }

        if (year == 0 && yearHint > 0)
        {
            year = yearHint;
        }

        if (day > 0)
        {
            if (year == 0)
            {
                year = (month, day).CompareTo((p.Month, p.Day)) <= 0 ? p.Year : p.Year - 1;
            }

            if (day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            var date = new DateOnly(year, month, day);
            resolved = new ResolvedPeriod(date, date, PeriodPrecision.Day);
            return true;
        }

        if (year == 0)
        {
            year = month <= p.Month ? p.Year : p.Year - 1;
        }

        resolved = ResolvedPeriod.Month(year, month);
        return true;
    }

    internal static ResolvedPeriod Slice(ResolvedPeriod whole, Part part)
    {
        if (whole.Precision == PeriodPrecision.Month || (whole.Start.Day == 1 && whole.Start.Month == whole.End.Month && whole.Start.Year == whole.End.Year))
        {
            var y = whole.Start.Year;
            var m = whole.Start.Month;
            var last = DateTime.DaysInMonth(y, m);
            return part switch
            {
                Part.Early => new(new DateOnly(y, m, 1), new DateOnly(y, m, 10), PeriodPrecision.Interval),
                Part.Mid => new(new DateOnly(y, m, 11), new DateOnly(y, m, 20), PeriodPrecision.Interval),
                _ => new(new DateOnly(y, m, 21), new DateOnly(y, m, last), PeriodPrecision.Interval),
            };
        }

        if (whole.Precision == PeriodPrecision.Year)
        {
            var y = whole.Start.Year;
            return part switch
            {
                Part.Early => new(new DateOnly(y, 1, 1), new DateOnly(y, 4, 30), PeriodPrecision.Interval),
                Part.Mid => new(new DateOnly(y, 5, 1), new DateOnly(y, 8, 31), PeriodPrecision.Interval),
                _ => new(new DateOnly(y, 9, 1), new DateOnly(y, 12, 31), PeriodPrecision.Interval),
            };
        }

        // Any other span: thirds.
        var days = whole.End.DayNumber - whole.Start.DayNumber + 1;
        var third = days / 3;
        return part switch
        {
            Part.Early => new(whole.Start, whole.Start.AddDays(third - 1), PeriodPrecision.Interval),
            Part.Mid => new(whole.Start.AddDays(third), whole.Start.AddDays((2 * third) - 1), PeriodPrecision.Interval),
            _ => new(whole.Start.AddDays(2 * third), whole.End, PeriodPrecision.Interval),
        };
    }
}

using System.Globalization;
using Verification.Claims;
using Verification.Periods;
using Verification.Subjects;
using Verification.Validators;

namespace Verification.Measures;

/// <summary>Works out a figure's measure and the days its time rule reads, from what the claim states and its words.</summary>
/// <remarks>
/// In order: the measure the claim states; a projection when the subject or the figure's text says so ("expected to
/// exceed 60", "could reach"); a running total when the subject says so ("since 17 October", "so far", "cumulative");
/// else the usual measure of the subject's event (killed: incident; displaced: snapshot; fled: running total), except
/// that an incident stated over an interval of days ("2020-08-04/2020-08-08") is the running toll of an event from its
/// start (a month or a year says only when it happened).
/// A subject the vocabulary cannot read is a running total over an interval, a snapshot otherwise. A running total's
/// start is its period's start when the period is an interval, else the day its words give ("since 17 October": the
/// latest 17 October on or before the as-of day), else unknown.
/// </remarks>
public static class MeasureRules
{
    /// <summary>The time of a claim under the run's options.</summary>
    public static ClaimTime TimeOf(Claim claim, VerificationOptions options) =>
        TimeOf(options.Subjects.Read(claim), claim.Period, claim.Measure, claim.Figure?.Text, options);

    /// <summary>The time of a figure with this subject key, period, stated measure and figure text.</summary>
    public static ClaimTime TimeOf(SubjectKey key, Period? period, Measure? stated, string? figureText, VerificationOptions options)
    {
        var measure = MeasureOf(key, period, stated, figureText, options);
        if (period is null)
        {
            return new ClaimTime(measure, int.MinValue, int.MaxValue, false, false);
        }

        int start = period.Start.DayNumber, end = period.End.DayNumber;
        var startKnown = period.Precision == PeriodPrecision.Interval;
        if (measure == Measure.Total && !startKnown && key.Cues.Since is { } since && SinceDay(since, period.End) is { } day)
        {
            start = day.DayNumber;
            startKnown = true;
        }

        return new ClaimTime(measure, start, end, startKnown || measure != Measure.Total, true);
    }

    /// <summary>The measure: stated, or inferred (see the class remarks).</summary>
    public static Measure MeasureOf(SubjectKey key, Period? period, Measure? stated, string? figureText, VerificationOptions options)
    {
        if (stated is { } m)
        {
            return m;
        }

        if (key.Cues.Projection || (figureText is not null && options.Subjects.SaysProjection(figureText)))
        {
            return Measure.Projection;
        }

        if (key.Cues.Total)
        {
            return Measure.Total;
        }

        // An interval written as start/as-of is how a toll is stated; a month or a year is when an incident happened.
        var interval = period is { Precision: PeriodPrecision.Interval } p && p.Days > 1;
        return key.Cues.EventMeasure switch
        {
            Measure.Incident when interval => Measure.Total,
            { } usual => usual,
            null => interval ? Measure.Total : Measure.Stock,
        };
    }

    // "17 october", "october 17", "october", "17 october 2016", "october 2016": the latest such day on or before the as-of
    // day when no year is given; null when the words name no day ("the offensive began").
    internal static DateOnly? SinceDay(string words, DateOnly asOf)
    {
        int? day = null, month = null, year = null;
        foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = w.TrimEnd('s');
            if (int.TryParse(w.TrimEnd('s', 't', 'h', 'n', 'd', 'r'), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                if (n is >= 1 and <= 31 && day is null && year is null)
                {
                    day = n;
                }
                else if (n is >= 1900 and <= 2200)
                {
                    year = n;
                }

                continue;
            }

            var named = MonthNames.Of(w) is var m and > 0 ? m : MonthNames.Of(word);
            if (named > 0 && month is null)
            {
                month = named;
            }
            else if (month is not null)
            {
                break;
            }
        }

        if (month is null)
        {
            return year is { } y ? new DateOnly(y, 1, 1) : null;
        }

        // The latest such day on or before the as-of day: a year back when it falls after it, or does not exist (29 February).
        var candidateYear = year ?? asOf.Year;
        for (var back = 0; back < 8 && candidateYear >= 1; back++, candidateYear--)
        {
            var wanted = day ?? 1;
            if (wanted <= DateTime.DaysInMonth(candidateYear, month.Value) && (year is not null || new DateOnly(candidateYear, month.Value, wanted) <= asOf))
            {
                return new DateOnly(candidateYear, month.Value, wanted);
            }

            if (year is not null)
            {
                return new DateOnly(candidateYear, month.Value, DateTime.DaysInMonth(candidateYear, month.Value));
            }
        }

        return null;
    }
}

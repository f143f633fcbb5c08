namespace Verification.Measures;

/// <summary>A figure's measure and the days its time rule reads: the start (when known) and the as-of day, as day
/// numbers (<see cref="DateOnly.DayNumber"/>).</summary>
/// <param name="Measure">The measure, stated or inferred.</param>
/// <param name="Start">The first day; for a running total whose start its words give ("since 17 October"), that day.</param>
/// <param name="End">The last day: the day the figure is as of.</param>
/// <param name="StartKnown">Whether <paramref name="Start"/> is a real start rather than the as-of day of a snapshot-like
/// period (a running total dated by one day, with no start in its words).</param>
/// <param name="Dated">Whether the figure has a period at all; when not, time is not checked.</param>
public readonly record struct ClaimTime(Measure Measure, int Start, int End, bool StartKnown, bool Dated)
{
    /// <summary>Whether the period is one day.</summary>
    public bool IsSingleDay => Dated && Start == End;

    /// <summary>Compares the times of a claim (this) and an evidence figure under the rule of their measures.</summary>
    /// <param name="evidence">The evidence's time.</param>
    /// <param name="window">The same-time window, in days.</param>
    /// <param name="lag">The reporting lag for single-day incidents, in days.</param>
    public TimeComparison CompareWith(in ClaimTime evidence, int window, int lag)
    {
        if ((Measure == Measure.Projection) != (evidence.Measure == Measure.Projection))
        {
            return new TimeComparison(Measure.Projection, TimeRelation.ProjectionAndCount, window);
        }

        var rule = Measure == evidence.Measure ? Measure
            : Measure == Measure.Incident || evidence.Measure == Measure.Incident ? Measure.Incident
            : Measure.Stock;
        if (!Dated || !evidence.Dated)
        {
            return new TimeComparison(rule, TimeRelation.Unchecked, window);
        }

        // An event's toll dated its first day alone (within the reporting lag), against its running toll from that day:
        // the toll as of that day, so that the two compare as running totals.
        if (rule == Measure.Incident && (StartsTotal(this, evidence, lag) || StartsTotal(evidence, this, lag)))
        {
            return AsTotals(this, evidence, window);
        }

        return Compare(rule, this, evidence, window, lag);
    }

    // Whether the single-day incident figure lies on the start of the running total (within the lag).
    private static bool StartsTotal(in ClaimTime day, in ClaimTime total, int lag) =>
        day.Measure == Measure.Incident && day.IsSingleDay && total.Measure == Measure.Total && total.StartKnown
        && Math.Abs((long)day.Start - total.Start) <= lag;

    private static TimeComparison AsTotals(in ClaimTime claim, in ClaimTime evidence, int window) =>
        Compare(Measure.Total, claim with { Measure = Measure.Total, StartKnown = true }, evidence with { Measure = Measure.Total, StartKnown = true }, window, 0);

    private static TimeComparison Compare(Measure rule, in ClaimTime claim, in ClaimTime evidence, int window, int lag)
    {
        long endGap = Math.Abs((long)claim.End - evidence.End), startGap = Math.Abs((long)claim.Start - evidence.Start);
        var difference = (int)Math.Clamp((long)evidence.End - claim.End, int.MinValue, int.MaxValue);
        switch (rule)
        {
            case Measure.Incident:
                var w = claim.IsSingleDay && evidence.IsSingleDay ? lag : window;
                return new TimeComparison(rule, startGap <= w && endGap <= w ? TimeRelation.Same : TimeRelation.Different, w, difference);
            case Measure.Total when claim.StartKnown && evidence.StartKnown:
                var relation = startGap > window ? TimeRelation.Different
                    : endGap <= window ? TimeRelation.Same
                    : evidence.End < claim.End ? TimeRelation.Earlier : TimeRelation.Later;
                return new TimeComparison(rule, relation, window, difference);
            default:
                return new TimeComparison(rule, endGap <= window ? TimeRelation.Same : TimeRelation.Different, window, difference);
        }
    }
}

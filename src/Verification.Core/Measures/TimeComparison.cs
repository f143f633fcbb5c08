using System.Globalization;

namespace Verification.Measures;

/// <summary>How the times of a claim's figure and an evidence figure compare: the rule that decided (that of
/// <see cref="Measure"/>) and what it found.</summary>
/// <param name="Measure">The measure whose rule decided: the two figures' measure when they share one; a running
/// total's when one is an incident dated the first day of the other, a running total; otherwise an incident's rule
/// when either is an incident, else a snapshot's.</param>
/// <param name="Relation">What the rule found.</param>
/// <param name="Window">The days the rule allowed (the reporting lag for two single-day incidents, else the
/// same-time window).</param>
/// <param name="AsOfDifference">How many days the evidence's as-of day lies after the claim's (negative: before); zero
/// when time was not checked.</param>
public readonly record struct TimeComparison(Measure Measure, TimeRelation Relation, int Window, int AsOfDifference = 0)
{
    /// <summary>Whether the figures are about the same time (or time could not be checked), so that they compare.</summary>
    public bool Compares => Relation is TimeRelation.Same or TimeRelation.Unchecked;

    /// <summary>The rule in words, for a finding: "incident figures: the spans match within the 2-day reporting lag".</summary>
    public string Rule => (Measure, Relation) switch
    {
        (_, TimeRelation.ProjectionAndCount) => "a projection is never compared with a count",
        (_, TimeRelation.Unchecked) => $"{Name(Measure)}: time not checked, a period is missing",
        (Measure.Incident, TimeRelation.Same) => Invariant($"incident figures: the spans match within {Window} days"),
        (Measure.Incident, _) => Invariant($"incident figures: the spans do not match within {Window} days"),
        (Measure.Stock, TimeRelation.Same) => Invariant($"snapshots: the as-of days lie within {Window} days"),
        (Measure.Stock, _) => Invariant($"snapshots: the as-of days are more than {Window} days apart"),
        (Measure.Total, TimeRelation.Same) => Invariant($"running totals: the same start and as-of days within {Window} days"),
        (Measure.Total, TimeRelation.Earlier or TimeRelation.Later) => Invariant($"running totals from the same start, as of days more than {Window} days apart: the later total must not be smaller"),
        (Measure.Total, _) => Invariant($"running totals: different starts or as-of days more than {Window} days apart"),
        (Measure.Projection, TimeRelation.Same) => Invariant($"projections for days within {Window} days"),
        _ => Invariant($"projections for days more than {Window} days apart"),
    };

    /// <summary>The measure's name in findings: "incident figures", "snapshots", "running totals", "projections".</summary>
    /// <param name="measure">The measure.</param>
    public static string Name(Measure measure) => measure switch
    {
        Measure.Incident => "incident figures",
        Measure.Stock => "snapshots",
        Measure.Total => "running totals",
        _ => "projections",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

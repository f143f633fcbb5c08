namespace Verification.Measures;

/// <summary>How the times of two figures relate under the rule of their measure (see <see cref="Measure"/>).</summary>
public enum TimeRelation
{
    /// <summary>A period is missing, so time was not checked: the figures compare, and findings say so.</summary>
    Unchecked,

    /// <summary>The same time under the rule: the figures compare.</summary>
    Same,

    /// <summary>Different times: not comparable.</summary>
    Different,

    /// <summary>Running totals from the same start, the second as of an earlier day than the first: the second must not
    /// be larger (a running total does not shrink).</summary>
    Earlier,

    /// <summary>Running totals from the same start, the second as of a later day than the first: the second must not be
    /// smaller.</summary>
    Later,

    /// <summary>One figure is a projection and the other a count: never compared.</summary>
    ProjectionAndCount,
}

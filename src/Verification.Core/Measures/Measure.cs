using Verification.Claims;
using Verification.Validators;
namespace Verification.Measures;

/// <summary>What kind of quantity a figure is, which decides which times compare.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>measure</term><description>the same time when; otherwise</description></listheader>
/// <item><term><see cref="Incident"/></term><description>the spans match: starts within the window of each other, and
/// ends too; for two single days the window is the reporting lag (<see cref="VerificationOptions.ReportingLagDays"/>).
/// Otherwise not comparable.</description></item>
/// <item><term><see cref="Stock"/></term><description>the as-of days (period ends) lie within the window; no overlap is
/// needed. Otherwise not comparable.</description></item>
/// <item><term><see cref="Total"/></term><description>the same start (within the window) and as-of days within the
/// window. With the same start but as-of days further apart the totals are ordered: an earlier total larger than a later
/// one, beyond leeway, contradicts it (a running total does not shrink). Otherwise not comparable.</description></item>
/// <item><term><see cref="Projection"/></term><description>only with other projections, whose days lie within the
/// window; never with counts.</description></item>
/// </list>
/// The window is <see cref="VerificationOptions.SameTimeWindowDays"/>. A claim states its measure in
/// <see cref="Claim.Measure"/>, or it is inferred from its words and period (see docs/concepts.md, "Measures").
/// </remarks>
public enum Measure
{
    /// <summary>A flow: what happened in a span ("killed in the strike of 17 March", "injured last week").</summary>
    Incident,

    /// <summary>A snapshot as of a day ("currently displaced", "in need", "still in camps").</summary>
    Stock,

    /// <summary>A running total: since a fixed start, as of a day ("displaced since 17 October", "cumulative cases").</summary>
    Total,

    /// <summary>A forecast, plan or target ("expected to exceed 60", "could reach 1 million", "plans to shelter 5,000").</summary>
    Projection,
}

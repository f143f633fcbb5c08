using Verification.Claims;
namespace Verification.Verdicts;

/// <summary>The verdicts on every claim of a report, in the report's order, with a count per verdict.</summary>
/// <param name="Report">The report verified.</param>
/// <param name="Claims">One result per claim, in the report's order.</param>
public sealed record ReportVerification(Report Report, IReadOnlyList<ClaimVerification> Claims)
{
    /// <summary>How many claims are corroborated.</summary>
    public int Corroborated => Claims.Count(c => c.Verdict == Verdict.Corroborated);

    /// <summary>How many claims are contested.</summary>
    public int Contested => Claims.Count(c => c.Verdict == Verdict.Contested);

    /// <summary>How many claims are unverified.</summary>
    public int Unverified => Claims.Count(c => c.Verdict == Verdict.Unverified);
}

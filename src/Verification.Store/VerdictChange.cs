using Verification.Verdicts;
namespace Verification.Store;

/// <summary>A claim whose verdict changed since it was last checked against a store, because the store's evidence
/// changed.</summary>
/// <param name="ReportId">The report the claim was checked in.</param>
/// <param name="Previous">The verdict of the last check.</param>
/// <param name="Current">The check now: the claim, its new verdict, findings and reason.</param>
public sealed record VerdictChange(string ReportId, Verdict Previous, ClaimVerification Current);

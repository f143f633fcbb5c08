namespace Verification;

/// <summary>What evidence is wanted for: a claim's subject, place and period.</summary>
/// <param name="Subject">The subject; evidence must count the same thing.</param>
/// <param name="Place">The place; null matches only evidence with no place.</param>
/// <param name="Period">The period; null matches evidence of any time.</param>
/// <param name="ExcludeClaimId">An evidence id to leave out (the claim itself, when verifying a set against itself).</param>
public sealed record EvidenceQuery(Subject Subject, Place? Place, Period? Period, string? ExcludeClaimId = null)
{
    /// <summary>The query for a claim.</summary>
    /// <param name="claim">The claim.</param>
    public static EvidenceQuery For(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(claim.Subject, claim.Place, claim.Period);
    }
}

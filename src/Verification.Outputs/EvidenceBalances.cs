using Verification.Verdicts;
namespace Verification.Outputs;

/// <summary>Reads the <see cref="EvidenceBalance"/> of a verdict.</summary>
public static class EvidenceBalances
{
    /// <summary>The balance of the evidence behind a claim's verdict.</summary>
    /// <param name="verification">The claim's result.</param>
    /// <returns>
    /// <list type="bullet">
    /// <item><see cref="EvidenceBalance.Supported"/> for a corroborated claim;</item>
    /// <item><see cref="EvidenceBalance.Refuted"/> for a contested claim that evidence contradicts and no evidence
    /// supports: all the independent evidence excludes its figure;</item>
    /// <item><see cref="EvidenceBalance.Conflicting"/> for a contested claim that some evidence supports: evidence on both
    /// sides, or agreeing evidence against the report's own flag or a validator's judgement;</item>
    /// <item><see cref="EvidenceBalance.NotEnoughEvidence"/> for an unverified claim, and for a contested claim that no
    /// evidence supports or contradicts (contested by its report's own flag or a validator's judgement alone).</item>
    /// </list>
    /// </returns>
    /// <remarks>Evidence here is what a supporting or contradicting finding names in <see cref="Finding.Evidence"/>. A
    /// finding that names none (the report's flag, a plugin's judgement) decides the verdict but is no evidence either
    /// way. Echoes never count: they are notes, not support (see <see cref="ClaimVerification.Echoes"/>).</remarks>
    public static EvidenceBalance Of(ClaimVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        switch (verification.Verdict)
        {
            case Verdict.Corroborated:
                return EvidenceBalance.Supported;
            case Verdict.Contested:
                var supports = verification.Findings.Any(f => f.Outcome == FindingOutcome.Supports && f.Evidence.Count > 0);
                var contradicts = verification.Findings.Any(f => f.Outcome == FindingOutcome.Contradicts && f.Evidence.Count > 0);
                return supports ? EvidenceBalance.Conflicting
                    : contradicts ? EvidenceBalance.Refuted
                    : EvidenceBalance.NotEnoughEvidence;
            default:
                return EvidenceBalance.NotEnoughEvidence;
        }
    }
}

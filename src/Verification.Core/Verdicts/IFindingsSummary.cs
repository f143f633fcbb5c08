namespace Verification.Verdicts;

/// <summary>Findings that can tell the verdict rules what they need without each finding being made.</summary>
/// <remarks>A list of findings may keep them as compact records and make the <see cref="Finding"/> objects when they are
/// first read (most findings of a bulk run never are); <see cref="ClaimVerification.FromFindings"/> asks it these
/// questions rather than reading every finding.</remarks>
public interface IFindingsSummary
{
    /// <summary>Whether any finding is <see cref="FindingOutcome.Contradicts"/>.</summary>
    bool AnyContradicts { get; }

    /// <summary>Whether any finding is <see cref="FindingOutcome.Supports"/>.</summary>
    bool AnySupports { get; }

    /// <summary>Whether any finding lists <see cref="Finding.DiscountedOrigins"/>.</summary>
    bool AnyDiscounts { get; }
}

namespace Verification;

/// <summary>What evidence is wanted for: a claim's subject, place and period, compared under the run's options.</summary>
/// <param name="Subject">The subject; evidence must count the same thing (through <see cref="VerificationOptions.Subjects"/>).</param>
/// <param name="Place">The place; evidence must be at the same place, a containing or a contained one (through
/// <see cref="VerificationOptions.PlaceNames"/>). Null matches only evidence with no place.</param>
/// <param name="Period">The period; evidence must overlap it or have none. Null matches evidence of any time.</param>
/// <param name="Options">The options of the run, which decide how subjects and places compare.</param>
public sealed record EvidenceQuery(Subject Subject, Place? Place, Period? Period, VerificationOptions Options)
{
    /// <summary>The query for a claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="options">The options of the run.</param>
    public static EvidenceQuery For(Claim claim, VerificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(options);
        return new(claim.Subject, claim.Place, claim.Period, options);
    }
}

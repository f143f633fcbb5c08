using Verification.Validators;
namespace Verification.Verdicts;

/// <summary>The verdict on one claim.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Contested"/>: an independent origin reports a figure that does not agree, about the same subject,
/// place and time; or the claim's own report flags it as contested; or a validator says so.</item>
/// <item><see cref="Corroborated"/>: at least <see cref="VerificationOptions.MinIndependentOrigins"/> other independent
/// origins agree, and none disagrees.</item>
/// <item><see cref="Unverified"/>: neither; no comparable independent evidence.</item>
/// </list>
/// </remarks>
public enum Verdict
{
    /// <summary>No comparable independent evidence either way.</summary>
    Unverified,

    /// <summary>Enough independent origins agree, and none disagrees.</summary>
    Corroborated,

    /// <summary>An independent origin disagrees, the report flags the figure, or a validator contests it.</summary>
    Contested,
}

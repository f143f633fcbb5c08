using Verification.Claims;
namespace Verification.Validators;

/// <summary>A validator that checks only some claims: the engine asks it first, and does not call
/// <see cref="IClaimValidator.ValidateAsync"/> (nor run it on another thread, nor time it) for a claim it does not apply
/// to.</summary>
/// <remarks>Optional: a validator that checks every claim implements <see cref="IClaimValidator"/> alone.
/// <see cref="ClaimValidator"/> implements it from the subjects it is given. The engine learns which validators are
/// selective once, when it is created, not per claim.</remarks>
public interface ISelectiveValidator : IClaimValidator
{
    /// <summary>Whether the validator checks this claim.</summary>
    /// <param name="claim">The claim, as read for the run.</param>
    /// <param name="options">The run's options (its subject vocabulary reads what the claim counts).</param>
    /// <returns>Whether to call <see cref="IClaimValidator.ValidateAsync"/> for the claim.</returns>
    /// <remarks>Called for every claim, concurrently: keep it cheap and thread-safe. One that throws is reported as the
    /// validator's failure on that claim.</remarks>
    bool AppliesTo(Claim claim, VerificationOptions options);
}

using Verification.Verdicts;
namespace Verification.Validators;

/// <summary>A validator that returns promptly and never blocks, so the engine may call it inline, on the thread that
/// verifies the claim, without a timeout around it.</summary>
/// <remarks>
/// <para>Optional. The engine runs a validator that does not implement this on the thread pool, under
/// <see cref="VerificationOptions.ValidatorTimeout"/> and the cut-off of
/// <see cref="VerificationOptions.ValidatorCutOffMinimumCalls"/>, so that one that blocks or spins cannot hold up the run;
/// that guard costs a hand-off to another thread for every claim. A validator that only computes over its
/// <see cref="ValidationContext"/> (no input or output, no locks held for long, no waiting) gains speed by implementing
/// this: the built-in validators do, and so may any plugin's. Whichever way it runs, a validator that throws yields an
/// <see cref="FindingOutcome.Error"/> finding and the run goes on.</para>
/// <para>The engine keeps the list such a validator returns as it is, without copying it: it must not change afterwards.
/// A null list counts as no findings, and each null entry becomes an error finding, as for any validator.</para>
/// <para>The engine learns which validators run inline once, when it is created.</para>
/// </remarks>
public interface IInlineValidator : IClaimValidator
{
}

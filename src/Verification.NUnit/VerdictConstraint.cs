using NUnit.Framework.Constraints;
using Verification.Claims;
using Verification.Engine;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.NUnit;

/// <summary>Tests a claim's verdict: the constraint behind <c>Is.Corroborated()</c>, <c>Is.Contested()</c>,
/// <c>Is.Unverified()</c> and their <c>Is.Not</c> forms.</summary>
/// <remarks>
/// <para>The actual value is a <see cref="ClaimVerification"/>, or a <see cref="Claim"/> when a verifier is given with
/// <see cref="By"/> (the claim is then verified when the constraint is applied). With
/// <c>Assert.ThatAsync(() =&gt; verifier.VerifyClaimAsync(claim), Is.Corroborated())</c> the verification is awaited.</para>
/// <para>On failure the message names the claim and shows its verdict, reason, every finding and the evidence; with a
/// <see cref="TestVerifier"/> given to <see cref="By"/>, evidence from its in-memory sources is shown in full.</para>
/// </remarks>
public sealed class VerdictConstraint : Constraint
{
    private IClaimVerifier? _verifier;

    /// <summary>Creates the constraint.</summary>
    /// <param name="expected">The verdict the claim must have.</param>
    public VerdictConstraint(Verdict expected)
        : base(expected)
    {
        Expected = expected;
    }

    /// <summary>The verdict the claim must have.</summary>
    public Verdict Expected { get; }

    /// <inheritdoc />
    public override string Description => (Expected == Verdict.Unverified ? "an " : "a ") + VerificationText.Name(Expected) + " claim";

    /// <summary>Verifies a <see cref="Claim"/> actual value with <paramref name="verifier"/>; for a
    /// <see cref="ClaimVerification"/>, a <see cref="TestVerifier"/> lets the message show its evidence in full.</summary>
    /// <param name="verifier">The verifier.</param>
    /// <returns>This constraint.</returns>
    public VerdictConstraint By(IClaimVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        _verifier = verifier;
        return this;
    }

    /// <inheritdoc />
    /// <remarks>A <see cref="Claim"/> is verified on the thread pool while the test waits; in an async test, prefer
    /// <c>await Assert.ThatAsync(…)</c>, which awaits the verification instead.</remarks>
    public override ConstraintResult ApplyTo<TActual>(TActual actual) => Result(ActualValues.ToVerification(actual, _verifier));

    /// <summary>Awaits the value <paramref name="taskDel"/> gives, then, for a <see cref="Claim"/>, its verification by
    /// the verifier given to <see cref="By"/>: what <c>await Assert.ThatAsync(…)</c> calls.</summary>
    /// <remarks>The verification is cancelled with the running test's cancellation token (NUnit's <c>[CancelAfter]</c>).
    /// Under <c>Is.Not</c>, NUnit applies the constraint synchronously to the awaited value: pass the verification
    /// (<c>() =&gt; verifier.VerifyClaimAsync(claim)</c>) to keep the whole assertion asynchronous.</remarks>
    /// <typeparam name="TActual">The type of the value.</typeparam>
    /// <param name="taskDel">Gives the value: a <see cref="ClaimVerification"/>, or a <see cref="Claim"/> with a verifier.</param>
    /// <returns>The result.</returns>
    public override async Task<ConstraintResult> ApplyToAsync<TActual>(Func<Task<TActual>> taskDel)
    {
        ArgumentNullException.ThrowIfNull(taskDel);
        var actual = await taskDel().ConfigureAwait(false);
        return Result(await ActualValues.ToVerificationAsync(actual, _verifier).ConfigureAwait(false));
    }

    private DisplayResult Result(ClaimVerification result)
    {
        var display = VerificationDisplay.Of(
            $"claim '{result.Claim.Id}', {VerificationText.Name(result.Verdict)}: {result.Reason}"
            + Environment.NewLine + Environment.NewLine
            + VerificationText.Describe(result, ActualValues.EvidenceLookup(_verifier)));
        return new DisplayResult(this, display, result.Verdict == Expected);
    }
}

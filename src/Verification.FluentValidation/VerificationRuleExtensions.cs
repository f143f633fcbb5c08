using FluentValidation;
using Verification.Claims;
using Verification.Engine;
using Verification.Verdicts;

namespace Verification.FluentValidation;

/// <summary>Rules that verify claims, for validators written with FluentValidation.</summary>
/// <remarks>
/// <para>Each claim is verified with the verifier given (resolve <see cref="IClaimVerifier"/> from the container, or
/// use a test verifier) when the validator runs. The rules are asynchronous: call <c>ValidateAsync</c>; FluentValidation
/// throws <c>AsyncValidatorInvokedSynchronouslyException</c> from <c>Validate</c>.</para>
/// <para>The error message names the claim and gives its verdict and reason (<see cref="ClaimVerification.Reason"/>):
/// "Claim 'm4' is contested: …". Change it with
/// <c>WithMessage</c>, using the placeholders <c>{ClaimId}</c>, <c>{Verdict}</c> ("contested", "unverified", or "invalid"
/// for a claim that breaks the input rules), <c>{Reason}</c> and <c>{Findings}</c> (one finding per line) besides
/// FluentValidation's own such as <c>{PropertyName}</c>. The error code is the rule's name (<c>MustBeCorroborated</c>,
/// <c>MustNotBeContested</c>, <c>MustHaveVerdict</c>) unless set with <c>WithErrorCode</c>.</para>
/// <para>When the object being validated is a <see cref="Report"/>, its claims are verified with it (its publication
/// date bounds their periods). A null claim passes.</para>
/// </remarks>
/// <example>
/// <code>
/// public sealed class DraftRules : AbstractValidator&lt;Report&gt;
/// {
///     public DraftRules(IClaimVerifier verifier)
///     {
///         RuleForEach(r =&gt; r.Claims).MustNotBeContested(verifier);
///     }
/// }
/// ValidationResult result = await new DraftRules(verifier).ValidateAsync(report, ct);
/// </code>
/// </example>
public static class VerificationRuleExtensions
{
    /// <summary>The claim must be corroborated: enough independent origins agree and none disagrees.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="verifier">Verifies the claim.</param>
    public static IRuleBuilderOptions<T, Claim> MustBeCorroborated<T>(this IRuleBuilder<T, Claim> ruleBuilder, IClaimVerifier verifier) =>
        Set(ruleBuilder, verifier, "MustBeCorroborated", [Verdict.Corroborated]);

    /// <summary>The claim must not be contested: corroborated or unverified passes.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="verifier">Verifies the claim.</param>
    public static IRuleBuilderOptions<T, Claim> MustNotBeContested<T>(this IRuleBuilder<T, Claim> ruleBuilder, IClaimVerifier verifier) =>
        Set(ruleBuilder, verifier, "MustNotBeContested", [Verdict.Corroborated, Verdict.Unverified]);

    /// <summary>The claim's verdict must be one of <paramref name="allowed"/>.</summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="verifier">Verifies the claim.</param>
    /// <param name="allowed">The verdicts that pass; at least one.</param>
    /// <exception cref="ArgumentException">No verdict is allowed.</exception>
    public static IRuleBuilderOptions<T, Claim> MustHaveVerdict<T>(this IRuleBuilder<T, Claim> ruleBuilder, IClaimVerifier verifier, params IEnumerable<Verdict> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        Verdict[] verdicts = [.. allowed];
        if (verdicts.Length == 0)
        {
            throw new ArgumentException("Allow at least one verdict.", nameof(allowed));
        }

        return Set(ruleBuilder, verifier, "MustHaveVerdict", verdicts);
    }

    private static IRuleBuilderOptions<T, Claim> Set<T>(IRuleBuilder<T, Claim> ruleBuilder, IClaimVerifier verifier, string name, Verdict[] allowed)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        ArgumentNullException.ThrowIfNull(verifier);
        return ruleBuilder.SetAsyncValidator(new ClaimVerdictValidator<T>(verifier, name, allowed));
    }
}

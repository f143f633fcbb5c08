using FluentValidation;
using FluentValidation.Validators;
using Verification.Claims;
using Verification.Engine;
using Verification.Input;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.FluentValidation;

/// <summary>Verifies a claim and fails unless its verdict is one of the allowed ones; the error message names the
/// claim and gives the verdict and its reason.</summary>
/// <remarks>When the object being validated is a <see cref="Report"/>, claims are verified with it, so that its
/// publication date bounds their periods. A claim that breaks the input rules fails with every problem listed.
/// A null claim passes (pair with <c>NotNull()</c> to forbid it).</remarks>
internal sealed class ClaimVerdictValidator<T> : AsyncPropertyValidator<T, Claim>
{
    private readonly IClaimVerifier _verifier;
    private readonly Verdict[] _allowed;

    public ClaimVerdictValidator(IClaimVerifier verifier, string name, IEnumerable<Verdict> allowed)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        _verifier = verifier;
        Name = name;
        _allowed = [.. allowed];
    }

    public override string Name { get; }

    public override async Task<bool> IsValidAsync(ValidationContext<T> context, Claim value, CancellationToken cancellation)
    {
        if (value is null)
        {
            return true;
        }

        var report = context.InstanceToValidate as Report;
        ClaimVerification result;
        try
        {
            result = await _verifier.VerifyClaimAsync(value, report, cancellation).ConfigureAwait(false);
        }
        catch (InvalidClaimsException e)
        {
            Describe(context, value, "invalid", string.Join(" ", e.Problems.Select(p => p.Message)), e.Problems.Select(p => p.ToString()));
            return false;
        }

        if (Array.IndexOf(_allowed, result.Verdict) >= 0)
        {
            return true;
        }

        Describe(context, value, VerdictName(result.Verdict), result.Reason, result.Findings.Select(f => f.ToString()));
        return false;
    }

    // The claim id leads the message: a property path such as "Claims[3]" does not tell a reader which claim failed.
    protected override string GetDefaultMessageTemplate(string errorCode) => "Claim '{ClaimId}' is {Verdict}: {Reason}";

    private static void Describe(ValidationContext<T> context, Claim claim, string verdict, string reason, IEnumerable<string> findings) =>
        context.MessageFormatter
            .AppendArgument("ClaimId", claim.Id)
            .AppendArgument("Verdict", verdict)
            .AppendArgument("Reason", reason)
            .AppendArgument("Findings", string.Join(Environment.NewLine, findings));

    private static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Corroborated => "corroborated",
        Verdict.Contested => "contested",
        _ => "unverified",
    };
}

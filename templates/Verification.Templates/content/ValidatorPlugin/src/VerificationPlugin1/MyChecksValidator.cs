using Verification.Validators;
using Verification.Verdicts;

namespace VerificationPlugin1;

/// <summary>Notes a figure with no upper bound ("at least 440"): it cannot be contradicted by a higher figure.</summary>
/// <remarks>The engine calls it only for claims of the subjects in <see cref="MyChecksOptions.Subjects"/> (every claim
/// when there are none). Validators are called concurrently for different claims: keep them free of mutable state.</remarks>
/// <param name="options">The options; <c>AddMyChecks</c> passes the verifier's own, bound and checked.</param>
public sealed class MyChecksValidator(MyChecksOptions options)
    : ClaimValidator("MyChecks", (options ?? throw new ArgumentNullException(nameof(options))).Subjects)
{
    /// <summary>The code of the note this validator writes (see <see cref="Finding.Code"/>).</summary>
    public const string UnboundedCode = "mychecks-unbounded-figure";

    /// <inheritdoc />
    protected override IEnumerable<Finding> Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        if (claim.Figure is { IsUnbounded: true } figure)
        {
            yield return Note(UnboundedCode, $"{claim.Source}'s figure has no upper bound ({figure.DescribeInterval()}): no higher figure can contradict it.");
        }
    }
}

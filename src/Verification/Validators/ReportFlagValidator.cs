using Verification.Claims;
using Verification.Verdicts;
namespace Verification.Validators;

/// <summary>Contests a claim that its own report says is disputed or poorly sourced (<see cref="Claim.IsContested"/>).</summary>
internal sealed class ReportFlagValidator : IInlineValidator
{
    public const string ValidatorName = "ReportFlag";

    public string Name => ValidatorName;

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Finding>>(context.Claim.IsContested
            ? [new Finding(Name, FindingOutcome.Contradicts, new FlaggedMessage(context.Claim)) { Code = FindingCodes.MarkedContested }]
            : []);

    // Written when read, like the other built-in findings: a bulk run reads few of them.
    private sealed class FlaggedMessage(Claim claim) : FindingMessage
    {
        public override string Compose() =>
            $"The report itself says {claim.Source}'s figure is contested or poorly reported{(claim.ReportedIn is { } outlet ? $" ({outlet})" : string.Empty)}.";
    }
}

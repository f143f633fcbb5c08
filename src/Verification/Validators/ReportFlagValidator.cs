namespace Verification.Validators;

/// <summary>Contests a claim that its own report says is disputed or poorly sourced (<see cref="Claim.IsContested"/>).</summary>
internal sealed class ReportFlagValidator : IClaimValidator
{
    public const string ValidatorName = "ReportFlag";

    public string Name => ValidatorName;

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Finding>>(context.Claim.IsContested
            ? [new Finding(Name, FindingOutcome.Contradicts, $"The report itself says {context.Claim.Source}'s figure is contested or poorly reported{(context.Claim.ReportedIn is { } outlet ? $" ({outlet})" : string.Empty)}.")]
            : []);
}

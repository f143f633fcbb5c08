using Verification.Validators;
using Verification.Verdicts;

namespace Careless.Plugin;

public sealed class CarelessValidator : IClaimValidator
{
    public string Name => "Careless";

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(Name, FindingOutcome.Note, "careless but loaded")]);
}

using Verification.Validators;
using Verification.Verdicts;

namespace Clash.Plugin;

// Another plugin whose validator takes the name Good.Plugin's validator already has.
public sealed class ClashValidator : IClaimValidator
{
    public string Name => "Good";

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Finding>>([]);
}

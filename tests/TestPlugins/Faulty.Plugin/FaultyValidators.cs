using Verification.Validators;
using Verification.Verdicts;

namespace Faulty.Plugin;

public sealed class ThrowingValidator : IClaimValidator
{
    public string Name => "Throwing";

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The validator broke on " + context.Claim.Id + ".");
}

public sealed class HangingValidator : IClaimValidator
{
    public string Name => "Hanging";

    // Never finishes and ignores cancellation: only the engine's timeout can end the wait.
    public async ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, CancellationToken.None).ConfigureAwait(false);
        return [];
    }
}

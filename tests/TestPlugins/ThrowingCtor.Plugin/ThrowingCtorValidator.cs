using Verification.Validators;
using Verification.Verdicts;

namespace ThrowingCtor.Plugin;

public sealed class ThrowingCtorValidator : IClaimValidator
{
    public ThrowingCtorValidator() => throw new InvalidOperationException("The casualty database is unreachable.");

    public string Name => "ThrowingCtor";

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Finding>>([]);
}

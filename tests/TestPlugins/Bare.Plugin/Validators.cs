using Verification.Validators;
using Verification.Verdicts;

namespace Bare.Plugin;

// Declared out of order on purpose: without an entry point, validators register in ordinal order of type name.
public sealed class ZuluValidator : IClaimValidator
{
    public string Name => "BareZulu";

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(Name, FindingOutcome.Note, "zulu")]);
}

public sealed class AlphaValidator : IClaimValidator
{
    public string Name => "BareAlpha";

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(Name, FindingOutcome.Note, "alpha")]);
}

// Not registered: abstract, and internal.
public abstract class BaseValidator : IClaimValidator
{
    public abstract string Name { get; }

    public abstract ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken);
}

internal sealed class HiddenValidator : BaseValidator
{
    public override string Name => "BareHidden";

    public override ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Finding>>([]);
}

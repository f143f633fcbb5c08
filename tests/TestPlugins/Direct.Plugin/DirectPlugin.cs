using Microsoft.Extensions.DependencyInjection;
using Verification.DependencyInjection;
using Verification.Plugins;
using Verification.Validators;
using Verification.Verdicts;

namespace Direct.Plugin;

// Registers its validator on the services directly, unkeyed, rather than through the builder.
public sealed class DirectPlugin : IVerificationPlugin
{
    public string Name => "Direct";

    public string Description => "A plugin that adds its validator to the services itself.";

    public IReadOnlyList<string> Subjects { get; } = [];

    public void Register(IVerificationBuilder builder) => builder.Services.AddSingleton<IClaimValidator, DirectValidator>();
}

public sealed class DirectValidator : IClaimValidator
{
    public string Name => "Direct";

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(Name, FindingOutcome.Note, $"{context.Claim.Id} seen directly.")]);
}

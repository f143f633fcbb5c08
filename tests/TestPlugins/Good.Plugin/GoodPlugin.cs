using Microsoft.Extensions.DependencyInjection;
using Verification.DependencyInjection;
using Verification.Plugins;
using Verification.Validators;
using Verification.Verdicts;

namespace Good.Plugin;

public sealed class GoodPlugin : IVerificationPlugin
{
    public string Name => "Good";

    public string Description => "A plugin that loads: it notes every claim it sees.";

    public IReadOnlyList<string> Subjects { get; } = ["people displaced", "people fled"];

    public void Register(IVerificationBuilder builder)
    {
        builder.Services.AddSingleton(new GoodSettings("seen by the good plugin"));
        builder.AddValidator<GoodValidator>();
    }
}

public sealed record GoodSettings(string Phrase);

// Constructed by the host's container, with a service the entry point registered.
public sealed class GoodValidator(GoodSettings settings) : IClaimValidator
{
    public string Name => "Good";

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(Name, FindingOutcome.Note, $"{context.Claim.Id} {settings.Phrase}.")]);
}

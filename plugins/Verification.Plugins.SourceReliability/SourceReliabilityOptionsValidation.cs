using Microsoft.Extensions.Options;

namespace Verification.Plugins.SourceReliability;

/// <summary>Checks <see cref="SourceReliabilityOptions"/> when they are first read, listing every problem
/// (<see cref="SourceReliabilityOptions.Problems"/>).</summary>
internal sealed class SourceReliabilityOptionsValidation : IValidateOptions<SourceReliabilityOptions>
{
    public ValidateOptionsResult Validate(string? name, SourceReliabilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}

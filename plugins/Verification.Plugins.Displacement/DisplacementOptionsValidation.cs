using Microsoft.Extensions.Options;

namespace Verification.Plugins.Displacement;

/// <summary>Checks <see cref="DisplacementOptions"/> when they are first read, listing every problem
/// (<see cref="DisplacementOptions.Problems"/>).</summary>
internal sealed class DisplacementOptionsValidation : IValidateOptions<DisplacementOptions>
{
    public ValidateOptionsResult Validate(string? name, DisplacementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}

using Microsoft.Extensions.Options;

namespace Verification.Plugins.CasualtyGrading;

/// <summary>Checks <see cref="CasualtyGradingOptions"/> when they are first read, listing every problem
/// (<see cref="CasualtyGradingOptions.Problems"/>).</summary>
internal sealed class CasualtyGradingOptionsValidation : IValidateOptions<CasualtyGradingOptions>
{
    public ValidateOptionsResult Validate(string? name, CasualtyGradingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}

using Microsoft.Extensions.Options;

namespace VerificationPlugin1;

/// <summary>Checks <see cref="MyChecksOptions"/> when they are first read, listing every problem at once.</summary>
public sealed class MyChecksOptionsValidation : IValidateOptions<MyChecksOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MyChecksOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.Subjects.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("Subjects must not hold an empty subject.");
        }

        return problems.Count > 0 ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Verification.Plugins.CasualtyGrading;

namespace Verification;

/// <summary>Adds casualty grading to a <see cref="IVerificationBuilder"/>.</summary>
public static class CasualtyGradingVerificationBuilderExtensions
{
    /// <summary>Grades civilian-harm claims as casualty monitors do, and contests figures outside the range independent sources support.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options. May be null.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>Calling it twice registers the validator once; both configurations apply, in order.</remarks>
    /// <exception cref="ArgumentException">The options are invalid; every problem is listed.</exception>
    public static IVerificationBuilder AddCasualtyGrading(this IVerificationBuilder builder, Action<CasualtyGradingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = OptionsIn(builder.Services);
        configure?.Invoke(options);
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException("Invalid casualty grading options: " + string.Join(" ", problems), nameof(configure));
        }

        return builder.AddValidator<CasualtyGradingValidator>();
    }

    private static CasualtyGradingOptions OptionsIn(IServiceCollection services)
    {
        foreach (var d in services)
        {
            if (!d.IsKeyedService && d.ServiceType == typeof(CasualtyGradingOptions) && d.ImplementationInstance is CasualtyGradingOptions existing)
            {
                return existing;
            }
        }

        var options = new CasualtyGradingOptions();
        services.AddSingleton(options);
        return options;
    }
}

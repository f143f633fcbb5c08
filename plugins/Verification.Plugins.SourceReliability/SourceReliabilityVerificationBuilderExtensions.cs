using Microsoft.Extensions.DependencyInjection;
using Verification.Plugins.SourceReliability;

namespace Verification;

/// <summary>Adds source reliability to a <see cref="IVerificationBuilder"/>.</summary>
public static class SourceReliabilityVerificationBuilderExtensions
{
    /// <summary>Grades sources on the A–F reliability scale; evidence from sources below the threshold does not count towards corroboration.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options. May be null.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>Calling it twice registers the validator once; both configurations apply, in order.</remarks>
    /// <exception cref="ArgumentException">The options are invalid; every problem is listed.</exception>
    public static IVerificationBuilder AddSourceReliability(this IVerificationBuilder builder, Action<SourceReliabilityOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = OptionsIn(builder.Services);
        configure?.Invoke(options);
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException("Invalid source reliability options: " + string.Join(" ", problems), nameof(configure));
        }

        return builder.AddValidator<SourceReliabilityValidator>();
    }

    private static SourceReliabilityOptions OptionsIn(IServiceCollection services)
    {
        foreach (var d in services)
        {
            if (!d.IsKeyedService && d.ServiceType == typeof(SourceReliabilityOptions) && d.ImplementationInstance is SourceReliabilityOptions existing)
            {
                return existing;
            }
        }

        var options = new SourceReliabilityOptions();
        services.AddSingleton(options);
        return options;
    }
}

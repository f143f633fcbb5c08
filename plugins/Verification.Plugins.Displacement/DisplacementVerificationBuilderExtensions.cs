using Microsoft.Extensions.DependencyInjection;
using Verification.Plugins.Displacement;

namespace Verification;

/// <summary>Adds the displacement checks to a <see cref="IVerificationBuilder"/>.</summary>
public static class DisplacementVerificationBuilderExtensions
{
    /// <summary>Checks displacement figures for stock-and-flow consistency.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options. May be null.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>Calling it twice registers the validator once; both configurations apply, in order.</remarks>
    /// <exception cref="ArgumentException">The options are invalid; every problem is listed.</exception>
    public static IVerificationBuilder AddDisplacement(this IVerificationBuilder builder, Action<DisplacementOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = OptionsIn(builder.Services);
        configure?.Invoke(options);
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException("Invalid displacement options: " + string.Join(" ", problems), nameof(configure));
        }

        return builder.AddValidator<DisplacementValidator>();
    }

    private static DisplacementOptions OptionsIn(IServiceCollection services)
    {
        foreach (var d in services)
        {
            if (!d.IsKeyedService && d.ServiceType == typeof(DisplacementOptions) && d.ImplementationInstance is DisplacementOptions existing)
            {
                return existing;
            }
        }

        var options = new DisplacementOptions();
        services.AddSingleton(options);
        return options;
    }
}

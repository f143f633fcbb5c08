using Microsoft.Extensions.DependencyInjection;
using VerificationPlugin1;

// In namespace Verification, like the builder itself, so that hosts need no extra using.
namespace Verification;

/// <summary>Adds the MyChecks validator to a <see cref="IVerificationBuilder"/>.</summary>
public static class MyChecksVerificationBuilderExtensions
{
    /// <summary>Adds the MyChecks validator. Calling it twice registers it once; both configurations apply.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options. May be null.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IVerificationBuilder AddMyChecks(this IVerificationBuilder builder, Action<MyChecksOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        MyChecksOptions? options = null;
        foreach (var d in builder.Services)
        {
            if (!d.IsKeyedService && d.ImplementationInstance is MyChecksOptions existing)
            {
                options = existing;
            }
        }

        if (options is null)
        {
            options = new MyChecksOptions();
            builder.Services.AddSingleton(options);
        }

        configure?.Invoke(options);
        return builder.AddValidator<MyChecksValidator>();
    }
}

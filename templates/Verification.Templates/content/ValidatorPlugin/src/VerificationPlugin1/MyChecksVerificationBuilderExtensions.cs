using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Verification.DependencyInjection;

namespace VerificationPlugin1;

/// <summary>Adds the MyChecks validator to a <see cref="IVerificationBuilder"/>.</summary>
public static class MyChecksVerificationBuilderExtensions
{
    /// <summary>The configuration section the options are usually bound from: <c>Verification:MyChecks</c>.</summary>
    public const string DefaultConfigSectionPath = "Verification:MyChecks";

    /// <summary>Adds the MyChecks validator with its options changed by <paramref name="configure"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IVerificationBuilder AddMyChecks(this IVerificationBuilder builder, Action<MyChecksOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddOptions<MyChecksOptions>(builder.Name).Configure(configure);
        return builder.AddMyChecks();
    }

    /// <summary>Adds the MyChecks validator with its options bound from a section of the host's configuration.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configSectionPath">The section's path, such as <see cref="DefaultConfigSectionPath"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IVerificationBuilder AddMyChecks(this IVerificationBuilder builder, string configSectionPath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<MyChecksOptions>(builder.Name).BindConfiguration(configSectionPath);
        return builder.AddMyChecks();
    }

    /// <summary>Adds the MyChecks validator. Calling it twice registers it once; every configuration applies, in order.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>The options are the verifier's own (<see cref="IVerificationBuilder.Name"/>), checked by
    /// <see cref="MyChecksOptionsValidation"/> when the verifier is first resolved or the host starts.</remarks>
    public static IVerificationBuilder AddMyChecks(this IVerificationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<MyChecksOptions>(builder.Name).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MyChecksOptions>, MyChecksOptionsValidation>());
        return builder.AddValidator<MyChecksValidator, MyChecksOptions>(o => new MyChecksValidator(o));
    }
}

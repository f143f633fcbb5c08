using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Verification.DependencyInjection;
using Verification.Plugins.Displacement;

namespace Verification.Plugins.Displacement;

/// <summary>Adds the displacement checks to a <see cref="IVerificationBuilder"/>.</summary>
public static class DisplacementVerificationBuilderExtensions
{
    /// <summary>The configuration section the plugin's options are usually bound from: <c>Verification:Displacement</c>.</summary>
    public const string DefaultConfigSectionPath = "Verification:Displacement";

    /// <summary>Checks displacement figures for stock-and-flow consistency.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>The options are the verifier's own (named after <see cref="IVerificationBuilder.Name"/>) and are checked
    /// when first read: when the verifier is first resolved, or when the host starts. Invalid options fail with an
    /// <see cref="OptionsValidationException"/> listing every problem. Calling it twice registers the validator once;
    /// both configurations apply, in order.</remarks>
    public static IVerificationBuilder AddDisplacement(this IVerificationBuilder builder, Action<DisplacementOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddOptions<DisplacementOptions>(builder.Name).Configure(configure);
        return builder.AddDisplacement();
    }

    /// <summary>Checks displacement figures for stock-and-flow consistency.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>With the default options, changed by any other configuration registered for the verifier's
    /// <see cref="DisplacementOptions"/>; see also the remarks of the overload that takes a configuration delegate.</remarks>
    public static IVerificationBuilder AddDisplacement(this IVerificationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<DisplacementOptions>(builder.Name);
        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DisplacementOptions>, DisplacementOptionsValidation>());
        return builder.AddValidator<DisplacementValidator, DisplacementOptions>(o => new DisplacementValidator(o));
    }

    /// <summary>Checks displacement figures for stock-and-flow consistency. The options are bound from a section of the host's configuration.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configSectionPath">The section's path, such as <see cref="DefaultConfigSectionPath"/>; its keys are
    /// the options' properties.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>The container must hold an <c>IConfiguration</c> (a host registers one) when the options are first read.
    /// A later <c>AddDisplacement(o =&gt; …)</c> changes the bound values; see also the other overload's remarks.</remarks>
    public static IVerificationBuilder AddDisplacement(this IVerificationBuilder builder, string configSectionPath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(configSectionPath);
        builder.Services.AddOptions<DisplacementOptions>(builder.Name).BindConfiguration(configSectionPath);
        return builder.AddDisplacement();
    }
}

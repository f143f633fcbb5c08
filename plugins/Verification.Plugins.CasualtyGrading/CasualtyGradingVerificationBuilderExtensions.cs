using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Verification.DependencyInjection;
using Verification.Plugins.CasualtyGrading;

namespace Verification.Plugins.CasualtyGrading;

/// <summary>Adds casualty grading to a <see cref="IVerificationBuilder"/>.</summary>
public static class CasualtyGradingVerificationBuilderExtensions
{
    /// <summary>The configuration section the plugin's options are usually bound from: <c>Verification:CasualtyGrading</c>.</summary>
    public const string DefaultConfigSectionPath = "Verification:CasualtyGrading";

    /// <summary>Grades civilian-harm claims as casualty monitors do, and contests figures outside the range independent sources support.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>The options are the verifier's own (named after <see cref="IVerificationBuilder.Name"/>) and are checked
    /// when first read: when the verifier is first resolved, or when the host starts. Invalid options fail with an
    /// <see cref="OptionsValidationException"/> listing every problem. Calling it twice registers the validator once;
    /// both configurations apply, in order.</remarks>
    public static IVerificationBuilder AddCasualtyGrading(this IVerificationBuilder builder, Action<CasualtyGradingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddOptions<CasualtyGradingOptions>(builder.Name).Configure(configure);
        return builder.AddCasualtyGrading();
    }

    /// <summary>Grades civilian-harm claims as casualty monitors do, and contests figures outside the range independent sources support.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>With the default options, changed by any other configuration registered for the verifier's
    /// <see cref="CasualtyGradingOptions"/>; see also the remarks of the overload that takes a configuration delegate.</remarks>
    public static IVerificationBuilder AddCasualtyGrading(this IVerificationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<CasualtyGradingOptions>(builder.Name);
        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CasualtyGradingOptions>, CasualtyGradingOptionsValidation>());
        return builder.AddValidator<CasualtyGradingValidator, CasualtyGradingOptions>(o => new CasualtyGradingValidator(o));
    }

    /// <summary>Grades civilian-harm claims as casualty monitors do, and contests figures outside the range independent sources support. The options are bound from a section of the host's configuration.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configSectionPath">The section's path, such as <see cref="DefaultConfigSectionPath"/>; its keys are
    /// the options' properties.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>The container must hold an <c>IConfiguration</c> (a host registers one) when the options are first read.
    /// A later <c>AddCasualtyGrading(o =&gt; …)</c> changes the bound values; see also the other overload's remarks.</remarks>
    public static IVerificationBuilder AddCasualtyGrading(this IVerificationBuilder builder, string configSectionPath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(configSectionPath);
        builder.Services.AddOptions<CasualtyGradingOptions>(builder.Name).BindConfiguration(configSectionPath);
        return builder.AddCasualtyGrading();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Evidence;
using Verification.Figures;
using Verification.Validators;

namespace Verification.DependencyInjection;

/// <summary>Adds evidence and options to a <see cref="IVerificationBuilder"/>.</summary>
public static class VerificationBuilderExtensions
{
    /// <summary>The configuration section <see cref="BindConfiguration"/> reads by default: <c>Verification</c>.</summary>
    public const string DefaultConfigSectionPath = "Verification";

    /// <summary>Adds an evidence source; adding the same instance twice to one verifier registers it once.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="source">The source.</param>
    public static IVerificationBuilder AddEvidence(this IVerificationBuilder builder, IEvidenceSource source)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(source);
        VerifierServices.TryAddInstance(builder.Services, builder.Name, source);
        return builder;
    }

    /// <summary>Adds evidence claims held in memory.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="claims">The evidence claims.</param>
    public static IVerificationBuilder AddEvidence(this IVerificationBuilder builder, IEnumerable<Claim> claims) =>
        builder.AddEvidence(new InMemoryEvidenceSource(claims));

    /// <summary>Adds an evidence file in the claims format, read on first use.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="path">The file's path.</param>
    public static IVerificationBuilder AddEvidenceFile(this IVerificationBuilder builder, string path) =>
        builder.AddEvidence(JsonEvidence.FromFile(path));

    /// <summary>Adds an evidence source made by the service provider, with its dependencies; adding the same type twice
    /// to one verifier registers it once.</summary>
    /// <typeparam name="T">The source's type.</typeparam>
    /// <param name="builder">The builder.</param>
    public static IVerificationBuilder AddEvidenceSource<T>(this IVerificationBuilder builder)
        where T : class, IEvidenceSource
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(VerifierServices.Singleton<IEvidenceSource, T>(builder.Name));
        return builder;
    }

    /// <summary>Configures the verifier's options.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <remarks>Configurations apply in the order they were added, bound configuration included.</remarks>
    public static IVerificationBuilder Configure(this IVerificationBuilder builder, Action<VerificationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(builder.Name, configure);
        return builder;
    }

    /// <summary>Binds the verifier's options to a configuration section the caller holds, such as
    /// <c>configuration.GetSection("Verification")</c>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The section whose keys are <see cref="VerificationOptions"/>' properties
    /// (<c>SameTimeWindowDays</c>, <c>Figures:HedgeTolerance</c>, …).</param>
    /// <remarks>Values are read when the options are first read, and checked then: invalid ones fail with an
    /// <see cref="OptionsValidationException"/> listing every problem (or, for a value that cannot be set at all, such as
    /// a hedge tolerance of 1.5 or a word where a number belongs, naming that value). Binding never changes a shared default such as <see cref="FigureOptions.Default"/>: each
    /// options instance has its own <see cref="VerificationOptions.Figures"/>.</remarks>
    public static IVerificationBuilder Configure(this IVerificationBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        var name = builder.Name;
        builder.Services.AddOptions<VerificationOptions>(name);
        builder.Services.AddSingleton<IConfigureOptions<VerificationOptions>>(new VerificationOptionsBinding(name, () => configuration));
        return builder;
    }

    /// <summary>Binds the verifier's options to a section of the host's configuration (the <see cref="IConfiguration"/>
    /// registered in the container, as <c>Host.CreateApplicationBuilder</c> registers appsettings.json).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configSectionPath">The section's path; <c>Verification</c> by default.</param>
    /// <remarks>The container must hold an <see cref="IConfiguration"/> when the options are first read. Without a host,
    /// pass the section to <see cref="Configure(IVerificationBuilder, IConfiguration)"/> instead.</remarks>
    public static IVerificationBuilder BindConfiguration(this IVerificationBuilder builder, string configSectionPath = DefaultConfigSectionPath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(configSectionPath);
        var name = builder.Name;
        builder.Services.AddOptions<VerificationOptions>(name);
        builder.Services.AddSingleton<IConfigureOptions<VerificationOptions>>(sp =>
            new VerificationOptionsBinding(name, () => sp.GetRequiredService<IConfiguration>().GetSection(configSectionPath)));
        return builder;
    }
}

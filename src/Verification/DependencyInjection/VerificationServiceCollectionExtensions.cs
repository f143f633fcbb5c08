using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Plugins;
using Verification.Validators;

namespace Verification.DependencyInjection;

/// <summary>Registers verification in a service collection.</summary>
public static class VerificationServiceCollectionExtensions
{
    /// <summary>Registers the default verifier, the built-in validators and the options; then lets <paramref name="configure"/> add evidence, validators and plugins.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds evidence, validators, options. May be null.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <remarks>Calling it twice is harmless: nothing is registered twice, and both configurations apply.
    /// Resolve <see cref="IClaimVerifier"/> to verify. Invalid options fail with every problem listed when the verifier is first resolved.</remarks>
    public static IServiceCollection AddVerification(this IServiceCollection services, Action<IVerificationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Add(services, Options.DefaultName, configure);
    }

    /// <summary>Registers a named verifier, with validators, evidence and options of its own, beside the default one or
    /// other named ones; resolve it as the keyed service <c>[FromKeyedServices(name)] IClaimVerifier</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The verifier's name: its service key and the name of its options.</param>
    /// <param name="configure">Adds evidence, validators, options.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <remarks>
    /// <para>The named verifier has the built-in validators and whatever <paramref name="configure"/> adds to it, and
    /// nothing added to the default verifier or to another named one: its validators and evidence sources are keyed
    /// services under <paramref name="name"/>, its <see cref="VerificationOptions"/> are the named options
    /// <paramref name="name"/> (read with <c>IOptionsMonitor&lt;VerificationOptions&gt;.Get(name)</c>), checked as the
    /// default ones are. Plugins added through its builder register their options under the same name.</para>
    /// <para>Calling it twice with one name is harmless: nothing is registered twice, and both configurations apply.</para>
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IServiceCollection AddKeyedVerification(this IServiceCollection services, string name, Action<IVerificationBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        return Add(services, name, configure);
    }

    private static IServiceCollection Add(IServiceCollection services, string name, Action<IVerificationBuilder>? configure)
    {
        services.AddOptions<VerificationOptions>(name);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VerificationOptions>, VerificationOptionsRules>());
        if (name.Length == 0)
        {
            services.TryAddSingleton<IClaimVerifier>(sp => Create(sp, name));
        }
        else
        {
            services.TryAddKeyedSingleton<IClaimVerifier>(name, (sp, _) => Create(sp, name));
        }

        // The built-in validators, in a fixed order: figures first, then the report's own flag, then consistency.
        services.TryAddEnumerable(VerifierServices.Singleton<IClaimValidator, FigureAgreementValidator>(name));
        services.TryAddEnumerable(VerifierServices.Singleton<IClaimValidator, ReportFlagValidator>(name));
        services.TryAddEnumerable(VerifierServices.Singleton<IClaimValidator, PartWholeValidator>(name));

        configure?.Invoke(new VerificationBuilder(services, name));
        return services;
    }

    private static ClaimVerifier Create(IServiceProvider sp, string name)
    {
        IEnumerable<IClaimValidator> validators = VerifierServices.All<IClaimValidator>(sp, name);

        // Plugins' validators are made when the verifier is, and take their place among the others'.
        var plugins = name.Length == 0 ? sp.GetService<IPluginCatalog>() : sp.GetKeyedService<IPluginCatalog>(name);
        if (plugins is LoadedPlugins loaded)
        {
            validators = loaded.Merge([.. validators]);
        }

        return new ClaimVerifier(
            validators,
            VerifierServices.All<IEvidenceSource>(sp, name),
            Options.Create(sp.GetRequiredService<IOptionsMonitor<VerificationOptions>>().Get(name)),
            sp.GetService<ILoggerFactory>(),
            sp.GetService<IMeterFactory>(),
            sp.GetService<TimeProvider>());
    }
}

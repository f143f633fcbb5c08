using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verification.DependencyInjection;
using Verification.Validators;

namespace Verification;

/// <summary>Registers verification in a service collection.</summary>
public static class VerificationServiceCollectionExtensions
{
    /// <summary>Registers the verifier, the built-in validators and the options; then lets <paramref name="configure"/> add evidence, validators and plugins.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds evidence, validators, options. May be null.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <remarks>Calling it twice is harmless: nothing is registered twice, and both configurations apply.
    /// Resolve <see cref="IClaimVerifier"/> to verify. Invalid options fail with every problem listed when the verifier is first resolved.</remarks>
    public static IServiceCollection AddVerification(this IServiceCollection services, Action<IVerificationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VerificationOptions>, VerificationOptionsRules>());
        services.TryAddSingleton<IClaimVerifier>(sp => new ClaimVerifier(
            sp.GetServices<IClaimValidator>(),
            sp.GetServices<IEvidenceSource>(),
            sp.GetRequiredService<IOptions<VerificationOptions>>(),
            sp.GetService<ILoggerFactory>(),
            sp.GetService<IMeterFactory>(),
            sp.GetService<TimeProvider>()));

        // The built-in validators, in a fixed order: figures first, then the report's own flag, then consistency.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimValidator, FigureAgreementValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimValidator, ReportFlagValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimValidator, PartWholeValidator>());

        configure?.Invoke(new VerificationBuilder(services));
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Verification;

/// <summary>Adds evidence and options to a <see cref="IVerificationBuilder"/>.</summary>
public static class VerificationBuilderExtensions
{
    /// <summary>Adds an evidence source; adding the same instance twice registers it once.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="source">The source.</param>
    public static IVerificationBuilder AddEvidence(this IVerificationBuilder builder, IEvidenceSource source)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(source);
        TryAddInstance(builder.Services, typeof(IEvidenceSource), source);
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
    /// registers it once.</summary>
    /// <typeparam name="T">The source's type.</typeparam>
    /// <param name="builder">The builder.</param>
    public static IVerificationBuilder AddEvidenceSource<T>(this IVerificationBuilder builder)
        where T : class, IEvidenceSource
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEvidenceSource, T>());
        return builder;
    }

    /// <summary>Configures the options.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    public static IVerificationBuilder Configure(this IVerificationBuilder builder, Action<VerificationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }

    internal static void TryAddInstance(IServiceCollection services, Type serviceType, object instance)
    {
        foreach (var d in services)
        {
            if (d.ServiceType == serviceType && ReferenceEquals(d.ImplementationInstance, instance))
            {
                return;
            }
        }

        services.AddSingleton(serviceType, instance);
    }
}

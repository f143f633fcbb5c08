using Microsoft.Extensions.DependencyInjection;

namespace Verification;

/// <summary>Adds an <see cref="EvidenceStore"/> to a <see cref="IVerificationBuilder"/> as a source of evidence.</summary>
public static class EvidenceStoreBuilderExtensions
{
    /// <summary>Adds the evidence of a SQLite store (created when missing).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="path">The store's file.</param>
    /// <param name="configure">Sets how the store is read (<see cref="EvidenceStoreOptions.AsOf"/>); may be null.</param>
    /// <remarks>Adding the same store twice registers it once. The store is opened when the verifier is first resolved,
    /// and closed with the service provider.</remarks>
    public static IVerificationBuilder AddSqliteEvidence(this IVerificationBuilder builder, string path, Action<EvidenceStoreOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Add(builder, "sqlite:" + Path.GetFullPath(path), options => EvidenceStore.OpenSqlite(path, options), configure);
    }

    /// <summary>Adds the evidence of a PostgreSQL store (its tables created when missing).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=…;Database=…</c>) or a <c>postgresql://</c> URL.</param>
    /// <param name="configure">Sets how the store is read (<see cref="EvidenceStoreOptions.AsOf"/>); may be null.</param>
    /// <remarks>Adding the same store twice registers it once.</remarks>
    public static IVerificationBuilder AddPostgresEvidence(this IVerificationBuilder builder, string connectionString, Action<EvidenceStoreOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return Add(builder, "postgres:" + connectionString, options => EvidenceStore.OpenPostgres(connectionString, options), configure);
    }

    /// <summary>Adds the evidence of a store named as <c>--store</c> names it: a PostgreSQL connection string or URL, else a
    /// SQLite file's path.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="location">The store.</param>
    /// <param name="configure">Sets how the store is read; may be null.</param>
    public static IVerificationBuilder AddEvidenceStore(this IVerificationBuilder builder, string location, Action<EvidenceStoreOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return EvidenceStore.IsPostgresLocation(location)
            ? builder.AddPostgresEvidence(location, configure)
            : builder.AddSqliteEvidence(location, configure);
    }

    private static IVerificationBuilder Add(IVerificationBuilder builder, string key, Func<EvidenceStoreOptions, EvidenceStore> open, Action<EvidenceStoreOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var registration = new StoreRegistration(builder.Name, key);
        foreach (var d in builder.Services)
        {
            if (d.ServiceType == typeof(StoreRegistration) && Equals(d.ImplementationInstance, registration))
            {
                return builder;
            }
        }

        builder.Services.AddSingleton(registration);
        var options = new EvidenceStoreOptions();
        configure?.Invoke(options);

        // A named verifier's evidence is keyed by its name, so that another verifier in the container never reads it.
        if (builder.Name.Length == 0)
        {
            builder.Services.AddSingleton<IEvidenceSource>(_ => open(options));
        }
        else
        {
            builder.Services.AddKeyedSingleton<IEvidenceSource>(builder.Name, (_, _) => open(options));
        }

        return builder;
    }

    // Marks a store as registered for one verifier, so that adding it again does not register it twice.
    private sealed record StoreRegistration(string Verifier, string Key);
}

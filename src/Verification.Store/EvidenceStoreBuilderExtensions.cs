using Microsoft.Extensions.DependencyInjection;
using Verification.DependencyInjection;
using Verification.Evidence;

namespace Verification.Store;

/// <summary>Adds an <see cref="EvidenceStore"/> to a <see cref="IVerificationBuilder"/> as a source of evidence.</summary>
public static class EvidenceStoreBuilderExtensions
{
    /// <summary>Adds the evidence of a SQLite store (created when missing).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="path">The store's file.</param>
    /// <param name="configure">Sets how the store is read (<see cref="EvidenceStoreOptions.AsOf"/>); may be null.</param>
    /// <remarks>Adding the same store twice with the same options registers it once; with other options (another
    /// <see cref="EvidenceStoreOptions.AsOf"/>) it throws, since one verifier reads a store one way. The store is opened
    /// when the verifier is first resolved, and closed with the service provider.</remarks>
    /// <exception cref="InvalidOperationException">The store was added to this verifier before with other options.</exception>
    public static IVerificationBuilder AddSqliteEvidence(this IVerificationBuilder builder, string path, Action<EvidenceStoreOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Add(builder, "sqlite:" + Path.GetFullPath(path), $"The SQLite store '{path}'", options => EvidenceStore.OpenSqlite(path, options), configure);
    }

    /// <summary>Adds the evidence of a PostgreSQL store (its tables created when missing).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=…;Database=…</c>) or a <c>postgresql://</c> URL.</param>
    /// <param name="configure">Sets how the store is read (<see cref="EvidenceStoreOptions.AsOf"/>); may be null.</param>
    /// <remarks>Adding the same store twice with the same options registers it once; with other options it throws.</remarks>
    /// <exception cref="InvalidOperationException">The store was added to this verifier before with other options.</exception>
    public static IVerificationBuilder AddPostgresEvidence(this IVerificationBuilder builder, string connectionString, Action<EvidenceStoreOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        // The connection string is not repeated in messages: it may hold a password.
        return Add(builder, "postgres:" + connectionString, "The PostgreSQL store", options => EvidenceStore.OpenPostgres(connectionString, options), configure);
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

    private static IVerificationBuilder Add(IVerificationBuilder builder, string key, string name, Func<EvidenceStoreOptions, EvidenceStore> open, Action<EvidenceStoreOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new EvidenceStoreOptions();
        configure?.Invoke(options);
        var registration = new StoreRegistration(builder.Name, key, options.AsOf, options.TimeProvider);
        foreach (var d in builder.Services)
        {
            if (d.ServiceType == typeof(StoreRegistration) && d.ImplementationInstance is StoreRegistration earlier && earlier.Verifier == registration.Verifier && earlier.Key == key)
            {
                return earlier == registration
                    ? builder
                    : throw new InvalidOperationException($"{name} was added to {(builder.Name.Length == 0 ? "the verifier" : $"verifier '{builder.Name}'")} twice with different options (as of {Describe(earlier.AsOf)}, then {Describe(options.AsOf)}{(earlier.Clock == options.TimeProvider ? string.Empty : ", and another clock")}); a verifier reads a store one way: add it once.");
            }
        }

        builder.Services.AddSingleton(registration);

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

    private static string Describe(DateOnly? asOf) => asOf is { } day ? day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "the latest";

    // Marks a store as registered for one verifier, with the options it is read with, so that adding it again with the
    // same options does not register it twice, and with others is refused.
    private sealed record StoreRegistration(string Verifier, string Key, DateOnly? AsOf, TimeProvider Clock);
}

namespace Verification.Store.Schema;

/// <summary>Reads where a store is from one string, as <c>--store</c> takes it: a PostgreSQL connection string
/// (<c>Host=…;Database=…</c>) or URL (<c>postgresql://user:password@host:port/database</c>), else a SQLite file's path.</summary>
internal static class StoreLocation
{
    /// <summary>Whether <paramref name="location"/> names a PostgreSQL database rather than a file.</summary>
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || (location.Contains('=', StringComparison.Ordinal) && location.Contains("host", StringComparison.OrdinalIgnoreCase));

    /// <summary>The dialect and connection for a location.</summary>
    public static StoreDialect Parse(string location) =>
        IsPostgres(location) ? new StoreDialect.Postgres(ToConnectionString(location)) : new StoreDialect.Sqlite(location);

    /// <summary>A PostgreSQL URL as a connection string (Npgsql takes only the latter); a connection string unchanged.</summary>
    public static string ToConnectionString(string location)
    {
        if (!location.Contains("://", StringComparison.Ordinal))
        {
            return location;
        }

        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            // The location is not repeated: it may hold a password.
            throw new ArgumentException("The store's location is not a PostgreSQL URL; expected postgresql://user:password@host:port/database.", nameof(location));
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
        }

        return builder.ConnectionString;
    }
}

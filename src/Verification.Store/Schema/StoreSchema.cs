using System.Data.Common;
using System.Globalization;
using Verification.Store.Rows;

namespace Verification.Store.Schema;

/// <summary>The store's tables and indexes, the same in every database, and the version they are at.</summary>
/// <remarks>
/// <para>A store records its schema's version in <c>schema_version</c>. Opening a store creates the tables when there are
/// none; upgrades one of an older version, each step in its own transaction; and refuses one of a newer version (made
/// by a later release of the library) with a message that says so.</para>
/// <para>Evidence rows keep their lookup keys apart from the claim: the claim's subject as read when imported
/// (<c>subjects</c>, one row per distinct reading) and its place (<c>places</c>, with one <c>place_keys</c> row per name
/// on its path), so that a query reads the few places and subjects that may relate to a claim's, then the rows at
/// those places and of those subjects within a period window, through one index.</para>
/// </remarks>
internal static class StoreSchema
{
    /// <summary>The version this library writes and reads.</summary>
    public const int Version = 2;

    /// <summary>Creates the tables or upgrades them; throws <see cref="EvidenceStoreException"/> for a store this library
    /// cannot read.</summary>
    /// <remarks>A store at this version is only read. Otherwise the set-up takes the database's write lock first (SQLite:
    /// an immediate transaction; PostgreSQL: a transaction-scoped advisory lock) and reads the version again under it, so
    /// that of several processes setting up one empty store, one creates the tables and the others find them.</remarks>
    public static async Task EnsureAsync(DbDataSource source, StoreDialect dialect, CancellationToken cancellationToken)
    {
        var connection = await StoreConnections.OpenAsync(source, dialect, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            if (Check(await VersionAsync(connection, null, cancellationToken).ConfigureAwait(false)))
            {
                return;
            }

            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                if (dialect.SchemaLock is { } schemaLock)
                {
                    await ExecuteAsync(connection, transaction, schemaLock, cancellationToken).ConfigureAwait(false);
                }

                var version = await VersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                if (Check(version))
                {
                    return;
                }

                // Steps from the store's version to this one; version 0 is an empty database.
                for (var step = version + 1; step <= Version; step++)
                {
                    foreach (var statement in Steps(dialect)[step - 1])
                    {
                        await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
                    }
                }

                await ExecuteAsync(connection, transaction, "DELETE FROM schema_version", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, string.Create(CultureInfo.InvariantCulture, $"INSERT INTO schema_version (version) VALUES ({Version})"), cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Whether a store at this version needs nothing done; throws for one of a later release.
    private static bool Check(int version) => version > Version
        ? throw new EvidenceStoreException($"The evidence store is at schema version {version}, made by a later release of Verification; this release reads version {Version}. Update the tool ('dotnet tool update --global Verification.Cli') or the Verification.Store package to use it.")
        : version == Version;

    /// <summary>The schema version a database is at: 0 when it has no store yet.</summary>
    public static async Task<int> VersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = connection is Microsoft.Data.Sqlite.SqliteConnection
                ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
                : "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
            {
                return 0;
            }

            command.CommandText = "SELECT max(version) FROM schema_version";
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } v and not DBNull ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : 0;
        }
    }

    // The statements of each step, in order: step 1 creates version 1.
    private static string[][] Steps(StoreDialect d) =>
    [
        [
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
            $"CREATE TABLE data_sets (id {d.IdColumn}, name TEXT NOT NULL UNIQUE)",
            // One row per file imported; its content hash makes a second import of the same file a no-op.
            $"""
            CREATE TABLE imports (
              id {d.IdColumn},
              data_set_id {d.BigInt} NOT NULL REFERENCES data_sets (id),
              file_name TEXT NOT NULL,
              content_hash TEXT NOT NULL UNIQUE,
              release_name TEXT,
              released_on INTEGER NOT NULL,
              imported_at TEXT NOT NULL,
              added INTEGER NOT NULL,
              revised INTEGER NOT NULL,
              unchanged INTEGER NOT NULL)
            """,
            $"CREATE TABLE subjects (id {d.IdColumn}, reading TEXT NOT NULL UNIQUE, subject TEXT NOT NULL, quote TEXT)",
            $"CREATE TABLE places (id {d.IdColumn}, path TEXT NOT NULL UNIQUE, is_area INTEGER NOT NULL)",
            $"CREATE TABLE place_keys (place_id {d.BigInt} NOT NULL REFERENCES places (id), depth INTEGER NOT NULL, name_key TEXT NOT NULL, PRIMARY KEY (place_id, depth))",
            "CREATE INDEX place_keys_by_name ON place_keys (name_key, depth)",
            // Every revision of every evidence claim: valid from its release's day until the next revision's (null: still in force).
            $"""
            CREATE TABLE evidence (
              id {d.IdColumn},
              data_set_id {d.BigInt} NOT NULL REFERENCES data_sets (id),
              import_id {d.BigInt} NOT NULL REFERENCES imports (id),
              valid_from INTEGER NOT NULL,
              valid_to INTEGER,
              content_hash TEXT NOT NULL,
              subject_id {d.BigInt} NOT NULL REFERENCES subjects (id),
              place_id {d.BigInt} REFERENCES places (id),
              start_day INTEGER,
              end_day INTEGER,
              {ClaimColumns.Definitions(d.Double)})
            """,
            "CREATE INDEX evidence_by_place ON evidence (place_id, subject_id, start_day)",
            "CREATE INDEX evidence_by_claim ON evidence (claim_id, valid_from)",
            "CREATE UNIQUE INDEX evidence_current ON evidence (claim_id) WHERE valid_to IS NULL",
            "CREATE INDEX evidence_deriving ON evidence (claim_id) WHERE derived_from IS NOT NULL",
            // The latest check of each claim checked against the store, with the claim itself, for recheck.
            $"""
            CREATE TABLE checks (
              id {d.IdColumn},
              report_id TEXT NOT NULL,
              report_outlet TEXT,
              report_published INTEGER,
              position INTEGER NOT NULL,
              checked_at TEXT NOT NULL,
              last_import_id {d.BigInt} NOT NULL,
              verdict TEXT NOT NULL,
              {ClaimColumns.Definitions(d.Double)},
              UNIQUE (report_id, claim_id))
            """,
        ],
        [
            // How each kept check was made, so that a recheck makes it the same way: the day its evidence was read as
            // of (null: the latest), and what else it was made with, as its maker wrote it.
            "ALTER TABLE checks ADD COLUMN as_of INTEGER",
            "ALTER TABLE checks ADD COLUMN settings TEXT",
        ],
    ];

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

using Npgsql;

namespace Verification.Store.Tests;

/// <summary>Makes empty stores for tests, in a SQLite file or a new PostgreSQL database, and removes them after.</summary>
/// <remarks>The PostgreSQL server is named by <see cref="ConnectionVariable"/> (<c>.ci/run</c> starts one and sets it).
/// Without it the PostgreSQL tests fail, saying how to start one, unless <see cref="OptOutVariable"/> is set to 1, which
/// skips them: they never pass without having run.</remarks>
public sealed class StoreBackend : IAsyncDisposable
{
    /// <summary>The connection string of a PostgreSQL server whose user may create databases.</summary>
    public const string ConnectionVariable = "VERIFICATION_TEST_POSTGRES";

    /// <summary>Set to 1 to skip the PostgreSQL tests on a machine without a server.</summary>
    public const string OptOutVariable = "VERIFICATION_TEST_SKIP_POSTGRES";

    private readonly List<string> _files = [];
    private readonly List<string> _databases = [];
    private readonly List<string> _folders = [];
    private readonly List<EvidenceStore> _stores = [];

    /// <summary>A backend: "sqlite" or "postgres".</summary>
    public StoreBackend(string kind) => Kind = kind;

    /// <summary>"sqlite" or "postgres".</summary>
    public string Kind { get; }

    /// <summary>A location for a new, empty store, as <c>--store</c> takes it.</summary>
    public async Task<string> NewLocationAsync()
    {
        if (Kind == "sqlite")
        {
            var path = Path.Combine(Path.GetTempPath(), $"verification-store-{Guid.NewGuid():N}.db");
            _files.Add(path);
            return path;
        }

        var admin = AdminConnectionString();
        var name = $"verification_test_{Guid.NewGuid():N}";
        var connection = new NpgsqlConnection(admin);
        await using (connection)
        {
            await connection.OpenAsync();
            var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await using (command)
            {
                await command.ExecuteNonQueryAsync();
            }
        }

        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>A location whose database cannot be opened yet (a SQLite file in a folder not made, a PostgreSQL
    /// database not created), until <see cref="MakeReachableAsync"/>: a store whose server is not up yet.</summary>
    public string NewUnreachableLocation()
    {
        if (Kind == "sqlite")
        {
            var folder = Path.Combine(Path.GetTempPath(), $"verification-later-{Guid.NewGuid():N}");
            _folders.Add(folder);
            return Path.Combine(folder, "evidence.db");
        }

        var name = $"verification_test_{Guid.NewGuid():N}";
        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(AdminConnectionString()) { Database = name }.ConnectionString;
    }

    /// <summary>Makes a location of <see cref="NewUnreachableLocation"/> one that opens.</summary>
    public async Task MakeReachableAsync(string location)
    {
        if (Kind == "sqlite")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(location)!);
            return;
        }

        var connection = new NpgsqlConnection(AdminConnectionString());
        await using (connection)
        {
            await connection.OpenAsync();
            var command = new NpgsqlCommand($"CREATE DATABASE {new NpgsqlConnectionStringBuilder(location).Database}", connection);
            await using (command)
            {
                await command.ExecuteNonQueryAsync();
            }
        }
    }

    /// <summary>A new, empty store, disposed with the backend.</summary>
    public async Task<EvidenceStore> NewStoreAsync(EvidenceStoreOptions? options = null) => Track(EvidenceStore.Open(await NewLocationAsync(), options));

    /// <summary>Disposes <paramref name="store"/> with the backend.</summary>
    public EvidenceStore Track(EvidenceStore store)
    {
        _stores.Add(store);
        return store;
    }

    /// <summary>The PostgreSQL server's connection string; fails or skips the test when none is set.</summary>
    public static string AdminConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (Environment.GetEnvironmentVariable(OptOutVariable) == "1")
        {
            Assert.Ignore($"PostgreSQL tests skipped: {OptOutVariable}=1.");
        }

        Assert.Fail($"The PostgreSQL store tests need a server: set {ConnectionVariable} to a connection string (e.g. 'Host=127.0.0.1;Port=5432;Username=postgres;Password=…;Database=postgres'), or start one with 'source .ci/postgres.sh && postgres_start' (README, 'The evidence store'); or set {OptOutVariable}=1 to skip them.");
        return string.Empty;
    }

    /// <summary>Runs one statement on a store's database directly, around the library.</summary>
    public static async Task ExecuteAsync(string location, string sql)
    {
        var connection = Connect(location);
        await using (connection)
        {
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            await using (command)
            {
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync();
            }
        }
    }

    /// <summary>A connection, not yet open, to a store's database, around the library.</summary>
    public static System.Data.Common.DbConnection Connect(string location) => EvidenceStore.IsPostgresLocation(location)
        ? new NpgsqlConnection(location)
        : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={location}");

    /// <summary>Closes the stores and removes their files and databases.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in _files)
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }

        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        if (_databases.Count > 0)
        {
            NpgsqlConnection.ClearAllPools();
            var connection = new NpgsqlConnection(AdminConnectionString());
            await using (connection)
            {
                await connection.OpenAsync();
                foreach (var name in _databases)
                {
                    var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                    await using (command)
                    {
                        await command.ExecuteNonQueryAsync();
                    }
                }
            }
        }
    }
}

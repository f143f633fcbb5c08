using System.Collections.Concurrent;
using System.Data.Common;
using Verification.Store.Schema;

namespace Verification.Store.Query;

/// <summary>Connections a store keeps open for its candidate queries, each with the commands it has run, so that a
/// check of many claims opens (and sets up) a connection once per concurrent query rather than once per claim, and
/// prepares each shape of query once per connection rather than once per claim.</summary>
/// <remarks>A session is taken for one query and given back when its rows are read; queries running at once take
/// sessions of their own, up to <see cref="MaxSessions"/>, beyond which they wait. A session whose query failed is
/// disposed rather than given back. Each keeps at most <see cref="MaxCommands"/> commands (a query's text depends on
/// its subjects and the number of names on its place), and starts again from none when it has that many.</remarks>
internal sealed class QuerySessions(DbDataSource source, StoreDialect dialect) : IAsyncDisposable
{
    /// <summary>The most commands a session keeps.</summary>
    public const int MaxCommands = 256;

    private readonly ConcurrentBag<Session> _idle = [];

    // Queries beyond this many at once wait for a session rather than open connections without bound (a PostgreSQL
    // server takes a hundred by default, shared by everyone).
    private readonly SemaphoreSlim _slots = new(MaxSessions, MaxSessions);
    private volatile bool _disposed;

    /// <summary>The most sessions at once: twice the processors the engine verifies on, at least 4, at most 32.</summary>
    public static int MaxSessions { get; } = Math.Clamp(2 * Environment.ProcessorCount, 4, 32);

    /// <summary>An idle session, or a new one; waits while <see cref="MaxSessions"/> are in use.</summary>
    public async ValueTask<Session> TakeAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _idle.TryTake(out var session)
                ? session
                : new Session(await StoreConnections.OpenAsync(source, dialect, cancellationToken).ConfigureAwait(false), keepCommands: dialect is StoreDialect.Sqlite);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Gives a session back for the next query.</summary>
    public void Return(Session session)
    {
        _idle.Add(session);
        _slots.Release();

        // Disposed meanwhile: the session must not outlive the store.
        if (_disposed && _idle.TryTake(out var late))
        {
            late.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Disposes a session whose query failed, rather than give it back.</summary>
    public async ValueTask DiscardAsync(Session session)
    {
        try
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryTake(out var session))
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>An open connection and the commands run on it, by their text.</summary>
    internal sealed class Session(DbConnection connection, bool keepCommands) : IAsyncDisposable
    {
        private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
        private readonly bool _keepCommands = keepCommands;
        private DbCommand? _last;

        /// <summary>Runs a query, the command made and prepared the first time its text is seen.</summary>
        public async Task<DbDataReader> ExecuteReaderAsync(string sql, List<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
        {
            if (_last is { } last)
            {
                await last.DisposeAsync().ConfigureAwait(false);
                _last = null;
            }

            if (!_commands.TryGetValue(sql, out var command))
            {
                if (_commands.Count >= MaxCommands)
                {
                    await DisposeCommandsAsync().ConfigureAwait(false);
                }

                command = connection.CreateCommand();
                command.CommandText = sql;

                // SQLite prepares a command's statements once and keeps them with the command; Npgsql prepares by the
                // text on the connection (after a few uses), and a command of its run again with new parameters has
                // read stale rows: there each query gets a command of its own.
                if (_keepCommands)
                {
                    _commands[sql] = command;
                }
                else
                {
                    _last = command;
                }
            }

            command.Parameters.Clear();
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            return await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            await DisposeCommandsAsync().ConfigureAwait(false);
            if (_last is { } last)
            {
                await last.DisposeAsync().ConfigureAwait(false);
            }

            await connection.DisposeAsync().ConfigureAwait(false);
        }

        private async ValueTask DisposeCommandsAsync()
        {
            foreach (var command in _commands.Values)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }

            _commands.Clear();
        }
    }
}

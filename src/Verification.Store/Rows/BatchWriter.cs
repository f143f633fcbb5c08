using System.Data.Common;

namespace Verification.Store.Rows;

/// <summary>Collects rows for one insert statement and writes them a batch at a time, in the caller's transaction: what
/// an import's evidence and a check's kept results share, so that neither holds more than a batch of rows.</summary>
/// <typeparam name="TRow">A row as its writer holds it until it is written.</typeparam>
/// <remarks>PostgreSQL gets a batch in one round trip (<see cref="DbBatch"/>); SQLite, in the process, runs one prepared
/// statement per row, which costs less than building a batch.</remarks>
internal sealed class BatchWriter<TRow> : IAsyncDisposable
{
    /// <summary>The rows written at once by default: a batch is one round trip to a PostgreSQL server.</summary>
    public const int DefaultBatchSize = 1000;

    private readonly string _sql;
    private readonly IReadOnlyList<string> _parameters;
    private readonly List<TRow> _pending;
    private DbCommand? _prepared;

    /// <summary>A writer of one statement's rows.</summary>
    /// <param name="sql">The insert, with a parameter per value.</param>
    /// <param name="parameters">The parameters' names, "@" included, in the order of a row's values.</param>
    /// <param name="batchSize">The most rows held before they are written.</param>
    public BatchWriter(string sql, IReadOnlyList<string> parameters, int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _sql = sql;
        _parameters = parameters;
        BatchSize = batchSize;
        _pending = new List<TRow>(Math.Min(batchSize, DefaultBatchSize));
    }

    /// <summary>The most rows held before they are written.</summary>
    public int BatchSize { get; }

    /// <summary>The rows added and not yet written, in the order they were added.</summary>
    public IReadOnlyList<TRow> Pending => _pending;

    /// <summary>Whether a batch is held: it must be written (or dropped) before another row is added.</summary>
    public bool IsFull => _pending.Count >= BatchSize;

    /// <summary>Told the number of rows of each batch as it is written; for tests of how much is held.</summary>
    internal Action<int>? BatchWritten { get; set; }

    /// <summary>Adds a row to the batch.</summary>
    /// <exception cref="InvalidOperationException">The batch is full.</exception>
    public void Add(TRow row)
    {
        if (IsFull)
        {
            throw new InvalidOperationException($"A batch holds at most {BatchSize} rows: write it before adding more.");
        }

        _pending.Add(row);
    }

    /// <summary>Drops the pending rows without writing them.</summary>
    public void Clear() => _pending.Clear();

    /// <summary>Writes the pending rows and drops them.</summary>
    /// <param name="transaction">The transaction they are written in; its connection is open.</param>
    /// <param name="valuesOf">A pending row's values, by its index in <see cref="Pending"/>, in the order of the
    /// parameters; read when the row is written.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether each row changed the table (an insert the store refused, ON CONFLICT DO NOTHING, did not).</returns>
    public async Task<bool[]> WriteAsync(DbTransaction transaction, Func<int, object?[]> valuesOf, CancellationToken cancellationToken)
    {
        var written = await WriteRowsAsync(transaction, _pending.Count, valuesOf, cancellationToken).ConfigureAwait(false);
        _pending.Clear();
        return written;
    }

    /// <summary>Writes one row at once, apart from the pending ones.</summary>
    /// <param name="transaction">The transaction it is written in.</param>
    /// <param name="values">Its values, in the order of the parameters.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether it changed the table.</returns>
    public async Task<bool> WriteOneAsync(DbTransaction transaction, object?[] values, CancellationToken cancellationToken) =>
        (await WriteRowsAsync(transaction, 1, _ => values, cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_prepared is not null)
        {
            await _prepared.DisposeAsync().ConfigureAwait(false);
            _prepared = null;
        }
    }

    private async Task<bool[]> WriteRowsAsync(DbTransaction transaction, int count, Func<int, object?[]> valuesOf, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection ?? throw new InvalidOperationException("The transaction has ended.");
        var written = new bool[count];
        if (count == 0)
        {
            return written;
        }

        BatchWritten?.Invoke(count);
        if (connection.CanCreateBatch && count > 1)
        {
            var batch = connection.CreateBatch();
            await using (batch.ConfigureAwait(false))
            {
                batch.Transaction = transaction;
                for (var i = 0; i < count; i++)
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = _sql;
                    var values = valuesOf(i);
                    for (var v = 0; v < values.Length; v++)
                    {
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = _parameters[v];
                        parameter.Value = values[v] ?? DBNull.Value;
                        command.Parameters.Add(parameter);
                    }

                    batch.BatchCommands.Add(command);
                }

                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < count; i++)
                {
                    written[i] = batch.BatchCommands[i].RecordsAffected > 0;
                }
            }

            return written;
        }

        var insert = await PreparedAsync(transaction).ConfigureAwait(false);
        for (var i = 0; i < count; i++)
        {
            var values = valuesOf(i);
            for (var v = 0; v < values.Length; v++)
            {
                insert.Parameters[v].Value = values[v] ?? DBNull.Value;
            }

            written[i] = await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        }

        return written;
    }

    // The statement kept for the rows written one at a time: made once per transaction, its parameters set for each row.
    private async ValueTask<DbCommand> PreparedAsync(DbTransaction transaction)
    {
        if (_prepared?.Transaction != transaction)
        {
            if (_prepared is not null)
            {
                await _prepared.DisposeAsync().ConfigureAwait(false);
            }

            _prepared = transaction.Connection!.CreateCommand();
            _prepared.Transaction = transaction;
            _prepared.CommandText = _sql;
            foreach (var name in _parameters)
            {
                var parameter = _prepared.CreateParameter();
                parameter.ParameterName = name;
                _prepared.Parameters.Add(parameter);
            }
        }

        return _prepared;
    }
}

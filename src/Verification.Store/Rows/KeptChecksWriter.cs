using System.Data.Common;
using System.Globalization;
using Verification.Claims;
using Verification.Figures;
using Verification.Store.Schema;
using Verification.Verdicts;

namespace Verification.Store.Rows;

/// <summary>Keeps one report's check in the store, a batch of results at a time (as an import writes its claims, with a
/// <see cref="BatchWriter{TRow}"/>), replacing its last check whole: in one transaction, begun with the first batch and
/// committed by <see cref="CommitAsync"/>; disposed without a commit, it keeps nothing and the last check stays.</summary>
internal sealed class KeptChecksWriter : IAsyncDisposable
{
    private static readonly string[] Names =
        ["@report_id", "@report_outlet", "@report_published", "@position", "@checked_at", "@last_import_id", "@verdict", "@as_of", "@settings", .. ClaimColumns.Columns.Select(c => "@" + c.Name)];

    private static readonly string Insert = BuildInsert();

    private readonly DbDataSource _source;
    private readonly StoreDialect _dialect;
    private readonly Report _report;
    private readonly DateOnly? _asOf;
    private readonly long? _lastImportSeen;
    private readonly string? _settings;
    private readonly string _checkedAt;
    private readonly FigureOptions _figures = new();
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private readonly BatchWriter<ClaimVerification> _rows = new(Insert, Names);
    private long _lastImport;
    private int _position;

    /// <summary>A writer for a report's results.</summary>
    /// <param name="source">The store's connections.</param>
    /// <param name="dialect">The store's database.</param>
    /// <param name="report">The report: its id, outlet and day; its claims are not read.</param>
    /// <param name="asOf">The day the check read the evidence as of; null for the latest.</param>
    /// <param name="lastImportSeen">The last import the check could see; null for the last one when the first batch is
    /// written.</param>
    /// <param name="settings">What else the check was made with, as its maker wrote it.</param>
    /// <param name="checkedAt">When the check was made.</param>
    public KeptChecksWriter(DbDataSource source, StoreDialect dialect, Report report, DateOnly? asOf, long? lastImportSeen, string? settings, DateTimeOffset checkedAt)
    {
        _source = source;
        _dialect = dialect;
        _report = report;
        _asOf = asOf;
        _lastImportSeen = lastImportSeen;
        _settings = settings;
        _checkedAt = checkedAt.ToString("O", CultureInfo.InvariantCulture);
    }

    /// <summary>Told the number of results of each batch as it is written; for tests of how much is held.</summary>
    internal Action<int>? BatchWritten
    {
        get => _rows.BatchWritten;
        set => _rows.BatchWritten = value;
    }

    /// <summary>Adds the next result, in report order; a full batch is written, within the writer's transaction.</summary>
    public async Task AddAsync(ClaimVerification result, CancellationToken cancellationToken)
    {
        _rows.Add(result);
        if (_rows.IsFull)
        {
            await WriteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the results added and not yet written.</summary>
    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        await BeginAsync(cancellationToken).ConfigureAwait(false);
        var pending = _rows.Pending;
        await _rows.WriteAsync(_transaction!, i => ValuesOf(pending[i]), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Keeps what was added, replacing the report's last check (also when no result was added).</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await WriteAsync(cancellationToken).ConfigureAwait(false);
        await _transaction!.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _rows.DisposeAsync().ConfigureAwait(false);

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync().ConfigureAwait(false);
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string BuildInsert()
    {
        var columns = "report_id, report_outlet, report_published, position, checked_at, last_import_id, verdict, as_of, settings, " + ClaimColumns.List;
        var updates = string.Join(", ", columns.Split(", ").Where(c => c is not "report_id" and not "claim_id").Select(c => $"{c} = excluded.{c}"));
        return $"INSERT INTO checks ({columns}) VALUES ({string.Join(", ", Names)}) ON CONFLICT (report_id, claim_id) DO UPDATE SET {updates}";
    }

    // The transaction, begun with the first batch: the store's write lock (SQLite) is not held while the first results
    // are worked out.
    private async Task BeginAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            return;
        }

        _connection = await StoreConnections.OpenAsync(_source, _dialect, cancellationToken).ConfigureAwait(false);
        _transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var command = _connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = _transaction;
            command.CommandText = "SELECT coalesce(max(id), 0) FROM imports";
            _lastImport = _lastImportSeen ?? Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);

            // A report checked again replaces its last check whole: claims it no longer holds are not kept.
            command.CommandText = "DELETE FROM checks WHERE report_id = @report_id";
            var reportId = command.CreateParameter();
            reportId.ParameterName = "@report_id";
            reportId.Value = _report.Id;
            command.Parameters.Add(reportId);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private object?[] ValuesOf(ClaimVerification result)
    {
        var claim = ClaimColumns.ValuesOf(result.Claim, _figures);
        return
        [
            _report.Id,
            _report.Outlet,
            _report.Published?.DayNumber,
            _position++,
            _checkedAt,
            _lastImport,
            result.Verdict.ToString(),
            _asOf?.DayNumber,
            _settings,
            .. claim,
        ];
    }
}

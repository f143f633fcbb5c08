using System.Data.Common;
using System.Globalization;
using Verification.Claims;
using Verification.Figures;
using Verification.Input;
using Verification.Places;
using Verification.Store.Rows;
using Verification.Store.Schema;
using Verification.Subjects;

namespace Verification.Store;

/// <summary>One import into an <see cref="EvidenceStore"/>: any number of sources, stored together or not at all.</summary>
/// <remarks>
/// <para>Everything happens in one transaction, with prepared commands: <see cref="AddAsync"/> reads a source's claims
/// as they stream and writes them; <see cref="CommitAsync"/> makes them visible, or, when any source had a problem,
/// stores nothing and throws with every problem of every source. Disposing without committing stores nothing.</para>
/// <para>Any reader plugs in by handing its claims over as an <see cref="IAsyncEnumerable{T}"/> with an
/// <see cref="ImportSource"/> that names the file, its digest and the data set release.</para>
/// </remarks>
public sealed class EvidenceImport : IAsyncDisposable
{
    // The row of a claim's new current revision; left out, rather than failing, when the store holds one.
    private static readonly string InsertEvidence =
        $"INSERT INTO evidence (data_set_id, import_id, valid_from, valid_to, content_hash, subject_id, place_id, start_day, end_day, {ClaimColumns.List}) VALUES (@data_set_id, @import_id, @valid_from, NULL, @content_hash, @subject_id, @place_id, @start_day, @end_day, {ClaimColumns.Parameters}) ON CONFLICT (claim_id) WHERE valid_to IS NULL DO NOTHING";

    private static readonly string[] InsertParameters =
        ["@data_set_id", "@import_id", "@valid_from", "@content_hash", "@subject_id", "@place_id", "@start_day", "@end_day", .. ClaimColumns.Columns.Select(c => "@" + c.Name)];

    private readonly EvidenceStore _store;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly List<ImportSummary> _summaries = [];
    private readonly Dictionary<string, long> _subjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _dataSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _subjectsRead = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    // The claims read and not yet written: never more than a batch of a source is held.
    private readonly BatchWriter<PendingRow> _evidence = new(InsertEvidence, InsertParameters);
    private (ImportSource Source, Exception Error)? _failed;
    private bool _done;

    internal EvidenceImport(EvidenceStore store, DbConnection connection, DbTransaction transaction)
    {
        _store = store;
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>What each source added so far did.</summary>
    public IReadOnlyList<ImportSummary> Summaries => _summaries;

    /// <summary>The most claims of a source held before they are written.</summary>
    internal int BatchSize => _evidence.BatchSize;

    /// <summary>Told the number of claims of each batch as it is written; for tests of how much is held.</summary>
    internal Action<int>? BatchWritten
    {
        get => _evidence.BatchWritten;
        set => _evidence.BatchWritten = value;
    }

    /// <summary>Reads a source's claims and writes them, within this import's transaction.</summary>
    /// <param name="source">The file the claims come from, its digest and the data set release.</param>
    /// <param name="claims">The claims, read as they stream.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>What the source did; its problems, if any, are also reported by <see cref="CommitAsync"/>.</returns>
    /// <exception cref="InvalidClaimsException">Reading <paramref name="claims"/> found bad input: thrown on as is.</exception>
    /// <remarks>When reading <paramref name="claims"/> or writing them fails, whatever the source wrote stays in the
    /// transaction: the import can then no longer be committed (<see cref="CommitAsync"/> refuses), so that no source is
    /// ever stored in part.</remarks>
    public async Task<ImportSummary> AddAsync(ImportSource source, IAsyncEnumerable<Claim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(claims);
        ObjectDisposedException.ThrowIf(_done, this);
        try
        {
            return await AddSourceAsync(source, claims, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidClaimsException e)
        {
            _summaries.Add(new ImportSummary(source, 0, 0, 0, AlreadyImported: false, e.Problems));
            throw;
        }
        catch (DbException e)
        {
            _failed ??= (source, e);
            throw _store.Failure(e, $"importing '{source.Name}'");
        }
        catch (Exception e)
        {
            _failed ??= (source, e);
            throw;
        }
    }

    private async Task<ImportSummary> AddSourceAsync(ImportSource source, IAsyncEnumerable<Claim> claims, CancellationToken cancellationToken)
    {
        // Rows a source that failed part way left unwritten are not this source's.
        _evidence.Clear();
        if (await ScalarAsync("SELECT count(*) FROM imports WHERE content_hash = @hash", cancellationToken, ("hash", source.Identity)).ConfigureAwait(false) is > 0
            || _summaries.Any(s => s.Source.Identity == source.Identity))
        {
            var skipped = new ImportSummary(source, 0, 0, 0, AlreadyImported: true, []);
            _summaries.Add(skipped);
            return skipped;
        }

        var dataSetName = source.DataSet ?? Path.GetFileName(source.Name);
        var dataSet = await DataSetAsync(dataSetName, cancellationToken).ConfigureAwait(false);
        var releasedOn = (source.ReleasedOn ?? DateOnly.FromDateTime(_store.Options.TimeProvider.GetUtcNow().UtcDateTime)).DayNumber;
        var importId = await ScalarAsync(
            "INSERT INTO imports (data_set_id, file_name, content_hash, release_name, released_on, imported_at, added, revised, unchanged) VALUES (@data_set, @file, @hash, @release, @released_on, @at, 0, 0, 0) ON CONFLICT (content_hash) DO NOTHING RETURNING id",
            cancellationToken,
            ("data_set", dataSet),
            ("file", source.Name),
            ("hash", source.Identity),
            ("release", source.Release),
            ("released_on", releasedOn),
            ("at", _store.Options.TimeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture))).ConfigureAwait(false);
        if (importId is null)
        {
            // Another import of the same content committed meanwhile.
            var concurrent = new ImportSummary(source, 0, 0, 0, AlreadyImported: true, []);
            _summaries.Add(concurrent);
            return concurrent;
        }

        var rows = new SourceRows(dataSet, importId.Value, releasedOn);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var figures = new FigureOptions();
        var position = 0;
        await foreach (var claim in claims.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            position++;
            var name = claim.Id.Length > 0 ? claim.Id : "#" + position.ToString(CultureInfo.InvariantCulture);
            if (claim.Id.Length == 0)
            {
                rows.Problems.Add(Problem(name, "id", "id-missing", $"claim {position} has no id; stored evidence is found by id.", position));
                continue;
            }

            if (!seen.Add(claim.Id))
            {
                rows.Problems.Add(Problem(name, "id", "id-duplicate", $"claim '{claim.Id}', field 'id': the id is used twice in '{source.Name}'.", position));
                continue;
            }

            var values = ClaimColumns.ValuesOf(claim, figures);
            if (!ClaimColumns.CanKeep(claim, values))
            {
                rows.Problems.Add(Problem(name, "figure", "figure-unstorable", $"claim '{claim.Id}', field 'figure': the figure ({claim.Figure!.DescribeInterval()}) is neither text nor a form the store can make again from its numbers.", position));
                continue;
            }

            _evidence.Add(new PendingRow(claim, position, values, ClaimColumns.Digest(values)));
            if (_evidence.IsFull)
            {
                await WriteAsync(rows, cancellationToken).ConfigureAwait(false);
            }
        }

        await WriteAsync(rows, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("UPDATE imports SET added = @a, revised = @r, unchanged = @u WHERE id = @id", cancellationToken, ("a", rows.Added), ("r", rows.Revised), ("u", rows.Unchanged), ("id", importId)).ConfigureAwait(false);

        // Rows written in a batch and rows compared with the store one by one find their problems at different times.
        var summary = new ImportSummary(source, rows.Added, rows.Revised, rows.Unchanged, AlreadyImported: false, [.. rows.Problems.OrderBy(p => p.Position)]);
        _summaries.Add(summary);
        return summary;
    }

    // Writes a batch of claims: each is first written as new, which the store refuses (leaves out) when it holds a
    // current revision of the claim; only those are then read and compared one by one. A data set imported the first
    // time has nothing to compare, so its rows cost one insert each and no lookup.
    private async Task WriteAsync(SourceRows rows, CancellationToken cancellationToken)
    {
        if (_evidence.Pending.Count == 0)
        {
            return;
        }

        // Kept past the write, which drops the writer's rows: those the store held already are compared next.
        var pending = _evidence.Pending.ToArray();

        bool[] written;
        if (rows.Problems.Count == 0)
        {
            var keys = new (long Subject, long? Place)[pending.Length];
            for (var i = 0; i < pending.Length; i++)
            {
                var claim = pending[i].Claim;
                keys[i] = (await SubjectAsync(claim, cancellationToken).ConfigureAwait(false), claim.Place is { } p ? await PlaceAsync(p, cancellationToken).ConfigureAwait(false) : null);
            }

            written = await _evidence.WriteAsync(_transaction, i => InsertValues(rows, pending[i], keys[i]), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // Nothing will be stored: only look for more problems.
            _evidence.Clear();
            written = new bool[pending.Length];
        }

        for (var i = 0; i < pending.Length; i++)
        {
            if (written[i])
            {
                rows.Added++;
            }
            else
            {
                await CompareAsync(rows, pending[i], cancellationToken).ConfigureAwait(false);
            }
        }

    }

    // A claim the store may hold already: unchanged, revised (the current revision closed on this release's day and the
    // new one written), or a problem.
    private async Task CompareAsync(SourceRows rows, PendingRow row, CancellationToken cancellationToken)
    {
        var (claim, position, _, digest) = row;
        var name = claim.Id;
        var current = await CurrentAsync(claim.Id, cancellationToken).ConfigureAwait(false);
        if (current is { } c && c.DataSet != rows.DataSet)
        {
            var other = await TextAsync("SELECT name FROM data_sets WHERE id = @id", cancellationToken, ("id", c.DataSet)).ConfigureAwait(false);
            rows.Problems.Add(Problem(name, "id", "id-duplicate", $"claim '{claim.Id}', field 'id': the id already belongs to data set '{other}' in the store; evidence ids must be unique across data sets.", position));
            return;
        }

        if (current is { } same && same.Digest == digest)
        {
            rows.Unchanged++;
            return;
        }

        if (current is { } older)
        {
            if (older.ValidFrom > rows.ReleasedOn)
            {
                rows.Problems.Add(Problem(name, "release", "release-older", $"claim '{claim.Id}': the store holds a revision released on {DateOnly.FromDayNumber(older.ValidFrom):yyyy-MM-dd}, later than this release ({DateOnly.FromDayNumber(rows.ReleasedOn):yyyy-MM-dd}); import releases in the order they were published.", position));
                return;
            }

            // Only the current revision is closed: an import running at once that closed it first wins, and this one
            // is refused rather than leave the claim with two current revisions.
            if (await ExecuteAsync("UPDATE evidence SET valid_to = @day WHERE id = @id AND valid_to IS NULL", cancellationToken, ("day", rows.ReleasedOn), ("id", older.Id)).ConfigureAwait(false) == 0)
            {
                rows.Problems.Add(Problem(name, "id", "revised-meanwhile", $"claim '{claim.Id}': another import revised it while this one ran; import the file again.", position));
                return;
            }

            rows.Revised++;
        }
        else
        {
            rows.Added++;
        }

        if (rows.Problems.Count > 0)
        {
            // Nothing will be stored: only look for more problems.
            return;
        }

        var subject = await SubjectAsync(claim, cancellationToken).ConfigureAwait(false);
        long? place = claim.Place is { } p ? await PlaceAsync(p, cancellationToken).ConfigureAwait(false) : null;
        if (!await _evidence.WriteOneAsync(_transaction, InsertValues(rows, row, (subject, place)), cancellationToken).ConfigureAwait(false))
        {
            rows.Problems.Add(Problem(name, "id", "revised-meanwhile", $"claim '{claim.Id}': another import revised it while this one ran; import the file again.", position));
        }
    }

    // The values of InsertParameters for a row.
    private static object?[] InsertValues(SourceRows rows, PendingRow row, (long Subject, long? Place) keys)
    {
        var values = new object?[InsertParameters.Length];
        values[0] = rows.DataSet;
        values[1] = rows.ImportId;
        values[2] = rows.ReleasedOn;
        values[3] = row.Digest;
        values[4] = keys.Subject;
        values[5] = keys.Place;
        values[6] = row.Claim.Period?.Start.DayNumber;
        values[7] = row.Claim.Period?.End.DayNumber;
        Array.Copy(row.Values, 0, values, 8, row.Values.Length);
        return values;
    }

    /// <summary>Stores what was added, in one step; or, when any source had a problem, stores nothing.</summary>
    /// <param name="cancellationToken">Cancels the commit (then nothing is stored).</param>
    /// <exception cref="InvalidClaimsException">A source had problems: every problem of every source, each message
    /// naming its file.</exception>
    /// <exception cref="InvalidOperationException">Adding a source failed otherwise (<see cref="AddAsync"/> threw): a
    /// part of it may have been written, so nothing is stored.</exception>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        if (_failed is var (failedSource, error))
        {
            await DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"The import cannot be committed: adding '{failedSource.Name}' failed ({error.GetType().Name}: {error.Message}), so part of it may have been written; nothing of the import is stored. Start a new import.", error);
        }

        var problems = _summaries.SelectMany(s => s.Problems.Select(p => p with { Message = $"{s.Source.Name}: {p.Message}" })).ToList();
        if (problems.Count > 0)
        {
            await DisposeAsync().ConfigureAwait(false);
            throw new InvalidClaimsException(problems, "evidence import");
        }

        try
        {
            await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            await DisposeAsync().ConfigureAwait(false);
            throw _store.Failure(e, "committing an import");
        }

        await DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Ends the import; if it was not committed, nothing of it is stored.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        await _evidence.DisposeAsync().ConfigureAwait(false);
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        await _transaction.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    // A claim read and checked, waiting for its batch to be written.
    private sealed record PendingRow(Claim Claim, int Position, object?[] Values, string Digest);

    // What one source's rows did so far, and where they go.
    private sealed class SourceRows(long dataSet, long importId, int releasedOn)
    {
        public long DataSet => dataSet;

        public long ImportId => importId;

        public int ReleasedOn => releasedOn;

        public List<ClaimProblem> Problems { get; } = [];

        public int Added { get; set; }

        public int Revised { get; set; }

        public int Unchanged { get; set; }
    }

    private static ClaimProblem Problem(string claim, string field, string code, string message, int position) =>
        new(claim, field, code, message) { Position = position };

    // The revision of a claim in force now: its row, data set, digest and first day.
    private async Task<(long Id, long DataSet, string Digest, int ValidFrom)?> CurrentAsync(string claimId, CancellationToken cancellationToken)
    {
        var command = Command("current", "SELECT id, data_set_id, content_hash, valid_from FROM evidence WHERE claim_id = @claim_id AND valid_to IS NULL");
        Set(command, "claim_id", claimId);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), reader.GetString(2), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture))
                : null;
        }
    }

    private async Task<long> DataSetAsync(string name, CancellationToken cancellationToken)
    {
        if (_dataSets.TryGetValue(name, out var id))
        {
            return id;
        }

        // Another import may add the same row at the same time (PostgreSQL): its insert wins, and this one reads it.
        id = await ScalarAsync("INSERT INTO data_sets (name) VALUES (@name) ON CONFLICT (name) DO NOTHING RETURNING id", cancellationToken, ("name", name)).ConfigureAwait(false)
            ?? await ScalarAsync("SELECT id FROM data_sets WHERE name = @name", cancellationToken, ("name", name)).ConfigureAwait(false) ?? 0;
        return _dataSets[name] = id;
    }

    // The subject's row: one per distinct subject text, and per quote too when the subject names no count the default
    // vocabulary reads (then the quote may say what is counted: see SubjectVocabulary.Read(Claim)).
    private async Task<long> SubjectAsync(Claim claim, CancellationToken cancellationToken)
    {
        if (!_subjectsRead.TryGetValue(claim.Subject.Text, out var isRead))
        {
            _subjectsRead[claim.Subject.Text] = isRead = SubjectVocabulary.Default.Read(claim.Subject).IsRead;
        }

        var quote = isRead ? null : claim.Quote;
        var reading = quote is null ? claim.Subject.Text : claim.Subject.Text + "\u001f" + quote;
        if (_subjects.TryGetValue(reading, out var id))
        {
            return id;
        }

        // Inserted first: a new import mostly meets new subjects, and one that exists costs a refused insert.
        id = await ScalarAsync("INSERT INTO subjects (reading, subject, quote) VALUES (@reading, @subject, @quote) ON CONFLICT (reading) DO NOTHING RETURNING id", cancellationToken, ("reading", reading), ("subject", claim.Subject.Text), ("quote", quote)).ConfigureAwait(false)
            ?? await ScalarAsync("SELECT id FROM subjects WHERE reading = @reading", cancellationToken, ("reading", reading)).ConfigureAwait(false) ?? 0;
        return _subjects[reading] = id;
    }

    // The place's row, with a key row per name on its path (under the default name table: see EvidenceStore).
    private async Task<long> PlaceAsync(Place place, CancellationToken cancellationToken)
    {
        if (_places.TryGetValue(place.Path, out var id))
        {
            return id;
        }

        // Inserted first, as subjects are; a place that exists (or was added by another import meanwhile) has its keys.
        if (await ScalarAsync("INSERT INTO places (path, is_area) VALUES (@path, @area) ON CONFLICT (path) DO NOTHING RETURNING id", cancellationToken, ("path", place.Path), ("area", place.IsDescribedArea ? 1 : 0)).ConfigureAwait(false) is not { } inserted)
        {
            return _places[place.Path] = await ScalarAsync("SELECT id FROM places WHERE path = @path", cancellationToken, ("path", place.Path)).ConfigureAwait(false) ?? 0;
        }

        id = inserted;
        var keys = place.Keys(PlaceNameTable.Default);
        for (var depth = 0; depth < keys.Length; depth++)
        {
            await ExecuteAsync("INSERT INTO place_keys (place_id, depth, name_key) VALUES (@place, @depth, @key)", cancellationToken, ("place", id), ("depth", depth), ("key", keys[depth])).ConfigureAwait(false);
        }

        return _places[place.Path] = id;
    }

    // A command kept for the import and prepared on first use: the same statement runs once per claim.
    private DbCommand Command(string sql) => Command(sql, sql);

    private DbCommand Command(string name, string sql)
    {
        if (!_commands.TryGetValue(name, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            _commands[name] = command;
        }

        return command;
    }

    private static void Set(DbCommand command, string name, object? value)
    {
        // Named as in the SQL, "@" included: SQLite then finds each at once rather than trying each prefix in turn.
        name = "@" + name;
        DbParameter parameter;
        var at = command.Parameters.IndexOf(name);
        if (at < 0)
        {
            parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        else
        {
            parameter = command.Parameters[at];
        }

        parameter.Value = value ?? DBNull.Value;
    }

    private async Task<long?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            Set(command, name, value);
        }

        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return result is null or DBNull ? null : Convert.ToInt64(result, CultureInfo.InvariantCulture);
    }

    private async Task<string?> TextAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            Set(command, name, value);
        }

        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            Set(command, name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Verification.Claims;
using Verification.Engine;
using Verification.Evidence;
using Verification.Figures;
using Verification.Input;
using Verification.Places;
using Verification.Store.Query;
using Verification.Store.Rows;
using Verification.Store.Schema;
using Verification.Subjects;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Store;

/// <summary>Evidence kept in a database: a SQLite file (embedded, nothing to install) or a PostgreSQL database (shared by
/// a newsroom), with the same schema and the same verdicts as the same evidence held in memory.</summary>
/// <remarks>
/// <para>Claims go in through <see cref="BeginImportAsync"/> (or <see cref="ImportAsync"/> for one source). A query reads
/// only the rows that may match a claim: those at a place that is the claim's, inside it, containing it or an area that
/// may overlap it; of a subject that relates to the claim's; and with a period within the search margin of the claim's.
/// Each row read is checked with <see cref="EvidenceQuery.Matches(Claim)"/>, so the engine sees exactly what an in-memory source
/// would give it. The store is never read into memory: only the list of distinct subjects is, once per run.</para>
/// <para>Lookup keys are computed when claims are imported, under <see cref="PlaceNameTable.Default"/>; a run under other
/// place names reads every place's rows of the related subjects (still checked one by one, so its verdicts are right,
/// only slower).</para>
/// <para>Each claim may have revisions, one per release of its data set that changed it. Queries see the latest, or
/// the one in force on <see cref="EvidenceStoreOptions.AsOf"/>. The results of checks can be kept
/// (<see cref="RecordChecksAsync"/>), and checked again when the evidence changed (<see cref="RecheckAsMadeAsync"/>).</para>
/// <para>Thread-safe: candidate queries running at once each take a connection the store keeps open for them.</para>
/// <para>A database failure is thrown as an <see cref="EvidenceStoreException"/> naming the store and what it was doing,
/// with the database's exception inside it.</para>
/// </remarks>
public sealed class EvidenceStore : IEvidenceSource, IAsyncDisposable, IDisposable
{
    // The most subjects a candidate query seeks one by one in SQLite's place index (see CandidateQueryAsync).
    private const int SoughtSubjects = 16;

    private readonly StoreDialect _dialect;
    private readonly DbDataSource _source;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;
    private readonly QuerySessions _sessions;
    private readonly SemaphoreSlim _keysGate = new(1, 1);
    private volatile RunKeys? _keys;
    private int _subjectListReads;

    private EvidenceStore(StoreDialect dialect, EvidenceStoreOptions? options)
    {
        _dialect = dialect;
        _source = dialect.CreateDataSource();
        Options = options ?? new EvidenceStoreOptions();
        _sessions = new QuerySessions(_source, _dialect);
    }

    /// <summary>A store at a location as <c>--store</c> takes it: a PostgreSQL connection string
    /// (<c>Host=…;Database=…</c>) or URL (<c>postgresql://…</c>), else the path of a SQLite file (created when
    /// missing).</summary>
    /// <param name="location">The location.</param>
    /// <param name="options">How the store is read; defaults when null.</param>
    public static EvidenceStore Open(string location, EvidenceStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return new EvidenceStore(StoreLocation.Parse(location), options);
    }

    /// <summary>A store in a SQLite file, created when missing.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How the store is read; defaults when null.</param>
    public static EvidenceStore OpenSqlite(string path, EvidenceStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new EvidenceStore(new StoreDialect.Sqlite(path), options);
    }

    /// <summary>A store in a PostgreSQL database; its tables are created when missing.</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=…;Database=…;Username=…</c>) or a
    /// <c>postgresql://</c> URL.</param>
    /// <param name="options">How the store is read; defaults when null.</param>
    public static EvidenceStore OpenPostgres(string connectionString, EvidenceStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new EvidenceStore(new StoreDialect.Postgres(StoreLocation.ToConnectionString(connectionString)), options);
    }

    /// <summary>Whether a location names a PostgreSQL database (a connection string or URL) rather than a SQLite file.</summary>
    /// <param name="location">The location, as <see cref="Open"/> takes it.</param>
    public static bool IsPostgresLocation(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return StoreLocation.IsPostgres(location);
    }

    /// <summary>"SQLite" or "PostgreSQL".</summary>
    public string Kind => _dialect.Name;

    /// <summary>How the store is read.</summary>
    public EvidenceStoreOptions Options { get; }

    /// <summary>Creates or upgrades the store's tables now (otherwise done on first use).</summary>
    /// <param name="cancellationToken">Cancels the set-up; a cancelled upgrade is rolled back.</param>
    /// <exception cref="EvidenceStoreException">The store was made by a later release.</exception>
    /// <remarks>Only a set-up that succeeded is remembered: after a failure (the server not yet up), the next use tries
    /// again. Stores opened at once on an empty database, by threads or processes, all succeed: one creates the tables
    /// and the others wait for it.</remarks>
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        _schemaReady ? Task.CompletedTask : InitializeOnceAsync(cancellationToken);

    private async Task InitializeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!_schemaReady)
                {
                    await StoreSchema.EnsureAsync(_source, _dialect, cancellationToken).ConfigureAwait(false);
                    _schemaReady = true;
                }
            }
            finally
            {
                _schemaGate.Release();
            }
        }
        catch (DbException e)
        {
            throw Failure(e, "setting up its tables");
        }
    }

    /// <summary>Starts an import: sources added to it are stored together when it is committed, or not at all.</summary>
    /// <param name="cancellationToken">Cancels opening it.</param>
    public async Task<EvidenceImport> BeginImportAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
            var connection = await StoreConnections.OpenAsync(_source, _dialect, cancellationToken).ConfigureAwait(false);
            try
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                return new EvidenceImport(this, connection, transaction);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch (DbException e)
        {
            throw Failure(e, "starting an import");
        }
    }

    /// <summary>Imports one source's claims: all stored, or, when any has a problem, none.</summary>
    /// <param name="source">The file the claims come from, its digest and the data set release.</param>
    /// <param name="claims">The claims.</param>
    /// <param name="cancellationToken">Cancels the import (then nothing is stored).</param>
    /// <exception cref="InvalidClaimsException">The claims had problems: every one is listed, and nothing was stored.</exception>
    public async Task<ImportSummary> ImportAsync(ImportSource source, IAsyncEnumerable<Claim> claims, CancellationToken cancellationToken = default)
    {
        var import = await BeginImportAsync(cancellationToken).ConfigureAwait(false);
        await using (import.ConfigureAwait(false))
        {
            var summary = await import.AddAsync(source, claims, cancellationToken).ConfigureAwait(false);
            await import.CommitAsync(cancellationToken).ConfigureAwait(false);
            return summary;
        }
    }

    /// <inheritdoc />
    /// <remarks>Runs on a connection the store keeps open between queries, with the statement prepared once per shape
    /// of query (<see cref="QuerySessions"/>).</remarks>
    public async ValueTask<IReadOnlyList<Claim>> FindCandidatesAsync(EvidenceQuery query, CancellationToken cancellationToken)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(query);
            if (await CandidateQueryAsync(query, cancellationToken).ConfigureAwait(false) is not var (sql, parameters))
            {
                return [];
            }

            var found = new List<Claim>();
            var session = await _sessions.TakeAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var reader = await session.ExecuteReaderAsync(sql, parameters, cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    var figures = query.Options.Figures;
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var claim = ClaimColumns.Read(reader, 0, figures);
                        if (query.Matches(claim))
                        {
                            found.Add(claim);
                        }
                    }
                }

                _sessions.Return(session);
            }
            catch
            {
                await _sessions.DiscardAsync(session).ConfigureAwait(false);
                throw;
            }

            return CandidateOrder.Sort(found, query);
        }
        catch (DbException e)
        {
            throw Failure(e, "reading a claim's candidates");
        }
    }

    /// <summary>The SQL that reads a query's candidates, and its parameters; null when no stored subject relates to the
    /// query's, so nothing can match.</summary>
    /// <remarks>The subjects related to the query's are read in three groups, each at the places where
    /// <see cref="EvidenceQuery.Matches(Claim)"/> may take it (<see cref="EvidenceQuery.IsNeitherSameNorPart"/>): a part of the
    /// query's count only at its place or inside it, a whole of which it is a part only at its place or a place
    /// containing it, any other at every related place; so that rows a claim could never take are not read at all. Each group is one
    /// branch of a <c>UNION ALL</c> (the groups share no subject, so no row is read twice).</remarks>
    internal async Task<(string Sql, List<(string Name, object? Value)> Parameters)?> CandidateQueryAsync(EvidenceQuery query, CancellationToken cancellationToken)
    {
        var keys = await KeysForAsync(query.Options, reload: false, cancellationToken).ConfigureAwait(false);
        // Read once: the option may change meanwhile, and the filter and its parameter must agree.
        var asOf = Options.AsOf;
        var parameters = new List<(string Name, object? Value)>();
        if (asOf is { } day)
        {
            parameters.Add(("as_of", day.DayNumber));
        }

        // The query's subject as Matches reads it (from the claim's quote too, when the subject names only a kind of
        // figure), related to each stored subject as Matches relates it to each row's: a subject the vocabulary does
        // not read relates only to the same words.
        var subjects = keys.RelatedTo(query.SubjectKey);
        if (subjects.IsEmpty)
        {
            return null;
        }

        var period = string.Empty;
        if (query.Period is not null)
        {
            var (start, end) = query.SearchDays(query.SubjectKey);
            // A stored running total's words may give a start before its period too: one "since 17 October" as of a
            // later day still reaches the query's.
            var since = keys.SinceRelatedTo(query.SubjectKey);
            period = since.Length == 0
                ? " AND (start_day IS NULL OR (start_day <= @end AND end_day >= @start))"
                : $" AND (start_day IS NULL OR ((start_day <= @end OR subject_id IN ({since})) AND end_day >= @start))";
            parameters.Add(("start", start));
            parameters.Add(("end", end));
        }

        var branches = new List<string>();
        void Branch(string subjectIds, string? places)
        {
            if (subjectIds.Length == 0)
            {
                return;
            }

            // SQLite: a long list of subjects (a broad count relates to hundreds of stored phrases) is checked on each
            // index entry of a place rather than sought phrase by phrase, since a seek per place and phrase costs more
            // than reading the place's entries; the unary plus keeps the column out of SQLite's seeks, the rows are the
            // same. PostgreSQL chooses by its statistics, and its unary plus is not a hint.
            var column = _dialect is StoreDialect.Sqlite && places is not null && subjectIds.Count(c => c == ',') >= SoughtSubjects ? "+subject_id" : "subject_id";
            branches.Add($"SELECT {ClaimColumns.List}, id FROM evidence WHERE {Validity(asOf)} AND {column} IN ({subjectIds}){places}{period}");
        }

        if (query.Place is null)
        {
            Branch(subjects.All, " AND place_id IS NULL");
        }
        else if (!ReferenceEquals(query.Options.PlaceNames, PlaceNameTable.Default))
        {
            Branch(subjects.All, null);
        }
        else
        {
            var places = new PlaceSets(query.Place, parameters);
            Branch(subjects.Other, places.Related);
            Branch(subjects.Narrower, places.HereOrInside);
            Branch(subjects.Wider, places.HereOrContaining);
        }

        return (string.Join(" UNION ALL ", branches) + " ORDER BY id", parameters);
    }

    /// <inheritdoc />
    /// <remarks>Reads the list of distinct subjects again too, so that a run sees what was imported before it. The
    /// claims carry what origins are followed by (id, subject, place, source and derivations), not their figures,
    /// periods or quotes: a store may hold millions of them, and a run holds them all. Equal subjects, places, sources
    /// and lists of derivations are shared between the claims.</remarks>
    public async ValueTask<IReadOnlyList<Claim>> GetDerivationsAsync(VerificationOptions options, CancellationToken cancellationToken)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(options);
            await KeysForAsync(options, reload: true, cancellationToken).ConfigureAwait(false);
            var parameters = new List<(string, object?)>();
            var asOf = Options.AsOf;
            if (asOf is { } day)
            {
                parameters.Add(("as_of", day.DayNumber));
            }

            return await ReadDerivationsAsync(asOf, parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            throw Failure(e, "reading the derivations");
        }
    }

    /// <summary>The stored claims with the given ids, as queries see them (latest, or in force on
    /// <see cref="EvidenceStoreOptions.AsOf"/>); ids the store does not hold are left out.</summary>
    /// <param name="ids">The ids.</param>
    /// <param name="options">The run's options (figure text is read under them); defaults when null.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<Claim>> GetClaimsAsync(IEnumerable<string> ids, VerificationOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(ids);
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
            var figures = (options ?? new VerificationOptions()).Figures;
            var claims = new List<Claim>();
            var asOf = Options.AsOf;
            foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
            {
                var parameters = new List<(string, object?)>();
                if (asOf is { } day)
                {
                    parameters.Add(("as_of", day.DayNumber));
                }

                var names = new List<string>();
                foreach (var id in chunk)
                {
                    names.Add("@id" + names.Count.ToString(CultureInfo.InvariantCulture));
                    parameters.Add((names[^1][1..], id));
                }

                await foreach (var claim in ReadClaimsAsync($"SELECT {ClaimColumns.List} FROM evidence WHERE claim_id IN ({string.Join(", ", names)}) AND {Validity(asOf)} ORDER BY id", parameters, figures, cancellationToken).ConfigureAwait(false))
                {
                    claims.Add(claim);
                }
            }

            return claims;
        }
        catch (DbException e)
        {
            throw Failure(e, "reading claims by id");
        }
    }

    /// <summary>Every revision of a stored claim, oldest first.</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<EvidenceRevision>> GetRevisionsAsync(string id, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(id);
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
            var revisions = new List<EvidenceRevision>();
            var connection = await StoreConnections.OpenAsync(_source, _dialect, cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.CommandText = $"SELECT d.name, i.release_name, e.valid_from, e.valid_to, {string.Join(", ", ClaimColumns.Columns.Select(c => "e." + c.Name))} FROM evidence e JOIN data_sets d ON d.id = e.data_set_id JOIN imports i ON i.id = e.import_id WHERE e.claim_id = @id ORDER BY e.valid_from, e.id";
                    AddParameter(command, "id", id);
                    var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        var figures = new FigureOptions();
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            revisions.Add(new EvidenceRevision(
                                ClaimColumns.Read(reader, 4, figures),
                                reader.GetString(0),
                                reader.IsDBNull(1) ? null : reader.GetString(1),
                                DateOnly.FromDayNumber(Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)),
                                reader.IsDBNull(3) ? null : DateOnly.FromDayNumber(Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture))));
                        }
                    }
                }
            }

            return revisions;
        }
        catch (DbException e)
        {
            throw Failure(e, "reading a claim's revisions");
        }
    }

    /// <summary>The last import committed to the store: 0 when none. Read it before a check, and give it to
    /// <see cref="RecordChecksAsync"/>, so that imports committed
    /// while the check ran are rechecked.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<long> GetLastImportIdAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
            var connection = await StoreConnections.OpenAsync(_source, _dialect, cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.CommandText = "SELECT coalesce(max(id), 0) FROM imports";
                    return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (DbException e)
        {
            throw Failure(e, "reading the last import");
        }
    }

    /// <summary>Keeps the results of a check against this store, with how it was made, replacing the last results of
    /// the same report (by its id) whole, so that <see cref="RecheckAsync"/> can tell which verdicts the evidence has
    /// since changed.</summary>
    /// <param name="result">The check's results.</param>
    /// <param name="record">The last import the check could see, and what else it was made with; null for the last
    /// import now and nothing else.</param>
    /// <param name="cancellationToken">Cancels storing them (then none is stored).</param>
    /// <remarks>The check is kept as made against the evidence in force on <see cref="EvidenceStoreOptions.AsOf"/> (the
    /// latest when null): a later import changes that evidence only when its release day is on or before that day, and
    /// only such an import makes <see cref="RecheckAsMadeAsync"/> check the report again, as of the same day. Without
    /// <see cref="CheckRecord.LastImportSeen"/>, an import committed while the check ran counts as seen: read
    /// <see cref="GetLastImportIdAsync"/> before the check to be exact.</remarks>
    public Task RecordChecksAsync(ReportVerification result, CheckRecord? record = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return RecordAsync(result, Options.AsOf, record?.LastImportSeen, record?.Settings, cancellationToken);
    }

    /// <summary>Keeps the results of a check against this store as they come, as <see cref="RecordChecksAsync"/> keeps
    /// them whole: for a check too large to hold. Each result is handed on as it comes and stored in batches; the
    /// report's last check is replaced once every result was read.</summary>
    /// <param name="report">The report checked: its id, outlet and day are kept; its claims are not read.</param>
    /// <param name="results">The results, in the report's order (<see cref="IClaimVerifier.VerifyAllAsync"/>).</param>
    /// <param name="record">The last import the check could see, and what else it was made with; null for the last
    /// import when the first results are stored, and nothing else.</param>
    /// <param name="cancellationToken">Cancels the check and storing it (then none is stored).</param>
    /// <returns>The results, each as soon as it came.</returns>
    /// <remarks>The results are stored in one transaction, begun with the first batch and committed when
    /// <paramref name="results"/> ends: a check that fails, is cancelled or is not read to its end keeps nothing, and the
    /// report's last check stays. On a SQLite store that transaction holds the store's write lock from the first batch
    /// to the end, as an import does.</remarks>
    public async IAsyncEnumerable<ClaimVerification> KeepChecksAsync(Report report, IAsyncEnumerable<ClaimVerification> results, CheckRecord? record = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(results);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var writer = new KeptChecksWriter(_source, _dialect, report, Options.AsOf, record?.LastImportSeen, record?.Settings, Options.TimeProvider.GetUtcNow());
        await using (writer.ConfigureAwait(false))
        {
            await foreach (var result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await KeepingAsync(writer.AddAsync(result, cancellationToken)).ConfigureAwait(false);
                yield return result;
            }

            await KeepingAsync(writer.CommitAsync(cancellationToken)).ConfigureAwait(false);
        }
    }

    // Storing a batch of a check's results, a database failure thrown as the store's own.
    private async Task KeepingAsync(Task work)
    {
        try
        {
            await work.ConfigureAwait(false);
        }
        catch (DbException e)
        {
            throw Failure(e, "keeping a check's results");
        }
    }

    private async Task RecordAsync(ReportVerification result, DateOnly? asOf, long? lastImportSeen, string? settings, CancellationToken cancellationToken)
    {
        try
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
            var writer = new KeptChecksWriter(_source, _dialect, result.Report, asOf, lastImportSeen, settings, Options.TimeProvider.GetUtcNow());
            await using (writer.ConfigureAwait(false))
            {
                foreach (var claim in result.Claims)
                {
                    await writer.AddAsync(claim, cancellationToken).ConfigureAwait(false);
                }

                await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbException e)
        {
            throw Failure(e, "keeping a check's results");
        }
    }

    /// <summary>Checks again, with <paramref name="verifier"/>, every kept check made as this store reads (the same
    /// <see cref="EvidenceStoreOptions.AsOf"/>, no settings of its own) whose evidence an import has changed since; keeps
    /// the new results, and returns the claims whose verdict changed.</summary>
    /// <param name="verifier">A verifier whose evidence is this store.</param>
    /// <param name="cancellationToken">Cancels the recheck; reports already checked again keep their new results.</param>
    /// <remarks>A report is checked again as a whole, since a claim's independence depends on the others'
    /// derivations. Checks made another way (as of another day, or kept with settings) are left as they are: check them
    /// again with <see cref="RecheckAsMadeAsync"/>,
    /// which makes each check as it was made.</remarks>
    public Task<IReadOnlyList<VerdictChange>> RecheckAsync(IClaimVerifier verifier, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        return RecheckAsMadeAsync(
            async (kept, ct) => kept.AsOf == Options.AsOf && kept.Settings is null ? await verifier.VerifyAsync(kept.Report, ct).ConfigureAwait(false) : null,
            cancellationToken);
    }

    /// <summary>Checks again every kept check whose evidence an import has changed since, under the conditions it was
    /// made in; keeps the new results, and returns the claims whose verdict changed.</summary>
    /// <param name="verify">Checks a kept report again, as it was checked (<see cref="KeptCheck.AsOf"/>,
    /// <see cref="KeptCheck.Settings"/>); null when it cannot be, which leaves its last check as it is.</param>
    /// <param name="cancellationToken">Cancels the recheck; reports already checked again keep their new results.</param>
    /// <remarks>A check made as of a day is stale only when an import released on or before that day came after it:
    /// a later release does not change the evidence in force that day.</remarks>
    public async Task<IReadOnlyList<VerdictChange>> RecheckAsMadeAsync(Func<KeptCheck, CancellationToken, Task<ReportVerification?>> verify, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verify);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var reports = new List<(KeptCheck Check, Verdict[] Previous)>();
        try
        {
            var connection = await StoreConnections.OpenAsync(_source, _dialect, cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.CommandText = $"SELECT report_id, report_outlet, report_published, verdict, as_of, settings, {ClaimColumns.List} FROM checks WHERE report_id IN (SELECT c.report_id FROM checks c WHERE EXISTS (SELECT 1 FROM imports i WHERE i.id > c.last_import_id AND (c.as_of IS NULL OR i.released_on <= c.as_of))) ORDER BY report_id, position";
                    var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        var figures = new FigureOptions();
                        string? current = null;
                        var claims = new List<Claim>();
                        var verdicts = new List<Verdict>();
                        (string? Outlet, DateOnly? Published, DateOnly? AsOf, string? Settings) header = default;
                        void Flush()
                        {
                            if (current is not null)
                            {
                                var report = new Report(current, [.. claims]) { Outlet = header.Outlet, Published = header.Published };
                                reports.Add((new KeptCheck(report, header.AsOf, header.Settings), [.. verdicts]));
                            }

                            claims.Clear();
                            verdicts.Clear();
                        }

                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            var reportId = reader.GetString(0);
                            if (reportId != current)
                            {
                                Flush();
                                current = reportId;
                                header = (
                                    reader.IsDBNull(1) ? null : reader.GetString(1),
                                    reader.IsDBNull(2) ? null : DateOnly.FromDayNumber(Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)),
                                    reader.IsDBNull(4) ? null : DateOnly.FromDayNumber(Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture)),
                                    reader.IsDBNull(5) ? null : reader.GetString(5));
                            }

                            verdicts.Add(Enum.Parse<Verdict>(reader.GetString(3)));
                            claims.Add(ClaimColumns.Read(reader, 6, figures));
                        }

                        Flush();
                    }
                }
            }
        }
        catch (DbException e)
        {
            throw Failure(e, "reading the kept checks");
        }

        var changes = new List<VerdictChange>();
        foreach (var (kept, previous) in reports)
        {
            // Taken before the check, so that an import committed while it runs is rechecked next time.
            var lastImport = await GetLastImportIdAsync(cancellationToken).ConfigureAwait(false);
            if (await verify(kept, cancellationToken).ConfigureAwait(false) is not { } result)
            {
                continue;
            }

            for (var i = 0; i < result.Claims.Count && i < previous.Length; i++)
            {
                if (result.Claims[i].Verdict != previous[i])
                {
                    changes.Add(new VerdictChange(kept.Report.Id, previous[i], result.Claims[i]));
                }
            }

            await RecordAsync(result, kept.AsOf, lastImport, kept.Settings, cancellationToken).ConfigureAwait(false);
        }

        return changes;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _sessions.DisposeAsync().ConfigureAwait(false);
        await _source.DisposeAsync().ConfigureAwait(false);
        _schemaGate.Dispose();
        _keysGate.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _sessions.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _source.Dispose();
        _schemaGate.Dispose();
        _keysGate.Dispose();
    }

    /// <summary>A database's failure as the store's own exception: the store's kind and location (never a password),
    /// what it was doing, and the database's message; the database's exception is kept as the inner one.</summary>
    internal EvidenceStoreException Failure(Exception error, string operation) =>
        new($"The {Kind} evidence store ({_dialect.Location}) failed while {operation}: {error.Message}", error);

    // The rows queries see: the latest revision of each claim, or the one in force on the as-of day.
    private static string Validity(DateOnly? asOf) => asOf is null ? "valid_to IS NULL" : "valid_from <= @as_of AND (valid_to IS NULL OR valid_to > @as_of)";

    private async Task<List<Claim>> ReadDerivationsAsync(DateOnly? asOf, List<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        var subjects = new Dictionary<string, Subject>(StringComparer.Ordinal);
        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var derivations = new List<Claim>();
        var connection = await StoreConnections.OpenAsync(_source, _dialect, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = $"SELECT claim_id, subject, place, source, derived_from FROM evidence WHERE derived_from IS NOT NULL AND {Validity(asOf)} ORDER BY id";
                foreach (var (name, value) in parameters)
                {
                    AddParameter(command, name, value);
                }

                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var subject = Shared(subjects, reader.GetString(1), text => new Subject(text));
                        var place = reader.IsDBNull(2) ? null : Shared(places, reader.GetString(2), Place.Parse);
                        var source = Shared(sources, reader.GetString(3), text => text);
                        var derivedFrom = Shared(lists, reader.GetString(4), json => JsonSerializer.Deserialize(json, StoreJson.Default.IReadOnlyListString) ?? []);
                        derivations.Add(new Claim(reader.GetString(0), subject, null, source) { Place = place, DerivedFrom = derivedFrom });
                    }
                }
            }
        }

        return derivations;

        static T Shared<T>(Dictionary<string, T> seen, string text, Func<string, T> make)
        {
            if (!seen.TryGetValue(text, out var value))
            {
                seen[text] = value = make(text);
            }

            return value;
        }
    }

    private async IAsyncEnumerable<Claim> ReadClaimsAsync(string sql, List<(string Name, object? Value)> parameters, FigureOptions figures, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var connection = await StoreConnections.OpenAsync(_source, _dialect, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = sql;
                foreach (var (name, value) in parameters)
                {
                    AddParameter(command, name, value);
                }

                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        yield return ClaimColumns.Read(reader, 0, figures);
                    }
                }
            }
        }
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    // The distinct subjects of the store, read under the run's vocabulary; reloaded at the start of each run.
    private async Task<RunKeys> KeysForAsync(VerificationOptions options, bool reload, CancellationToken cancellationToken)
    {
        var keys = _keys;
        if (!reload && keys is not null && ReferenceEquals(keys.Vocabulary, options.Subjects))
        {
            return keys;
        }

        // One reading at a time: the first queries of a run arrive together, and each opening a connection of its own
        // to read the same list would exhaust a PostgreSQL server's connections.
        await _keysGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            keys = _keys;
            return !reload && keys is not null && ReferenceEquals(keys.Vocabulary, options.Subjects)
                ? keys
                : await ReadKeysAsync(options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _keysGate.Release();
        }
    }

    /// <summary>How many times the list of distinct subjects was read (a connection opened for it): once per run,
    /// however many of its first queries arrive together.</summary>
    internal int SubjectListReads => Volatile.Read(ref _subjectListReads);

    private async Task<RunKeys> ReadKeysAsync(VerificationOptions options, CancellationToken cancellationToken)
    {
        RunKeys keys;
        Interlocked.Increment(ref _subjectListReads);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var subjects = new List<(long Id, SubjectKey Key)>();
        var connection = await StoreConnections.OpenAsync(_source, _dialect, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "SELECT id, subject, quote FROM subjects";
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var sample = new Claim(string.Empty, new Subject(reader.GetString(1)), null, string.Empty) { Quote = reader.IsDBNull(2) ? null : reader.GetString(2) };
                        subjects.Add((Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), options.Subjects.Read(sample)));
                    }
                }
            }
        }

        keys = new RunKeys(options.Subjects, subjects);
        _keys = keys;
        return keys;
    }

    // The store's subjects as one vocabulary reads them, and, per subject queried, the ids of those that relate to it.
    // Many stored phrases read as one key (word orders, synonyms): each key is related to the query's once.
    private sealed class RunKeys(SubjectVocabulary vocabulary, List<(long Id, SubjectKey Key)> subjects)
    {
        private readonly ConcurrentDictionary<string, SubjectGroups> _related = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string> _since = new(StringComparer.Ordinal);
        private readonly (SubjectKey Key, long[] Ids)[] _byKey = [.. subjects
            .GroupBy(s => (s.Key.Canonical, s.Key.IsRead))
            .Select(g => (g.First().Key, g.Select(s => s.Id).Order().ToArray()))];

        public SubjectVocabulary Vocabulary => vocabulary;

        // Under a vocabulary other than the one subjects were grouped by, a subject it does not read may be read from a
        // claim's quote: such subjects are always kept, with the others of no part-whole relation.
        public SubjectGroups RelatedTo(SubjectKey key) => _related.GetOrAdd(key.Canonical, _ =>
        {
            List<long> other = [], wider = [], narrower = [];
            foreach (var (stored, ids) in _byKey)
            {
                if (!stored.IsRead && !ReferenceEquals(vocabulary, SubjectVocabulary.Default))
                {
                    other.AddRange(ids);
                    continue;
                }

                var relation = vocabulary.Relate(key, stored);
                var partWhole = relation is SubjectRelation.Contains or SubjectRelation.Within && !vocabulary.DifferOnlyInCause(key, stored);
                (relation switch
                {
                    SubjectRelation.Unrelated => null,
                    SubjectRelation.Contains when partWhole => narrower,
                    SubjectRelation.Within when partWhole => wider,
                    _ => other,
                })?.AddRange(ids);
            }

            return new SubjectGroups(Ids(other), Ids(wider), Ids(narrower));
        });

        // Of those, the ids whose words give a start before their period ("since 17 October"), as a SQL list.
        public string SinceRelatedTo(SubjectKey key) => _since.GetOrAdd(key.Canonical, _ =>
            Ids([.. _byKey.Where(s => s.Key.Since is not null && vocabulary.Relate(key, s.Key) != SubjectRelation.Unrelated).SelectMany(s => s.Ids)]));

        private static string Ids(List<long> ids)
        {
            ids.Sort();
            return string.Join(", ", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        }
    }

    // The ids of the stored subjects related to a query's, as SQL lists ("3, 7, 12"; empty when none): those counting a
    // part of the query's count (narrower), those counting a whole of which it is a part (wider), and the rest (the
    // same count, or a part or whole that differs only in cause, which Matches takes at any related place).
    private sealed record SubjectGroups(string Other, string Wider, string Narrower)
    {
        public bool IsEmpty => Other.Length == 0 && Wider.Length == 0 && Narrower.Length == 0;

        // Every related subject, for a query whose places are not told apart.
        public string All => string.Join(", ", new[] { Other, Wider, Narrower }.Where(g => g.Length > 0));
    }
}

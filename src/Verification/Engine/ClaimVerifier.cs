using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verification.Claims;
using Verification.Engine;
using Verification.Evidence;
using Verification.Figures;
using Verification.Input;
using Verification.Json;
using Verification.Telemetry;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Engine;

/// <summary>The verification engine: gathers comparable evidence for each claim, runs every validator, applies the verdict rules.</summary>
/// <remarks>
/// <para>A claim's figure read from text under other figure options than the run's (a claims file read without options,
/// <see cref="Figure.Parse"/> without options) is read again under <see cref="VerificationOptions.Figures"/>, so that one
/// configuration governs claims and evidence alike; results carry the claim as read for the run.</para>
/// <para>Input is checked first (<see cref="ReportRules"/>); a report that breaks a rule is rejected with every problem
/// listed before any claim is verified. Evidence sources are asked for their derivations once per run, so a lazily
/// loaded source that is malformed also fails before verification starts.</para>
/// <para>A validator that throws, or takes longer than <see cref="VerificationOptions.ValidatorTimeout"/>, yields an
/// <see cref="FindingOutcome.Error"/> finding and the run goes on; so does each null entry in a plugin's findings.
/// Validators that say they never block (<see cref="IInlineValidator"/>, as the built-in ones do) run inline; others run on
/// the thread pool so that one which blocks cannot hold up the run. An abandoned validator keeps its thread until it returns (.NET cannot stop a thread, and plugins are trusted
/// code in the same process), so one that keeps timing out is cut off for the rest of the run
/// (<see cref="VerificationOptions.ValidatorCutOffMinimumCalls"/>), with an error finding for each later claim. Claims
/// are verified in parallel, up to <see cref="VerificationOptions.MaxDegreeOfParallelism"/> at once; results keep input
/// order.</para>
/// <para>Runs, claims and validators are traced, measured and logged through the host's abstractions (see
/// <see cref="VerificationDiagnostics"/>).</para>
/// </remarks>
public sealed class ClaimVerifier : IClaimVerifier
{
    private readonly IClaimValidator[] _validators;
    private readonly bool[] _inline;
    private readonly IEvidenceSource[] _sources;
    private readonly VerificationOptions _options;
    private readonly ReportRules _rules = new();
    private readonly string[] _names;

    // The validators that check only some claims, by position; null for those that check every claim.
    private readonly ISelectiveValidator?[] _selective;
    private readonly EngineTelemetry _telemetry;
    private CachedOrigins? _sharedOrigins;

    /// <summary>Creates a verifier.</summary>
    /// <param name="validators">The validators, run in this order for each claim.</param>
    /// <param name="sources">Where evidence comes from.</param>
    /// <param name="options">The options.</param>
    public ClaimVerifier(IEnumerable<IClaimValidator> validators, IEnumerable<IEvidenceSource> sources, IOptions<VerificationOptions> options)
        : this(validators, sources, options, null)
    {
    }

    /// <summary>Creates a verifier that reports what it does through the host's logging, metrics and clock.</summary>
    /// <param name="validators">The validators, run in this order for each claim.</param>
    /// <param name="sources">Where evidence comes from.</param>
    /// <param name="options">The options.</param>
    /// <param name="loggerFactory">Where validators' failures and runs are logged; null for nowhere.</param>
    /// <param name="meterFactory">Where the engine's meter comes from; null for one shared by the process.</param>
    /// <param name="timeProvider">The clock for timeouts and durations; null for the system's.</param>
    public ClaimVerifier(IEnumerable<IClaimValidator> validators, IEnumerable<IEvidenceSource> sources, IOptions<VerificationOptions> options, ILoggerFactory? loggerFactory, IMeterFactory? meterFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(validators);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        _validators = [.. validators];
        _inline = Array.ConvertAll(_validators, v => v is IInlineValidator);
        _sources = [.. sources];
        _options = options.Value;
        _names = Array.ConvertAll(_validators, Name);
        _selective = Array.ConvertAll(_validators, v => v as ISelectiveValidator);
        _telemetry = new EngineTelemetry(loggerFactory, meterFactory, timeProvider);
    }

    /// <summary>The validators, in the order they run.</summary>
    public IReadOnlyList<IClaimValidator> Validators => _validators;

    /// <inheritdoc />
    public async Task<ReportVerification> VerifyAsync(Report report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var run = _telemetry.RunStarted(report.Claims.Count);
        try
        {
            var result = await VerifyReportAsync(report, cancellationToken).ConfigureAwait(false);
            _telemetry.RunEnded(run, result);
            return result;
        }
        catch (Exception e)
        {
            EngineTelemetry.RunFailed(run, e);
            throw;
        }
    }

    private async Task<ReportVerification> VerifyReportAsync(Report report, CancellationToken cancellationToken)
    {
        report = ReadForRun(report);
        var origins = await PrepareAsync(report.Claims, cancellationToken).ConfigureAwait(false);
        var results = new ClaimVerification[report.Claims.Count];
        var guards = Guards();

        // Claims are handed out in chunks: per-item scheduling would cost more than verifying a claim. Chunks are small
        // enough that every worker gets several, so that a short report (or one slow validator) still runs in parallel.
        var degree = Math.Max(1, _options.MaxDegreeOfParallelism);
        var chunk = (int)Math.Clamp((results.Length + (degree * 4L) - 1) / (degree * 4L), 1, 64);
        var chunks = (results.Length + chunk - 1) / chunk;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, chunks, parallel, async (c, ct) =>
        {
            var end = Math.Min(results.Length, (c + 1) * chunk);
            for (var i = c * chunk; i < end; i++)
            {
                results[i] = await VerifyOneAsync(report.Claims[i], report, origins, guards, ct).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);

        return new ReportVerification(report, results);
    }

    /// <inheritdoc />
    public async Task<ClaimVerification> VerifyClaimAsync(Claim claim, Report? report = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var single = ReadForRun((report ?? new Report("claim", [])) with { Claims = [claim] });
        claim = single.Claims[0];
        var origins = await PrepareAsync([claim], cancellationToken).ConfigureAwait(false);
        return await VerifyOneAsync(claim, report, origins, Guards(), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ClaimVerification> VerifyAllAsync(IAsyncEnumerable<Claim> claims, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var run = _telemetry.RunStarted(null);
        var ended = false;
        int corroborated = 0, contested = 0, unverified = 0;
        var origins = await PrepareAsync([], cancellationToken).ConfigureAwait(false);
        var guards = Guards();
        var window = (int)Math.Min(Math.Max(1, _options.MaxDegreeOfParallelism) * 4L, int.MaxValue);
        var pending = new Queue<Task<ClaimVerification>>(Math.Min(window, 256));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        try
        {
            await foreach (var given in claims.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var claim = given;
                List<ClaimProblem>? reread = null;
                if (given?.Figure?.ReadWith is { } used && !ReferenceEquals(used, _options.Figures))
                {
                    reread = [];
                    claim = FigureRereading.Under(given, _options.Figures, reread, index);
                }

                var problems = Problems(claim, index++, ids);
                if (reread is { Count: > 0 })
                {
                    problems.InsertRange(0, reread);
                }

                if (problems.Count > 0)
                {
                    // The claims before it were valid: their results come first, then the failure.
                    while (pending.Count > 0)
                    {
                        yield return Counted(await pending.Dequeue().ConfigureAwait(false));
                    }

                    throw new InvalidClaimsException(problems);
                }

                pending.Enqueue(Task.Run(() => VerifyOneAsync(claim, null, origins, guards, cancellationToken).AsTask(), cancellationToken));
                if (pending.Count >= window)
                {
                    yield return Counted(await pending.Dequeue().ConfigureAwait(false));
                }
            }

            while (pending.Count > 0)
            {
                yield return Counted(await pending.Dequeue().ConfigureAwait(false));
            }

            ended = true;
            _telemetry.RunEnded(run, index, () => new VerdictCounts(corroborated, contested, unverified));
        }
        finally
        {
            if (!ended)
            {
                // Bad input, cancellation, a failing source, or a caller that stopped reading: the run did not complete.
                EngineTelemetry.RunFailed(run, null);
            }

            // Observe whatever is still running so that no task's failure goes unobserved.
            foreach (var task in pending)
            {
                _ = task.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
        }
    
        ClaimVerification Counted(ClaimVerification result)
        {
            switch (result.Verdict)
            {
                case Verdict.Corroborated:
                    corroborated++;
                    break;
                case Verdict.Contested:
                    contested++;
                    break;
                default:
                    unverified++;
                    break;
            }

            return result;
        }
    }

    // The report with its claims' figure text read under the run's figure options, checked against the input rules.
    private Report ReadForRun(Report report)
    {
        var problems = new List<ClaimProblem>();
        var claims = FigureRereading.Under(report.Claims, _options.Figures, problems);
        var read = ReferenceEquals(claims, report.Claims) ? report : report with { Claims = claims };
        problems.AddRange(_rules.Check(read));
        if (problems.Count > 0)
        {
            throw new InvalidClaimsException(problems, report.Id);
        }

        return read;
    }

    private List<ClaimProblem> Problems(Claim claim, int index, HashSet<string> ids)
    {
        var problems = _rules.Check(new Report("stream", [claim]), index).ToList();
        if (!string.IsNullOrWhiteSpace(claim.Id) && !ids.Add(claim.Id))
        {
            // Worded as the claims file's problems are: by position, with the id.
            var where = Input.ClaimLabels.Describe(Input.ClaimLabels.Of(claim.Id, index), index, "id");
            problems.Add(new ClaimProblem(claim.Id, "id", "id-duplicate", $"{where}: the id is used again by claim #{index + 1} of the stream.") { Position = index });
        }

        return problems;
    }

    private async Task<OriginResolver> PrepareAsync(IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        var derivations = new List<Claim>();
        var fixedLists = new List<FixedDerivations>(_sources.Length);
        var problems = new List<ClaimProblem>();
        var failed = new List<string>();
        foreach (var source in _sources)
        {
            try
            {
                var list = await source.GetDerivationsAsync(_options, cancellationToken).ConfigureAwait(false);
                if (list is FixedDerivations fixedList)
                {
                    fixedLists.Add(fixedList);
                }
                else
                {
                    derivations.AddRange(list);
                }
            }
            catch (InvalidClaimsException e)
            {
                problems.AddRange(e.Problems);
                if (e.InputSource is { } input && !failed.Contains(input))
                {
                    failed.Add(input);
                }
            }
        }

        if (problems.Count > 0)
        {
            // Name the failing inputs (evidence files), so the reader knows where to look.
            throw new InvalidClaimsException(problems, failed.Count == 0 ? "evidence" : $"evidence ({string.Join(", ", failed)})");
        }

        derivations.AddRange(claims.Where(c => c.DerivedFrom.Count > 0));
        return new OriginResolver(SharedOrigins(fixedLists), derivations, _options);
    }

    // The derivations of the lists that never change (evidence held in memory), built once and kept for as long as
    // the sources return the same lists; each run adds its own derivations on top, in a graph of its own.
    private OriginResolver.Shared? SharedOrigins(List<FixedDerivations> lists)
    {
        if (lists.Count == 0)
        {
            return null;
        }

        var cached = Volatile.Read(ref _sharedOrigins);
        if (cached is not null && cached.Lists.SequenceEqual(lists, ReferenceEqualityComparer.Instance))
        {
            return cached.Origins;
        }

        var origins = new OriginResolver.Shared([.. lists], _options);
        Volatile.Write(ref _sharedOrigins, new CachedOrigins(origins.Lists, origins));
        return origins;
    }

    private async ValueTask<ClaimVerification> VerifyOneAsync(Claim claim, Report? report, OriginResolver origins, ValidatorGuard?[] guards, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var activity = EngineTelemetry.ClaimStarted(claim);
        var (candidates, factsHold) = await FindCandidatesAsync(claim, cancellationToken).ConfigureAwait(false);
        var context = ValidationContext.WithOrigins(claim, candidates, _options, report, origins.For(claim, candidates), factsHold);
        IReadOnlyList<Finding> findings = [];
        var timed = _telemetry.TimesValidators;
        for (var i = 0; i < _validators.Length; i++)
        {
            // A validator may check only some claims.
            if (_selective[i] is { } selective && !AppliesTo(selective, i, claim, ref findings))
            {
                continue;
            }

            var started = timed ? _telemetry.Time.GetTimestamp() : 0;
            var found = guards[i] is { } guard
                ? await guard.RunAsync(context, cancellationToken).ConfigureAwait(false)
                : await RunInlineAsync(i, context, cancellationToken).ConfigureAwait(false);
            if (timed)
            {
                _telemetry.ValidatorRan(_names[i], started);
            }

            findings = Append(findings, found);
        }

        var result = ClaimVerification.Decide(claim, findings, _options.MinIndependentOrigins, _options.Subjects.Read(claim), context.ClaimMeasure);
        _telemetry.ClaimVerified(activity, result.Verdict);
        return result;
    }

    // Whether a selective validator checks the claim. Plugin code: one that throws here fails as it would in its check.
    private bool AppliesTo(ISelectiveValidator selective, int validator, Claim claim, ref IReadOnlyList<Finding> findings)
    {
        try
        {
            return selective.AppliesTo(claim, _options);
        }
        catch (Exception e)
        {
            findings = Append(findings, [Failed(validator, claim, e)]);
            return false;
        }
    }

    // The findings so far, then a validator's. A result keeps its findings until it is dropped: an inline validator's
    // own list as it returned it (its contract: a new list that nothing changes afterwards), a guarded validator's list as
    // copied when it returned (see ValidatorGuard). Lists are joined without copying their findings (see CombinedFindings).
    private static IReadOnlyList<Finding> Append(IReadOnlyList<Finding> findings, IReadOnlyList<Finding> found) =>
        found.Count == 0 ? findings : CombinedFindings.Of(findings, found);

    // One run's guards: a timeout and a cut-off around each validator that may block (see ValidatorGuard); null for those
    // that run inline (see IInlineValidator).
    private ValidatorGuard?[] Guards()
    {
        var guards = new ValidatorGuard?[_validators.Length];
        for (var i = 0; i < guards.Length; i++)
        {
            guards[i] = _inline[i] ? null : new ValidatorGuard(_validators[i], _names[i], _options, _telemetry);
        }

        return guards;
    }

    // The candidates, and whether they carry facts that hold for the claim: asked once, here, and handed to the context.
    private async ValueTask<(IReadOnlyList<Claim> Candidates, bool FactsHold)> FindCandidatesAsync(Claim claim, CancellationToken cancellationToken)
    {
        var query = EvidenceQuery.For(claim, _options);
        if (_sources.Length == 1)
        {
            var found = await _sources[0].FindCandidatesAsync(query, cancellationToken).ConfigureAwait(false);
            var facts = FactsFor(claim, found);
            var checkedCandidates = Checked(query, found, facts);
            return (checkedCandidates, facts is not null && ReferenceEquals(checkedCandidates, found));
        }

        var all = new List<Claim>();
        foreach (var source in _sources)
        {
            var found = await source.FindCandidatesAsync(query, cancellationToken).ConfigureAwait(false);
            all.AddRange(Checked(query, found, FactsFor(claim, found)));
        }

        return (all, false);
    }

    private ICandidateFacts? FactsFor(Claim claim, IReadOnlyList<Claim> candidates) =>
        candidates is ICandidateFacts carried && carried.HoldFor(claim, _options) ? carried : null;

    // What a source returns is checked against the query as the index checks its own: a source that returns more than
    // it was asked for (every row of a table) must not let a count of buildings contest a death toll. Candidates that
    // carry their facts for this claim are checked from those facts, which costs no second reading of each candidate.
    private static IReadOnlyList<Claim> Checked(EvidenceQuery query, IReadOnlyList<Claim> candidates, ICandidateFacts? facts)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!Matches(query, candidates, facts, i))
            {
                var kept = new List<Claim>(i);
                for (var j = 0; j < candidates.Count; j++)
                {
                    if (j < i || (j > i && Matches(query, candidates, facts, j)))
                    {
                        kept.Add(candidates[j]);
                    }
                }

                return kept;
            }
        }

        return candidates;
    }

    private static bool Matches(EvidenceQuery query, IReadOnlyList<Claim> candidates, ICandidateFacts? facts, int index) =>
        candidates[index] is { } candidate && (facts is null ? query.Matches(candidate) : query.Matches(candidate, facts.FactsAt(index)));

    private async ValueTask<IReadOnlyList<Finding>> RunInlineAsync(int validator, ValidationContext context, CancellationToken cancellationToken)
    {
        try
        {
            return ValidatorGuard.WithoutNulls(_names[validator], await _validators[validator].ValidateAsync(context, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return [Failed(validator, context.Claim, e)];
        }
    }

    private Finding Failed(int validator, Claim claim, Exception e) => ValidatorGuard.Failed(_names[validator], claim, e, _telemetry);

    // A plugin's Name getter could throw too; fall back to its type name.
    private static string Name(IClaimValidator validator)
    {
        try
        {
            return validator.Name;
        }
        catch (Exception)
        {
            return validator.GetType().Name;
        }
    }

    // What was built from these lists.
    private sealed record CachedOrigins(FixedDerivations[] Lists, OriginResolver.Shared Origins);
}

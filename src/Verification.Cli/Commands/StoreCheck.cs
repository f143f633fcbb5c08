using Microsoft.Extensions.DependencyInjection;
using Verification.Claims;
using Verification.Cli.Logging;
using Verification.Cli.Output;
using Verification.Cli.Progress;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Input;
using Verification.Json;
using Verification.Outputs.Html;
using Verification.Plugins;
using Verification.Store;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Cli.Commands;

/// <summary><c>verify check CLAIMS.json --store STORE</c>: checks a claims file (or an article's claims) against a store's
/// evidence, any evidence files and plugins, and keeps the results in the store, with how the check was made, for
/// <c>verify recheck</c>.</summary>
/// <remarks>The store is queried claim by claim, never read whole; the claims file is read whole (its report's id and
/// fields are kept with the results). In the table and JSON formats, results are written and kept in the store as they
/// come, so that memory does not grow with them; the other formats, plugins, and claims that state derivations need
/// every result at once.</remarks>
internal static class StoreCheck
{
    /// <summary>Runs the check against the request's store.</summary>
    /// <param name="request">What to check, against what, and how to write the results; <see cref="CheckRequest.Store"/>
    /// is set.</param>
    /// <param name="stdout">Where the results go, unless the request names a file.</param>
    /// <param name="stderr">Where problems go, one per line, each naming its file.</param>
    /// <param name="tableWidth">The width the table is laid out in.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(CheckRequest request, TextWriter stdout, TextWriter stderr, int tableWidth, CancellationToken cancellationToken) =>
        Cli.GuardAsync(
            async () =>
            {
                var location = request.Store ?? throw new ArgumentException("The request names no store.", nameof(request));
                var output = request.Output;
                var problems = new List<string>(output.Problems() ?? []);
                if (request.MaxInputMb <= 0)
                {
                    problems.Add($"--max-input-mb: {request.MaxInputMb} is not a size; expected a positive number of megabytes.");
                }

                if (!CheckCommand.TryOptions(request.Culture, out var options, out var cultureProblem))
                {
                    problems.Add(cultureProblem);
                }

                if (problems.Count > 0)
                {
                    return await CheckCommand.BadInputAsync(stderr, problems).ConfigureAwait(false);
                }

                options.MaxInputBytes = request.MaxInputMb * 1024L * 1024L;
                var document = request.Article is null
                    ? await CheckCommand.ReadAsync(request.Claims, options, problems, cancellationToken).ConfigureAwait(false)
                    : await request.Article.ReadAsync(request.Claims, problems, cancellationToken).ConfigureAwait(false);
                var files = request.Evidence.DistinctBy(f => f.FullName, StringComparer.Ordinal).ToList();
                var (evidenceClaims, digests) = await ReadEvidenceAsync(files, options, problems, cancellationToken).ConfigureAwait(false);
                problems.AddRange(request.Plugins.Select(PluginsCommand.DirectoryProblem).OfType<string>());
                if (problems.Count > 0 || document is null)
                {
                    return await CheckCommand.BadInputAsync(stderr, problems).ConfigureAwait(false);
                }

                var settings = new StoreCheckSettings(
                    request.Culture,
                    [.. files.Zip(digests, (f, d) => (f.FullName, d))],
                    [.. request.Plugins.Select(p => p.FullName)],
                    request.StrictPlugins,
                    request.ValidatorTimeout,
                    request.MaxInputMb);
                var (evidenceStore, openCode) = await StoreOptions.OpenAsync(location, request.AsOf, stderr, cancellationToken).ConfigureAwait(false);
                if (evidenceStore is null)
                {
                    return openCode;
                }

                await using (evidenceStore.ConfigureAwait(false))
                {
                    var run = new StoreRun(evidenceStore, document.Report, evidenceClaims, options, settings);
                    return await StoreOptions.GuardAsync(location, stderr, step => CheckAsync(step, run, request, stdout, stderr, tableWidth, cancellationToken)).ConfigureAwait(false);
                }
            },
            stderr,
            cancellationToken);

    // The store, the report, the evidence files' claims, the options and the settings of one check.
    private sealed record StoreRun(EvidenceStore Store, Report Report, List<Claim> Evidence, VerificationOptions Options, StoreCheckSettings Settings);

    // Checks against the open store, keeps the results, and writes them: as they come when the output allows it and
    // each claim's result depends on it alone (no plugins, which may look at the whole report, and no claim stating
    // derivations, which tell the independence of the others), else all at once.
    private static async Task<int> CheckAsync(StoreStep step, StoreRun run, CheckRequest request, TextWriter stdout, TextWriter stderr, int tableWidth, CancellationToken cancellationToken)
    {
        step.Doing = "checking the claims against the store";
        // Read before the check: an import committed while it runs is then rechecked.
        var record = new CheckRecord { LastImportSeen = await run.Store.GetLastImportIdAsync(cancellationToken).ConfigureAwait(false), Settings = run.Settings.ToJson() };
        var streamed = request.Plugins.Count == 0 && StreamedOutput.CanStream(request.Output.Format) && run.Report.Claims.All(c => c.DerivedFrom.Count == 0);
        try
        {
            return streamed
                ? await StreamAsync(run, record, request, stdout, stderr, tableWidth, cancellationToken).ConfigureAwait(false)
                : await CheckWholeAsync(step, run, record, request, stdout, stderr, tableWidth, cancellationToken).ConfigureAwait(false);
        }
        catch (PluginLoadException e)
        {
            await PluginsCommand.WriteErrorsAsync(stderr, e.Errors, "plugin-load").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (InvalidClaimsException e)
        {
            return await CheckCommand.BadInputAsync(stderr, [.. e.Problems.Select(p => CheckCommand.Line(CheckCommand.DisplayName(request.Claims), p))]).ConfigureAwait(false);
        }
    }

    // Verifies a claim at a time, each result kept in the store (in batches) and written as it comes.
    private static async Task<int> StreamAsync(StoreRun run, CheckRecord record, CheckRequest request, TextWriter stdout, TextWriter stderr, int tableWidth, CancellationToken cancellationToken)
    {
        var provider = BuildServices(run.Store, run.Evidence, run.Options, run.Settings);
        var progress = RunProgress.Start("check", "claims", stderr);
        await using (progress.ConfigureAwait(false))
        await using (provider.ConfigureAwait(false))
        {
            var verifier = provider.GetRequiredService<IClaimVerifier>();
            var results = run.Store.KeepChecksAsync(
                run.Report,
                CheckCommand.CountedAsync(verifier.VerifyAllAsync(run.Report.Claims.ToAsyncEnumerable(), cancellationToken), progress, run.Report.Claims.Count, cancellationToken),
                record,
                cancellationToken);
            return await StreamedOutput.WriteAsync(request.Output, results, stdout, tableWidth, cancellationToken).ConfigureAwait(false) is { } writeProblem
                ? await CheckCommand.BadInputAsync(stderr, [writeProblem]).ConfigureAwait(false)
                : ExitCodes.Success;
        }
    }

    // Verifies the report whole, keeps the results, and lays out the output from them all.
    private static async Task<int> CheckWholeAsync(StoreStep step, StoreRun run, CheckRecord record, CheckRequest request, TextWriter stdout, TextWriter stderr, int tableWidth, CancellationToken cancellationToken)
    {
        var result = await VerifyAsync(run.Store, run.Report, run.Evidence, run.Options, run.Settings, stderr, cancellationToken).ConfigureAwait(false);
        step.Doing = "keeping the results in the store";
        await run.Store.RecordChecksAsync(result, record, cancellationToken).ConfigureAwait(false);

        // Only the formats that show the evidence behind each verdict need the stored claims the findings name, read
        // in chunks of ids.
        var shown = run.Evidence;
        if (request.Output.Format is OutputFormat.Averitec or OutputFormat.Html)
        {
            var named = result.Claims.SelectMany(c => c.Findings).SelectMany(f => f.Evidence.Concat(f.Echoes).Concat(f.NotComparable)).ToHashSet(StringComparer.Ordinal);
            named.ExceptWith(run.Evidence.Select(c => c.Id));
            step.Doing = "reading the stored evidence behind the verdicts";
            shown = [.. run.Evidence, .. await run.Store.GetClaimsAsync(named, run.Options, cancellationToken).ConfigureAwait(false)];
        }

        string text;
        try
        {
            text = await ResultOutput.RenderAsync(request.Output, result, shown, tableWidth, cancellationToken).ConfigureAwait(false);
        }
        catch (ReportTemplateException e)
        {
            return await CheckCommand.BadInputAsync(stderr, [$"--templates: template-invalid: {Cli.OneLine(e.Message)}"]).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return await ResultOutput.WriteAsync(request.Output, text, stdout, cancellationToken).ConfigureAwait(false) is { } writeProblem
            ? await CheckCommand.BadInputAsync(stderr, [writeProblem]).ConfigureAwait(false)
            : ExitCodes.Success;
    }

    /// <summary>Reads evidence files, checking them as <c>verify check</c> does, with the digest of each file's
    /// content; problems are added, each naming its file.</summary>
    internal static async Task<(List<Claim> Claims, List<string> Digests)> ReadEvidenceAsync(IReadOnlyList<FileInfo> files, VerificationOptions options, List<string> problems, CancellationToken cancellationToken)
    {
        var documents = new List<(FileInfo File, ClaimsDocument Document)>();
        var digests = new List<string>();
        foreach (var file in files)
        {
            if (await CheckCommand.ReadAsync(file, options, problems, cancellationToken).ConfigureAwait(false) is { } read)
            {
                documents.Add((file, read));
                digests.Add((await ImportSource.FromFileAsync(file.FullName, cancellationToken).ConfigureAwait(false)).ContentHash);
            }
        }

        if (problems.Count == 0)
        {
            CheckCommand.CheckEvidenceIds(documents, problems);
        }

        return ([.. documents.SelectMany(e => e.Document.Claims)], digests);
    }

    /// <summary>Checks a report against a store, evidence files' claims and plugins, under the options and settings
    /// given; plugins skipped are written to stderr first.</summary>
    /// <exception cref="PluginLoadException">A plugin could not be loaded under <c>--strict-plugins</c>.</exception>
    internal static async Task<ReportVerification> VerifyAsync(EvidenceStore store, Report report, IReadOnlyList<Claim> evidence, VerificationOptions options, StoreCheckSettings settings, TextWriter stderr, CancellationToken cancellationToken)
    {
        var provider = BuildServices(store, evidence, options, settings);
        await using (provider.ConfigureAwait(false))
        {
            if (settings.Plugins.Count > 0)
            {
                await PluginsCommand.WriteErrorsAsync(stderr, provider.GetRequiredService<IPluginCatalog>().Errors).ConfigureAwait(false);
            }

            return await provider.GetRequiredService<IClaimVerifier>().VerifyAsync(report, cancellationToken).ConfigureAwait(false);
        }
    }

    // The engine over the store, the evidence files' claims and the plugins, under the options and settings given.
    private static ServiceProvider BuildServices(EvidenceStore store, IReadOnlyList<Claim> evidence, VerificationOptions options, StoreCheckSettings settings)
    {
        var plugins = settings.Plugins.Select(p => new DirectoryInfo(p)).ToList();
        var services = CliLogging.Current.AddTo(new ServiceCollection()).AddVerification(v =>
        {
            if (evidence.Count > 0)
            {
                v.AddEvidence(new InMemoryEvidenceSource(evidence));
            }

            PluginsCommand.AddPlugins(
                v.AddEvidence(store).Configure(o =>
                {
                    o.Figures = options.Figures;
                    o.ValidatorTimeout = settings.ValidatorTimeout ?? o.ValidatorTimeout;
                }),
                plugins,
                settings.StrictPlugins);
        });
        return services.BuildServiceProvider();
    }
}

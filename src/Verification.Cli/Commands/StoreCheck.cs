using Microsoft.Extensions.DependencyInjection;
using Verification.Claims;
using Verification.Cli.Logging;
using Verification.Cli.Output;
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
/// <remarks>The store is queried claim by claim, never read whole; the claims file is read whole, since its results
/// are kept together as one report.</remarks>
internal static class StoreCheck
{
    /// <summary>The store named on the command line, the day to read it as of, the article's settings (when
    /// <c>--published</c> was given), and the plugins.</summary>
    /// <param name="Location">The store.</param>
    /// <param name="AsOf">The day its evidence is read as of; null for the latest.</param>
    /// <param name="Article">When not null, the claims file is an article read with these settings.</param>
    /// <param name="Plugins">The plugin directories.</param>
    /// <param name="StrictPlugins">Whether a plugin that cannot be loaded stops the run.</param>
    public sealed record Request(string Location, DateOnly? AsOf, ArticleInput? Article, IReadOnlyList<DirectoryInfo> Plugins, bool StrictPlugins);

    /// <summary>Runs the check.</summary>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(Request store, FileInfo claims, IReadOnlyList<FileInfo> evidence, OutputRequest output, string? culture, int maxInputMb, TimeSpan? validatorTimeout, TextWriter stdout, TextWriter stderr, int tableWidth, CancellationToken cancellationToken) =>
        Cli.GuardAsync(
            async () =>
            {
                var problems = new List<string>(output.Problems() ?? []);
                if (maxInputMb <= 0)
                {
                    problems.Add($"--max-input-mb: {maxInputMb} is not a size; expected a positive number of megabytes.");
                }

                if (!CheckCommand.TryOptions(culture, out var options, out var cultureProblem))
                {
                    problems.Add(cultureProblem);
                }

                if (problems.Count > 0)
                {
                    return await CheckCommand.BadInputAsync(stderr, problems).ConfigureAwait(false);
                }

                options.MaxInputBytes = maxInputMb * 1024L * 1024L;
                var document = store.Article is null
                    ? await CheckCommand.ReadAsync(claims, options, problems, cancellationToken).ConfigureAwait(false)
                    : await store.Article.ReadAsync(claims, problems, cancellationToken).ConfigureAwait(false);
                var files = evidence.DistinctBy(f => f.FullName, StringComparer.Ordinal).ToList();
                var (evidenceClaims, digests) = await ReadEvidenceAsync(files, options, problems, cancellationToken).ConfigureAwait(false);
                problems.AddRange(store.Plugins.Select(PluginsCommand.DirectoryProblem).OfType<string>());
                if (problems.Count > 0 || document is null)
                {
                    return await CheckCommand.BadInputAsync(stderr, problems).ConfigureAwait(false);
                }

                var settings = new StoreCheckSettings(
                    culture,
                    [.. files.Zip(digests, (f, d) => (f.FullName, d))],
                    [.. store.Plugins.Select(p => p.FullName)],
                    store.StrictPlugins,
                    validatorTimeout,
                    maxInputMb);
                var (evidenceStore, openCode) = await StoreOptions.OpenAsync(store.Location, store.AsOf, stderr, cancellationToken).ConfigureAwait(false);
                if (evidenceStore is null)
                {
                    return openCode;
                }

                await using (evidenceStore.ConfigureAwait(false))
                {
                    return await StoreOptions.GuardAsync(store.Location, stderr, step => CheckAsync(step, evidenceStore, document.Report, evidenceClaims, options, settings, claims, output, stdout, stderr, tableWidth, cancellationToken)).ConfigureAwait(false);
                }
            },
            stderr,
            cancellationToken);

    // Checks against the open store, keeps the results, and writes them.
    private static async Task<int> CheckAsync(StoreStep step, EvidenceStore evidenceStore, Report report, List<Claim> evidenceClaims, VerificationOptions options, StoreCheckSettings settings, FileInfo claims, OutputRequest output, TextWriter stdout, TextWriter stderr, int tableWidth, CancellationToken cancellationToken)
    {
        step.Doing = "checking the claims against the store";
        // Read before the check: an import committed while it runs is then rechecked.
        var seen = await evidenceStore.GetLastImportIdAsync(cancellationToken).ConfigureAwait(false);
        ReportVerification result;
        try
        {
            result = await VerifyAsync(evidenceStore, report, evidenceClaims, options, settings, stderr, cancellationToken).ConfigureAwait(false);
        }
        catch (PluginLoadException e)
        {
            await PluginsCommand.WriteErrorsAsync(stderr, e.Errors, "plugin-load").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (InvalidClaimsException e)
        {
            return await CheckCommand.BadInputAsync(stderr, [.. e.Problems.Select(p => CheckCommand.Line(CheckCommand.DisplayName(claims), p))]).ConfigureAwait(false);
        }

        step.Doing = "keeping the results in the store";
        await evidenceStore.RecordChecksAsync(result, new CheckRecord { LastImportSeen = seen, Settings = settings.ToJson() }, cancellationToken).ConfigureAwait(false);

        // The outputs show the evidence behind each verdict: the stored claims the findings name.
        var named = result.Claims.SelectMany(c => c.Findings).SelectMany(f => f.Evidence.Concat(f.Echoes).Concat(f.NotComparable)).ToHashSet(StringComparer.Ordinal);
        named.ExceptWith(evidenceClaims.Select(c => c.Id));
        step.Doing = "reading the stored evidence behind the verdicts";
        var shown = evidenceClaims.ToList();
        shown.AddRange(await evidenceStore.GetClaimsAsync(named, options, cancellationToken).ConfigureAwait(false));
        string text;
        try
        {
            text = await ResultOutput.RenderAsync(output, result, shown, tableWidth, cancellationToken).ConfigureAwait(false);
        }
        catch (ReportTemplateException e)
        {
            return await CheckCommand.BadInputAsync(stderr, [$"--templates: template-invalid: {Cli.OneLine(e.Message)}"]).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return await ResultOutput.WriteAsync(output, text, stdout, cancellationToken).ConfigureAwait(false) is { } writeProblem
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
        var provider = services.BuildServiceProvider();
        await using (provider.ConfigureAwait(false))
        {
            if (plugins.Count > 0)
            {
                await PluginsCommand.WriteErrorsAsync(stderr, provider.GetRequiredService<IPluginCatalog>().Errors).ConfigureAwait(false);
            }

            return await provider.GetRequiredService<IClaimVerifier>().VerifyAsync(report, cancellationToken).ConfigureAwait(false);
        }
    }
}

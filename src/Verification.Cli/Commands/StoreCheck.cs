using Microsoft.Extensions.DependencyInjection;
using Verification.Cli.Logging;
using Verification.Cli.Output;

namespace Verification.Cli.Commands;

/// <summary><c>verify check CLAIMS.json --store STORE</c>: checks a claims file against a store's evidence (and any
/// evidence files), and keeps the results in the store for <c>verify recheck</c>.</summary>
/// <remarks>The store is queried claim by claim, never read whole; the claims file is read whole, since its results
/// are kept together as one report.</remarks>
internal static class StoreCheck
{
    /// <summary>The store named on the command line, the day to read it as of, and whether options that do not go with a
    /// store were given.</summary>
    /// <param name="Location">The store.</param>
    /// <param name="AsOf">The day its evidence is read as of; null for the latest.</param>
    /// <param name="Article">Whether --published was given.</param>
    /// <param name="Plugins">Whether --plugins was given.</param>
    public sealed record Request(string Location, DateOnly? AsOf, bool Article, bool Plugins);

    /// <summary>Runs the check.</summary>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(Request store, FileInfo claims, IReadOnlyList<FileInfo> evidence, OutputRequest output, string? culture, int maxInputMb, TimeSpan? validatorTimeout, TextWriter stdout, TextWriter stderr, int tableWidth, CancellationToken cancellationToken) =>
        Cli.GuardAsync(
            async () =>
            {
                var problems = new List<string>(output.Problems() ?? []);
                if (store.Article)
                {
                    problems.Add("--store: checking an article (--published) against a store is not supported; extract its claims first ('verify extract'), then check the claims file.");
                }

                if (store.Plugins)
                {
                    problems.Add("--store: plugins (--plugins) are not supported with a store.");
                }

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
                var document = await CheckCommand.ReadAsync(claims, options, problems, cancellationToken).ConfigureAwait(false);
                var evidenceDocuments = new List<(FileInfo File, ClaimsDocument Document)>();
                foreach (var file in evidence.DistinctBy(f => f.FullName, StringComparer.Ordinal))
                {
                    if (await CheckCommand.ReadAsync(file, options, problems, cancellationToken).ConfigureAwait(false) is { } read)
                    {
                        evidenceDocuments.Add((file, read));
                    }
                }

                if (problems.Count == 0)
                {
                    CheckCommand.CheckEvidenceIds(evidenceDocuments, problems);
                }

                if (problems.Count > 0 || document is null)
                {
                    return await CheckCommand.BadInputAsync(stderr, problems).ConfigureAwait(false);
                }

                var evidenceStore = await StoreOptions.OpenAsync(store.Location, store.AsOf, stderr, cancellationToken).ConfigureAwait(false);
                if (evidenceStore is null)
                {
                    return ExitCodes.BadInput;
                }

                await using (evidenceStore.ConfigureAwait(false))
                {
                    var evidenceClaims = evidenceDocuments.SelectMany(e => e.Document.Claims).ToList();
                    var services = CliLogging.Current.AddTo(new ServiceCollection()).AddVerification(v =>
                    {
                        if (evidenceClaims.Count > 0)
                        {
                            v.AddEvidence(new InMemoryEvidenceSource(evidenceClaims));
                        }

                        v.AddEvidence(evidenceStore).Configure(o =>
                        {
                            o.Figures = options.Figures;
                            o.ValidatorTimeout = validatorTimeout ?? o.ValidatorTimeout;
                        });
                    });
                    ReportVerification result;
                    var provider = services.BuildServiceProvider();
                    await using (provider.ConfigureAwait(false))
                    {
                        try
                        {
                            result = await provider.GetRequiredService<IClaimVerifier>().VerifyAsync(document.Report, cancellationToken).ConfigureAwait(false);
                        }
                        catch (InvalidClaimsException e)
                        {
                            return await CheckCommand.BadInputAsync(stderr, [.. e.Problems.Select(p => CheckCommand.Line(CheckCommand.DisplayName(claims), p))]).ConfigureAwait(false);
                        }
                    }

                    await evidenceStore.RecordChecksAsync(result, cancellationToken).ConfigureAwait(false);

                    // The outputs show the evidence behind each verdict: the stored claims the findings name.
                    var named = result.Claims.SelectMany(c => c.Findings).SelectMany(f => f.Evidence.Concat(f.Echoes).Concat(f.NotComparable)).ToHashSet(StringComparer.Ordinal);
                    named.ExceptWith(evidenceClaims.Select(c => c.Id));
                    evidenceClaims.AddRange(await evidenceStore.GetClaimsAsync(named, options, cancellationToken).ConfigureAwait(false));
                    string text;
                    try
                    {
                        text = await ResultOutput.RenderAsync(output, result, evidenceClaims, tableWidth, cancellationToken).ConfigureAwait(false);
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
            },
            stderr,
            cancellationToken);
}

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Verification.Claims;
using Verification.Cli.Logging;
using Verification.Cli.Output;
using Verification.Cli.Progress;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Figures;
using Verification.Input;
using Verification.Json;
using Verification.Outputs.Html;
using Verification.Plugins;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Cli.Commands;

/// <summary><c>verify check CLAIMS.json (--evidence EVIDENCE.json [--evidence MORE.json] | --store STORE [--as-of YYYY-MM-DD]) [--format table|json|claimreview|fever|averitec|html] [-o FILE] [--culture NAME] [--plugins DIR] [--strict-plugins]</c>;
/// or <c>verify check ARTICLE.txt --published YYYY-MM-DD [--outlet NAME] [--language en|fr] (--evidence … | --store …)</c>, which extracts the article's claims first.</summary>
/// <remarks>
/// <para>Reads the claims file and every evidence file, checks them all, and lists every problem of every file (exit 2)
/// before anything is verified. Otherwise verifies the claims against the evidence and writes the output, which
/// appears only once complete, so a failure never leaves partial output.</para>
/// <para>For the table and JSON formats the claims file is read twice, one claim at a time: first to check it, then
/// to verify each claim and write its result as it comes, so memory does not grow with the file. This needs the
/// results not to depend on other claims of the file: with plugins (which may look at every claim of the report), or
/// when a claim states derivations (which tell the independence of the others), the file is read whole, as it is for
/// the other formats, which lay out every result at once.</para>
/// </remarks>
internal static class CheckCommand
{
    /// <summary>The default of <c>--max-input-mb</c>: <see cref="VerificationOptions.DefaultMaxInputBytes"/> in megabytes.</summary>
    public const int DefaultMaxInputMb = (int)(VerificationOptions.DefaultMaxInputBytes / (1024 * 1024));

    /// <summary>Creates the <c>check</c> command.</summary>
    /// <param name="tableWidth">The width the table is laid out in.</param>
    public static Command Create(int tableWidth = TableFormatter.DefaultWidth)
    {
        var claims = new Argument<FileInfo>("CLAIMS.json")
        {
            Description = "The claims file to check (JSON, claims format), or an article (plain text) when --published is given.",
        };
        var published = ExtractCommand.PublishedOption(required: false);
        published.Description = "Read the first argument as an article published on this day (YYYY-MM-DD): its claims are extracted, then checked.";
        var outlet = new Option<string?>("--outlet") { Description = "With --published: the outlet that published the article.", HelpName = "NAME" };
        var language = ExtractCommand.LanguageOption();
        language.Description = "With --published: " + language.Description;
        var evidence = new Option<FileInfo[]>("--evidence", "-e")
        {
            Description = "An evidence file (JSON, claims format). Repeat the option for more files. Required unless --store is given.",
            HelpName = "EVIDENCE.json",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var format = Cli.FormatOption(
            "How to write the results: 'table' (default), a readable table with a summary line; 'json', the JSON result format; 'claimreview', schema.org ClaimReview markup (needs --reviewer and --review-url); 'fever', FEVER JSON Lines; 'averitec', AVeriTeC JSON; or 'html', a self-contained page with a chart per claim.",
            "table|json|claimreview|fever|averitec|html");
        var outputs = OutputOptions.Create();
        var plugins = PluginsCommand.CreatePluginsOption(required: false);
        var strictPlugins = new Option<bool>("--strict-plugins")
        {
            Description = "Stop, listing every problem, when any plugin cannot be loaded; by default such a plugin is skipped with a line on stderr.",
        };
        var culture = new Option<string?>("--culture")
        {
            Description = "The culture whose digit grouping the figures of every file follow, e.g. de-DE or tr-TR, where '44.218' is 44,218 and '1,5 million' is 1.5 million. Default: commas group thousands and '.' is the decimal point.",
            HelpName = "NAME",
        };

        var store = StoreOptions.Store(required: false, "Check against the evidence of a store ('verify evidence import'), with any --evidence files; the results are kept in the store for 'verify recheck'.");
        var asOf = StoreOptions.AsOf();
        var maxInput = new Option<int>("--max-input-mb")
        {
            Description = $"The largest claims or evidence file read, in megabytes; a larger one is refused (exit 2) rather than read. Default: {DefaultMaxInputMb}.",
            HelpName = "MB",
            DefaultValueFactory = _ => DefaultMaxInputMb,
        };

        var validatorTimeout = ValidatorTimeoutOption();

        var command = new Command("check", "Checks every claim of a claims file against the evidence files and prints a verdict per claim.")
        {
            claims,
            evidence,
            format,
            plugins,
            strictPlugins,
            published,
            outlet,
            language,
            culture,
            maxInput,
            validatorTimeout,
            store,
            asOf,
        };
        outputs.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetResult(evidence) is null && result.GetResult(store) is null)
            {
                result.AddError("Option '--evidence' or '--store' is required: the evidence to check the claims against.");
            }

            if (result.GetResult(asOf) is not null && result.GetResult(store) is null)
            {
                result.AddError("Option '--as-of' needs '--store': it chooses the revisions of stored evidence in force on a day.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            // System.CommandLine starts listening for Ctrl+C only once the action returns its task: yield at once,
            // so that reading large files can be cancelled too.
            await Task.Yield();
            var output = parseResult.InvocationConfiguration;
            var article = parseResult.GetResult(published) is { Implicit: false } ? new ArticleInput(parseResult.GetValue(published), parseResult.GetValue(outlet)) { Language = parseResult.GetValue(language) ?? Extraction.ExtractionOptions.Default.Language } : null;
            var request = new CheckRequest(
                parseResult.GetRequiredValue(claims),
                parseResult.GetValue(evidence) ?? [],
                outputs.Request(parseResult, parseResult.GetValue(format) ?? OutputFormat.Table),
                parseResult.GetValue(plugins) ?? [],
                article,
                parseResult.GetValue(strictPlugins),
                parseResult.GetValue(culture),
                parseResult.GetValue(maxInput),
                parseResult.GetValue(validatorTimeout),
                parseResult.GetValue(store),
                parseResult.GetValue(asOf));
            return request.Store is null
                ? await RunAsync(request, output.Output, output.Error, tableWidth, cancellationToken).ConfigureAwait(false)
                : await StoreCheck.RunAsync(request, output.Output, output.Error, tableWidth, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Runs the check of a claims file against evidence files, with the table laid out at
    /// <see cref="TableFormatter.DefaultWidth"/> and every other setting at its default.</summary>
    /// <param name="claims">The claims file.</param>
    /// <param name="evidence">The evidence files.</param>
    /// <param name="format">How to write the results.</param>
    /// <param name="stdout">Where the results go; written once, only when everything succeeded.</param>
    /// <param name="stderr">Where problems go, one per line, each naming its file.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(FileInfo claims, IReadOnlyList<FileInfo> evidence, OutputFormat format, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(evidence);
        return RunAsync(new CheckRequest(claims, evidence, new OutputRequest(format), []), stdout, stderr, TableFormatter.DefaultWidth, cancellationToken);
    }

    /// <summary>Runs the check against the evidence files of a request (its store, if any, is not read: see
    /// <see cref="StoreCheck"/>).</summary>
    /// <param name="request">What to check, against what, and how to write the results.</param>
    /// <param name="stdout">Where the results go, unless the request names a file.</param>
    /// <param name="stderr">Where problems go, one per line, each naming its file.</param>
    /// <param name="tableWidth">The width the table is laid out in.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(CheckRequest request, TextWriter stdout, TextWriter stderr, int tableWidth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var (article, claims, evidence, output, plugins) = (request.Article, request.Claims, request.Evidence, request.Output, request.Plugins);
        var (strictPlugins, culture, maxInputMb, validatorTimeout) = (request.StrictPlugins, request.Culture, request.MaxInputMb, request.ValidatorTimeout);
        return Cli.GuardAsync(
            async () =>
            {
                if (output.Problems() is { Count: > 0 } outputProblems)
                {
                    return await BadInputAsync(stderr, outputProblems).ConfigureAwait(false);
                }

                var problems = new List<string>();
                if (maxInputMb <= 0)
                {
                    return await BadInputAsync(stderr, [$"--max-input-mb: {maxInputMb} is not a size; expected a positive number of megabytes."]).ConfigureAwait(false);
                }

                if (!TryOptions(culture, out var options, out var cultureProblem))
                {
                    return await BadInputAsync(stderr, [cultureProblem]).ConfigureAwait(false);
                }

                options.MaxInputBytes = maxInputMb * 1024L * 1024L;
                var streamed = article is null && plugins.Count == 0 && StreamedOutput.CanStream(output.Format);
                ClaimsDocument? claimsDocument = null;
                bool claimsValid;
                long claimCount = 0;
                if (streamed)
                {
                    (var statesDerivations, claimCount) = await CheckClaimsAsync(claims, options, problems, cancellationToken).ConfigureAwait(false);
                    claimsValid = statesDerivations is not null;
                    streamed = statesDerivations is false;
                }
                else
                {
                    claimsDocument = article is null
                        ? await ReadAsync(claims, options, problems, cancellationToken).ConfigureAwait(false)
                        : await article.ReadAsync(claims, problems, cancellationToken).ConfigureAwait(false);
                    claimsValid = claimsDocument is not null;
                }

                var evidenceDocuments = new List<(FileInfo File, ClaimsDocument Document)>();
                // The same file given twice is read once: its claims would otherwise clash with themselves.
                foreach (var file in evidence.DistinctBy(f => f.FullName, StringComparer.Ordinal))
                {
                    if (await ReadAsync(file, options, problems, cancellationToken).ConfigureAwait(false) is { } document)
                    {
                        evidenceDocuments.Add((file, document));
                    }
                }

                if (problems.Count == 0)
                {
                    CheckEvidenceIds(evidenceDocuments, problems);
                }

                // A plugin directory named on the command line is an input like the files: the checks asked for must not
                // quietly go missing. Only plugins inside it that cannot be loaded are skipped (unless --strict-plugins).
                problems.AddRange(plugins.Select(PluginsCommand.DirectoryProblem).OfType<string>());

                if (problems.Count > 0 || !claimsValid)
                {
                    return await BadInputAsync(stderr, problems).ConfigureAwait(false);
                }

                var evidenceClaims = evidenceDocuments.SelectMany(e => e.Document.Claims).ToList();
                if (streamed)
                {
                    return await StreamAsync(claims, claimCount, evidenceClaims, options, output, stdout, stderr, tableWidth, cancellationToken).ConfigureAwait(false);
                }

                // A claims file checked but not streamed (its claims state derivations) is read whole now.
                claimsDocument ??= await ReadAsync(claims, options, problems, cancellationToken).ConfigureAwait(false);
                if (claimsDocument is null)
                {
                    return await BadInputAsync(stderr, problems).ConfigureAwait(false);
                }

                ReportVerification result;
                try
                {
                    result = await VerifyAsync(claimsDocument, evidenceClaims, options.Figures, validatorTimeout, plugins, strictPlugins, stderr, cancellationToken).ConfigureAwait(false);
                }
                catch (PluginLoadException e)
                {
                    await PluginsCommand.WriteErrorsAsync(stderr, e.Errors, "plugin-load").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }
                catch (InvalidClaimsException e)
                {
                    // The files were checked when read and the evidence is in memory, so only the claims file can break a
                    // rule here, and it is not expected to; still, it is bad input, not a crash.
                    return await BadInputAsync(stderr, [.. e.Problems.Select(p => Line(DisplayName(claims), p))]).ConfigureAwait(false);
                }

                string text;
                try
                {
                    text = await ResultOutput.RenderAsync(output, result, evidenceClaims, tableWidth, cancellationToken).ConfigureAwait(false);
                }
                catch (ReportTemplateException e)
                {
                    var template = e.TemplateName.Length > 0 ? Path.Combine(output.Templates?.ToString() ?? string.Empty, e.TemplateName) : "--templates";
                    return await BadInputAsync(stderr, [$"{template}: template-invalid: {Cli.OneLine(e.Message)}"]).ConfigureAwait(false);
                }

                // A run cancelled while the output was being laid out writes nothing.
                cancellationToken.ThrowIfCancellationRequested();
                return await ResultOutput.WriteAsync(output, text, stdout, cancellationToken).ConfigureAwait(false) is { } writeProblem
                    ? await BadInputAsync(stderr, [writeProblem]).ConfigureAwait(false)
                    : ExitCodes.Success;
            },
            stderr,
            cancellationToken);
    }

    // --validator-timeout SECONDS: a positive number of seconds, at most a day.
    private static Option<TimeSpan?> ValidatorTimeoutOption() => new("--validator-timeout")
    {
        Description = "How long, in seconds, a plugin validator may take on one claim before it is abandoned with an error finding (default 5); one that keeps running past it is cut off for the rest of the run.",
        HelpName = "SECONDS",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= TimeSpan.FromDays(1).TotalSeconds)
            {
                return TimeSpan.FromSeconds(seconds);
            }

            result.AddError($"'{token}' is not a timeout for option '--validator-timeout': expected a number of seconds above 0 and at most 86400, e.g. 5 or 0.5.");
            return null;
        },
    };

    // The options the files are read with: figures in the culture given, if any.
    internal static bool TryOptions(string? culture, out VerificationOptions options, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        options = new VerificationOptions();
        problem = null;
        if (culture is null)
        {
            return true;
        }

        try
        {
            options.Figures = options.Figures with { Culture = CultureInfo.GetCultureInfo(culture) };
            return true;
        }
        catch (CultureNotFoundException)
        {
            problem = $"--culture: '{culture}' is not a culture name; expected a name such as de-DE or tr-TR.";
            return false;
        }
    }

    private static async Task<ReportVerification> VerifyAsync(ClaimsDocument claims, IEnumerable<Claim> evidence, FigureOptions figures, TimeSpan? validatorTimeout, IReadOnlyList<DirectoryInfo> plugins, bool strictPlugins, TextWriter stderr, CancellationToken cancellationToken)
    {
        var services = CliLogging.Current.AddTo(new ServiceCollection()).AddVerification(v => PluginsCommand.AddPlugins(
            v.AddEvidence(new InMemoryEvidenceSource(evidence)).Configure(o =>
            {
                o.Figures = figures;
                o.ValidatorTimeout = validatorTimeout ?? o.ValidatorTimeout;
            }),
            plugins,
            strictPlugins));
        var provider = services.BuildServiceProvider();
        await using (provider.ConfigureAwait(false))
        {
            if (plugins.Count > 0)
            {
                // Skipped plugins are reported before the results, so the reader knows which checks did not run.
                await PluginsCommand.WriteErrorsAsync(stderr, provider.GetRequiredService<IPluginCatalog>().Errors).ConfigureAwait(false);
            }

            var verifier = provider.GetRequiredService<IClaimVerifier>();
            return await verifier.VerifyAsync(claims.Report, cancellationToken).ConfigureAwait(false);
        }
    }

    // Reads the claims file through, one claim at a time, checking it: null when it has problems (added, each naming
    // the file), else whether any claim states derivations; and how many claims it holds.
    private static async Task<(bool? Derivations, long Count)> CheckClaimsAsync(FileInfo file, VerificationOptions options, List<string> problems, CancellationToken cancellationToken)
    {
        if (Cli.DirectoryProblem(file) is { } notAFile)
        {
            problems.Add(notAFile);
            return (null, 0);
        }

        try
        {
            var derivations = false;
            long count = 0;
            await foreach (var claim in ClaimsFile.ReadClaimsAsync(file.FullName, options, cancellationToken).ConfigureAwait(false))
            {
                derivations |= claim.DerivedFrom.Count > 0;
                count++;
            }

            return (derivations, count);
        }
        catch (InvalidClaimsException e)
        {
            problems.AddRange(e.Problems.Select(p => Line(DisplayName(file), p)));
        }
        catch (Exception e) when (Cli.ReadProblem(file, e) is { } problem)
        {
            problems.Add(problem);
        }

        return (null, 0);
    }

    // Reads the claims file again, a claim at a time, verifying each and writing its result as it comes.
    private static async Task<int> StreamAsync(FileInfo claims, long claimCount, IReadOnlyList<Claim> evidence, VerificationOptions options, OutputRequest output, TextWriter stdout, TextWriter stderr, int tableWidth, CancellationToken cancellationToken)
    {
        var services = CliLogging.Current.AddTo(new ServiceCollection()).AddVerification(v => v.AddEvidence(new InMemoryEvidenceSource(evidence)).Configure(o => o.Figures = options.Figures));
        var provider = services.BuildServiceProvider();
        var progress = RunProgress.Start("check", "claims", stderr);
        await using (progress.ConfigureAwait(false))
        await using (provider.ConfigureAwait(false))
        {
            var verifier = provider.GetRequiredService<IClaimVerifier>();
            IAsyncEnumerable<ClaimVerification> Results() => CountedAsync(verifier.VerifyAllAsync(ClaimsFile.ReadClaimsAsync(claims.FullName, options, cancellationToken), cancellationToken), progress, claimCount, cancellationToken);
            try
            {
                var problem = await StreamedOutput.WriteAsync(output, Results(), stdout, tableWidth, cancellationToken).ConfigureAwait(false);
                return problem is null ? ExitCodes.Success : await BadInputAsync(stderr, [problem]).ConfigureAwait(false);
            }
            catch (InvalidClaimsException e)
            {
                // The file was checked through before; it breaks a rule now only if it changed since.
                return await BadInputAsync(stderr, [.. e.Problems.Select(p => Line(DisplayName(claims), p))]).ConfigureAwait(false);
            }
        }
    }

    // Hands the results on, telling the progress how many are done.
    internal static async IAsyncEnumerable<ClaimVerification> CountedAsync(IAsyncEnumerable<ClaimVerification> results, RunProgress progress, long total, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long done = 0;
        await foreach (var result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            done++;
            progress.Report(done, total > 0 ? (double)done / total : null);
            yield return result;
        }
    }

    // Reads one file; on failure adds its problems (each naming the file) and returns null.
    internal static async Task<ClaimsDocument?> ReadAsync(FileInfo file, VerificationOptions options, List<string> problems, CancellationToken cancellationToken)
    {
        if (Cli.DirectoryProblem(file) is { } notAFile)
        {
            problems.Add(notAFile);
            return null;
        }

        try
        {
            return await ClaimsFile.ReadAsync(file.FullName, options, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidClaimsException e)
        {
            problems.AddRange(e.Problems.Select(p => Line(DisplayName(file), p)));
        }
        catch (Exception e) when (Cli.ReadProblem(file, e) is { } problem)
        {
            problems.Add(problem);
        }

        return null;
    }

    // Findings name evidence by id, so an id used by two evidence files would make the output ambiguous.
    internal static void CheckEvidenceIds(List<(FileInfo File, ClaimsDocument Document)> documents, List<string> problems)
    {
        var firstFile = new Dictionary<string, FileInfo>(StringComparer.Ordinal);
        foreach (var (file, document) in documents)
        {
            foreach (var claim in document.Claims)
            {
                if (!firstFile.TryAdd(claim.Id, file))
                {
                    problems.Add($"{DisplayName(file)}: id-duplicate: claim '{claim.Id}', field 'id': the id is already used in evidence file '{DisplayName(firstFile[claim.Id])}'; evidence ids must be unique across evidence files.");
                }
            }
        }
    }

    internal static async Task<int> BadInputAsync(TextWriter stderr, IReadOnlyList<string> problems)
    {
        var text = new StringBuilder();
        foreach (var problem in problems)
        {
            text.AppendLine(problem);
        }

        await stderr.WriteAsync(text).ConfigureAwait(false);
        await stderr.FlushAsync().ConfigureAwait(false);
        return ExitCodes.BadInput;
    }

    internal static string Line(string file, ClaimProblem problem) => $"{file}: {problem.Code}: {Cli.OneLine(problem.Message)}";

    // The path as the user wrote it.
    internal static string DisplayName(FileInfo file) => file.ToString();
}

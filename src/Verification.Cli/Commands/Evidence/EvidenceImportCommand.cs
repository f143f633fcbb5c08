using System.CommandLine;
using System.Globalization;
using System.Text;
using Verification.Claims;
using Verification.Input;
using Verification.Json;
using Verification.Store;

namespace Verification.Cli.Commands.Evidence;

/// <summary><c>verify evidence import FILE... --store STORE [--data-set NAME] [--release NAME] [--released-on YYYY-MM-DD]
/// [--format F] [--mapping M] [--skip-bad-rows]</c>: imports evidence files into a store: claims files, and published data
/// sets read as <c>verify evidence read</c> reads them (HXL from HDX, UCDP GED, ACLED, Airwars, any CSV with a mapping).</summary>
/// <remarks>Every file is read and checked first, then written in one transaction: when any file has a problem, every problem of every file
/// is listed on stderr (exit 2) and nothing is stored. A file the store already holds (same content) is skipped. A claim
/// whose content changed since the store's copy becomes a new revision, the old one kept as history. Every file is
/// streamed: read through once to check it, then again as it is stored, a batch at a time. A claims file (<c>.json</c>,
/// no <c>--format</c> or <c>--mapping</c>) is read as claims; any other file by its importer, whose bad rows refuse the
/// whole import unless <c>--skip-bad-rows</c> (then they are listed on stderr and the good rows imported).</remarks>
internal static class EvidenceImportCommand
{
    /// <summary>Creates the <c>import</c> subcommand of <c>verify evidence</c>.</summary>
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Evidence files: claims files (JSON) or published data sets (see --format).", Arity = ArgumentArity.OneOrMore };
        var input = new EvidenceFileInput();
        var store = StoreOptions.Store(required: true, "The store to import into.");
        var dataSet = new Option<string?>("--data-set") { Description = "The data set the files are releases of (default: each file's name). A claim id belongs to one data set.", HelpName = "NAME" };
        var release = new Option<string?>("--release") { Description = "The name of the data set release, for the record.", HelpName = "NAME" };
        var releasedOn = new Option<DateOnly?>("--released-on")
        {
            Description = "The day the release was published (YYYY-MM-DD), from which its figures are in force (default: today).",
            HelpName = "YYYY-MM-DD",
            CustomParser = result => StoreOptions.Day(result, "--released-on"),
        };
        var import = new Command("import", "Imports evidence files into a store: all of them, or, when any has a problem, none.")
        {
            files,
            store,
            dataSet,
            release,
            releasedOn,
        };
        input.AddTo(import);
        import.SetAction(async (parseResult, cancellationToken) =>
        {
            await Task.Yield();
            var output = parseResult.InvocationConfiguration;
            return await ImportAsync(
                parseResult.GetRequiredValue(files),
                parseResult.GetRequiredValue(store)!,
                parseResult.GetValue(dataSet),
                parseResult.GetValue(release),
                parseResult.GetValue(releasedOn),
                input.Request(parseResult),
                output.Output,
                output.Error,
                cancellationToken).ConfigureAwait(false);
        });
        return import;
    }

    /// <summary>Imports the files.</summary>
    /// <param name="files">The evidence files.</param>
    /// <param name="location">The store.</param>
    /// <param name="dataSet">The data set, or null for each file's name.</param>
    /// <param name="release">The release's name, or null.</param>
    /// <param name="releasedOn">The release's day, or null for today.</param>
    /// <param name="request">How files other than claims files are read (<c>--format</c>, <c>--mapping</c>,
    /// <c>--skip-bad-rows</c>, <c>--source</c>, <c>--id-prefix</c>).</param>
    /// <param name="stdout">Where a line per file goes: what it added, revised, or left unchanged.</param>
    /// <param name="stderr">Where problems go, one per line, each naming its file.</param>
    /// <param name="cancellationToken">Cancels the import; then nothing is stored.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static Task<int> ImportAsync(IReadOnlyList<FileInfo> files, string location, string? dataSet, string? release, DateOnly? releasedOn, EvidenceFileRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        Cli.GuardAsync(
            async () =>
            {
                var (store, openCode) = await StoreOptions.OpenAsync(location, null, stderr, cancellationToken).ConfigureAwait(false);
                if (store is null)
                {
                    return openCode;
                }

                await using (store.ConfigureAwait(false))
                {
                    return await StoreOptions.GuardAsync(location, stderr, step => ImportAsync(step, store, files, dataSet, release, releasedOn, request, stdout, stderr, cancellationToken)).ConfigureAwait(false);
                }
            },
            stderr,
            cancellationToken);

    // Reads and checks every file, then stores them all in one import, committed when no file had a problem. No file is
    // read while the store's write lock is held (SQLite takes it for the whole import): a bad file never takes it, and
    // the lock is held only to store.
    private static async Task<int> ImportAsync(StoreStep step, EvidenceStore store, IReadOnlyList<FileInfo> files, string? dataSet, string? release, DateOnly? releasedOn, EvidenceFileRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var prepared = new List<(FileInfo File, ImportSource Source, Func<IAsyncEnumerable<Claim>> Claims)>();
        foreach (var file in files.DistinctBy(f => f.FullName, StringComparer.Ordinal))
        {
            if (await PrepareAsync(file, dataSet, release, releasedOn, request, problems, stderr, cancellationToken).ConfigureAwait(false) is { } ready)
            {
                prepared.Add(ready);
            }
        }

        if (problems.Count > 0)
        {
            return await BadInputAsync(stderr, problems).ConfigureAwait(false);
        }

        step.Doing = "importing the files (nothing of them was stored)";
        var lines = new StringBuilder();
        var import = await store.BeginImportAsync(cancellationToken).ConfigureAwait(false);
        await using (import.ConfigureAwait(false))
        {
            foreach (var (file, source, claims) in prepared)
            {
                try
                {
                    var summary = await import.AddAsync(source, claims(), cancellationToken).ConfigureAwait(false);
                    problems.AddRange(summary.Problems.Select(p => $"{file}: {p.Code}: {Cli.OneLine(p.Message)}"));
                    lines.AppendLine(summary.AlreadyImported
                        ? $"{file}: already in the store; nothing imported."
                        : string.Create(CultureInfo.InvariantCulture, $"{file}: {summary.Added} added, {summary.Revised} revised, {summary.Unchanged} unchanged."));
                }
                catch (InvalidClaimsException e)
                {
                    // The file changed since it was checked.
                    problems.AddRange(e.Problems.Select(p => $"{file}: {p.Code}: {Cli.OneLine(p.Message)}"));
                }
                catch (Exception e) when (Cli.ReadProblem(file, e) is { } problem)
                {
                    problems.Add(problem);
                }
            }

            if (problems.Count > 0)
            {
                // Disposed without a commit: nothing of any file is stored.
                return await BadInputAsync(stderr, problems).ConfigureAwait(false);
            }

            await import.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await stdout.WriteAsync(lines.ToString()).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task<int> BadInputAsync(TextWriter stderr, List<string> problems)
    {
        await stderr.WriteAsync(string.Concat(problems.Distinct(StringComparer.Ordinal).Select(p => p + Environment.NewLine))).ConfigureAwait(false);
        return ExitCodes.BadInput;
    }

    // Reads and checks one file: its source (digest and how it was read) and its claims, to be read again as they are
    // stored, streamed, so that memory does not grow with the file; null, with the problems added, when it cannot be
    // imported.
    private static async Task<(FileInfo File, ImportSource Source, Func<IAsyncEnumerable<Claim>> Claims)?> PrepareAsync(FileInfo file, string? dataSet, string? release, DateOnly? releasedOn, EvidenceFileRequest request, List<string> problems, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (Cli.DirectoryProblem(file) is { } notAFile)
        {
            problems.Add(notAFile);
            return null;
        }

        if (!CheckCommand.TryOptions(request.Culture, out var options, out var cultureProblem))
        {
            problems.Add(cultureProblem);
            return null;
        }

        try
        {
            var source = await ImportSource.FromFileAsync(file.FullName, cancellationToken).ConfigureAwait(false) with
            {
                Name = file.ToString(),
                DataSet = dataSet,
                Release = release,
                ReleasedOn = releasedOn,
            };
            if (IsClaimsFile(file, request))
            {
                await foreach (var _ in ClaimsFile.ReadClaimsAsync(file.FullName, options, cancellationToken).ConfigureAwait(false))
                {
                    // Read through once to check it: every problem is found before the store is written.
                }

                return (file, source with { Reading = await ReadingAsync(request, "claims-json", dataSet, cancellationToken).ConfigureAwait(false) }, () => ClaimsFile.ReadClaimsAsync(file.FullName, options, cancellationToken));
            }

            // Checked in one pass that holds no claim, then read again as it is stored, a batch at a time.
            var (check, claims, checkProblems) = await EvidenceFileInput.CheckAsync(file, request, stderr, cancellationToken).ConfigureAwait(false);
            if (check is null || claims is null || check.IsRefused)
            {
                problems.AddRange(checkProblems);
                problems.AddRange(check?.Problems.Select(p => Cli.OneLine(p.ToString())) ?? []);
                return null;
            }

            // --skip-bad-rows: the rows left out are listed, with how many, and the rest imported.
            foreach (var skipped in check.Problems)
            {
                await stderr.WriteLineAsync(Cli.OneLine(skipped.ToString())).ConfigureAwait(false);
            }

            if (check.Problems.Count > 0)
            {
                var rows = check.Problems.Select(p => p.Row).Distinct().Count();
                await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"verify: {file}: {rows} {(rows == 1 ? "row" : "rows")} skipped for the problems above; {check.Claims} {(check.Claims == 1 ? "claim" : "claims")} to import.")).ConfigureAwait(false);
            }

            return (file, source with { Reading = await ReadingAsync(request, check.Format, dataSet, cancellationToken).ConfigureAwait(false) }, () => claims(cancellationToken));
        }
        catch (InvalidClaimsException e)
        {
            problems.AddRange(e.Problems.Select(p => $"{file}: {p.Code}: {Cli.OneLine(p.Message)}"));
        }
        catch (Exception e) when (Cli.ReadProblem(file, e) is { } problem)
        {
            problems.Add(problem);
        }

        return null;
    }

    private static readonly string[] ReadingNames = ["format", "mapping", "source", "id-prefix", "culture", "data-set"];

    // The options that change what a file gives the store, as part of the import's identity: the same file read with
    // another mapping, prefix, source, culture or into another data set is another import. Null for a claims file read
    // as it is, so that its identity is its content's digest alone.
    private static async Task<string?> ReadingAsync(EvidenceFileRequest request, string format, string? dataSet, CancellationToken cancellationToken)
    {
        string? mapping = null;
        if (request.Mapping is { } mappingFile)
        {
            mapping = (await ImportSource.FromFileAsync(mappingFile.FullName, cancellationToken).ConfigureAwait(false)).ContentHash;
        }

        string?[] parts = [format == "claims-json" ? null : format, mapping, request.Source, request.IdPrefix, request.Culture, dataSet];
        return parts.All(p => p is null)
            ? null
            : string.Join('\n', ReadingNames.Zip(parts, (name, value) => $"{name}={value}"));
    }

    // A claims file is streamed into the store; a format or a mapping asks for an importer, and so does --skip-bad-rows
    // (the importer keeps a claims file's good claims, where the stream stops at the first bad one).
    private static bool IsClaimsFile(FileInfo file, EvidenceFileRequest request) =>
        request.Format is null or "claims-json" && request.Mapping is null && request.BadRows == Verification.Import.BadRows.Refuse
        && (request.Format is not null || string.Equals(file.Extension, ".json", StringComparison.OrdinalIgnoreCase));
}

using System.CommandLine;
using Verification.Claims;
using Verification.Cli.Progress;
using Verification.Import;
using Verification.Import.Mapping;

namespace Verification.Cli.Commands.Evidence;

/// <summary>The options that say how an evidence file is read, and the reading: the format named, the mapping given, or
/// the format told from the file's first rows; every bad row listed; progress on stderr for a long file.</summary>
internal sealed class EvidenceFileInput
{
    private readonly Option<string?> _format = new("--format", "-f")
    {
        Description = $"The file's format: {string.Join(", ", EvidenceFileReaders.CreateDefault().All.Select(r => r.Format))}, or csv with --mapping. Default: told from the file's first rows.",
        HelpName = "FORMAT",
    };

    private readonly Option<FileInfo?> _mapping = new("--mapping", "-m")
    {
        Description = "A column-mapping file (JSON) saying which column of a CSV file is the subject, the figure, the place's parts, the date, the source (docs/importing.md).",
        HelpName = "MAPPING.json",
    };

    private readonly Option<bool> _skipBadRows = new("--skip-bad-rows")
    {
        Description = "Keep the good rows of a file with bad rows, and list the others on stderr; by default such a file is refused whole (exit 2).",
    };

    private readonly Option<string?> _source = new("--source")
    {
        Description = "Who produced the figures, when the file does not say (an HXL file without #meta+source); the file's own source column then lists where they were taken from.",
        HelpName = "NAME",
    };

    private readonly Option<string?> _idPrefix = new("--id-prefix")
    {
        Description = "The start of every claim id read from the file (default: the format's name, e.g. ucdp:71663). Files of one format checked together need different prefixes.",
        HelpName = "PREFIX",
    };

    private readonly Option<string?> _culture = new("--culture")
    {
        Description = "The culture whose digit grouping the file's numbers and figures follow, e.g. de-DE, where '44.218' is 44,218 and '1,5' is 1.5. Default: commas group thousands and '.' is the decimal point ('1,5' is refused, not read as 15).",
        HelpName = "NAME",
    };

    /// <summary>Adds the options to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_format);
        command.Options.Add(_mapping);
        command.Options.Add(_skipBadRows);
        command.Options.Add(_source);
        command.Options.Add(_idPrefix);
        command.Options.Add(_culture);
    }

    /// <summary>The values given for the options.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    public EvidenceFileRequest Request(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new EvidenceFileRequest
        {
            Format = parseResult.GetValue(_format),
            Mapping = parseResult.GetValue(_mapping),
            BadRows = parseResult.GetValue(_skipBadRows) ? BadRows.Skip : BadRows.Refuse,
            Source = parseResult.GetValue(_source),
            IdPrefix = parseResult.GetValue(_idPrefix),
            Culture = parseResult.GetValue(_culture),
        };
    }

    /// <summary>Reads one evidence file as asked.</summary>
    /// <param name="file">The file.</param>
    /// <param name="request">How to read it.</param>
    /// <param name="stderr">Where progress goes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>What was read, or the problem lines (each naming the file) that kept it from being read at all.</returns>
    public static async Task<(ImportResult? Result, IReadOnlyList<string> Problems)> ReadAsync(FileInfo file, EvidenceFileRequest request, TextWriter stderr, CancellationToken cancellationToken)
    {
        var (reading, problems) = await ReadingAsync(file, request, cancellationToken).ConfigureAwait(false);
        if (reading is not var (reader, options))
        {
            return (null, problems);
        }

        try
        {
            var progress = RunProgress.Start($"read {file}", "rows", stderr);
            await using (progress.ConfigureAwait(false))
            {
                return (await EvidenceFileImport.ReadFileAsync(reader, file.FullName, request.BadRows, options, new Progress(progress), cancellationToken).ConfigureAwait(false), []);
            }
        }
        catch (Exception e) when (Cli.ReadProblem(file, e) is { } problem)
        {
            return (null, [problem]);
        }
    }

    /// <summary>Reads one evidence file through once to check it, as asked, holding none of its claims: for an import,
    /// which reads them again as it stores them.</summary>
    /// <param name="file">The file.</param>
    /// <param name="request">How to read it.</param>
    /// <param name="stderr">Where progress goes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>What the check found, and the file's claims to read again
    /// (<see cref="EvidenceFileImport.ReadFileClaimsAsync"/>); or the problem lines (each naming the file) that kept it
    /// from being read at all.</returns>
    public static async Task<(EvidenceFileCheck? Check, Func<CancellationToken, IAsyncEnumerable<Claim>>? Claims, IReadOnlyList<string> Problems)> CheckAsync(FileInfo file, EvidenceFileRequest request, TextWriter stderr, CancellationToken cancellationToken)
    {
        var (reading, problems) = await ReadingAsync(file, request, cancellationToken).ConfigureAwait(false);
        if (reading is not var (reader, options))
        {
            return (null, null, problems);
        }

        try
        {
            var progress = RunProgress.Start($"read {file}", "rows", stderr);
            await using (progress.ConfigureAwait(false))
            {
                var check = await EvidenceFileImport.CheckFileAsync(reader, file.FullName, request.BadRows, options, new Progress(progress), cancellationToken).ConfigureAwait(false);
                return (check, ct => EvidenceFileImport.ReadFileClaimsAsync(reader, file.FullName, request.BadRows, options, ct), []);
            }
        }
        catch (Exception e) when (Cli.ReadProblem(file, e) is { } problem)
        {
            return (null, null, [problem]);
        }
    }

    // The reader and the options a file is read with, or the problem lines that keep it from being read.
    private static async Task<((IEvidenceFileReader Reader, EvidenceFileOptions Options)? Reading, IReadOnlyList<string> Problems)> ReadingAsync(FileInfo file, EvidenceFileRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(request);
        if (Cli.DirectoryProblem(file) is { } notAFile)
        {
            return (null, [notAFile]);
        }

        if (!CheckCommand.TryOptions(request.Culture, out var verification, out var cultureProblem))
        {
            return (null, [cultureProblem]);
        }

        try
        {
            var (reader, problems) = await ReaderAsync(file, request, cancellationToken).ConfigureAwait(false);
            return reader is null
                ? (null, problems)
                : ((reader, new EvidenceFileOptions { FileName = file.ToString(), Source = request.Source, IdPrefix = request.IdPrefix, Figures = verification.Figures }), []);
        }
        catch (Exception e) when (Cli.ReadProblem(file, e) is { } problem)
        {
            return (null, [problem]);
        }
    }

    /// <summary>The reader a file is read with: through the mapping given, by the format named, or told from the file's
    /// first rows; else the problem lines. For a command that reads the records itself, one at a time.</summary>
    /// <param name="file">The file.</param>
    /// <param name="request">How to read it.</param>
    /// <param name="cancellationToken">Cancels the read of the mapping or of the file's first rows.</param>
    internal static async Task<(IEvidenceFileReader? Reader, IReadOnlyList<string> Problems)> ReaderAsync(FileInfo file, EvidenceFileRequest request, CancellationToken cancellationToken)
    {
        var readers = EvidenceFileReaders.CreateDefault();
        if (request.Mapping is { } mappingFile)
        {
            if (request.Format is { } f && !string.Equals(f, "csv", StringComparison.OrdinalIgnoreCase))
            {
                return (null, [$"--format: '{f}' reads its own columns; a --mapping is read with --format csv or no --format."]);
            }

            try
            {
                return (new MappedCsvReader(await ColumnMappingFile.ReadAsync(mappingFile.FullName, cancellationToken).ConfigureAwait(false)), []);
            }
            catch (ColumnMappingException e)
            {
                return (null, [.. e.Problems.Select(Cli.OneLine)]);
            }
            catch (Exception e) when (Cli.ReadProblem(mappingFile, e) is { } problem)
            {
                return (null, [problem]);
            }
        }

        var known = string.Join(", ", readers.All.Select(r => r.Format));
        if (request.Format is { } format)
        {
            if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
            {
                return (null, ["--format csv: a CSV file of no known data set is read through a column mapping: give --mapping MAPPING.json (docs/importing.md)."]);
            }

            return readers.Find(format) is { } named
                ? (named, [])
                : (null, [$"--format: unknown format '{format}': expected {known}, or csv with --mapping."]);
        }

        return await readers.DetectAsync(file.FullName, cancellationToken).ConfigureAwait(false) is { } detected
            ? (detected, [])
            : (null, [$"{file}: format-unknown: the file's first rows are not those of a known format ({known}); name it with --format, or give a column mapping with --mapping."]);
    }

    // Import progress is in bytes of the file; the rows read are what a person counts.
    private sealed class Progress(RunProgress progress) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) =>
            progress.Report(value.Rows, value.TotalBytes is > 0 and var total ? (double)value.Bytes / total : null);
    }
}

/// <summary>How one evidence file is to be read, as the command line asks.</summary>
internal sealed record EvidenceFileRequest
{
    /// <summary>The format named with <c>--format</c>; null to tell it from the file.</summary>
    public string? Format { get; init; }

    /// <summary>The column-mapping file given with <c>--mapping</c>.</summary>
    public FileInfo? Mapping { get; init; }

    /// <summary>Refuse a file with bad rows, or keep its good rows (<c>--skip-bad-rows</c>).</summary>
    public BadRows BadRows { get; init; }

    /// <summary>The source named with <c>--source</c>.</summary>
    public string? Source { get; init; }

    /// <summary>The id prefix given with <c>--id-prefix</c>.</summary>
    public string? IdPrefix { get; init; }

    /// <summary>The culture named with <c>--culture</c>; null for the invariant culture.</summary>
    public string? Culture { get; init; }
}

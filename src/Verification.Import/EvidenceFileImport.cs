using System.Runtime.CompilerServices;
using Verification.Claims;
using Verification.Input;
namespace Verification.Import;

/// <summary>Reads a whole evidence file with a reader, and applies the choice between refusing a file with bad rows and
/// keeping its good rows: into memory (<see cref="ReadFileAsync"/>), or checked in one pass and then streamed
/// (<see cref="CheckFileAsync"/>, <see cref="ReadFileClaimsAsync"/>).</summary>
public static class EvidenceFileImport
{
    /// <summary>How often progress is reported, in rows.</summary>
    private const int ProgressEvery = 1000;

    /// <summary>Reads a file.</summary>
    /// <param name="reader">The format's reader.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="badRows">Refuse the file for any bad row (the default), or keep the good rows.</param>
    /// <param name="options">How to read it; the file name defaults to <paramref name="path"/>.</param>
    /// <param name="progress">Told how far the read has come, every thousand rows and at the end; may be null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The claims kept and every problem.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<ImportResult> ReadFileAsync(IEvidenceFileReader reader, string path, BadRows badRows = BadRows.Refuse, EvidenceFileOptions? options = null, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(path);
        return await OnFileAsync(path, options, (stream, o) => ReadAsync(reader, stream, o, badRows, progress, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Reads a file's content from a stream.</summary>
    /// <param name="reader">The format's reader.</param>
    /// <param name="stream">The content.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="badRows">Refuse the file for any bad row (the default), or keep the good rows.</param>
    /// <param name="progress">Told how far the read has come, every thousand rows and at the end; may be null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The claims kept and every problem.</returns>
    /// <remarks>Every claim is held until the end; <see cref="CheckAsync"/> and <see cref="ReadClaimsAsync"/> read a file
    /// of any size, in the memory of a row.</remarks>
    public static async Task<ImportResult> ReadAsync(IEvidenceFileReader reader, Stream stream, EvidenceFileOptions options, BadRows badRows = BadRows.Refuse, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var claims = new List<Claim>();
        var (problems, rows) = await ScanAsync(reader, stream, options, progress, claims.Add, cancellationToken).ConfigureAwait(false);
        var refused = badRows == BadRows.Refuse && problems.Count > 0;
        return new ImportResult(options.FileName, reader.Format, refused ? [] : claims, problems, rows, refused);
    }

    /// <summary>Reads a file through once to check it: every problem, and how many claims it gives; no claim is held.</summary>
    /// <param name="reader">The format's reader.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="badRows">Refuse the file for any bad row (the default), or keep the good rows.</param>
    /// <param name="options">How to read it; the file name defaults to <paramref name="path"/>.</param>
    /// <param name="progress">Told how far the read has come, every thousand rows and at the end; may be null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every problem, and whether the file is refused.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <remarks>With <see cref="ReadFileClaimsAsync"/> after it, a file is imported the way a claims file is: checked whole
    /// before anything is stored, then streamed.</remarks>
    public static async Task<EvidenceFileCheck> CheckFileAsync(IEvidenceFileReader reader, string path, BadRows badRows = BadRows.Refuse, EvidenceFileOptions? options = null, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(path);
        return await OnFileAsync(path, options, (stream, o) => CheckAsync(reader, stream, o, badRows, progress, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Reads a file's content through once to check it: every problem, and how many claims it gives; no claim
    /// is held.</summary>
    /// <param name="reader">The format's reader.</param>
    /// <param name="stream">The content.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="badRows">Refuse the file for any bad row (the default), or keep the good rows.</param>
    /// <param name="progress">Told how far the read has come, every thousand rows and at the end; may be null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every problem, and whether the file is refused.</returns>
    public static async Task<EvidenceFileCheck> CheckAsync(IEvidenceFileReader reader, Stream stream, EvidenceFileOptions options, BadRows badRows = BadRows.Refuse, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        long claims = 0;
        var (problems, rows) = await ScanAsync(reader, stream, options, progress, _ => claims++, cancellationToken).ConfigureAwait(false);
        var refused = badRows == BadRows.Refuse && problems.Count > 0;
        return new EvidenceFileCheck(options.FileName, reader.Format, problems, rows, refused ? 0 : claims, refused);
    }

    /// <summary>A file's claims, each as it is read: the claims of a file <see cref="CheckFileAsync"/> did not refuse.</summary>
    /// <param name="reader">The format's reader.</param>
    /// <param name="path">The file's path; it is opened when the claims are first asked for.</param>
    /// <param name="badRows">Throw at a bad row (the default), or pass over it.</param>
    /// <param name="options">How to read it; the file name defaults to <paramref name="path"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The claims, in file order; a row is read only when the claim before it was taken.</returns>
    /// <exception cref="InvalidClaimsException">A bad row under <see cref="BadRows.Refuse"/> (the file changed since it
    /// was checked): its problems, each naming the row and the column.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async IAsyncEnumerable<Claim> ReadFileClaimsAsync(IEvidenceFileReader reader, string path, BadRows badRows = BadRows.Refuse, EvidenceFileOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(path);
        options ??= new EvidenceFileOptions { FileName = path };
        var stream = Open(path);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var claim in ReadClaimsAsync(reader, stream, options, badRows, cancellationToken).ConfigureAwait(false))
            {
                yield return claim;
            }
        }
    }

    /// <summary>A file's claims from a stream, each as it is read.</summary>
    /// <param name="reader">The format's reader.</param>
    /// <param name="stream">The content.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="badRows">Throw at a bad row (the default), or pass over it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The claims, in file order; a row is read only when the claim before it was taken.</returns>
    /// <exception cref="InvalidClaimsException">A bad row under <see cref="BadRows.Refuse"/>: its problems, each naming
    /// the row and the column.</exception>
    public static async IAsyncEnumerable<Claim> ReadClaimsAsync(IEvidenceFileReader reader, Stream stream, EvidenceFileOptions options, BadRows badRows = BadRows.Refuse, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        await foreach (var record in reader.ReadAsync(stream, options, cancellationToken).ConfigureAwait(false))
        {
            if (record.Claim is { } claim)
            {
                yield return claim;
            }
            else if (badRows == BadRows.Refuse)
            {
                throw new InvalidClaimsException([.. record.Problems.Select(AsClaimProblem)], options.FileName);
            }
        }
    }

    // Reads every record, handing each claim on and keeping the problems: the one pass that reading and checking share.
    private static async Task<(List<ImportProblem> Problems, long Rows)> ScanAsync(IEvidenceFileReader reader, Stream stream, EvidenceFileOptions options, IProgress<ImportProgress>? progress, Action<Claim> claim, CancellationToken cancellationToken)
    {
        long? total = stream.CanSeek ? stream.Length : null;
        var problems = new List<ImportProblem>();
        long rows = 0;
        var lastRow = -1;
        await foreach (var record in reader.ReadAsync(stream, options, cancellationToken).ConfigureAwait(false))
        {
            // Several claims from one row count as one row read.
            if (record.Row != lastRow)
            {
                rows++;
                lastRow = record.Row;
                if (progress is not null && rows % ProgressEvery == 0)
                {
                    progress.Report(new ImportProgress(rows, Position(stream), total));
                }
            }

            if (record.Claim is { } read)
            {
                claim(read);
            }
            else
            {
                problems.AddRange(record.Problems);
            }
        }

        progress?.Report(new ImportProgress(rows, Position(stream), total));
        return (problems, rows);
    }

    // A row's problem as the store reports a claim's: the row and the column said in the message, the row as the position.
    private static ClaimProblem AsClaimProblem(ImportProblem problem)
    {
        var where = problem.Row > 0 ? $"row {problem.Row}" : "the file";
        if (problem.Column is not null)
        {
            where += $", column '{problem.Column}'";
        }

        return new ClaimProblem(null, problem.Column ?? "row", problem.Code, $"{where}: {problem.Message}") { Position = problem.Row };
    }

    // Reads a file through a stream reader, the file's name standing for it when no options name it.
    private static async Task<T> OnFileAsync<T>(string path, EvidenceFileOptions? options, Func<Stream, EvidenceFileOptions, Task<T>> read)
    {
        var stream = Open(path);
        await using (stream.ConfigureAwait(false))
        {
            return await read(stream, options ?? new EvidenceFileOptions { FileName = path }).ConfigureAwait(false);
        }
    }

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private static long Position(Stream stream) => stream.CanSeek ? stream.Position : 0;
}

using Verification.Claims;
namespace Verification.Import;

/// <summary>Reads a whole evidence file with a reader, and applies the choice between refusing a file with bad rows and
/// keeping its good rows.</summary>
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
        options ??= new EvidenceFileOptions { FileName = path };
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(reader, stream, options, badRows, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a file's content from a stream.</summary>
    /// <param name="reader">The format's reader.</param>
    /// <param name="stream">The content.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="badRows">Refuse the file for any bad row (the default), or keep the good rows.</param>
    /// <param name="progress">Told how far the read has come, every thousand rows and at the end; may be null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The claims kept and every problem.</returns>
    public static async Task<ImportResult> ReadAsync(IEvidenceFileReader reader, Stream stream, EvidenceFileOptions options, BadRows badRows = BadRows.Refuse, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        long? total = stream.CanSeek ? stream.Length : null;
        var claims = new List<Claim>();
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

            if (record.Claim is { } claim)
            {
                claims.Add(claim);
            }
            else
            {
                problems.AddRange(record.Problems);
            }
        }

        progress?.Report(new ImportProgress(rows, Position(stream), total));
        var refused = badRows == BadRows.Refuse && problems.Count > 0;
        return new ImportResult(options.FileName, reader.Format, refused ? [] : claims, problems, rows, refused);
    }

    private static long Position(Stream stream) => stream.CanSeek ? stream.Position : 0;
}

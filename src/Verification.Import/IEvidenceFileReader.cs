namespace Verification.Import;

/// <summary>Reads one format of evidence file (a published data set) into claims, one row at a time.</summary>
/// <remarks>
/// <para>A reader never throws for bad rows: each comes back as an <see cref="ImportRecord"/> with every problem listed,
/// and reading goes on to the end of the file, so that a caller sees all that is wrong at once. A problem with the whole
/// file (no header, a column the format needs missing) is one refused record with row 0 or the header's row.</para>
/// <para>Whether a file with bad rows is refused or its good rows kept is the caller's choice
/// (<see cref="EvidenceFileImport"/>).</para>
/// </remarks>
public interface IEvidenceFileReader
{
    /// <summary>The format's name, as given to <c>--format</c>: "hxl", "ucdp-ged", "acled"…</summary>
    string Format { get; }

    /// <summary>What the format is, in a line for help and listings.</summary>
    string Description { get; }

    /// <summary>Whether a file whose first rows are <paramref name="preview"/> looks like this format.</summary>
    /// <param name="preview">The file's name and first rows.</param>
    bool Recognises(FilePreview preview);

    /// <summary>Reads a file's rows into claims.</summary>
    /// <param name="stream">The file's content (UTF-8; a byte-order mark is skipped).</param>
    /// <param name="options">The file's name for problems, the id prefix and the default source.</param>
    /// <param name="cancellationToken">Cancels the read; observed between rows.</param>
    /// <returns>One record per claim or refused row, in file order.</returns>
    IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, EvidenceFileOptions options, CancellationToken cancellationToken = default);
}

using Verification.Import.Hxl;
using Verification.Import.Mapping;
namespace Verification.Import;

/// <summary>The evidence file formats known, by name; tells a file's format from its first rows.</summary>
/// <remarks>Formats are asked in the order they were added: the built-in data sets with fixed columns (UCDP GED, ACLED,
/// Airwars) before HXL, since HDX publishes some of them with a hashtag row too, and claims JSON last.</remarks>
public sealed class EvidenceFileReaders
{
    private readonly List<IEvidenceFileReader> _readers = [];

    /// <summary>The built-in formats: <c>ucdp-ged</c>, <c>acled</c>, <c>airwars</c>, <c>hxl</c>, <c>claims-json</c>.</summary>
    public static EvidenceFileReaders CreateDefault()
    {
        var readers = new EvidenceFileReaders();
        foreach (var mapping in BuiltInMappings.All)
        {
            readers.Add(new MappedCsvReader(mapping));
        }

        readers.Add(new HxlCsvReader());
        readers.Add(new ClaimsJsonEvidenceReader());
        return readers;
    }

    /// <summary>The readers, in the order they are asked.</summary>
    public IReadOnlyList<IEvidenceFileReader> All => _readers;

    /// <summary>Adds a reader; one with the same format name is replaced.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>This registry.</returns>
    public EvidenceFileReaders Add(IEvidenceFileReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var index = _readers.FindIndex(r => string.Equals(r.Format, reader.Format, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            _readers[index] = reader;
        }
        else
        {
            _readers.Add(reader);
        }

        return this;
    }

    /// <summary>The reader of a format, by name (case ignored); null when none is known.</summary>
    /// <param name="format">The format's name.</param>
    public IEvidenceFileReader? Find(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return _readers.Find(r => string.Equals(r.Format, format.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The first reader that recognises a file; null when none does.</summary>
    /// <param name="preview">The file's name and first rows.</param>
    public IEvidenceFileReader? Detect(FilePreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return _readers.Find(r => r.Recognises(preview));
    }

    /// <summary>Reads the start of a file and finds the first reader that recognises it; null when none does.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public async Task<IEvidenceFileReader?> DetectAsync(string path, CancellationToken cancellationToken = default) =>
        Detect(await PreviewAsync(path, cancellationToken).ConfigureAwait(false));

    /// <summary>The start of a file: its first characters and first rows read as CSV.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<FilePreview> PreviewAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var head = new char[FilePreview.MaxChars];
            int read;
            using (var text = new StreamReader(stream, leaveOpen: true))
            {
                read = await text.ReadBlockAsync(head, cancellationToken).ConfigureAwait(false);
            }

            stream.Position = 0;
            var rows = await Csv.CsvRows.PreviewAsync(stream, cancellationToken).ConfigureAwait(false);
            return new FilePreview(path, rows, new string(head, 0, read));
        }
    }
}

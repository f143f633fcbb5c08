using System.Runtime.CompilerServices;
using Verification.Json;

namespace Verification.Import;

/// <summary>Reads the library's own claims JSON (the claims-file format of docs/formats.md) as an evidence file, so
/// that it can be imported beside published data sets.</summary>
/// <remarks>The file is read by the engine's claims-file reader, with its rules; each of its problems becomes a problem
/// of the claim's position ("row" <i>n</i> is the <i>n</i>th claim) and field.</remarks>
public sealed class ClaimsJsonEvidenceReader : IEvidenceFileReader
{
    /// <inheritdoc />
    public string Format => "claims-json";

    /// <inheritdoc />
    public string Description => "the library's claims JSON: {\"claims\": [{\"id\", \"subject\", \"figure\", …}]}";

    /// <summary>Whether the file starts as a JSON object.</summary>
    /// <param name="preview">The file's start.</param>
    public bool Recognises(FilePreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return preview.Head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{');
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, EvidenceFileOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);

        // The claims-file reader checks the whole file before handing anything out: read it into memory first.
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        if (ClaimsFile.TryRead(buffer, null, out var document, out var problems))
        {
            var row = 0;
            foreach (var claim in document.Report.Claims)
            {
                yield return ImportRecord.Read(++row, claim);
            }

            yield break;
        }

        foreach (var group in problems.GroupBy(p => p.Position ?? 0))
        {
            yield return ImportRecord.Refused(group.Key, group.Select(p => new ImportProblem(options.FileName, group.Key, p.Field, p.Code, p.Message)).ToList());
        }
    }
}

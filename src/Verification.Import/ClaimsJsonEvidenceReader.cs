using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Verification.Input;
using Verification.Json;

namespace Verification.Import;

/// <summary>Reads the library's own claims JSON (the claims-file format of docs/formats.md) as an evidence file, so
/// that it can be imported beside published data sets.</summary>
/// <remarks>The file is read by the engine's claims-file reader, with its rules; each of its problems becomes a problem
/// of the claim's position ("row" <i>n</i> is the <i>n</i>th claim) and field. A file with bad claims gives its good
/// claims too, each read again on its own, so that <see cref="BadRows.Skip"/> keeps them; a problem of the file as a
/// whole (not JSON, no claims array) is one of row 0, and leaves no claim.</remarks>
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

        var byPosition = problems.ToLookup(p => p.Position ?? 0);
        if (byPosition.Contains(0))
        {
            // A problem of the file as a whole (not JSON, no claims array): no claim of it can be told good.
            yield return Refused(0, byPosition[0]);
            yield break;
        }

        // The good claims are read again one by one, each with the file's report, so that a file with bad claims still
        // gives its good ones (kept under --skip-bad-rows).
        using var json = JsonDocument.Parse(buffer.ToArray());
        var report = json.RootElement.TryGetProperty("report", out var header) ? header.GetRawText() : null;
        var position = 0;
        foreach (var element in json.RootElement.GetProperty("claims").EnumerateArray())
        {
            position++;
            if (byPosition.Contains(position))
            {
                yield return Refused(position, byPosition[position]);
                continue;
            }

            var alone = report is null ? $$"""{"claims": [{{element.GetRawText()}}]}""" : $$"""{"report": {{report}}, "claims": [{{element.GetRawText()}}]}""";
            using var one = new MemoryStream(Encoding.UTF8.GetBytes(alone));
            yield return ClaimsFile.TryRead(one, null, out var read, out var own)
                ? ImportRecord.Read(position, read.Report.Claims[0])
                : Refused(position, own);
        }

        ImportRecord Refused(int row, IEnumerable<ClaimProblem> rowProblems) =>
            ImportRecord.Refused(row, [.. rowProblems.Select(p => new ImportProblem(options.FileName, row, p.Field, p.Code, p.Message))]);
    }
}

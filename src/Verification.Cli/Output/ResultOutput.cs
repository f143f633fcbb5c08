using System.Text;
using Verification.Claims;
using Verification.Json;
using Verification.Outputs.ClaimReview;
using Verification.Outputs.Datasets;
using Verification.Outputs.Html;
using Verification.Verdicts;

namespace Verification.Cli.Output;

/// <summary>Lays out results in the requested format and writes them whole: to stdout, or to a file that appears only
/// once it is complete.</summary>
internal static class ResultOutput
{
    /// <summary>The results laid out in the requested format, as the text to write.</summary>
    /// <param name="request">The format and its options; <see cref="OutputRequest.Problems"/> found none.</param>
    /// <param name="result">The results.</param>
    /// <param name="evidence">The evidence claims the results were checked against.</param>
    /// <param name="tableWidth">The width the table is laid out in.</param>
    /// <param name="cancellationToken">Cancels the layout.</param>
    /// <exception cref="ReportTemplateException">An HTML template cannot be used.</exception>
    public static async Task<string> RenderAsync(OutputRequest request, ReportVerification result, IReadOnlyList<Claim> evidence, int tableWidth, CancellationToken cancellationToken)
    {
        switch (request.Format)
        {
            case OutputFormat.Table:
                return new TableFormatter(tableWidth, request.Findings).Format(result);
            case OutputFormat.ClaimReview:
                return ClaimReviewJsonLd.ToJson(result, request.ClaimReviewOptions()) + Environment.NewLine;
            case OutputFormat.Fever:
                return FeverJsonLines.ToJsonLines(result);
            case OutputFormat.Averitec:
                return AveritecJson.ToJson(result, evidence) + Environment.NewLine;
            case OutputFormat.Html:
                var options = new HtmlReportOptions { TemplateDirectory = request.Templates?.FullName, ReviewerName = request.Reviewer };
                return await HtmlReport.RenderAsync(result, evidence, options, cancellationToken).ConfigureAwait(false);
            default:
                using (var buffer = new MemoryStream())
                {
                    await VerificationJson.WriteAsync(result, buffer, cancellationToken).ConfigureAwait(false);
                    return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
                }
        }
    }

    /// <summary>Writes output made a piece at a time (too large to hold) to stdout, or to <see cref="OutputRequest.File"/>:
    /// either way first to a new file, which then replaces the file or is copied to stdout, so that a run that fails or
    /// is cancelled part way writes nothing.</summary>
    /// <param name="request">Where to write.</param>
    /// <param name="write">Writes the whole output, as UTF-8, to the stream it is given.</param>
    /// <param name="stdout">Where to write when no file is named.</param>
    /// <param name="cancellationToken">Cancels the write before the output is put in place.</param>
    /// <returns>Null when written, else the problem line.</returns>
    public static async Task<string?> WriteAsync(OutputRequest request, Func<Stream, Task> write, TextWriter stdout, CancellationToken cancellationToken)
    {
        var file = request.File;
        var partial = file is null
            ? Path.Combine(Path.GetTempPath(), $"verify-{Guid.NewGuid():N}.partial")
            : Path.Combine(file.DirectoryName ?? ".", $".{file.Name}.{Guid.NewGuid():N}.partial");
        try
        {
            var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (file is not null)
            {
                File.Move(partial, file.FullName, overwrite: true);
                return null;
            }

            using var reader = new StreamReader(partial, Encoding.UTF8);
            var block = new char[64 * 1024];
            int read;
            while ((read = await reader.ReadBlockAsync(block, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await stdout.WriteAsync(block.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }

            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (file is not null && e is IOException or UnauthorizedAccessException)
        {
            return $"{file}: file-unwritable: the output cannot be written: {Cli.OneLine(e.Message)}";
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }

    /// <summary>Writes the text to stdout, or to <see cref="OutputRequest.File"/>: first to a new file beside it, which
    /// then replaces it, so that the file is never left half written and an old one survives a failure.</summary>
    /// <param name="request">Where to write.</param>
    /// <param name="text">The whole output.</param>
    /// <param name="stdout">Where to write when no file is named.</param>
    /// <param name="cancellationToken">Cancels the write before the file replaces the old one.</param>
    /// <returns>Null when written, else the problem line.</returns>
    public static async Task<string?> WriteAsync(OutputRequest request, string text, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (request.File is not { } file)
        {
            await stdout.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }

        var partial = Path.Combine(file.DirectoryName ?? ".", $".{file.Name}.{Guid.NewGuid():N}.partial");
        try
        {
            await File.WriteAllTextAsync(partial, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(partial, file.FullName, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{file}: file-unwritable: the output cannot be written: {Cli.OneLine(e.Message)}";
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }
}

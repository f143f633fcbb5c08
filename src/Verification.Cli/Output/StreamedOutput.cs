using System.Text;
using Verification.Json;
using Verification.Verdicts;

namespace Verification.Cli.Output;

/// <summary>Writes results in the table or JSON format as they come, holding none: JSON is written to the output's
/// partial file as each result arrives, the table's rows are spilled to a temporary file and laid out at the end (its
/// columns are as wide as the widest cell). The output appears only once complete (<see cref="ResultOutput.WriteAsync(OutputRequest, Func{Stream, Task}, TextWriter, CancellationToken)"/>).</summary>
internal static class StreamedOutput
{
    /// <summary>Whether a format can be written as the results come.</summary>
    /// <param name="format">The format.</param>
    public static bool CanStream(OutputFormat format) => format is OutputFormat.Table or OutputFormat.Json;

    /// <summary>Writes the results, reading them to their end.</summary>
    /// <param name="output">The format (<see cref="CanStream"/>) and where to write.</param>
    /// <param name="results">The results, in the order to write them.</param>
    /// <param name="stdout">Where to write when no file is named.</param>
    /// <param name="tableWidth">The width the table is laid out in.</param>
    /// <param name="cancellationToken">Cancels the run; then nothing is written.</param>
    /// <returns>Null when written, else the problem line.</returns>
    public static async Task<string?> WriteAsync(OutputRequest output, IAsyncEnumerable<ClaimVerification> results, TextWriter stdout, int tableWidth, CancellationToken cancellationToken)
    {
        if (output.Format == OutputFormat.Json)
        {
            return await ResultOutput.WriteAsync(output, stream => VerificationJson.WriteAllAsync(results, stream, cancellationToken), stdout, cancellationToken).ConfigureAwait(false);
        }

        using var table = new TableSpill(output.Findings);
        await foreach (var result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            table.Add(result);
        }

        return await ResultOutput.WriteAsync(
            output,
            async stream =>
            {
                var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
                await using (writer.ConfigureAwait(false))
                {
                    await table.WriteAsync(new TableFormatter(tableWidth, output.Findings), writer).ConfigureAwait(false);
                }
            },
            stdout,
            cancellationToken).ConfigureAwait(false);
    }
}

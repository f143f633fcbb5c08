using System.CommandLine;
using System.Text;
using Verification.Cli.Output;
using Verification.Import;
using Verification.Json;

namespace Verification.Cli.Commands.Evidence;

/// <summary><c>verify evidence read FILE [--format F] [--mapping M] [--skip-bad-rows] [--source NAME] [--id-prefix P] [-o claims.json]</c>.</summary>
/// <remarks>Reads an evidence file the way an import would, and writes what it read as a claims file (JSON), which
/// <c>verify check --evidence</c> reads: a way to see what an importer makes of a data set before storing it. A file with
/// bad rows is refused (exit 2, every problem on stderr, nothing written), unless <c>--skip-bad-rows</c>, which writes the
/// good rows' claims and lists the others on stderr.</remarks>
internal static class EvidenceReadCommand
{
    /// <summary>Creates the <c>read</c> command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The evidence file: a data set's CSV, or claims JSON." };
        var input = new EvidenceFileInput();
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Write the claims to this file instead of stdout. The file appears only once complete.",
            HelpName = "FILE",
        };
        var command = new Command("read", "Reads an evidence file (a published data set) and writes its claims as a claims file, without storing anything.")
        {
            file,
            output,
        };
        input.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await Task.Yield();
            var invocation = parseResult.InvocationConfiguration;
            return await RunAsync(parseResult.GetRequiredValue(file), input.Request(parseResult), parseResult.GetValue(output), invocation.Output, invocation.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Reads the file and writes its claims.</summary>
    /// <param name="file">The evidence file.</param>
    /// <param name="request">How to read it.</param>
    /// <param name="output">The file to write; null for stdout.</param>
    /// <param name="stdout">Where the claims go when no file is named.</param>
    /// <param name="stderr">Where problems and progress go.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(FileInfo file, EvidenceFileRequest request, FileInfo? output, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        return Cli.GuardAsync(
            async () =>
            {
                var target = new OutputRequest(OutputFormat.Json) { File = output };
                if (target.Problems() is { Count: > 0 } outputProblems)
                {
                    return await BadInputAsync(stderr, outputProblems).ConfigureAwait(false);
                }

                var (result, problems) = await EvidenceFileInput.ReadAsync(file, request, stderr, cancellationToken).ConfigureAwait(false);
                if (result is null)
                {
                    return await BadInputAsync(stderr, problems).ConfigureAwait(false);
                }

                var lines = result.Problems.Select(p => Cli.OneLine(p.ToString())).ToList();
                if (result.IsRefused)
                {
                    lines.Add($"verify: {file}: refused: {Count(result.Problems.Select(p => p.Row).Distinct().Count(), "row")} with problems, nothing written; --skip-bad-rows keeps the good rows.");
                    return await BadInputAsync(stderr, lines).ConfigureAwait(false);
                }

                if (lines.Count > 0)
                {
                    lines.Add($"verify: {file}: {Count(result.Problems.Select(p => p.Row).Distinct().Count(), "row")} skipped for the problems above; {Count(result.Claims.Count, "claim")} kept.");
                    await WriteLinesAsync(stderr, lines).ConfigureAwait(false);
                }

                var problem = await ResultOutput.WriteAsync(target, stream => ClaimsFile.WriteAsync(result.Claims, stream, cancellationToken), stdout, cancellationToken).ConfigureAwait(false);
                return problem is null ? ExitCodes.Success : await BadInputAsync(stderr, [problem]).ConfigureAwait(false);
            },
            stderr,
            cancellationToken);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n:N0} {noun}s";

    private static async Task<int> BadInputAsync(TextWriter stderr, IReadOnlyList<string> problems)
    {
        await WriteLinesAsync(stderr, problems).ConfigureAwait(false);
        return ExitCodes.BadInput;
    }

    private static async Task WriteLinesAsync(TextWriter stderr, IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.AppendLine(line);
        }

        await stderr.WriteAsync(text).ConfigureAwait(false);
        await stderr.FlushAsync().ConfigureAwait(false);
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Verification.Extraction;

namespace Verification.Cli.Commands;

/// <summary><c>verify annotate [--published YYYY-MM-DD]</c>: reads JSON lines <c>{"text": …, "published": …}</c> from
/// stdin and writes, for each, one JSON line with every mention found (see docs/extraction.md).</summary>
/// <remarks>A line that is not such an object gets <c>{"error": "…"}</c> in its place, so output lines match input
/// lines one to one; the exit code is then 2. A line without <c>published</c> is read against <c>--published</c>, else
/// today.</remarks>
internal static class AnnotateCommand
{
    /// <summary>Creates the <c>annotate</c> command.</summary>
    /// <param name="stdin">Where input lines come from; the console when null.</param>
    public static Command Create(Func<TextReader>? stdin = null)
    {
        var published = ExtractCommand.PublishedOption(required: false);
        published.Description = "The publication date for input lines without one (YYYY-MM-DD); default: today.";
        var command = new Command("annotate", "Reads JSON lines {\"text\": …, \"published\": \"YYYY-MM-DD\"} from stdin and writes one JSON line per input with every figure, period, place and source found.")
        {
            published,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration;
            var result = parseResult.GetResult(published);
            DateOnly? fallback = result is null || result.Implicit ? null : parseResult.GetValue(published);
            return RunAsync((stdin ?? (() => Console.In))(), fallback, TimeProvider.System, output.Output, output.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>Annotates every line of <paramref name="input"/>.</summary>
    /// <param name="input">JSON lines.</param>
    /// <param name="published">The date for lines without one; today (from <paramref name="time"/>) when null.</param>
    /// <param name="time">The clock for "today".</param>
    /// <param name="stdout">Where the output lines go.</param>
    /// <param name="stderr">Where problems go.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(TextReader input, DateOnly? published, TimeProvider time, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var annotator = new TextAnnotator();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var bad = 0;
        var number = 0;
        try
        {
            string? line;
            while ((line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false)) is not null)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                string output;
                if (TryRead(line, out var text, out var date, out var problem))
                {
                    output = ExtractionJson.ToAnnotationLine(annotator.Annotate(text, date ?? published ?? today));
                }
                else
                {
                    bad++;
                    output = JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = problem });
                    await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"stdin:{number}: {problem}")).ConfigureAwait(false);
                }

                await stdout.WriteLineAsync(output.AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return bad > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("verify: cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
    }

    private static bool TryRead(string line, out string text, out DateOnly? published, out string problem)
    {
        text = string.Empty;
        published = null;
        problem = string.Empty;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
            {
                problem = "expected an object with a \"text\" string.";
                return false;
            }

            text = t.GetString()!;
            if (root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String)
            {
                var value = p.GetString()!;
                var day = value.Length >= 10 ? value[..10] : value;
                if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    problem = $"\"published\": '{value}' is not a date; expected YYYY-MM-DD.";
                    return false;
                }

                published = date;
            }

            return true;
        }
        catch (JsonException e)
        {
            problem = "not JSON: " + Cli.OneLine(e.Message);
            return false;
        }
    }
}

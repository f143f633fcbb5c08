using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Verification.Extraction;
using Verification.Extraction.Json;

namespace Verification.Cli.Commands;

/// <summary><c>verify annotate [--published YYYY-MM-DD] [--max-input-mb N]</c>: reads JSON lines <c>{"text": …, "published": …}</c>
/// from stdin and writes, for each, one JSON line with every mention found (see docs/extraction.md).</summary>
/// <remarks>A line that is not such an object, is longer than the limit, or cannot be annotated gets <c>{"error": "…"}</c>
/// in its place and the next line is read, so output lines match input lines one to one; the exit code is then 2 (1 when
/// a line failed unexpectedly). A line without <c>published</c> is read against <c>--published</c>, else today.</remarks>
internal static class AnnotateCommand
{
    /// <summary>The longest input line read by default, in megabytes.</summary>
    public const int DefaultMaxInputMegabytes = 4;

    /// <summary>Creates the <c>annotate</c> command.</summary>
    /// <param name="stdin">Where input lines come from; the console when null.</param>
    public static Command Create(Func<TextReader>? stdin = null)
    {
        var published = ExtractCommand.PublishedOption(required: false);
        published.Description = "The publication date for input lines without one (YYYY-MM-DD); default: today.";
        var maxInput = new Option<int>("--max-input-mb")
        {
            Description = $"The longest input line read, in megabytes (default {DefaultMaxInputMegabytes}); a longer line gets an error line in its place and the next line is read.",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultMaxInputMegabytes,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var megabytes) && megabytes >= 1)
                {
                    return megabytes;
                }

                result.AddError($"'{token}' is not a size for option '--max-input-mb': expected a whole number of megabytes, 1 or more.");
                return DefaultMaxInputMegabytes;
            },
        };
        var command = new Command("annotate", "Reads JSON lines {\"text\": …, \"published\": \"YYYY-MM-DD\"} from stdin and writes one JSON line per input with every figure, period, place and source found.")
        {
            published,
            maxInput,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration;
            var result = parseResult.GetResult(published);
            DateOnly? fallback = result is null || result.Implicit ? null : parseResult.GetValue(published);
            var maxBytes = parseResult.GetValue(maxInput) * 1024L * 1024L;
            return RunAsync((stdin ?? (() => Console.In))(), fallback, TimeProvider.System, maxBytes, output.Output, output.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>Annotates every line of <paramref name="input"/>, reading lines up to <see cref="DefaultMaxInputMegabytes"/>.</summary>
    /// <inheritdoc cref="RunAsync(TextReader, DateOnly?, TimeProvider, long, TextWriter, TextWriter, CancellationToken)"/>
    public static Task<int> RunAsync(TextReader input, DateOnly? published, TimeProvider time, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(input, published, time, DefaultMaxInputMegabytes * 1024L * 1024L, stdout, stderr, cancellationToken);

    /// <summary>Annotates every line of <paramref name="input"/>.</summary>
    /// <param name="input">JSON lines.</param>
    /// <param name="published">The date for lines without one; today (from <paramref name="time"/>) when null.</param>
    /// <param name="time">The clock for "today".</param>
    /// <param name="maxLineBytes">The longest line read, in UTF-8 bytes; a longer one gets an error line.</param>
    /// <param name="stdout">Where the output lines go.</param>
    /// <param name="stderr">Where problems go.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(TextReader input, DateOnly? published, TimeProvider time, long maxLineBytes, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var annotator = new TextAnnotator();
        return RunAsync(input, published, time, maxLineBytes, (text, date) => ExtractionJson.ToAnnotationLine(annotator.Annotate(text, date)), stdout, stderr, cancellationToken);
    }

    /// <summary>Writes, for every line of <paramref name="input"/>, what <paramref name="annotate"/> makes of it.</summary>
    /// <param name="input">JSON lines.</param>
    /// <param name="published">The date for lines without one; today (from <paramref name="time"/>) when null.</param>
    /// <param name="time">The clock for "today".</param>
    /// <param name="maxLineBytes">The longest line read, in UTF-8 bytes; a longer one gets an error line.</param>
    /// <param name="annotate">Makes a text and its publication date into an output line.</param>
    /// <param name="stdout">Where the output lines go.</param>
    /// <param name="stderr">Where problems go.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    internal static Task<int> RunAsync(TextReader input, DateOnly? published, TimeProvider time, long maxLineBytes, Func<string, DateOnly, string> annotate, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(annotate);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        return Cli.GuardAsync(
            async () =>
            {
                var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
                var lines = new BoundedLineReader(input, maxLineBytes);
                var bad = 0;
                var failed = 0;
                var number = 0;
                while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
                {
                    number++;
                    if (line.Text is { } text && string.IsNullOrWhiteSpace(text))
                    {
                        continue;
                    }

                    string? output = null;
                    string? problem;
                    if (line.Text is null)
                    {
                        problem = TooLong(line.Bytes, maxLineBytes);
                        bad++;
                    }
                    else if (!TryRead(line.Text, out var content, out var date, out problem))
                    {
                        bad++;
                    }
                    else
                    {
                        try
                        {
                            output = annotate(content, date ?? published ?? today);
                        }
#pragma warning disable CA1031 // One line's failure must not lose the lines after it: it becomes that line's error line.
                        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
                        {
                            failed++;
                            problem = $"unexpected error: {e.GetType().Name}: {Cli.OneLine(e.Message)}";
                        }
                    }

                    if (output is null)
                    {
                        output = JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = problem! });
                        await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"stdin:{number}: {problem}")).ConfigureAwait(false);
                    }

                    await stdout.WriteLineAsync(output.AsMemory(), cancellationToken).ConfigureAwait(false);
                }

                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                return failed > 0 ? ExitCodes.Failure : bad > 0 ? ExitCodes.BadInput : ExitCodes.Success;
            },
            stderr,
            cancellationToken);
    }

    private static string TooLong(long bytes, long maxBytes) => string.Create(
        CultureInfo.InvariantCulture,
        $"the line is {Megabytes(bytes)} MB ({bytes:N0} bytes), above the limit of {Megabytes(maxBytes)} MB (--max-input-mb); it was not read.");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);

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

                if (ExtractCommand.PublishedProblem(date) is { } notPublication)
                {
                    problem = $"\"published\": {notPublication}";
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
        catch (InvalidOperationException)
        {
            // System.Text.Json parses an escaped lone surrogate ("\ud800") but cannot make it a string.
            problem = "a string holds an unpaired surrogate escape (\\uD800–\\uDFFF), which is not text.";
            return false;
        }
    }
}

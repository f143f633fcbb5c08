using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using Verification.Extraction;
using Verification.Extraction.Json;
using Verification.Sources;

namespace Verification.Cli.Commands;

/// <summary><c>verify extract ARTICLE.txt --published YYYY-MM-DD [--outlet NAME] [--id ID] [--format json|table]</c>.</summary>
/// <remarks>Reads an article and writes its claims: a claims file (JSON, the default), which <c>verify check</c> reads, or a
/// table. Each figure is written with its text and the interval read from it; each claim with the span of its quote.</remarks>
internal static class ExtractCommand
{
    private static readonly string[] Header = ["claim", "figure", "interval", "subject", "place", "period", "source", "notes"];

    /// <summary>Creates the <c>extract</c> command.</summary>
    public static Command Create()
    {
        var article = new Argument<FileInfo>("ARTICLE.txt") { Description = "The article: plain text, UTF-8; a headline line, then paragraphs." };
        var published = PublishedOption(required: true);
        var outlet = new Option<string?>("--outlet") { Description = "The outlet that published the article: the claims' reportedIn, and the source of figures the text does not attribute.", HelpName = "NAME" };
        var id = new Option<string?>("--id") { Description = "The report's id in the claims file (default: report-YYYY-MM-DD).", HelpName = "ID" };
        var format = Cli.FormatOption("How to write the claims: 'json' (default), a claims file; or 'table', one line per claim.", "json|table");
        var command = new Command("extract", "Reads the claims of a news article (figures, what they count, places, periods, sources) and writes them as a claims file.")
        {
            article,
            published,
            outlet,
            id,
            format,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration;
            return RunAsync(
                parseResult.GetRequiredValue(article),
                parseResult.GetRequiredValue(published),
                parseResult.GetValue(outlet),
                parseResult.GetValue(id),
                parseResult.GetValue(format) ?? OutputFormat.Json,
                output.Output,
                output.Error,
                cancellationToken);
        });
        return command;
    }

    /// <summary>Runs the extraction.</summary>
    /// <param name="article">The article file.</param>
    /// <param name="published">The publication date.</param>
    /// <param name="outlet">The outlet, if given.</param>
    /// <param name="id">The report id, if given.</param>
    /// <param name="format">How to write the claims.</param>
    /// <param name="stdout">Where the claims go.</param>
    /// <param name="stderr">Where problems go.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(FileInfo article, DateOnly published, string? outlet, string? id, OutputFormat format, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        return Cli.GuardAsync(
            async () =>
            {
                var (result, problem) = await ExtractAsync(article, published, outlet, id, cancellationToken).ConfigureAwait(false);
                if (result is null)
                {
                    await stderr.WriteLineAsync(problem).ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                var text = format == OutputFormat.Json ? ExtractionJson.ToClaimsFile(result) : Table(result);
                await stdout.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            },
            stderr,
            cancellationToken);
    }

    /// <summary>Reads an article file and extracts its claims; on failure, the problem line for stderr.</summary>
    internal static async Task<(ExtractionResult? Result, string? Problem)> ExtractAsync(FileInfo article, DateOnly published, string? outlet, string? id, CancellationToken cancellationToken)
    {
        if (Cli.DirectoryProblem(article) is { } notAFile)
        {
            return (null, notAFile);
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(article.FullName, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Cli.ReadProblem(article, e) is { } problem)
        {
            return (null, problem);
        }

        var extractor = new ClaimExtractor();
        var result = extractor.Extract(new Article(text, published)
        {
            Outlet = string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim(),
            Id = string.IsNullOrWhiteSpace(id) ? Path.GetFileNameWithoutExtension(article.Name) + "-" + published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : id.Trim(),
        });
        return (result, null);
    }

    /// <summary>Why a day cannot be a publication date; null when it can be.</summary>
    /// <remarks>The calendar's first and last years are refused: relative dates ("last week", "next year") read against
    /// them fall outside the calendar, and 0001-01-01 and 9999-12-31 are what a missing date is usually written as.</remarks>
    /// <param name="day">The day.</param>
    internal static string? PublishedProblem(DateOnly day) =>
        day.Year > DateOnly.MinValue.Year && day.Year < DateOnly.MaxValue.Year
            ? null
            : $"'{day:yyyy-MM-dd}' is not a publication date relative dates can be read against: expected a day from 0002-01-01 to 9998-12-31.";

    /// <summary>The <c>--published</c> option: a date written YYYY-MM-DD, from 0002-01-01 to 9998-12-31.</summary>
    internal static Option<DateOnly> PublishedOption(bool required) => new("--published", "-p")
    {
        Description = "The day the article was published (YYYY-MM-DD); relative dates such as 'last week' are resolved against it.",
        HelpName = "YYYY-MM-DD",
        Required = required,
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (!DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                result.AddError($"'{token}' is not a date for option '--published': expected YYYY-MM-DD, e.g. 2017-03-25.");
            }
            else if (PublishedProblem(day) is { } problem)
            {
                result.AddError($"option '--published': {problem}");
            }

            return day;
        },
    };

    /// <summary>One line per claim: id, figure and interval, subject, place, period, source, flags.</summary>
    internal static string Table(ExtractionResult result)
    {
        var rows = new List<string[]> { Header };
        foreach (var extracted in result.Claims)
        {
            var c = extracted.Claim;
            var notes = new List<string>();
            if (c.IsContested)
            {
                notes.Add("contested");
            }

            if (c.DerivedFrom.Count > 0)
            {
                notes.Add("via " + string.Join(", ", c.DerivedFrom));
            }

            if (c.Metadata.TryGetValue("derivation", out var derivation))
            {
                notes.Add(derivation);
            }

            if (c.Metadata.TryGetValue("event", out var ev))
            {
                notes.Add(ev);
            }

            rows.Add(
            [
                c.Id,
                c.Figure?.Text ?? "—",
                c.Figure?.DescribeInterval() ?? "—",
                c.Subject.Text,
                c.Place?.Path ?? "—",
                c.Period?.ToString() ?? "—",
                c.Source,
                string.Join("; ", notes),
            ]);
        }

        // The cells quote the article: escaped, so that they cannot drive the terminal.
        rows = rows.ConvertAll(row => Array.ConvertAll(row, TerminalText.Escape));
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Min(Math.Max(widths[i], row[i].Length), 48);
            }
        }

        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                var cell = row[i].Length > 48 ? string.Concat(row[i].AsSpan(0, 47), "…") : row[i];
                sb.Append(i == row.Length - 1 ? cell : cell.PadRight(widths[i] + 2));
            }

            sb.Append(Environment.NewLine);
        }

        sb.Append(CultureInfo.InvariantCulture, $"{result.Claims.Count} claims from {result.ReportId}").Append(Environment.NewLine);
        return sb.ToString();
    }
}

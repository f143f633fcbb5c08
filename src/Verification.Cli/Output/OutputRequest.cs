using System.Globalization;
using Verification.Outputs.ClaimReview;

namespace Verification.Cli.Output;

/// <summary>How <c>verify check</c> is asked to write its results: the format, where to, and the options of the format.</summary>
/// <param name="Format">The format.</param>
internal sealed record OutputRequest(OutputFormat Format)
{
    /// <summary>The file to write; null for stdout.</summary>
    public FileInfo? File { get; init; }

    /// <summary>Whether the table lists every finding under its claim (<c>--findings</c>).</summary>
    public bool Findings { get; init; }

    /// <summary>Who publishes the fact checks (<c>--reviewer</c>): ClaimReview's author, the HTML report's "checked by".</summary>
    public string? Reviewer { get; init; }

    /// <summary>The reviewer's own address (<c>--reviewer-url</c>), as given.</summary>
    public string? ReviewerUrl { get; init; }

    /// <summary>The page that hosts the fact checks (<c>--review-url</c>), as given.</summary>
    public string? ReviewUrl { get; init; }

    /// <summary>The day the reviews are published (<c>--review-date</c>), as given.</summary>
    public string? ReviewDate { get; init; }

    /// <summary>The HTML report's template directory (<c>--templates</c>).</summary>
    public DirectoryInfo? Templates { get; init; }

    /// <summary>Every problem with the request, one line each, naming the option: an option the format does not use, a
    /// missing required one, a value that does not read, a file that cannot be written where asked.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var name = FormatName(Format);
        void OnlyFor(bool given, string option, params OutputFormat[] formats)
        {
            if (given && !formats.Contains(Format))
            {
                var names = string.Join(" or ", formats.Select(f => "--format " + FormatName(f)));
                problems.Add($"{option}: applies to {names} only, not to --format {name}.");
            }
        }

        OnlyFor(Findings, "--findings", OutputFormat.Table);
        OnlyFor(Reviewer is not null, "--reviewer", OutputFormat.ClaimReview, OutputFormat.Html);
        OnlyFor(ReviewerUrl is not null, "--reviewer-url", OutputFormat.ClaimReview);
        OnlyFor(ReviewUrl is not null, "--review-url", OutputFormat.ClaimReview);
        OnlyFor(ReviewDate is not null, "--review-date", OutputFormat.ClaimReview);
        OnlyFor(Templates is not null, "--templates", OutputFormat.Html);

        if (Format == OutputFormat.ClaimReview)
        {
            if (string.IsNullOrWhiteSpace(Reviewer))
            {
                problems.Add("--reviewer: required with --format claimreview: the newsroom that publishes the fact checks.");
            }

            if (ReviewUrl is null)
            {
                problems.Add("--review-url: required with --format claimreview: the page that will host the fact checks.");
            }
        }

        if (ReviewUrl is not null && WebAddress(ReviewUrl) is null)
        {
            problems.Add($"--review-url: '{ReviewUrl}' is not an absolute http or https address.");
        }

        if (ReviewerUrl is not null && WebAddress(ReviewerUrl) is null)
        {
            problems.Add($"--reviewer-url: '{ReviewerUrl}' is not an absolute http or https address.");
        }

        if (ReviewDate is not null && !DateOnly.TryParseExact(ReviewDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add($"--review-date: '{ReviewDate}' is not a date written YYYY-MM-DD.");
        }

        if (Templates is not null && !Templates.Exists)
        {
            problems.Add($"--templates: the directory '{Templates}' does not exist.");
        }

        if (File is not null)
        {
            if (Directory.Exists(File.FullName))
            {
                problems.Add($"--output: '{File}' is a directory, not a file.");
            }
            else if (File.Directory is { Exists: false } directory)
            {
                problems.Add($"--output: the directory '{directory}' of '{File}' does not exist.");
            }
        }

        return problems;
    }

    /// <summary>The ClaimReview options the request gives; call only when <see cref="Problems"/> found none.</summary>
    public ClaimReviewOptions ClaimReviewOptions() =>
        new(Reviewer!, WebAddress(ReviewUrl!)!)
        {
            ReviewerUrl = ReviewerUrl is null ? null : WebAddress(ReviewerUrl),
            DatePublished = ReviewDate is null ? null : DateOnly.ParseExact(ReviewDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        };

    /// <summary>The format's name on the command line: "table", "claimreview".</summary>
    public static string FormatName(OutputFormat format) => format.ToString().ToLowerInvariant();

    private static Uri? WebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;
}

using System.CommandLine;

namespace Verification.Cli.Output;

/// <summary>The options of <c>verify check</c> that say where its results go and what the formats need:
/// <c>--output</c>, <c>--findings</c>, <c>--reviewer</c>, <c>--reviewer-url</c>, <c>--review-url</c>,
/// <c>--review-date</c> and <c>--templates</c>.</summary>
internal sealed class OutputOptions
{
    private readonly Option<FileInfo?> _output = new("--output", "-o")
    {
        Description = "Write the results to this file instead of stdout. The file appears only once complete; an existing one is replaced then, and kept if anything fails.",
        HelpName = "FILE",
    };

    private readonly Option<bool> _findings = new("--findings")
    {
        Description = "With --format table: list every finding under its claim, validators' and plugins' notes included.",
    };

    private readonly Option<string?> _reviewer = new("--reviewer")
    {
        Description = "The newsroom that publishes the fact checks: ClaimReview's author (required with --format claimreview), shown as 'Checked by' in the HTML report.",
        HelpName = "NAME",
    };

    private readonly Option<string?> _reviewerUrl = new("--reviewer-url")
    {
        Description = "With --format claimreview: the newsroom's own address (http or https).",
        HelpName = "URL",
    };

    private readonly Option<string?> _reviewUrl = new("--review-url")
    {
        Description = "With --format claimreview (required): the page that will host the fact checks; each review's url is it with #claim-ID.",
        HelpName = "URL",
    };

    private readonly Option<string?> _reviewDate = new("--review-date")
    {
        Description = "With --format claimreview: the day the reviews are published (YYYY-MM-DD); default today (UTC).",
        HelpName = "YYYY-MM-DD",
    };

    private readonly Option<DirectoryInfo?> _templates = new("--templates")
    {
        Description = "With --format html: a directory of Liquid templates (report.liquid, claim.liquid, styles.liquid) that replace the built-in ones of the same name.",
        HelpName = "DIR",
    };

    /// <summary>Creates the options.</summary>
    public static OutputOptions Create() => new();

    /// <summary>Adds the options to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_output);
        command.Options.Add(_findings);
        command.Options.Add(_reviewer);
        command.Options.Add(_reviewerUrl);
        command.Options.Add(_reviewUrl);
        command.Options.Add(_reviewDate);
        command.Options.Add(_templates);
    }

    /// <summary>The request the parsed command line makes.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="format">The format asked for.</param>
    public OutputRequest Request(ParseResult parseResult, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new OutputRequest(format)
        {
            File = parseResult.GetValue(_output),
            Findings = parseResult.GetValue(_findings),
            Reviewer = parseResult.GetValue(_reviewer),
            ReviewerUrl = parseResult.GetValue(_reviewerUrl),
            ReviewUrl = parseResult.GetValue(_reviewUrl),
            ReviewDate = parseResult.GetValue(_reviewDate),
            Templates = parseResult.GetValue(_templates),
        };
    }
}

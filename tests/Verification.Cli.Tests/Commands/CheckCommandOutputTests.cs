using System.Text.Json;
using Verification.Cli.Tests.TestSupport;

namespace Verification.Cli.Tests.Commands;

/// <summary><c>verify check</c>'s output formats and options, run in process on the Mosul example.</summary>
[TestFixture]
public sealed class CheckCommandOutputTests
{
    private static string MosulClaims => Repository.MosulExample("claims.json").FullName;

    private static string MosulEvidence => Repository.MosulExample("evidence.json").FullName;

    private static Task<CliRun> CheckAsync(params string[] args) => CliRun.InvokeAsync(["check", MosulClaims, "-e", MosulEvidence, .. args]);

    [Test]
    public async Task Check_FormatClaimReview_WritesOneReviewPerClaim()
    {
        var run = await CheckAsync("-f", "claimreview", "--reviewer", "Example Desk", "--review-url", "https://news.example/checks/mosul", "--reviewer-url", "https://news.example/", "--review-date", "2026-11-02");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var reviews = json.RootElement.EnumerateArray().ToArray();
        Assert.That(reviews, Has.Length.EqualTo(6));
        Assert.That(reviews[3].GetProperty("url").GetString(), Is.EqualTo("https://news.example/checks/mosul#claim-m4"));
        Assert.That(reviews[3].GetProperty("reviewRating").GetProperty("alternateName").GetString(), Is.EqualTo("Contested"));
        Assert.That(reviews[3].GetProperty("author").GetProperty("url").GetString(), Is.EqualTo("https://news.example/"));
        Assert.That(reviews[3].GetProperty("datePublished").GetString(), Is.EqualTo("2026-11-02"));
    }

    [Test]
    public async Task Check_FormatClaimReviewWithoutItsOptions_IsBadInputNamingThem()
    {
        var run = await CheckAsync("-f", "claimreview");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.StderrLines, Has.Count.EqualTo(2));
        Assert.That(run.StderrLines[0], Does.StartWith("--reviewer: required"));
        Assert.That(run.StderrLines[1], Does.StartWith("--review-url: required"));
    }

    [Test]
    public async Task Check_FormatFever_WritesOneJsonLinePerClaim()
    {
        var run = await CheckAsync("--format", "fever");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Stderr);
        var labels = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.GetProperty("label").GetString();
        });
        Assert.That(labels, Is.EqualTo(new[] { "SUPPORTS", "NOT ENOUGH INFO", "SUPPORTS", "NOT ENOUGH INFO", "NOT ENOUGH INFO", "NOT ENOUGH INFO" }));
    }

    [Test]
    public async Task Check_FormatAveritec_WritesEveryClaimWithItsLabel()
    {
        var run = await CheckAsync("--format", "AVeriTeC");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.That(json.RootElement.EnumerateArray().Select(c => c.GetProperty("label").GetString()), Is.EqualTo(new[]
        {
            "Supported", "Not Enough Evidence", "Supported", "Conflicting Evidence/Cherrypicking", "Not Enough Evidence", "Not Enough Evidence",
        }));
    }

    [Test]
    public async Task Check_FormatHtmlToAFile_WritesThePageThereAndNothingToStdout()
    {
        using var temp = new TempDirectory();
        var report = temp.Missing("report.html");

        var run = await CheckAsync("--format", "html", "-o", report.FullName, "--reviewer", "Example Desk");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Stderr);
        Assert.That(run.Stdout, Is.Empty);
        var page = await File.ReadAllTextAsync(report.FullName);
        Assert.That(page, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(page, Does.Contain("Checked by Example Desk"));
        Assert.That(page.Split("<tr class=\"claim-row "), Has.Length.EqualTo(7));
        Assert.That(Directory.GetFiles(temp.FullName), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Check_FormatJsonToAFile_WritesTheResultsThere()
    {
        using var temp = new TempDirectory();
        var results = temp.Missing("results.json");

        var run = await CheckAsync("--output", results.FullName, "-f", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Stderr);
        Assert.That(run.Stdout, Is.Empty);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(results.FullName));
        Assert.That(json.RootElement.GetProperty("claims").GetArrayLength(), Is.EqualTo(6));
    }

    [Test]
    public async Task Check_HtmlTemplateThatIsNotLiquid_IsBadInputAndKeepsTheOldReport()
    {
        using var temp = new TempDirectory();
        var templates = Directory.CreateDirectory(Path.Combine(temp.FullName, "templates"));
        await File.WriteAllTextAsync(Path.Combine(templates.FullName, "claim.liquid"), "{% for x in claim.findings %}never closed");
        var report = temp.Write("report.html", "yesterday's report");

        var run = await CheckAsync("-f", "html", "--templates", templates.FullName, "-o", report.FullName);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(run.StderrLines.Single(), Does.StartWith(Path.Combine(templates.FullName, "claim.liquid") + ": template-invalid: "));
        Assert.That(await File.ReadAllTextAsync(report.FullName), Is.EqualTo("yesterday's report"));
        Assert.That(Directory.GetFiles(temp.FullName), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Check_HtmlWithTemplates_UsesTheNewsroomsStyles()
    {
        using var temp = new TempDirectory();
        var templates = Directory.CreateDirectory(Path.Combine(temp.FullName, "templates"));
        await File.WriteAllTextAsync(Path.Combine(templates.FullName, "styles.liquid"), "body { font-family: 'Newsroom Serif'; }");

        var run = await CheckAsync("-f", "html", "--templates", templates.FullName);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Stderr);
        Assert.That(run.Stdout, Does.Contain("body { font-family: 'Newsroom Serif'; }"));
    }

    [Test]
    public async Task Check_Findings_ListsEveryFindingOfEveryClaimUnderItsRow()
    {
        var run = await CheckAsync("--findings");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Stderr);
        var items = run.Stdout.Split(Environment.NewLine).Count(l => l.TrimStart().StartsWith("- [", StringComparison.Ordinal));
        Assert.That(items, Is.EqualTo(12), "m1 1, m2 2, m3 2, m4 4, m5 2, m6 1");
        Assert.That(run.Stdout, Does.Contain("- [FigureAgreement] note (e2): e2 (snapshots"), "a note that is not m3's reason");
        Assert.That(run.Stdout, Does.Contain("- [ReportFlag] contradicts: The report itself says Airwars's figure"));
    }

    [Test]
    public async Task Check_FindingsWithAnotherFormat_IsBadInput()
    {
        var run = await CheckAsync("--findings", "-f", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(run.StderrLines.Single(), Is.EqualTo("--findings: applies to --format table only, not to --format json."));
    }

    [Test]
    public async Task Check_OutputInAMissingDirectory_IsBadInputBeforeReadingAnything()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.InvokeAsync("check", temp.Missing("claims.json").FullName, "-e", MosulEvidence, "-o", Path.Combine(temp.FullName, "nowhere", "r.html"), "-f", "html");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(run.StderrLines.Single(), Does.StartWith("--output: the directory "), "the output is checked first; the claims file is not read");
    }

    [Test]
    public async Task Check_UnknownFormat_ListsEveryFormat()
    {
        var run = await CheckAsync("-f", "csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(run.Stderr, Does.Contain("unknown format 'csv' for option '--format': expected 'table', 'json', 'claimreview', 'fever', 'averitec' or 'html'."));
    }
}

using Verification.Cli.Output;
using Verification.Cli.Tests.TestSupport;

namespace Verification.Cli.Tests.Output;

/// <summary>What makes a request for output bad input, found before any file is read.</summary>
[TestFixture]
public sealed class OutputRequestTests
{
    private static OutputRequest ClaimReview() =>
        new(OutputFormat.ClaimReview) { Reviewer = "Desk", ReviewUrl = "https://news.example/checks" };

    [Test]
    public void Problems_ClaimReviewWithReviewerAndPage_HasNone()
    {
        Assert.That(ClaimReview().Problems(), Is.Empty);
        Assert.That((ClaimReview() with { ReviewerUrl = "https://news.example/", ReviewDate = "2026-11-02" }).Problems(), Is.Empty);
    }

    [Test]
    public void Problems_ClaimReviewWithoutReviewerOrPage_NamesBoth()
    {
        var problems = new OutputRequest(OutputFormat.ClaimReview).Problems();

        Assert.That(problems, Has.Count.EqualTo(2));
        Assert.That(problems[0], Does.StartWith("--reviewer: required with --format claimreview"));
        Assert.That(problems[1], Does.StartWith("--review-url: required with --format claimreview"));
    }

    [TestCase("news.example/checks")]
    [TestCase("ftp://news.example/checks")]
    [TestCase("javascript:alert(1)")]
    public void Problems_ReviewUrlNotAWebAddress_SaysSo(string url)
    {
        Assert.That((ClaimReview() with { ReviewUrl = url }).Problems(), Is.EqualTo(new[] { $"--review-url: '{url}' is not an absolute http or https address." }));
    }

    [TestCase("2026-13-01")]
    [TestCase("2 November 2026")]
    public void Problems_ReviewDateNotADay_SaysSo(string day)
    {
        Assert.That((ClaimReview() with { ReviewDate = day }).Problems(), Is.EqualTo(new[] { $"--review-date: '{day}' is not a date written YYYY-MM-DD." }));
    }

    [Test]
    public void Problems_OptionsTheFormatDoesNotUse_NameEachOption()
    {
        var request = new OutputRequest(OutputFormat.Json)
        {
            Findings = true,
            Reviewer = "Desk",
            ReviewerUrl = "https://news.example/",
            ReviewUrl = "https://news.example/checks",
            ReviewDate = "2026-11-02",
            Templates = new DirectoryInfo(Path.GetTempPath()),
        };

        Assert.That(request.Problems(), Is.EqualTo(new[]
        {
            "--findings: applies to --format table only, not to --format json.",
            "--reviewer: applies to --format claimreview or --format html only, not to --format json.",
            "--reviewer-url: applies to --format claimreview only, not to --format json.",
            "--review-url: applies to --format claimreview only, not to --format json.",
            "--review-date: applies to --format claimreview only, not to --format json.",
            "--templates: applies to --format html only, not to --format json.",
        }));
    }

    [Test]
    public void Problems_TemplateDirectoryMissing_SaysSo()
    {
        using var temp = new TempDirectory();
        var missing = new DirectoryInfo(Path.Combine(temp.FullName, "templates"));

        Assert.That(new OutputRequest(OutputFormat.Html) { Templates = missing }.Problems(), Is.EqualTo(new[] { $"--templates: the directory '{missing}' does not exist." }));
    }

    [Test]
    public void Problems_OutputInAMissingDirectoryOrADirectory_SaysSo()
    {
        using var temp = new TempDirectory();
        var inMissing = temp.Missing(Path.Combine("nowhere", "report.html"));

        Assert.That(new OutputRequest(OutputFormat.Html) { File = inMissing }.Problems().Single(), Does.StartWith("--output: the directory ").And.Contain("does not exist"));
        Assert.That(new OutputRequest(OutputFormat.Html) { File = new FileInfo(temp.FullName) }.Problems().Single(), Does.EndWith("is a directory, not a file."));
    }

    [Test]
    public void ClaimReviewOptions_GivenOptions_AreThoseOfTheLibrary()
    {
        var options = (ClaimReview() with { ReviewerUrl = "https://news.example/", ReviewDate = "2026-11-02" }).ClaimReviewOptions();

        Assert.That(options.ReviewerName, Is.EqualTo("Desk"));
        Assert.That(options.ReviewUrl, Is.EqualTo(new Uri("https://news.example/checks")));
        Assert.That(options.ReviewerUrl, Is.EqualTo(new Uri("https://news.example/")));
        Assert.That(options.DatePublished, Is.EqualTo(new DateOnly(2026, 11, 2)));
    }
}

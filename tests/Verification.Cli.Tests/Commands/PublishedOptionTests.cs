using Verification.Cli.Tests.TestSupport;

namespace Verification.Cli.Tests.Commands;

/// <summary><c>--published</c> on extract, check and annotate: a day relative dates can be read against, else bad input.</summary>
[TestFixture]
public sealed class PublishedOptionTests
{
    private static string Article => Repository.MosulExample("report.txt").FullName;

    private static string Evidence => Repository.MosulExample("evidence.json").FullName;

    private static IEnumerable<TestCaseData> Commands(string day)
    {
        yield return new TestCaseData((object)new[] { "extract", Article, "--published", day }).SetArgDisplayNames("extract", day);
        yield return new TestCaseData((object)new[] { "check", Article, "--published", day, "--evidence", Evidence }).SetArgDisplayNames("check", day);
        yield return new TestCaseData((object)new[] { "annotate", "--published", day }).SetArgDisplayNames("annotate", day);
    }

    private static IEnumerable<TestCaseData> EdgesOfTheCalendar() => Commands("0001-01-01").Concat(Commands("9999-12-31"));

    [TestCaseSource(nameof(EdgesOfTheCalendar))]
    public async Task InvokeAsync_PublishedOnTheCalendarsFirstOrLastYear_ExitsTwoNamingTheOption(string[] args)
    {
        var run = await CliRun.InvokeAsync(args);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines[0], Does.StartWith("verify: option '--published': '").And.EndWith("expected a day from 0002-01-01 to 9998-12-31."));
            Assert.That(run.Stderr, Does.Not.Contain("unexpected error"));
        }
    }

    [Test]
    public async Task InvokeAsync_ExtractPublishedInTheCalendarsSecondYear_ReadsTheArticle()
    {
        var run = await CliRun.InvokeAsync("extract", Article, "--published", "0002-01-01", "--format", "table");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stdout, Does.Contain("Around 340,000"));
        }
    }
}

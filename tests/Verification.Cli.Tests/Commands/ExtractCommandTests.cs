using System.Text.Json;
using Verification.Claims;
using Verification.Cli.Tests.TestSupport;
using Verification.Json;

namespace Verification.Cli.Tests.Commands;

/// <summary><c>verify extract</c>, and <c>verify check ARTICLE.txt --published</c>, run in process on the bundled article.</summary>
[TestFixture]
public sealed class ExtractCommandTests
{
    private static string Report => Repository.MosulExample("report.txt").FullName;

    private static string Evidence => Repository.MosulExample("evidence.json").FullName;

    [Test]
    public async Task Extract_BundledReport_WritesAClaimsFileTheReaderAccepts()
    {
        var run = await CliRun.InvokeAsync("extract", Report, "--published", "2017-03-25", "--outlet", "Example outlet");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(run.Stdout));

        var document = ClaimsFile.Read(stream);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stderr, Is.Empty);
            Assert.That(document.Claims.Select(c => c.Subject.Text), Is.EqualTo(new[] { "people fled", "people returned", "people displaced", "people buried", "civilians killed", "event start" }));
            Assert.That(document.Report.Published, Is.EqualTo(new DateOnly(2017, 3, 25)));
        }
    }

    [Test]
    public async Task Extract_BundledReport_WritesEachFigureAsTextLowAndHigh()
    {
        var run = await CliRun.InvokeAsync("extract", Report, "--published", "2017-03-25");
        using var json = JsonDocument.Parse(run.Stdout);

        var figure = json.RootElement.GetProperty("claims")[0].GetProperty("figure");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.GetProperty("text").GetString(), Is.EqualTo("Around 340,000"));
            Assert.That(figure.GetProperty("low").GetDouble(), Is.EqualTo(306_000));
            Assert.That(figure.GetProperty("high").GetDouble(), Is.EqualTo(374_000));
        }
    }

    [Test]
    public async Task Extract_BundledReport_WritesTheQuoteSpanOfEachClaim()
    {
        var text = await File.ReadAllTextAsync(Report);
        var run = await CliRun.InvokeAsync("extract", Report, "--published", "2017-03-25");

        var quotes = QuoteSpans.Of(run.Stdout);

        Assert.That(quotes, Is.Not.Empty);
        Assert.That(quotes, Has.All.Matches<(string? Quote, int Start, int End)>(q => QuoteSpans.IsTextAt(text, q)));
    }

    [Test]
    public async Task Extract_FormatTable_PrintsOneLinePerClaimAndACount()
    {
        var run = await CliRun.InvokeAsync("extract", Report, "--published", "2017-03-25", "--format", "table");

        Assert.That(run.Stdout, Does.Contain("around 340,000").IgnoreCase.And.Contain("6 claims from"));
    }

    [Test]
    public async Task Extract_WithoutPublished_ExitsTwo()
    {
        var run = await CliRun.InvokeAsync("extract", Report);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public async Task Extract_PublishedNotADate_ExitsTwoNamingTheOption()
    {
        var run = await CliRun.InvokeAsync("extract", Report, "--published", "25/03/2017");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr, Does.Contain("--published"));
        }
    }

    [Test]
    public async Task Extract_MissingArticle_ExitsTwoNamingTheFile()
    {
        using var dir = new TempDirectory();
        var missing = dir.Missing("nowhere.txt");

        var run = await CliRun.InvokeAsync("extract", missing.FullName, "--published", "2017-03-25");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr, Does.Contain("file-missing"));
        }
    }

    [Test]
    public async Task Extract_DirectoryForArticle_ExitsTwoSayingItIsNotAFile()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.InvokeAsync("extract", dir.FullName, "--published", "2017-03-25");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.Stderr.Trim(), Is.EqualTo($"{dir.FullName}: file-unreadable: '{dir.FullName}' is a directory, not a file."));
        }
    }

    [Test]
    public async Task Check_DirectoryForEvidence_ExitsTwoSayingItIsNotAFile()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.InvokeAsync("check", Report, "--published", "2017-03-25", "--evidence", dir.FullName);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr.Trim(), Is.EqualTo($"{dir.FullName}: file-unreadable: '{dir.FullName}' is a directory, not a file."));
        }
    }

    [Test]
    public async Task Extract_UnknownFormat_ExitsTwoNamingTheFormats()
    {
        var run = await CliRun.InvokeAsync("extract", Report, "--published", "2017-03-25", "--format", "csv");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.Stderr, Does.Contain("unknown format 'csv' for option '--format': expected 'table' or 'json'."));
        }
    }

    [Test]
    public async Task Check_ArticleWithPublished_ExtractsThenVerifies()
    {
        var run = await CliRun.InvokeAsync("check", Report, "--published", "2017-03-25", "--evidence", Evidence, "--format", "json");
        using var json = JsonDocument.Parse(run.Stdout);

        var verdicts = json.RootElement.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("verdict").GetString());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(verdicts, Has.Count.EqualTo(6));
            Assert.That(verdicts["c3"], Is.EqualTo("corroborated"));
            Assert.That(verdicts["c5"], Is.EqualTo("contested"));
        }
    }

    [Test]
    public async Task Check_ExtractedClaimsFile_GivesTheReasonsOfCheckingTheArticle()
    {
        using var dir = new TempDirectory();
        var extracted = await CliRun.InvokeAsync("extract", Report, "--published", "2017-03-25");
        var claims = dir.Write("claims.json", extracted.Stdout);

        var fromFile = await CliRun.InvokeAsync("check", claims.FullName, "--evidence", Evidence, "--format", "json");
        var fromArticle = await CliRun.InvokeAsync("check", Report, "--published", "2017-03-25", "--evidence", Evidence, "--format", "json");

        // "about 270,000" against "some 255,000" agrees only within the hedges: the file must keep the hedge to say so.
        Assert.That(Reasons(fromFile.Stdout), Is.EqualTo(Reasons(fromArticle.Stdout)).And.Not.Empty);
        Assert.That(Reasons(fromFile.Stdout), Has.Some.Contains("only within the hedge"));
    }

    [Test]
    public async Task Check_ArticleWithoutPublished_IsReadAsAClaimsFileAndRejected()
    {
        var run = await CliRun.InvokeAsync("check", Report, "--evidence", Evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr, Does.Contain("json-invalid"));
        }
    }

    private static List<string?> Reasons(string resultsJson)
    {
        using var json = JsonDocument.Parse(resultsJson);
        return [.. json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("reason").GetString())];
    }
}

using System.CommandLine;
using System.Text.Json;
using Verification.Cli.Commands;
using Verification.Cli.Tests.TestSupport;
using Verification.Json;

namespace Verification.Cli.Tests.Commands;

/// <summary><c>verify extract --language fr</c> on the bundled French article (docs/examples/mosul-2017-fr), and the
/// <c>--language</c> option of <c>extract</c> and <c>annotate</c>.</summary>
[TestFixture]
public sealed class ExtractFrenchCommandTests
{
    private static string Article => Path.Combine(Repository.Root.FullName, "docs", "examples", "mosul-2017-fr", "article.txt");

    [Test]
    public async Task Extract_FrenchArticle_WritesItsFourClaimsAsAClaimsFile()
    {
        var run = await CliRun.InvokeAsync("extract", Article, "--published", "2017-03-25", "--outlet", "Exemple", "--language", "fr");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(run.Stdout));

        var claims = ClaimsFile.Read(stream).Claims;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stderr, Is.Empty);
            Assert.That(claims.Select(c => c.Subject.Text), Is.EqualTo(new[] { "people displaced", "residents fled", "civilians killed", "civilians trapped" }));
            Assert.That(claims.Select(c => (c.Figure!.Low, c.Figure.High)), Is.EqualTo(new[]
            {
                (355_000d, double.PositiveInfinity), (90_000d, 100_000d), (200d, double.PositiveInfinity), (540_000d, 660_000d),
            }));
            Assert.That(claims.Select(c => c.Place!.Name), Is.EqualTo(new[] { "Mosul", "West Mosul", "al-Jadida", "West Mosul" }));
            Assert.That(claims.Select(c => c.Period!.ToString()), Is.EqualTo(new[] { "2016-10-17/2017-03-25", "2017-02-25/2017-03-25", "2017-03-17", "2017-03-11/2017-03-20" }));
            Assert.That(claims.Select(c => c.Source), Is.EqualTo(new[] { "IOM", "UNHCR", "local officials", "UN" }));
            Assert.That(claims.Select(c => c.IsContested), Is.EqualTo(new[] { false, false, true, false }));
        }
    }

    [Test]
    public async Task Extract_FrenchArticle_QuotesTheFrenchText()
    {
        var text = await File.ReadAllTextAsync(Article);
        var run = await CliRun.InvokeAsync("extract", Article, "--published", "2017-03-25", "--language", "fr");

        var quotes = QuoteSpans.Of(run.Stdout);

        Assert.That(quotes[0].Quote, Is.EqualTo("Plus de 355 000 personnes ont été déplacées à Mossoul depuis le 17 octobre 2016, selon l'OIM."));
        Assert.That(quotes, Has.All.Matches<(string? Quote, int Start, int End)>(q => QuoteSpans.IsTextAt(text, q)));
    }

    [Test]
    public async Task Extract_FrenchArticleReadAsEnglish_MissesItsClaims()
    {
        var run = await CliRun.InvokeAsync("extract", Article, "--published", "2017-03-25", "--format", "table");

        Assert.That(run.Stdout, Does.Not.Contain("civilians killed").And.Not.Contain("4 claims"));
    }

    [Test]
    public async Task Check_FrenchArticle_ChecksItsClaimsAgainstEnglishEvidence()
    {
        var run = await CliRun.InvokeAsync("check", Article, "--published", "2017-03-25", "--language", "fr", "--evidence", Repository.MosulExample("evidence.json").FullName, "--format", "json");
        using var json = JsonDocument.Parse(run.Stdout);

        var verdicts = json.RootElement.GetProperty("claims").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("verdict").GetString());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Stderr);
            Assert.That(verdicts, Has.Count.EqualTo(4));
            Assert.That(verdicts["c3"], Is.EqualTo("contested"), "the strike toll meets the investigation's 105 for al-Jadida on 17 March");
        }
    }

    [Test]
    public async Task Extract_UnknownLanguage_ExitsTwoNamingTheLanguages()
    {
        var run = await CliRun.InvokeAsync("extract", Article, "--published", "2017-03-25", "--language", "de");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.Stderr, Does.Contain("'de' is not a language for option '--language': expected one of en, fr."));
        }
    }

    [Test]
    public async Task Annotate_LanguageFr_ReadsFrenchPeriods()
    {
        using var input = new StringReader("{\"text\": \"Les combats ont repris du 11 au 14 juin.\", \"published\": \"2017-07-01\"}\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var command = AnnotateCommand.Create(() => input);

        var code = await command.Parse(["--language", "fr"]).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        using var json = JsonDocument.Parse(stdout.ToString().Trim());
        var period = json.RootElement.GetProperty("periods")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr.ToString);
            Assert.That(period.GetProperty("text").GetString(), Is.EqualTo("du 11 au 14 juin"));
            Assert.That(period.GetProperty("period").GetString(), Is.EqualTo("2017-06-11/2017-06-14"));
        }
    }
}

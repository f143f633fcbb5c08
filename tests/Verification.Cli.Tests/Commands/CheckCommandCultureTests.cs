using System.Text.Json;
using Verification.Cli.Tests.TestSupport;

namespace Verification.Cli.Tests.Commands;

/// <summary><c>verify check --culture</c>: figures of every file read with one culture's digit grouping.</summary>
[TestFixture]
public sealed class CheckCommandCultureTests
{
    // A Turkish outlet's "44.218" and an agency's 44,218, for the same thing.
    private const string Claims = """
        { "claims": [ { "id": "c1", "subject": "people displaced", "figure": "44.218", "place": "Hatay, Türkiye", "period": "2023-02-20", "source": "AFAD" } ] }
        """;

    private const string Evidence = """
        { "claims": [ { "id": "e1", "subject": "people displaced", "figure": "44.218", "place": "Hatay, Türkiye", "period": "2023-02-20", "source": "IOM" } ] }
        """;

    private static string VerdictOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("claims")[0].GetProperty("verdict").GetString()!;
    }

    [Test]
    public async Task Check_WithADotGroupingCulture_ReadsEveryFilesFiguresWithIt()
    {
        using var temp = new TempDirectory();
        var claims = temp.Write("claims.json", Claims);
        var evidence = temp.Write("evidence.json", Evidence.Replace("\"44.218\"", "\"44.000\"", StringComparison.Ordinal));

        var run = await CliRun.InvokeAsync("check", claims.FullName, "--evidence", evidence.FullName, "--culture", "tr-TR", "--format", "json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Stderr);
            Assert.That(VerdictOf(run.Stdout), Is.EqualTo("corroborated"));
        }
    }

    [Test]
    public async Task Check_DotGroupsWithoutACulture_ExitTwoNamingClaimFieldAndTheOption()
    {
        using var temp = new TempDirectory();
        var claims = temp.Write("claims.json", Claims);
        var evidence = temp.Write("evidence.json", Evidence);

        var run = await CliRun.InvokeAsync("check", claims.FullName, "--evidence", evidence.FullName);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines, Has.Count.EqualTo(2), "one line for each file");
            Assert.That(run.StderrLines[0], Does.StartWith($"{claims.FullName}: figure-fractional: claim 1 (id 'c1'), field 'figure': '44.218' reads as 44.218"));
            Assert.That(run.StderrLines[0], Does.Contain("--culture"));
        }
    }

    [Test]
    public async Task Check_WithAnUnknownCultureName_ExitsTwoNamingTheOption()
    {
        using var temp = new TempDirectory();
        var claims = temp.Write("claims.json", Claims);
        var evidence = temp.Write("evidence.json", Evidence);

        var run = await CliRun.InvokeAsync("check", claims.FullName, "--evidence", evidence.FullName, "--culture", "not a culture!");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.Stderr, Does.StartWith("--culture: 'not a culture!' is not a culture name"));
        }
    }

    [Test]
    public async Task Check_Help_ListsTheCultureOption()
    {
        var run = await CliRun.InvokeAsync("check", "--help");

        Assert.That(run.Stdout, Does.Contain("--culture"));
    }
}

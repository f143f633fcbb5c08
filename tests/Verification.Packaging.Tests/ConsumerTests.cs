using System.Xml.Linq;

namespace Verification.Packaging.Tests;

/// <summary>Projects outside the repository that reference the packages by id from the local feed, as users do.</summary>
public sealed class ConsumerTests
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    [Test]
    public async Task ConsoleConsumer_ReferencesVerificationFromTheFeed_VerifiesTheExample()
    {
        var project = PackageFeed.CopyToWorkspace(Path.Combine(Repository.TestProjectFolder, "Consumers", "ConsoleConsumer"), "ConsoleConsumer");

        var build = await Dotnet.RunAsync(project, PackageFeed.Packages, PackageFeed.Step, "build", "-c", "Release");
        Assert.That(build.ExitCode, Is.Zero, build.Describe);
        var run = await Dotnet.RunAsync(project, PackageFeed.Packages, PackageFeed.Step,
            Path.Combine(project, "bin", "Release", "net10.0", "ConsoleConsumer.dll"),
            Path.Combine(Repository.ExampleFolder, "claims.json"),
            Path.Combine(Repository.ExampleFolder, "evidence.json"));
        await Progress($"console consumer: build {build.Elapsed.TotalSeconds:0} s, run {run.Elapsed.TotalSeconds:0} s");

        Assert.That(run.ExitCode, Is.Zero, run.Describe);
        Assert.That(run.Output, Does.Contain($"Verification {PackageFeed.Version}"), run.Describe);
        Assert.That(ReasonOf(run.Output, "m1"), Does.Contain("agrees with"));
        Assert.That(ReasonOf(run.Output, "m4"), Does.StartWith("Local officials and residents' 'dozens' (24–99) conflicts with US military investigation's 105"));
        Assert.That(Verdicts(run.Output), Is.EqualTo(new[]
        {
            "m1 CORROBORATED", "m2 UNVERIFIED", "m3 CORROBORATED", "m4 CONTESTED", "m5 CONTESTED", "m6 UNVERIFIED",
        }));
        Assert.That(Lines(run.Output), Does.Contain("6 claims: 2 corroborated, 2 contested, 2 unverified"));
        Assert.That(Directory.Exists(Path.Combine(PackageFeed.Packages, "verification", PackageFeed.Version)), Is.True,
            "Verification restored from the feed into the fresh package folder");
    }

    [Test]
    public async Task CliTool_InstalledFromTheFeed_ChecksTheExample()
    {
        var tools = Path.Combine(PackageFeed.Workspace, "tools");

        var install = await Dotnet.RunAsync(PackageFeed.Workspace, PackageFeed.Packages, PackageFeed.Step,
            "tool", "install", "--tool-path", tools, "--add-source", PackageFeed.Feed, "Verification.Cli", "--version", PackageFeed.Version);
        Assert.That(install.ExitCode, Is.Zero, install.Describe);
        var check = await Dotnet.RunProgramAsync(Path.Combine(tools, "verify"), PackageFeed.Workspace, PackageFeed.Packages, PackageFeed.Step,
            "check", Path.Combine(Repository.ExampleFolder, "claims.json"), "--evidence", Path.Combine(Repository.ExampleFolder, "evidence.json"));
        await Progress($"tool: install {install.Elapsed.TotalSeconds:0} s, check {check.Elapsed.TotalSeconds:0} s");

        Assert.That(check.ExitCode, Is.Zero, check.Describe);
        Assert.That(check.Output, Does.Contain("6 claims: 2 corroborated, 2 contested, 2 unverified"), check.Describe);
        Assert.That(Lines(check.Output).Where(l => l.StartsWith("m4 ", StringComparison.Ordinal)).Single(), Does.Contain("contested"), check.Describe);
    }

    [Test]
    public async Task TestConsumer_NUnitTestingAndFluentValidationFromTheFeed_OnlyTheTestMeantToFailFails()
    {
        var project = PackageFeed.CopyToWorkspace(Path.Combine(Repository.TestProjectFolder, "Consumers", "TestConsumer"), "TestConsumer");
        File.Copy(Path.Combine(Repository.ExampleFolder, "claims.json"), Path.Combine(project, "claims", "claims.json"), overwrite: true);
        File.Copy(Path.Combine(Repository.ExampleFolder, "evidence.json"), Path.Combine(project, "claims", "evidence.json"), overwrite: true);
        var results = Path.Combine(PackageFeed.Workspace, "test-consumer-results");

        var test = await Dotnet.RunAsync(project, PackageFeed.Packages, PackageFeed.Step,
            "test", "-c", "Release", "--logger", "trx;LogFileName=consumer.trx", "--results-directory", results);
        await Progress($"test consumer: build and test {test.Elapsed.TotalSeconds:0} s");

        var trx = Path.Combine(results, "consumer.trx");
        Assert.That(File.Exists(trx), Is.True, test.Describe);
        var outcomes = XDocument.Load(trx).Descendants(Trx + "UnitTestResult")
            .ToDictionary(r => (string)r.Attribute("testName")!, r => r, StringComparer.Ordinal);
        var failed = outcomes.Where(o => (string?)o.Value.Attribute("outcome") != "Passed").Select(o => o.Key).ToList();
        var message = outcomes.GetValueOrDefault("AlJadidaDozens_IsCorroborated_MeantToFail")?
            .Descendants(Trx + "Message").SingleOrDefault()?.Value ?? string.Empty;

        Assert.That(test.ExitCode, Is.EqualTo(1), test.Describe);
        Assert.That(failed, Is.EqualTo(new[] { "AlJadidaDozens_IsCorroborated_MeantToFail" }), test.Describe);
        Assert.That(message, Does.Contain("Expected: a corroborated claim"));
        Assert.That(message, Does.Contain("claim 'm4', contested: Local officials and residents' 'dozens' (24–99) conflicts with US military investigation's 105"));
        Assert.That(message, Does.Contain("[FigureAgreement] contradicts"));
        Assert.That(message, Does.Contain("conflicting: e5: 105 civilian deaths"));
        Assert.That(outcomes.Keys, Is.SupersetOf(new[] { "Figure_IsNotContested(d1)", "Figure_IsNotContested(d2)", "Figure_IsNotContested(d3)" }),
            "one test per claim of the draft");
        Assert.That(outcomes, Has.Count.EqualTo(13), "8 constraint tests (3 of them one per draft claim), 3 framework-neutral, 2 FluentValidation");
    }

    private static IEnumerable<string> Lines(string output) => output.Split('\n').Select(l => l.TrimEnd('\r'));

    private static List<string> Verdicts(string output) =>
        [.. Lines(output).Where(l => l.Length > 2 && l[0] == 'm' && char.IsDigit(l[1])).Select(l => string.Join(' ', l.Split(' ').Take(2)))];

    private static string ReasonOf(string output, string id) =>
        Lines(output).Single(l => l.StartsWith(id + " ", StringComparison.Ordinal)).Split(' ', 3)[2];

    private static Task Progress(string line) => TestContext.Progress.WriteLineAsync(line);
}

using System.Xml.Linq;

namespace Verification.Packaging.Tests;

/// <summary>The <c>verification-validator</c> template as a plugin author uses it: installed from its package,
/// instantiated against the packages of the feed, and its own tests run.</summary>
public sealed class TemplateTests
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    [Test]
    public async Task ValidatorTemplate_Instantiated_BuildsAndItsTestsPass()
    {
        var root = Path.Combine(PackageFeed.Workspace, "template");
        var hive = Path.Combine(root, "hive");
        var project = Path.Combine(root, "Acme.Checks");
        var results = Path.Combine(root, "results");

        var pack = await Dotnet.RunAsync(Repository.Root, PackageFeed.Packages, PackageFeed.Step,
            ["pack", Path.Combine(Repository.Root, "templates", "Verification.Templates", "Verification.Templates.csproj"), "-o", Path.Combine(root, "feed"), .. PackageFeed.BuildProperties]);
        Assert.That(pack.ExitCode, Is.Zero, pack.Describe);
        var package = Directory.GetFiles(Path.Combine(root, "feed"), "Verification.Templates.*.nupkg").Single();
        var install = await Dotnet.RunAsync(root, PackageFeed.Packages, PackageFeed.Step, "new", "install", package, "--debug:custom-hive", hive);
        Assert.That(install.ExitCode, Is.Zero, install.Describe);
        var instantiate = await Dotnet.RunAsync(root, PackageFeed.Packages, PackageFeed.Step, "new", "verification-validator", "-n", "Acme.Checks", "-o", project,
            "--plugin-name", "AcmeChecks", "--description", "Notes casualty figures with no upper bound.", "--core-version", PackageFeed.Version,
            "--no-update-check", "--debug:custom-hive", hive);
        Assert.That(instantiate.ExitCode, Is.Zero, instantiate.Describe);

        var test = await Dotnet.RunAsync(project, PackageFeed.Packages, PackageFeed.LongStep,
            "test", "--logger", "trx;LogFileName=template.trx", "--results-directory", results);
        await TestContext.Progress.WriteLineAsync($"template: build and test {test.Elapsed.TotalSeconds:0} s");

        var trx = Path.Combine(results, "template.trx");
        Assert.That(test.ExitCode, Is.Zero, test.Describe);
        Assert.That(File.Exists(trx), Is.True, test.Describe);
        var outcomes = XDocument.Load(trx).Descendants(Trx + "UnitTestResult")
            .Select(r => ((string)r.Attribute("testName")!, (string?)r.Attribute("outcome"))).ToList();
        Assert.That(outcomes, Has.Count.EqualTo(6), test.Describe);
        Assert.That(outcomes.Select(o => o.Item2), Has.All.EqualTo("Passed"), test.Describe);
        Assert.That(outcomes.Select(o => o.Item1), Does.Contain("ValidateAsync_FigureWithNoUpperBound_AddsANote"));
        Assert.That(File.ReadAllText(Path.Combine(project, "src", "Acme.Checks", "AcmeChecksPlugin.cs")),
            Does.Contain("\"\"\"Notes casualty figures with no upper bound.\"\"\""), "the plugin carries the description given, not the sample's");
        Assert.That(Directory.Exists(Path.Combine(PackageFeed.Packages, "verification.nunit", PackageFeed.Version)), Is.True,
            "Verification.NUnit restored from the feed at the version given");
    }
}

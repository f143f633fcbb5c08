using System.Text.Json;
using Verification.PluginLoading.Tests.Infrastructure;

namespace Verification.PluginLoading.Tests.Cli;

/// <summary><c>verify plugins list --plugins DIR</c> and <c>verify check … --plugins DIR</c>, run as the tool is run.</summary>
public sealed class VerifyPluginsTests
{
    private static readonly string Claims = Repository.Path("docs", "examples", "mosul-2017", "claims.json");
    private static readonly string Evidence = Repository.Path("docs", "examples", "mosul-2017", "evidence.json");

    private static PluginDirectory AllThree() => PluginDirectory.Create()
        .WithReal(RealPlugins.CasualtyGrading).WithReal(RealPlugins.Displacement).WithReal(RealPlugins.SourceReliability);

    private static Task<(int ExitCode, string Stdout, string Stderr)> Verify(params string[] arguments) =>
        DotNet.RunRawAsync(Repository.Root, null, [RealPlugins.VerifyCli, .. arguments]);

    [Test]
    public async Task PluginsList_DirectoryOfPlugins_ListsEachInTheOrderTheyRun()
    {
        var (exitCode, stdout, _) = await Verify("plugins", "list", "--plugins", AllThree().Path);

        var headings = stdout.Split('\n').Where(l => l.EndsWith(" 0.1.0", StringComparison.Ordinal)).ToArray();
        Assert.That($"{exitCode}: {string.Join(", ", headings)}", Is.EqualTo("0: CasualtyGrading 0.1.0, Displacement 0.1.0, SourceReliability 0.1.0"));
    }

    [Test]
    public async Task PluginsList_DirectoryOfPlugins_ShowsSubjectsValidatorsAndPath()
    {
        var dir = AllThree();

        var (_, stdout, _) = await Verify("plugins", "list", "--plugins", dir.Path);

        Assert.That(stdout, Does.Contain($"""
              validators: Displacement
              subjects:   people fled, people returned, people displaced
              path:       {dir.MainAssembly(RealPlugins.Displacement)}
            """.ReplaceLineEndings()));
    }

    [Test]
    public async Task PluginsList_JsonFormat_ListsEveryPlugin()
    {
        var (_, stdout, _) = await Verify("plugins", "list", "--plugins", AllThree().Path, "--format", "json");

        using var json = JsonDocument.Parse(stdout);
        Assert.That(json.RootElement.GetProperty("plugins").EnumerateArray().Select(p => p.GetProperty("validators")[0].GetString()),
            Is.EqualTo(new[] { "CasualtyGrading", "Displacement", "SourceReliability" }));
    }

    [Test]
    public async Task Check_VerbosityDetailed_LogsEachPluginLoadedOnStderr()
    {
        var dir = AllThree();

        var (exitCode, _, stderr) = await Verify("check", Claims, "--evidence", Evidence, "--plugins", dir.Path, "--verbosity", "detailed");

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stderr, Does.Contain($"Loaded the plugin Displacement 0.1.0 from {dir.MainAssembly(RealPlugins.Displacement)}, with the validators Displacement."));
    }

    [Test]
    public async Task Check_DefaultVerbosity_LeavesPluginLoadsOutOfStderr()
    {
        var (exitCode, _, stderr) = await Verify("check", Claims, "--evidence", Evidence, "--plugins", AllThree().Path);

        Assert.That((exitCode, stderr), Is.EqualTo((0, string.Empty)));
    }

    [Test]
    public async Task PluginsList_BrokenPlugin_ExitsWithTwoNamingTheFileOnStderr()
    {
        var dir = AllThree().WithCorruptPlugin("Broken");

        var (exitCode, _, stderr) = await Verify("plugins", "list", "--plugins", dir.Path);

        Assert.That($"{exitCode} {stderr}", Does.StartWith($"2 {dir.MainAssembly("Broken")}: plugin-skipped: The file is not a valid .NET assembly"));
    }

    [Test]
    public async Task PluginsList_WithoutPluginsOption_IsBadInput()
    {
        var (exitCode, _, _) = await Verify("plugins", "list");

        Assert.That(exitCode, Is.EqualTo(2));
    }

    [Test]
    public async Task Check_WithPlugins_AddsTheirFindingsToTheResults()
    {
        var (exitCode, stdout, _) = await Verify("check", Claims, "--evidence", Evidence, "--plugins", AllThree().Path, "--format", "json");

        using var json = JsonDocument.Parse(stdout);
        var validators = json.RootElement.GetProperty("claims").EnumerateArray()
            .SelectMany(c => c.GetProperty("findings").EnumerateArray()).Select(f => f.GetProperty("validator").GetString()).Distinct();
        Assert.That($"{exitCode}: {string.Join(", ", validators.Order(StringComparer.Ordinal))}", Is.EqualTo("0: CasualtyGrading, Displacement, FigureAgreement, ReportFlag"));
    }

    [Test]
    public async Task Check_BrokenPluginBesideGoodOnes_SkipsItWithALineOnStderrAndStillVerifies()
    {
        var dir = AllThree().WithEmptyFolder("Empty");

        var (exitCode, stdout, stderr) = await Verify("check", Claims, "--evidence", Evidence, "--plugins", dir.Path);

        Assert.That((exitCode, stderr.StartsWith($"{Path.Combine(dir.Path, "Empty")}: plugin-skipped: The folder holds no plugin", StringComparison.Ordinal), stdout.Contains("6 claims:", StringComparison.Ordinal)),
            Is.EqualTo((0, true, true)));
    }

    [Test]
    public async Task Check_StrictPluginsWithABrokenPlugin_ExitsWithTwoAndWritesNoResults()
    {
        var dir = AllThree().WithEmptyFolder("Empty");

        var (exitCode, stdout, stderr) = await Verify("check", Claims, "--evidence", Evidence, "--plugins", dir.Path, "--strict-plugins");

        Assert.That((exitCode, stdout, stderr.StartsWith($"{Path.Combine(dir.Path, "Empty")}: plugin-load: ", StringComparison.Ordinal)), Is.EqualTo((2, "", true)));
    }

    [Test]
    public async Task Check_ValidatorTimeout_AbandonsAHangingPluginAfterThatTime()
    {
        await TestPlugins.BuiltAsync();
        var dir = PluginDirectory.Create().With(TestPlugins.Faulty);

        var (exitCode, stdout, _) = await Verify("check", Claims, "--evidence", Evidence, "--plugins", dir.Path, "--validator-timeout", "0.5", "--format", "json");

        using var json = JsonDocument.Parse(stdout);
        var hanging = json.RootElement.GetProperty("claims").EnumerateArray()
            .Select(c => c.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("validator").GetString() == "Hanging"))
            .ToArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(hanging, Has.Length.EqualTo(6));
            Assert.That(hanging.Select(f => f.GetProperty("outcome").GetString()), Is.All.EqualTo("error"));
            Assert.That(hanging[0].GetProperty("message").GetString(), Does.StartWith("The validator did not finish within 0.5 s"));
        }
    }
}

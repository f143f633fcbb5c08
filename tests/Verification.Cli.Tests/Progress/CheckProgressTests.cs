using System.Text.Json;
using Verification.Cli.Progress;
using Verification.Cli.Tests.TestSupport;

namespace Verification.Cli.Tests.Progress;

/// <summary><c>verify check</c> with stderr redirected: progress as plain lines on stderr, stdout left to the results.</summary>
[TestFixture]
public sealed class CheckProgressTests
{
    private ProgressSettings _saved = null!;

    [SetUp]
    public void ShowProgressAtOnce()
    {
        _saved = ProgressSettings.Defaults;
        ProgressSettings.Defaults = new ProgressSettings { Delay = TimeSpan.Zero, Interval = TimeSpan.FromMinutes(1) };
    }

    [TearDown]
    public void Restore() => ProgressSettings.Defaults = _saved;

    [Test]
    public async Task Check_JsonRedirected_ProgressLinesOnStderrAndJsonAloneOnStdout()
    {
        var run = await CliRun.InvokeAsync("check", Repository.MosulExample("claims.json").FullName, "-e", Repository.MosulExample("evidence.json").FullName, "--format", "json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(() => JsonDocument.Parse(run.Stdout).Dispose(), Throws.Nothing);
            Assert.That(run.Stdout, Does.Not.Contain("verify:"));
            Assert.That(run.StderrLines, Has.All.StartWith("verify: check: "));
            Assert.That(run.StderrLines[^1], Does.StartWith("verify: check: done, 6 claims, "));
        }
    }

    [Test]
    public async Task Check_Quiet_NoProgress()
    {
        var run = await CliRun.InvokeAsync("check", Repository.MosulExample("claims.json").FullName, "-e", Repository.MosulExample("evidence.json").FullName, "--format", "json", "--verbosity", "quiet");

        Assert.That(run.Stderr, Is.Empty);
    }
}

using Verification.Cli.Tests.TestSupport;
using Verification.Sources;
using Verification.TestSupport;

namespace Verification.Cli.Tests;

/// <summary>The built tool run as a separate process (<c>dotnet verify.dll …</c>): the real exit code and streams.</summary>
[TestFixture]
public sealed class ProgramTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Test]
    public async Task Main_MosulExample_ExitsZeroWithTheTableOnStdout()
    {
        var run = await RunVerifyAsync("check", Repository.MosulExample("claims.json").FullName, "--evidence", Repository.MosulExample("evidence.json").FullName);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(0));
            // Nothing but progress, which a slow (busy) machine shows after its delay.
            Assert.That(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("verify: check: ", StringComparison.Ordinal)), Is.Empty);
            Assert.That(Table.Parse(run.Stdout).Select(r => r.Claim), Is.EqualTo(new[] { "m1", "m2", "m3", "m4", "m5", "m6" }));
            Assert.That(run.Stdout, Does.Contain("(24–99)"), "redirected output is UTF-8");
        }
    }

    [Test]
    public async Task Main_BadClaimsFile_ExitsTwoWithEveryProblemOnStderrAndNothingOnStdout()
    {
        using var temp = new TempDirectory();
        var claims = temp.Write("bad-claims.json", BadFiles.ClaimsWithManyProblems);

        var run = await RunVerifyAsync("check", claims.FullName, "--evidence", Repository.MosulExample("evidence.json").FullName, "--format", "json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines, Has.Count.EqualTo(BadFiles.ExpectedProblems.Length).And.All.StartsWith(claims.FullName + ": "));
        }
    }

    [Test]
    public async Task Main_UnknownFormat_ExitsTwo()
    {
        var run = await RunVerifyAsync("check", "claims.json", "--evidence", "evidence.json", "--format", "xml");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.Stderr, Does.Contain("xml"));
        }
    }

    private static async Task<CliRun> RunVerifyAsync(params string[] args)
    {
        var verify = Path.Combine(TestContext.CurrentContext.TestDirectory, "verify.dll");
        Assert.That(verify, Does.Exist, "the project reference copies the tool next to the tests");

        // The same runtime that runs the tests runs the tool.
        var run = await DotnetProcess.RunAsync(DotnetProcess.Executable, TestContext.CurrentContext.WorkDirectory, null, Timeout, [verify, .. args]);
        Assert.That(run.TimedOut, Is.False, $"verify did not finish within {Timeout.TotalMinutes} minutes");
        return new CliRun(run.ExitCode, run.Stdout, run.Stderr);
    }
}

using System.Diagnostics;
using System.Text;
using Verification.Cli.Tests.TestSupport;

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
            Assert.That(run.Stderr, Is.Empty);
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

        // DOTNET_HOST_PATH is set by the dotnet CLI that runs the tests: the same runtime runs the tool.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = TestContext.CurrentContext.WorkDirectory,
        };
        start.ArgumentList.Add(verify);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(Timeout))
        {
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
        }

        return new CliRun(process.ExitCode, await stdout, await stderr);
    }
}

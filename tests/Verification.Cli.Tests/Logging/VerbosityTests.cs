using Microsoft.Extensions.Logging;
using Verification.Cli.Logging;
using Verification.Cli.Tests.TestSupport;

namespace Verification.Cli.Tests.Logging;

/// <summary>--verbosity: what the engine logs on stderr, besides results and problems.</summary>
public sealed class VerbosityTests
{
    private static string MosulClaims => Repository.MosulExample("claims.json").FullName;

    private static string MosulEvidence => Repository.MosulExample("evidence.json").FullName;

    [TestCase("diagnostic")]
    [TestCase("DIAGNOSTIC")]
    public async Task InvokeAsync_Diagnostic_LogsTheRunOnStderrAndKeepsTheResults(string verbosity)
    {
        var run = await CliRun.InvokeAsync("check", MosulClaims, "--evidence", MosulEvidence, "--verbosity", verbosity);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stderr, Does.Match(@"^verify: debug: Verified 6 claims in [\d.]+ ms: \d+ corroborated, \d+ contested, \d+ unverified\.\r?\n$"));
            Assert.That(run.Stdout, Does.StartWith("CLAIM"));
        }
    }

    [Test]
    public async Task InvokeAsync_DiagnosticWithJson_KeepsStdoutJson()
    {
        var run = await CliRun.InvokeAsync("-v", "diagnostic", "check", MosulClaims, "--evidence", MosulEvidence, "--format", "json");

        Assert.That(() => System.Text.Json.JsonDocument.Parse(run.Stdout).Dispose(), Throws.Nothing);
        Assert.That(run.Stderr, Does.StartWith("verify: debug: "));
    }

    [TestCase("quiet")]
    [TestCase("minimal")]
    [TestCase("normal")]
    public async Task InvokeAsync_BelowDiagnostic_WritesNothingForAGoodRun(string verbosity)
    {
        var run = await CliRun.InvokeAsync("check", MosulClaims, "--evidence", MosulEvidence, "--verbosity", verbosity);

        Assert.That(run.Stderr, Is.Empty);
    }

    [Test]
    public async Task InvokeAsync_UnknownVerbosity_IsBadInput()
    {
        var run = await CliRun.InvokeAsync("check", MosulClaims, "--evidence", MosulEvidence, "--verbosity", "loud");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(run.Stderr, Does.Contain("loud"));
    }

    [TestCase("Quiet", LogLevel.None)]
    [TestCase("Minimal", LogLevel.Error)]
    [TestCase("Normal", LogLevel.Warning)]
    [TestCase("Detailed", LogLevel.Information)]
    [TestCase("Diagnostic", LogLevel.Trace)]
    public void LevelOf_Verbosity_IsTheDotnetToolsReading(string verbosity, LogLevel expected)
    {
        Assert.That(CliLogging.LevelOf(Enum.Parse<Verbosity>(verbosity)), Is.EqualTo(expected));
    }

    [Test]
    public void StderrLogger_WarningWithException_IsOneLineNamingTheException()
    {
        using var stderr = new StringWriter();
        using var provider = new StderrLoggerProvider(stderr);

        provider.CreateLogger("Verification.Engine.ClaimVerifier").Log(LogLevel.Warning, default, "Validator Broken failed.", new InvalidOperationException("no\narchive"), (state, _) => state);

        Assert.That(stderr.ToString(), Is.EqualTo("verify: warning: Validator Broken failed. (InvalidOperationException: no archive)" + Environment.NewLine));
    }
}

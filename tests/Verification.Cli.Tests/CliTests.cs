using System.Text.Json;
using Verification.Cli.Tests.TestSupport;
using Verification.Sources;

namespace Verification.Cli.Tests;

/// <summary>The command line as a whole, in process: parsing, help, version and argument errors.</summary>
[TestFixture]
public sealed class CliTests
{
    private static string MosulClaims => Repository.MosulExample("claims.json").FullName;

    private static string MosulEvidence => Repository.MosulExample("evidence.json").FullName;

    [Test]
    public async Task InvokeAsync_CheckWithoutFormat_WritesTheTable()
    {
        var run = await CliRun.InvokeAsync("check", MosulClaims, "--evidence", MosulEvidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stderr, Is.Empty);
            Assert.That(run.Stdout, Does.StartWith("CLAIM"));
            Assert.That(Table.SummaryLine(run.Stdout), Does.Match(@"^6 claims: \d+ corroborated, \d+ contested, \d+ unverified$"));
        }
    }

    [TestCase("--format", "json")]
    [TestCase("--format", "JSON")]
    [TestCase("-f", "json")]
    public async Task InvokeAsync_FormatJson_WritesJson(string option, string value)
    {
        var run = await CliRun.InvokeAsync("check", MosulClaims, "-e", MosulEvidence, option, value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(() => JsonDocument.Parse(run.Stdout).Dispose(), Throws.Nothing);
        }
    }

    [Test]
    public async Task InvokeAsync_EvidenceGivenSeveralTimes_ReadsEveryFile()
    {
        using var temp = new TempDirectory();
        var extra = temp.Write("extra.json", BadFiles.Truncated);

        var run = await CliRun.InvokeAsync("check", MosulClaims, "--evidence", MosulEvidence, "--evidence", extra.FullName);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), "the second file is read, and it is not JSON");
            Assert.That(run.Stderr, Does.StartWith(extra.FullName + ": json-invalid: "));
        }
    }

    [Test]
    public async Task InvokeAsync_EveryFileMissing_ListsEachOne()
    {
        using var temp = new TempDirectory();
        var claims = temp.Missing("claims.json");
        var evidence = temp.Missing("evidence.json");

        var run = await CliRun.InvokeAsync("check", claims.FullName, "--evidence", evidence.FullName);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines, Is.EqualTo(new[]
            {
                $"{claims.FullName}: file-missing: the file does not exist.",
                $"{evidence.FullName}: file-missing: the file does not exist.",
            }));
        }
    }

    [Test]
    public async Task InvokeAsync_UnknownFormat_ExitsTwoWithNothingOnStdout()
    {
        var run = await CliRun.InvokeAsync("check", MosulClaims, "--evidence", MosulEvidence, "--format", "xml");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.Stderr, Does.Contain("'xml'").And.Contain("table").And.Contain("json"));
        }
    }

    [TestCase(new[] { "check", "claims.json" }, "--evidence", TestName = "InvokeAsync_WithoutEvidence_ExitsTwo")]
    [TestCase(new[] { "check", "--evidence", "evidence.json" }, "check", TestName = "InvokeAsync_NoClaimsFile_ExitsTwo")]
    [TestCase(new[] { "check", "claims.json", "--evidence", "evidence.json", "--colour" }, "--colour", TestName = "InvokeAsync_UnknownOption_ExitsTwo")]
    [TestCase(new[] { "check", "claims.json", "--evidence" }, "--evidence", TestName = "InvokeAsync_EvidenceWithoutValue_ExitsTwo")]
    [TestCase(new[] { "audit", "claims.json" }, "audit", TestName = "InvokeAsync_UnknownCommand_ExitsTwo")]
    [TestCase(new string[0], "command", TestName = "InvokeAsync_NoCommand_ExitsTwo")]
    public async Task InvokeAsync_BadArguments_ExitTwoWithTheErrorOnStderrOnly(string[] args, string mentioned)
    {
        var run = await CliRun.InvokeAsync(args);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.Stderr, Does.Contain(mentioned));
            Assert.That(run.StderrLines, Has.All.StartsWith("verify: "));
            Assert.That(run.StderrLines[^1], Does.Contain("--help"));
        }
    }

    [Test]
    public async Task InvokeAsync_PluginsListWithoutPlugins_SuggestsThePluginsListHelp()
    {
        var run = await CliRun.InvokeAsync("plugins", "list");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr, Does.Contain("--plugins"));
            Assert.That(run.StderrLines[^1], Is.EqualTo("verify: run 'verify plugins list --help' for usage."));
        }
    }

    [TestCase(new[] { "plugins" }, "verify plugins", TestName = "InvokeAsync_PluginsWithoutSubcommand_SuggestsThePluginsHelp")]
    [TestCase(new[] { "check" }, "verify check", TestName = "InvokeAsync_CheckWithoutClaims_SuggestsTheCheckHelp")]
    [TestCase(new[] { "--bogus" }, "verify", TestName = "InvokeAsync_UnknownOption_SuggestsTheToolHelp")]
    public async Task InvokeAsync_BadArguments_SuggestTheHelpOfTheCommandGiven(string[] args, string command)
    {
        var run = await CliRun.InvokeAsync(args);

        Assert.That(run.StderrLines[^1], Is.EqualTo($"verify: run '{command} --help' for usage."));
    }

    [Test]
    public async Task InvokeAsync_CheckHelp_DescribesTheCommandOnStdout()
    {
        var run = await CliRun.InvokeAsync("check", "--help");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stderr, Is.Empty);
            Assert.That(run.Stdout, Does.Contain("CLAIMS.json").And.Contain("--evidence").And.Contain("--format").And.Contain("table|json"));
        }
    }

    [Test]
    public async Task InvokeAsync_Help_ListsTheCheckCommand()
    {
        var run = await CliRun.InvokeAsync("--help");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stdout, Does.Contain("check"));
        }
    }

    [Test]
    public async Task InvokeAsync_Version_PrintsTheAssemblyVersion()
    {
        var run = await CliRun.InvokeAsync("--version");

        var version = typeof(Cli).Assembly.GetName().Version!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stdout, Does.StartWith($"{version.Major}.{version.Minor}.{version.Build}"));
        }
    }

    [Test]
    public async Task InvokeAsync_FileNameWithControlCharacters_IsEscapedOnStderr()
    {
        using var temp = new TempDirectory();
        var claims = temp.Missing("claims\u001b[2J.json");

        var run = await CliRun.InvokeAsync("check", claims.FullName, "--evidence", MosulEvidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { $"{temp.FullName}/claims\\u001B[2J.json: file-missing: the file does not exist." }));
        }
    }

    [Test]
    public async Task InvokeAsync_ArgumentWithControlCharacters_IsEscapedInTheParseError()
    {
        var run = await CliRun.InvokeAsync("check", MosulClaims, "--evidence", MosulEvidence, "--format", "x\u001b]0;owned\u0007");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr.Where(c => char.IsControl(c) && c is not ('\n' or '\r')), Is.Empty);
            Assert.That(run.Stderr, Does.Contain("unknown format 'x\\u001B]0;owned\\u0007'"));
        }
    }

    [Test]
    public async Task InvokeAsync_SourceWithControlCharacters_IsEscapedInTheTable()
    {
        using var temp = new TempDirectory();
        var claims = temp.Write("claims.json", """{"claims": [{"id": "c1", "subject": "people displaced", "figure": "about 270,000", "place": "Mosul, Iraq", "source": "UNHCR\u001b[2J"}]}""");
        var evidence = temp.Write("evidence.json", """{"claims": [{"id": "e1", "subject": "people displaced", "figure": "255,000", "place": "Mosul, Iraq", "source": "IOM\u001b[2J"}]}""");

        var run = await CliRun.InvokeAsync("check", claims.FullName, "--evidence", evidence.FullName, "--findings");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stdout.Where(c => char.IsControl(c) && c is not ('\n' or '\r')), Is.Empty);
            Assert.That(run.Stdout, Does.Contain("IOM\\u001B[2J"));
        }
    }

    [TestCase("0")]
    [TestCase("-2")]
    [TestCase("soon")]
    [TestCase("100000")]
    public async Task InvokeAsync_ValidatorTimeoutNotAPositiveNumberOfSeconds_ExitsTwo(string value)
    {
        var run = await CliRun.InvokeAsync("check", MosulClaims, "--evidence", MosulEvidence, "--validator-timeout", value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines[0], Is.EqualTo($"verify: '{value}' is not a timeout for option '--validator-timeout': expected a number of seconds above 0 and at most 86400, e.g. 5 or 0.5."));
        }
    }

    [Test]
    public async Task InvokeAsync_ValidatorTimeoutInSeconds_Runs()
    {
        var run = await CliRun.InvokeAsync("check", MosulClaims, "--evidence", MosulEvidence, "--validator-timeout", "0.25");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
    }
}

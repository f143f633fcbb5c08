using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Verification.Claims;
using Verification.Cli.Commands;
using Verification.Cli.Tests.TestSupport;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Json;
using Verification.Sources;

namespace Verification.Cli.Tests.Commands;

/// <summary><c>verify check</c>, run in process: the bundled Mosul example end to end, and bad input.</summary>
[TestFixture]
public sealed class CheckCommandTests
{
    private static readonly string[] Verdicts = ["corroborated", "contested", "unverified"];

    private static FileInfo MosulClaims => Repository.MosulExample("claims.json");

    private static FileInfo MosulEvidence => Repository.MosulExample("evidence.json");

    private static Task<CliRun> CheckMosulAsync(OutputFormat format) => CliRun.CheckAsync(MosulClaims, [MosulEvidence], format);

    // ---- The Mosul example as a table ----------------------------------------------------------------

    [Test]
    public async Task RunAsync_MosulExample_ExitsZeroWithNothingOnStderr()
    {
        var run = await CheckMosulAsync(OutputFormat.Table);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stderr, Is.Empty);
            Assert.That(run.Stdout, Is.Not.Empty);
        }
    }

    [Test]
    public async Task RunAsync_MosulExampleTable_ListsEveryClaimOnceInFileOrder()
    {
        var run = await CheckMosulAsync(OutputFormat.Table);

        Assert.That(Table.Parse(run.Stdout).Select(r => r.Claim), Is.EqualTo(new[] { "m1", "m2", "m3", "m4", "m5", "m6" }));
    }

    [Test]
    public async Task RunAsync_MosulExampleTable_HasEveryVerdict()
    {
        var run = await CheckMosulAsync(OutputFormat.Table);

        var verdicts = Table.Parse(run.Stdout).Select(r => r.Verdict).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdicts, Has.All.AnyOf(Verdicts));
            Assert.That(verdicts, Does.Contain("corroborated"));
            Assert.That(verdicts, Does.Contain("contested"));
            Assert.That(verdicts, Does.Contain("unverified"));
        }
    }

    [Test]
    public async Task RunAsync_MosulExampleTable_ShowsEachClaimsFigureText()
    {
        var run = await CheckMosulAsync(OutputFormat.Table);

        var figures = Table.Parse(run.Stdout).ToDictionary(r => r.Claim, r => r.Figure);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(figures["m1"], Is.EqualTo("around 340,000"));
            Assert.That(figures["m4"], Is.EqualTo("dozens"));
            Assert.That(figures["m6"], Is.EqualTo("-"), "m6 is a dated event with no figure");
        }
    }

    [Test]
    public async Task RunAsync_MosulExampleTable_M4ContestedByTheUsInvestigations105()
    {
        var run = await CheckMosulAsync(OutputFormat.Table);

        var m4 = Table.Parse(run.Stdout).Single(r => r.Claim == "m4");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(m4.Verdict, Is.EqualTo("contested"));
            Assert.That(m4.Reason, Does.Contain("US military investigation").And.Contain("105"));
        }
    }

    [Test]
    public async Task RunAsync_MosulExampleTable_M1CorroboratedAndM2Unverified()
    {
        var run = await CheckMosulAsync(OutputFormat.Table);

        var verdicts = Table.Parse(run.Stdout).ToDictionary(r => r.Claim, r => r.Verdict);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdicts["m1"], Is.EqualTo("corroborated"));
            Assert.That(verdicts["m2"], Is.EqualTo("unverified"));
        }
    }

    [Test]
    public async Task RunAsync_MosulExampleTable_EndsWithASummaryMatchingTheRows()
    {
        var run = await CheckMosulAsync(OutputFormat.Table);

        var rows = Table.Parse(run.Stdout);
        int Count(string verdict) => rows.Count(r => r.Verdict == verdict);
        Assert.That(
            Table.SummaryLine(run.Stdout),
            Is.EqualTo($"{rows.Count} claims: {Count("corroborated")} corroborated, {Count("contested")} contested, {Count("unverified")} unverified"));
    }

    [Test]
    public async Task RunAsync_MosulExampleTable_IsPlainTextWithinTheDefaultWidth()
    {
        var run = await CheckMosulAsync(OutputFormat.Table);

        var lines = run.Stdout.Split(Environment.NewLine);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Stdout, Does.Not.Contain("\u001b"), "no ANSI escape codes");
            Assert.That(lines.Select(l => l.Length), Has.All.LessThanOrEqualTo(TableFormatter.DefaultWidth));
            Assert.That(lines, Has.None.Match(@"\s$"), "no trailing white space");
        }
    }

    // ---- The Mosul example as JSON -------------------------------------------------------------------

    [Test]
    public async Task RunAsync_MosulExampleJson_HasTheResultShape()
    {
        var run = await CheckMosulAsync(OutputFormat.Json);

        using var json = JsonDocument.Parse(run.Stdout);
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(claims.Select(c => c.GetProperty("id").GetString()), Is.EqualTo(new[] { "m1", "m2", "m3", "m4", "m5", "m6" }));
            foreach (var claim in claims)
            {
                Assert.That(claim.GetProperty("verdict").GetString(), Is.AnyOf(Verdicts));
                foreach (var list in new[] { "supporting", "conflicting", "echoes" })
                {
                    Assert.That(claim.GetProperty(list).ValueKind, Is.EqualTo(JsonValueKind.Array), list);
                    Assert.That(claim.GetProperty(list).EnumerateArray().Select(e => e.ValueKind), Has.All.EqualTo(JsonValueKind.String), list);
                }

                var findings = claim.GetProperty("findings").EnumerateArray().ToList();
                Assert.That(findings, Is.Not.Empty, "every verdict carries its findings");
                foreach (var finding in findings)
                {
                    Assert.That(finding.GetProperty("validator").GetString(), Is.Not.Empty);
                    Assert.That(finding.GetProperty("outcome").GetString(), Is.AnyOf("supports", "contradicts", "note", "error"));
                    Assert.That(finding.GetProperty("evidence").ValueKind, Is.EqualTo(JsonValueKind.Array));
                    Assert.That(finding.GetProperty("message").GetString(), Is.Not.Empty);
                }
            }
        }
    }

    [Test]
    public async Task RunAsync_MosulExampleJson_SummaryCountsTheVerdicts()
    {
        var run = await CheckMosulAsync(OutputFormat.Json);

        using var json = JsonDocument.Parse(run.Stdout);
        var verdicts = json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("verdict").GetString()).ToList();
        var summary = json.RootElement.GetProperty("summary");
        using (Assert.EnterMultipleScope())
        {
            foreach (var verdict in Verdicts)
            {
                Assert.That(summary.GetProperty(verdict).GetInt32(), Is.EqualTo(verdicts.Count(v => v == verdict)), verdict);
            }

            Assert.That(Verdicts.Sum(v => summary.GetProperty(v).GetInt32()), Is.EqualTo(verdicts.Count));
        }
    }

    [Test]
    public async Task RunAsync_MosulExampleJson_M2IsUnverifiedWithItsEchoE4()
    {
        var run = await CheckMosulAsync(OutputFormat.Json);

        using var json = JsonDocument.Parse(run.Stdout);
        var m2 = Claim(json, "m2");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(m2.GetProperty("verdict").GetString(), Is.EqualTo("unverified"));
            Assert.That(Ids(m2, "echoes"), Is.EqualTo(new[] { "e4" }));
            Assert.That(Ids(m2, "supporting"), Is.Empty, "an echo is never corroboration");
        }
    }

    [Test]
    public async Task RunAsync_MosulExampleJson_M4IsContestedByE5()
    {
        var run = await CheckMosulAsync(OutputFormat.Json);

        using var json = JsonDocument.Parse(run.Stdout);
        var m4 = Claim(json, "m4");
        var contradiction = m4.GetProperty("findings").EnumerateArray()
            .First(f => f.GetProperty("evidence").EnumerateArray().Any(e => e.GetString() == "e5"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(m4.GetProperty("verdict").GetString(), Is.EqualTo("contested"));
            Assert.That(Ids(m4, "conflicting"), Does.Contain("e5"));
            Assert.That(contradiction.GetProperty("outcome").GetString(), Is.EqualTo("contradicts"));
            Assert.That(contradiction.GetProperty("message").GetString(), Does.Contain("US military investigation").And.Contain("105"));
        }
    }

    [Test]
    public async Task RunAsync_MosulExampleJson_IsExactlyWhatVerificationJsonWrites()
    {
        var run = await CheckMosulAsync(OutputFormat.Json);

        var claims = await ClaimsFile.ReadAsync(MosulClaims.FullName);
        var evidence = await ClaimsFile.ReadAsync(MosulEvidence.FullName);
        await using var provider = new ServiceCollection()
            .AddVerification(v => v.AddEvidence(new InMemoryEvidenceSource(evidence.Claims)))
            .BuildServiceProvider();
        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyAsync(claims.Report);
        using var expected = new MemoryStream();
        await VerificationJson.WriteAsync(result, expected);

        Assert.That(run.Stdout, Is.EqualTo(System.Text.Encoding.UTF8.GetString(expected.ToArray())));
    }

    [Test]
    public async Task RunAsync_EvidenceSplitOverTwoFiles_GivesTheSameResultAsOneFile()
    {
        using var temp = new TempDirectory();
        using var all = JsonDocument.Parse(await File.ReadAllTextAsync(MosulEvidence.FullName));
        var evidence = all.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetRawText()).ToList();
        var first = temp.Write("first.json", $$"""{ "claims": [{{string.Join(",", evidence.Take(4))}}] }""");
        var second = temp.Write("second.json", $$"""{ "claims": [{{string.Join(",", evidence.Skip(4))}}] }""");

        var split = await CliRun.CheckAsync(MosulClaims, [first, second], OutputFormat.Json);
        var whole = await CheckMosulAsync(OutputFormat.Json);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(split.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(split.Stdout, Is.EqualTo(whole.Stdout));
        }
    }

    [Test]
    public async Task RunAsync_SameEvidenceFileTwice_ReadsItOnce()
    {
        var twice = await CliRun.CheckAsync(MosulClaims, [MosulEvidence, MosulEvidence], OutputFormat.Json);
        var once = await CheckMosulAsync(OutputFormat.Json);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(twice.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(twice.Stdout, Is.EqualTo(once.Stdout));
        }
    }

    // ---- Bad input -----------------------------------------------------------------------------------

    [Test]
    public async Task RunAsync_ClaimsFileWithManyProblems_ListsEveryProblemAndNothingElse()
    {
        using var temp = new TempDirectory();
        var claims = temp.Write("bad-claims.json", BadFiles.ClaimsWithManyProblems);

        var run = await CliRun.CheckAsync(claims, [MosulEvidence]);

        var lines = run.StderrLines;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(lines, Has.Count.EqualTo(BadFiles.ExpectedProblems.Length));
            Assert.That(lines, Has.All.StartsWith(claims.FullName + ": "), "every problem names the file");
            for (var i = 0; i < Math.Min(lines.Count, BadFiles.ExpectedProblems.Length); i++)
            {
                var (id, field, code) = BadFiles.ExpectedProblems[i];
                Assert.That(lines[i], Does.Contain($"{code}: claim ").And.Contain($" (id '{id}'), field '{field}'"), $"problem {i + 1}");
            }
        }
    }

    [Test]
    public async Task RunAsync_MissingClaimsFile_ExitsTwoNamingIt()
    {
        using var temp = new TempDirectory();
        var missing = temp.Missing("no-such-claims.json");

        var run = await CliRun.CheckAsync(missing, [MosulEvidence]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines, Is.EqualTo(new[] { $"{missing.FullName}: file-missing: the file does not exist." }));
        }
    }

    [Test]
    public async Task RunAsync_MissingEvidenceFileInAMissingDirectory_ExitsTwoNamingIt()
    {
        using var temp = new TempDirectory();
        var missing = new FileInfo(Path.Combine(temp.FullName, "no-such-directory", "evidence.json"));

        var run = await CliRun.CheckAsync(MosulClaims, [MosulEvidence, missing]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines, Is.EqualTo(new[] { $"{missing.FullName}: file-missing: the file does not exist." }));
        }
    }

    [Test]
    public async Task RunAsync_DirectoryInsteadOfAFile_ExitsTwoNamingIt()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.CheckAsync(new FileInfo(temp.FullName), [MosulEvidence]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines, Has.Count.EqualTo(1).And.All.StartsWith(temp.FullName + ": ").And.All.Contain("directory"));
        }
    }

    [Test]
    public async Task RunAsync_InvalidJson_ExitsTwoWithJsonInvalid()
    {
        using var temp = new TempDirectory();
        var claims = temp.Write("truncated.json", BadFiles.Truncated);

        var run = await CliRun.CheckAsync(claims, [MosulEvidence]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines, Has.Count.EqualTo(1));
            Assert.That(run.Stderr, Does.StartWith($"{claims.FullName}: json-invalid: "));
        }
    }

    [Test]
    public async Task RunAsync_BadEvidenceAndBadClaims_ListsTheProblemsOfBoth()
    {
        using var temp = new TempDirectory();
        var claims = temp.Write("bad-claims.json", BadFiles.ClaimsWithManyProblems);
        var goodEvidence = temp.Write("good-evidence.json", BadFiles.OneClaim);
        var badEvidence = temp.Write("bad-evidence.json", BadFiles.EvidenceWithoutSource);
        var brokenEvidence = temp.Write("broken-evidence.json", BadFiles.Truncated);

        var run = await CliRun.CheckAsync(claims, [goodEvidence, badEvidence, brokenEvidence]);

        var lines = run.StderrLines;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(lines.Count(l => l.StartsWith(claims.FullName + ": ", StringComparison.Ordinal)), Is.EqualTo(BadFiles.ExpectedProblems.Length));
            Assert.That(lines, Has.One.StartsWith($"{badEvidence.FullName}: source-missing: claim 1 (id 'x1'), field 'source'"));
            Assert.That(lines, Has.One.StartsWith($"{brokenEvidence.FullName}: json-invalid: "));
            Assert.That(lines, Has.None.Contain(goodEvidence.FullName));
            Assert.That(lines, Has.Count.EqualTo(BadFiles.ExpectedProblems.Length + 2));
        }
    }

    [Test]
    public async Task RunAsync_SameEvidenceIdInTwoFiles_ExitsTwoNamingBothFiles()
    {
        using var temp = new TempDirectory();
        var first = temp.Write("first.json", BadFiles.OneClaim);
        var second = temp.Write("second.json", BadFiles.OneClaim);

        var run = await CliRun.CheckAsync(MosulClaims, [first, second]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines, Has.Count.EqualTo(1));
            Assert.That(run.Stderr, Does.StartWith($"{second.FullName}: id-duplicate: claim 'c1', field 'id'").And.Contain(first.FullName));
        }
    }

    // ---- Cancellation and unexpected failures ----------------------------------------------------------

    [Test]
    public async Task RunAsync_Cancelled_ExitsWithCancelledAndWritesNoResults()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var run = await CliRun.CheckAsync(MosulClaims, [MosulEvidence], OutputFormat.Table, cancelled.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Cancelled));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.Stderr, Does.Contain("cancelled"));
        }
    }

    [Test]
    public async Task RunAsync_WritingTheResultsFails_ExitsOneWithTheError()
    {
        var stdout = new Mock<TextWriter> { CallBase = true };
        stdout.Setup(w => w.WriteAsync(It.IsAny<ReadOnlyMemory<char>>(), It.IsAny<CancellationToken>()))
            .Returns(Task.FromException(new IOException("No space left on device")));
        using var stderr = new StringWriter();

        var exitCode = await CheckCommand.RunAsync(MosulClaims, [MosulEvidence], OutputFormat.Table, stdout.Object, stderr, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
            Assert.That(stderr.ToString(), Does.Contain("unexpected error").And.Contain("No space left on device"));
        }
    }

    private static JsonElement Claim(JsonDocument json, string id) =>
        json.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    private static string?[] Ids(JsonElement claim, string list) =>
        [.. claim.GetProperty(list).EnumerateArray().Select(e => e.GetString())];
}

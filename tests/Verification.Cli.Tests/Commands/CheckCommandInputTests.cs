using System.Text;
using System.Text.Json;
using Verification.Claims;
using Verification.Cli.Tests.TestSupport;
using Verification.Sources;

namespace Verification.Cli.Tests.Commands;

/// <summary><c>verify check</c> on claims files that are bad in ways beyond the claim rules, and on large ones.</summary>
[TestFixture]
public sealed class CheckCommandInputTests
{
    private const string Claim = """{ "id": "c1", "subject": "civilians killed", "figure": "105", "place": "Mosul, Iraq", "period": "2017-03-17", "source": "US military investigation" }""";

    private static string MosulEvidence => Repository.MosulExample("evidence.json").FullName;

    private static Task<CliRun> CheckAsync(string claims, params string[] args) => CliRun.InvokeAsync(["check", claims, "-e", MosulEvidence, .. args]);

    private static string ManyClaims(int count) =>
        "{ \"claims\": [" + string.Join(",\n", Enumerable.Range(0, count).Select(i => Claim.Replace("\"c1\"", $"\"c{i}\"", StringComparison.Ordinal))) + "] }";

    [Test]
    public async Task Check_ClaimsArrayGivenTwice_IsBadInputAndWritesNothing()
    {
        using var temp = new TempDirectory();
        var claims = temp.Write("claims.json", $$"""{ "claims": [ {{Claim}} ], "claims": [] }""");

        var run = await CheckAsync(claims.FullName);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines, Is.EqualTo(new[] { $"{claims.FullName}: key-duplicate: the file gives 'claims' more than once; a key may be given once." }));
        }
    }

    [Test]
    public async Task Check_InvalidUtf8InAClaim_IsBadInputNotAnUnexpectedError()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.FullName, "claims.json");
        await File.WriteAllBytesAsync(path, [.. Encoding.UTF8.GetBytes("{ \"claims\": [ { \"id\": \"c1\", \"subject\": \"civilians killed\", \"source\": \"UN\", \"figure\": \"10"), 0xFF, .. Encoding.UTF8.GetBytes("\" } ] }")]);

        var run = await CheckAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Stderr);
            Assert.That(run.Stderr, Does.Contain("text-invalid").And.Not.Contain("unexpected error"));
        }
    }

    [TestCase("""{ "low": 1e400 }""", "number-not-finite")]
    [TestCase("\"people \\ud800\"", "text-invalid")]
    public async Task Check_FigureThatCannotBeRead_IsBadInputWithItsCode(string figure, string code)
    {
        using var temp = new TempDirectory();
        var claims = temp.Write("claims.json", "{ \"claims\": [ " + Claim.Replace("\"105\"", figure, StringComparison.Ordinal) + " ] }");

        var run = await CheckAsync(claims.FullName);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Stderr);
            Assert.That(run.StderrLines, Has.Count.EqualTo(1));
            Assert.That(run.Stderr, Does.Contain($": {code}: claim 1 (id 'c1'), field 'figure"));
        }
    }

    [Test]
    public async Task Check_DevZero_IsJsonInvalidAtOnce()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Ignore("no /dev/zero here");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var run = await CheckAsync("/dev/zero");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Stderr);
            Assert.That(run.Stderr, Does.StartWith("/dev/zero: json-invalid: "));
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "reading 2 GB first took longer");
        }
    }

    [Test]
    public async Task Check_FileOverMaxInputMb_IsFileTooLarge()
    {
        using var temp = new TempDirectory();
        var claims = temp.Write("claims.json", ManyClaims(8_000));

        var run = await CheckAsync(claims.FullName, "--max-input-mb", "1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new FileInfo(claims.FullName).Length, Is.GreaterThan(1024 * 1024));
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.StderrLines, Has.Count.EqualTo(1));
            Assert.That(run.Stderr, Does.StartWith($"{claims.FullName}: file-too-large: ").And.Contain("1 MB").And.Contain("--max-input-mb"));
        }
    }

    [Test]
    public async Task Check_EvidenceOverMaxInputMb_IsFileTooLarge()
    {
        using var temp = new TempDirectory();
        var claims = temp.Write("claims.json", "{ \"claims\": [ " + Claim + " ] }");
        var evidence = temp.Write("evidence.json", ManyClaims(8_000).Replace("\"c", "\"e", StringComparison.Ordinal));

        var run = await CliRun.InvokeAsync("check", claims.FullName, "-e", evidence.FullName, "--max-input-mb", "1");

        Assert.That(run.Stderr, Does.StartWith($"{evidence.FullName}: file-too-large: "));
    }

    [TestCase("0")]
    [TestCase("-5")]
    public async Task Check_MaxInputMbNotPositive_IsBadInput(string value)
    {
        var run = await CheckAsync(Repository.MosulExample("claims.json").FullName, "--max-input-mb", value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr, Does.StartWith("--max-input-mb: "));
        }
    }

    [Test]
    public async Task Check_ManyClaimsAsJson_WritesEveryResultInFileOrderWithTheSummary()
    {
        using var temp = new TempDirectory();
        var claims = temp.Write("claims.json", ManyClaims(2_000));

        var run = await CheckAsync(claims.FullName, "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var ids = json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString());
        var summary = json.RootElement.GetProperty("summary");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 2_000).Select(i => "c" + i)));
            Assert.That(summary.GetProperty("contested").GetInt32() + summary.GetProperty("corroborated").GetInt32() + summary.GetProperty("unverified").GetInt32(), Is.EqualTo(2_000));
        }
    }

    [TestCase("table")]
    [TestCase("json")]
    public async Task Check_ClaimsStatingDerivations_WritesWhatTheStreamedRunWrites(string format)
    {
        // A claim stating derivations makes the file read whole; one that does not is streamed. Both lay out alike.
        using var temp = new TempDirectory();
        var plain = Repository.MosulExample("claims.json").FullName;
        var text = await File.ReadAllTextAsync(plain);
        var withDerivation = temp.Write("claims.json", text.Replace("\"claims\": [", "\"claims\": [ { \"id\": \"z0\", \"subject\": \"goats counted\", \"figure\": \"3\", \"source\": \"Zoo\", \"derivedFrom\": [\"Farm\"] },", StringComparison.Ordinal));

        var streamed = await CheckAsync(plain, "--format", format);
        var whole = await CheckAsync(withDerivation.FullName, "--format", format);

        Assert.That(whole.ExitCode, Is.EqualTo(ExitCodes.Success), whole.Stderr);
        Assert.That(streamed.ExitCode, Is.EqualTo(ExitCodes.Success), streamed.Stderr);
        if (format == "table")
        {
            var streamedRows = Table.Parse(streamed.Stdout);
            var wholeRows = Table.Parse(whole.Stdout).Where(r => r.Claim != "z0").ToList();
            Assert.That(wholeRows, Is.EqualTo(streamedRows).And.Count.EqualTo(6));
        }
        else
        {
            using var a = JsonDocument.Parse(streamed.Stdout);
            using var b = JsonDocument.Parse(whole.Stdout);
            var streamedClaims = a.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetRawText());
            var wholeClaims = b.RootElement.GetProperty("claims").EnumerateArray().Skip(1).Select(c => c.GetRawText());
            Assert.That(wholeClaims, Is.EqualTo(streamedClaims));
        }
    }
}

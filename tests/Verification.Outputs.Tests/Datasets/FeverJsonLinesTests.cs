using System.Text.Json;
using Verification.Outputs.Datasets;
using Verification.Outputs.Tests.TestSupport;
using Verification.Subjects;
using Verification.Verdicts;

namespace Verification.Outputs.Tests.Datasets;

public sealed class FeverJsonLinesTests
{
    private static JsonElement[] Lines(string text)
    {
        Assert.That(text, Does.EndWith("\n"));
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.Clone();
        })];
    }

    [Test]
    public async Task ToJsonLines_MosulExample_OneLinePerClaimWithItsLabel()
    {
        var lines = Lines(FeverJsonLines.ToJsonLines(await Mosul.ResultAsync()));

        Assert.That(lines.Select(l => l.GetProperty("id").GetString()), Is.EqualTo(new[] { "m1", "m2", "m3", "m4", "m5", "m6" }));
        Assert.That(lines.Select(l => l.GetProperty("label").GetString()), Is.EqualTo(new[]
        {
            "SUPPORTS", "NOT ENOUGH INFO", "SUPPORTS",
            "NOT ENOUGH INFO", // evidence on both sides: FEVER has no class for it
            "NOT ENOUGH INFO", // contested by its own report's flag alone
            "NOT ENOUGH INFO",
        }));
        Assert.That(lines.Select(l => l.GetProperty("verifiable").GetString()), Is.EqualTo(new[] { "VERIFIABLE", "NOT VERIFIABLE", "VERIFIABLE", "NOT VERIFIABLE", "NOT VERIFIABLE", "NOT VERIFIABLE" }));
    }

    [Test]
    public async Task ToJsonLines_Supported_ListsEachSupportingEvidenceAsASet()
    {
        var first = Lines(FeverJsonLines.ToJsonLines(await Mosul.ResultAsync()))[0];

        Assert.That(first.GetProperty("claim").GetString(), Is.EqualTo("According to UNHCR, around 340,000 people fled in Mosul, Nineveh, Iraq from 17 October 2016 to 25 March 2017."));
        Assert.That(first.GetProperty("evidence").GetRawText(), Is.EqualTo("""[[[null,null,"e3",null]]]"""));
    }

    [Test]
    public void ToJsonLines_Refuted_ListsTheConflictingEvidence()
    {
        var refuted = Results.Verify(Results.Claim(), Results.Finding(FindingOutcome.Contradicts, "e5"), Results.Finding(FindingOutcome.Contradicts, "e8"));

        var line = Lines(FeverJsonLines.ToJsonLines(Results.Report(refuted)))[0];

        Assert.That(line.GetProperty("label").GetString(), Is.EqualTo("REFUTES"));
        Assert.That(line.GetProperty("verifiable").GetString(), Is.EqualTo("VERIFIABLE"));
        Assert.That(line.GetProperty("evidence").GetRawText(), Is.EqualTo("""[[[null,null,"e5",null]],[[null,null,"e8",null]]]"""));
    }

    [Test]
    public void ToJsonLines_NotEnoughInfo_ListsNoEvidence()
    {
        var conflicting = Results.Verify(Results.Claim(), Results.Finding(FindingOutcome.Supports, "e1"), Results.Finding(FindingOutcome.Contradicts, "e2"));

        var line = Lines(FeverJsonLines.ToJsonLines(Results.Report(conflicting)))[0];

        Assert.That(line.GetProperty("label").GetString(), Is.EqualTo("NOT ENOUGH INFO"));
        Assert.That(line.GetProperty("evidence").GetArrayLength(), Is.Zero);
    }

    [Test]
    public void ToJsonLines_ClaimWithLineBreaks_StaysOnOneLine()
    {
        var claim = Results.Claim() with { Subject = "people\nfled", Source = "UN\r\nHCR" };

        var text = FeverJsonLines.ToJsonLines(Results.Report(Results.Verify(claim)));

        Assert.That(text.TrimEnd('\n'), Does.Not.Contain("\n").And.Not.Contain("\r"));
    }

    [Test]
    public async Task WriteAsync_MosulExample_WritesWhatToJsonLinesReturns()
    {
        var result = await Mosul.ResultAsync();
        using var stream = new MemoryStream();

        await FeverJsonLines.WriteAsync(result, stream);

        Assert.That(System.Text.Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo(FeverJsonLines.ToJsonLines(result)));
    }
}

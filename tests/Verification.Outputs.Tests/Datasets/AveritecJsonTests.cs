using System.Text.Json;
using Verification.Outputs.Datasets;
using Verification.Outputs.Tests.TestSupport;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.Outputs.Tests.Datasets;

public sealed class AveritecJsonTests
{
    private static async Task<JsonElement[]> MosulAsync()
    {
        using var json = JsonDocument.Parse(AveritecJson.ToJson(await Mosul.ResultAsync(), await Mosul.EvidenceAsync()));
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    [Test]
    public async Task ToJson_MosulExample_LabelsEachClaimByTheBalanceOfItsEvidence()
    {
        var claims = await MosulAsync();

        Assert.That(claims.Select(c => c.GetProperty("claim_id").GetString()), Is.EqualTo(new[] { "m1", "m2", "m3", "m4", "m5", "m6" }));
        Assert.That(claims.Select(c => c.GetProperty("label").GetString()), Is.EqualTo(new[]
        {
            "Supported", "Not Enough Evidence", "Supported", "Conflicting Evidence/Cherrypicking", "Not Enough Evidence", "Not Enough Evidence",
        }));
    }

    [Test]
    public void ToJson_Refuted_IsRefuted()
    {
        var refuted = Results.Verify(Results.Claim(), Results.Finding(FindingOutcome.Contradicts, "e5"));

        using var json = JsonDocument.Parse(AveritecJson.ToJson(Results.Report(refuted), []));

        Assert.That(json.RootElement[0].GetProperty("label").GetString(), Is.EqualTo("Refuted"));
    }

    [Test]
    public async Task ToJson_MosulClaim_HasAVeriTeCsFields()
    {
        var result = await Mosul.ResultAsync();
        var m1 = (await MosulAsync())[0];

        Assert.That(m1.GetProperty("claim").GetString(), Is.EqualTo("According to UNHCR, around 340,000 people fled in Mosul, Nineveh, Iraq from 17 October 2016 to 25 March 2017."));
        Assert.That(m1.GetProperty("required_reannotation").GetBoolean(), Is.False);
        Assert.That(m1.GetProperty("justification").GetString(), Is.EqualTo(result.Claims[0].Reason));
        Assert.That(m1.GetProperty("claim_date").GetString(), Is.EqualTo("25-3-2017"));
        Assert.That(m1.GetProperty("speaker").GetString(), Is.EqualTo("UNHCR"));
        Assert.That(m1.GetProperty("reporting_source").GetString(), Is.EqualTo("Online news report, 2017-03-25"));
        Assert.That(m1.GetProperty("original_claim_url").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(m1.GetProperty("location_ISO_code").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(m1.GetProperty("claim_types").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "Numerical Claim" }));
        Assert.That(m1.GetProperty("fact_checking_strategies").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "Numerical Comparison" }));
    }

    [Test]
    public async Task ToJson_ClaimWithoutFigure_IsAnEventClaim()
    {
        var m6 = (await MosulAsync())[5];

        Assert.That(m6.GetProperty("claim_types")[0].GetString(), Is.EqualTo("Event/Property Claim"));
        Assert.That(m6.GetProperty("fact_checking_strategies")[0].GetString(), Is.EqualTo("Written Evidence"));
        Assert.That(m6.GetProperty("questions").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task ToJson_ContestedClaim_AsksOneQuestionPerDecidingEvidenceConflictsFirst()
    {
        var m4 = (await MosulAsync())[3];
        var questions = m4.GetProperty("questions").EnumerateArray().ToArray();

        Assert.That(questions.Select(q => q.GetProperty("answers")[0].GetProperty("answer").GetString()), Is.EqualTo(new[] { "105", "160", "as many as 240", "at least 61" }));
        Assert.That(questions[0].GetProperty("question").GetString(), Is.EqualTo("What figure did US military investigation give for civilian deaths in al-Jadida, West Mosul, Mosul, Nineveh, Iraq on 17 March 2017?"));
        Assert.That(questions[0].GetProperty("answers")[0].GetProperty("answer").GetString(), Is.EqualTo("105"));
        Assert.That(questions[0].GetProperty("answers")[0].GetProperty("answer_type").GetString(), Is.EqualTo("Extractive"));
    }

    [Test]
    public async Task ToJson_EchoOnly_AsksNoQuestion()
    {
        var m2 = (await MosulAsync())[1];

        Assert.That(m2.GetProperty("questions").GetArrayLength(), Is.Zero, "e4 only repeats UNHCR");
    }

    [Test]
    public void ToJson_EvidenceWithAUrlField_GivesItAsTheAnswersSource()
    {
        var evidence = new ClaimBuilder("e1").WithFigure("255,000").WithSubject("people fled").WithSource("OCHA").WithMetadata("url", "\"https://ocha.example/flash-update\"").Build();
        var missing = "e9";
        var result = Results.Verify(Results.Claim(), Results.Finding(FindingOutcome.Supports, "e1"), Results.Finding(FindingOutcome.Supports, missing));

        using var json = JsonDocument.Parse(AveritecJson.ToJson(Results.Report(result), [evidence]));
        var questions = json.RootElement[0].GetProperty("questions");

        Assert.That(questions.GetArrayLength(), Is.EqualTo(1), "evidence not given asks nothing");
        Assert.That(questions[0].GetProperty("answers")[0].GetProperty("source_url").GetString(), Is.EqualTo("https://ocha.example/flash-update"));
    }

    [Test]
    public void ToJson_TwoEvidenceClaimsWithOneId_Throws()
    {
        var e = new ClaimBuilder("e1").Build();

        Assert.That(() => AveritecJson.ToJson(Results.Report(Results.Verify(Results.Claim())), [e, e]), Throws.ArgumentException.With.Message.Contains("'e1'"));
    }
}

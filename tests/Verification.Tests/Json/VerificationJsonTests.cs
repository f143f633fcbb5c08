using System.Text;
using System.Text.Json;
using Verification.Json;
using Verification.Measures;
using Verification.Places;
using Verification.Subjects;
using Verification.Verdicts;

namespace Verification.Tests.Json;

public sealed class VerificationJsonTests
{
    private static readonly Finding Supports = new("FigureAgreement", FindingOutcome.Supports, "UNHCR's 'about 270,000' (243,000–297,000) agrees with IOM's 255,000.")
    {
        Evidence = ["e4"],
        Origins = ["iom"],
    };

    private static ReportVerification Result(params ClaimVerification[] claims) =>
        new(Claims.Report([.. claims.Select(c => c.Claim)]), claims);

    private static ClaimVerification Corroborated(string id = "c1") =>
        new(Claims.Of(id, "about 270,000"), Verdict.Corroborated, [Supports]);

    private static JsonElement FirstClaim(ReportVerification result) =>
        JsonDocument.Parse(VerificationJson.ToJson(result)).RootElement.GetProperty("claims")[0];

    [Test]
    public void ToJson_Claim_HasIdVerdictAndReason()
    {
        var claim = FirstClaim(Result(Corroborated()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.GetProperty("id").GetString(), Is.EqualTo("c1"));
            Assert.That(claim.GetProperty("verdict").GetString(), Is.EqualTo("corroborated"));
            Assert.That(claim.GetProperty("reason").GetString(), Is.EqualTo(Supports.Message));
        }
    }

    [TestCase(Verdict.Contested, "contested")]
    [TestCase(Verdict.Unverified, "unverified")]
    public void ToJson_Verdict_IsLowerCase(Verdict verdict, string expected)
    {
        var claim = FirstClaim(Result(new ClaimVerification(Claims.Of("c1"), verdict, [])));

        Assert.That(claim.GetProperty("verdict").GetString(), Is.EqualTo(expected));
    }

    [Test]
    public void ToJson_Figure_HasTextLowAndHigh()
    {
        var figure = FirstClaim(Result(Corroborated())).GetProperty("figure");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.GetProperty("text").GetString(), Is.EqualTo("about 270,000"));
            Assert.That(figure.GetProperty("low").GetDouble(), Is.EqualTo(243_000));
            Assert.That(figure.GetProperty("high").GetDouble(), Is.EqualTo(297_000));
        }
    }

    [Test]
    public void ToJson_UnboundedFigure_HasNullHigh()
    {
        var figure = FirstClaim(Result(new ClaimVerification(Claims.Of("c1", "at least 440"), Verdict.Unverified, []))).GetProperty("figure");

        Assert.That(figure.GetProperty("high").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void ToJson_ClaimWithoutFigure_HasNoFigureField()
    {
        var claim = FirstClaim(Result(new ClaimVerification(Claims.Of("c1", figure: null), Verdict.Unverified, [])));

        Assert.That(claim.TryGetProperty("figure", out _), Is.False);
    }

    [Test]
    public void ToJson_EvidenceLists_AreWrittenByRole()
    {
        Finding[] findings =
        [
            Supports,
            new("FigureAgreement", FindingOutcome.Contradicts, "conflicts") { Evidence = ["e7"] },
            new("FigureAgreement", FindingOutcome.Note, "echo") { Echoes = ["e2"] },
            new("FigureAgreement", FindingOutcome.Note, "later") { NotComparable = ["e9"] },
        ];

        var claim = FirstClaim(Result(new ClaimVerification(Claims.Of("c1"), Verdict.Contested, findings)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Ids(claim, "supporting"), Is.EqualTo(new[] { "e4" }));
            Assert.That(Ids(claim, "conflicting"), Is.EqualTo(new[] { "e7" }));
            Assert.That(Ids(claim, "echoes"), Is.EqualTo(new[] { "e2" }));
            Assert.That(Ids(claim, "notComparable"), Is.EqualTo(new[] { "e9" }));
        }
    }

    [Test]
    public void ToJson_Finding_HasValidatorOutcomeEvidenceAndMessage()
    {
        var finding = FirstClaim(Result(Corroborated())).GetProperty("findings")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(finding.GetProperty("validator").GetString(), Is.EqualTo("FigureAgreement"));
            Assert.That(finding.GetProperty("outcome").GetString(), Is.EqualTo("supports"));
            Assert.That(Ids(finding, "evidence"), Is.EqualTo(new[] { "e4" }));
            Assert.That(finding.GetProperty("message").GetString(), Is.EqualTo(Supports.Message));
        }
    }

    [Test]
    public void ToJson_Summary_CountsEachVerdict()
    {
        var result = Result(
            Corroborated("c1"),
            Corroborated("c2"),
            new ClaimVerification(Claims.Of("c3"), Verdict.Contested, []),
            new ClaimVerification(Claims.Of("c4"), Verdict.Unverified, []),
            new ClaimVerification(Claims.Of("c5"), Verdict.Unverified, []),
            new ClaimVerification(Claims.Of("c6"), Verdict.Unverified, []));

        var summary = JsonDocument.Parse(VerificationJson.ToJson(result)).RootElement.GetProperty("summary");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.GetProperty("corroborated").GetInt32(), Is.EqualTo(2));
            Assert.That(summary.GetProperty("contested").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("unverified").GetInt32(), Is.EqualTo(3));
        }
    }

    [Test]
    public void ToJson_Claims_KeepTheirOrder()
    {
        var json = JsonDocument.Parse(VerificationJson.ToJson(Result(Corroborated("c2"), Corroborated("c1")))).RootElement;

        Assert.That(json.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString()), Is.EqualTo(new[] { "c2", "c1" }));
    }

    [Test]
    public void ToJson_NonAsciiText_IsWrittenAsIs()
    {
        var json = VerificationJson.ToJson(Result(Corroborated()));

        Assert.That(json, Does.Contain("243,000–297,000").And.Contain("UNHCR's"));
    }

    [Test]
    public async Task WriteAsync_WritesTheSameJsonAsToJson()
    {
        var result = Result(Corroborated("c1"), new ClaimVerification(Claims.Of("c2", "at least 440"), Verdict.Contested, []));
        using var stream = new MemoryStream();

        await VerificationJson.WriteAsync(result, stream);

        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo(VerificationJson.ToJson(result)));
    }

    [Test]
    public async Task WriteAsync_LeavesTheStreamOpen()
    {
        using var stream = new MemoryStream();

        await VerificationJson.WriteAsync(Result(Corroborated()), stream);

        Assert.That(stream.CanWrite, Is.True);
    }

    private static string?[] Ids(JsonElement element, string name) =>
        [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetString())];

    [Test]
    public async Task ToJson_VerifiedClaim_HasSubjectTagAndMeasure()
    {
        var result = await Verifiers.BuiltIn([]).VerifyAsync(Claims.Report(Claims.Of("c1", subject: "civilians reported killed", period: "2017-03-17")));

        var claim = FirstClaim(result);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.GetProperty("subjectTag").GetString(), Is.EqualTo("#affected+killed+civilians"));
            Assert.That(claim.GetProperty("measure").GetString(), Is.EqualTo("incident"));
        }
    }

    [Test]
    public void ToJson_ResultMadeWithoutTheEngine_HasNoSubjectTagOrMeasure()
    {
        var claim = FirstClaim(Result(Corroborated()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.TryGetProperty("subjectTag", out _), Is.False);
            Assert.That(claim.TryGetProperty("measure", out _), Is.False);
        }
    }

    [Test]
    public void ToJson_FindingWithCodeAndState_WritesThemWithSeverity()
    {
        var finding = new Finding("FigureAgreement", FindingOutcome.Contradicts, "differs")
        {
            Code = FindingCodes.FigureConflicts,
            State = new FigureComparisonState("e1", false, Measure.Total, "running totals", SubjectRelation.Unspecified, PlaceRelation.Within),
            Evidence = ["e1"],
        };

        var written = FirstClaim(Result(new ClaimVerification(Claims.Of("c1", "105"), Verdict.Contested, [finding]))).GetProperty("findings")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(written.GetProperty("code").GetString(), Is.EqualTo("figure-conflicts"));
            Assert.That(written.GetProperty("severity").GetString(), Is.EqualTo("warning"));
            var state = written.GetProperty("state");
            Assert.That(state.GetProperty("evidenceId").GetString(), Is.EqualTo("e1"));
            Assert.That(state.GetProperty("agrees").GetBoolean(), Is.False);
            Assert.That(state.GetProperty("measure").GetString(), Is.EqualTo("total"));
            Assert.That(state.GetProperty("subject").GetString(), Is.EqualTo("unspecified"));
            Assert.That(state.GetProperty("place").GetString(), Is.EqualTo("within"));
        }
    }

    [Test]
    public void ToJson_FindingWithoutCodeOrState_LeavesThemOut()
    {
        var written = FirstClaim(Result(Corroborated())).GetProperty("findings")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(written.TryGetProperty("code", out _), Is.False);
            Assert.That(written.TryGetProperty("state", out _), Is.False);
            Assert.That(written.GetProperty("severity").GetString(), Is.EqualTo("information"));
        }
    }
}

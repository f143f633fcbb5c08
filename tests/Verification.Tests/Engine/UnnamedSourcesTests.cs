using Moq;
using Verification.Claims;
using Verification.Engine;
using Verification.Evidence;
using Verification.Sources;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Engine;

/// <summary>Unnamed sources ("officials", "witnesses") are not an identity: two claims from them are two reports, and a
/// verdict resting only on them says so. Each case runs over indexed evidence and over the same evidence handed over as
/// a plain list, which the engine resolves claim by claim.</summary>
public sealed class UnnamedSourcesTests
{
    private static readonly string[] Ways = ["indexed", "plain"];

    private static ClaimVerifier Verifier(string way, IReadOnlyList<Claim> evidence, Action<VerificationOptions>? configure = null)
    {
        if (way == "indexed")
        {
            return Verifiers.BuiltIn(evidence, configure);
        }

        var source = new Mock<IEvidenceSource>(MockBehavior.Strict);
        source.Setup(s => s.GetDerivationsAsync(It.IsAny<VerificationOptions>(), It.IsAny<CancellationToken>()))
            .Returns(new ValueTask<IReadOnlyList<Claim>>([.. evidence.Where(c => c.DerivedFrom.Count > 0)]));
        source.Setup(s => s.FindCandidatesAsync(It.IsAny<EvidenceQuery>(), It.IsAny<CancellationToken>()))
            .Returns(new ValueTask<IReadOnlyList<Claim>>([.. evidence]));
        return Verifiers.With(
            [new FigureAgreementValidator(), new ReportFlagValidator(), new PartWholeValidator()],
            [source.Object],
            configure);
    }

    private static Task<ClaimVerification> VerifyAsync(string way, Claim claim, IReadOnlyList<Claim> evidence, Action<VerificationOptions>? configure = null) =>
        Verifier(way, evidence, configure).VerifyClaimAsync(claim);

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_TwoClaimsFromOfficialsWithTheSameFigure_AreCorroboratedNotEchoes(string way)
    {
        var result = await VerifyAsync(way, Claims.Of("c1", "240", source: "officials"), [Claims.Of("e1", "240", source: "Officials")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.Supporting, Is.EqualTo(new[] { "e1" }));
            Assert.That(result.Echoes, Is.Empty);
        }
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_OneSentenceOfAnUnnamedSourceCarriedByTwoOutlets_IsAnEcho(string way)
    {
        const string Quote = "The number killed has risen to 79, a hospital official told Reuters on Friday.";
        var result = await VerifyAsync(
            way,
            Claims.Of("c1", "79", source: "hospital official") with { Quote = Quote, ReportedIn = "Outlet A (Reuters)" },
            [Claims.Of("e1", "79", source: "hospital official") with { Quote = Quote, ReportedIn = "Outlet B (Reuters)" }]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Echoes, Is.EqualTo(new[] { "e1" }));
            Assert.That(result.Supporting, Is.Empty);
        }
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_CorroboratedOnlyByUnnamedSources_ReasonSaysSo(string way)
    {
        var result = await VerifyAsync(way, Claims.Of("c1", "240", source: "UNHCR"), [Claims.Of("e1", "240", source: "local officials and residents")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RestsOnUnnamedSources, Is.True);
            Assert.That(result.Reason, Does.EndWith("(the only independent figures come from unnamed sources)."));
        }
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_ContestedOnlyByAnUnnamedSource_ReasonSaysSo(string way)
    {
        var evidence = new[] { Claims.Of("e1", "105", source: "US military investigation"), Claims.Of("e2", "240", source: "witnesses") };

        var result = await VerifyAsync(way, Claims.Of("c1", "105", source: "Iraqi military"), evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
            Assert.That(result.Reason, Does.EndWith("(the conflicting figures come only from unnamed sources)."));
        }
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_NamedAndUnnamedSupport_ReasonIsTheFirstSupportAsItIs(string way)
    {
        var evidence = new[] { Claims.Of("e1", "240", source: "witnesses"), Claims.Of("e2", "240", source: "Nineveh health official") };

        var result = await VerifyAsync(way, Claims.Of("c1", "240", source: "UNHCR"), evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RestsOnUnnamedSources, Is.False);
            Assert.That(result.Reason, Is.EqualTo(result.Findings.First(f => f.Outcome == FindingOutcome.Supports).Message));
        }
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_TwoOriginsRequiredAndTwoUnnamedReportsAgree_IsCorroborated(string way)
    {
        var evidence = new[] { Claims.Of("e1", "240", source: "officials"), Claims.Of("e2", "240", source: "officials") };

        var result = await VerifyAsync(way, Claims.Of("c1", "240", source: "UNHCR"), evidence, o => o.MinIndependentOrigins = 2);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_OutletsRelayingUnnamedSources_AreIndependent(string way)
    {
        var evidence = new[] { Claims.Of("e1", "240", source: "Reuters", derivedFrom: ["witnesses"]) };

        var result = await VerifyAsync(way, Claims.Of("c1", "240", source: "AFP", derivedFrom: ["witnesses"]), evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.Echoes, Is.Empty);
        }
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_TheSameClaimFromAnUnnamedSourceAsEvidence_IsAnEcho(string way)
    {
        var claim = Claims.Of("c1", "240", source: "officials");

        var result = await VerifyAsync(way, claim, [claim with { }]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Echoes, Is.EqualTo(new[] { "c1" }));
            Assert.That(result.Findings.Single(f => f.Echoes.Count > 0).Message, Does.Contain("repeats the figure of officials, the claim's own origin"));
        }
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_NamedSourceRepeated_IsStillAnEcho(string way)
    {
        var result = await VerifyAsync(way, Claims.Of("c1", "240", source: "Nineveh health official"), [Claims.Of("e1", "240", source: "Reuters", derivedFrom: ["Nineveh Health Official"])]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Echoes, Is.EqualTo(new[] { "e1" }));
        }
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_WithoutGenericWords_UnnamedSourcesAreOneOrigin(string way)
    {
        var result = await VerifyAsync(way, Claims.Of("c1", "240", source: "officials"), [Claims.Of("e1", "240", source: "officials")], o => o.GenericSourceWords = GenericSourceWords.Empty);

        Assert.That(result.Echoes, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public async Task VerifyAsync_ReportDerivingFromAnUnnamedSource_DoesNotRerouteTheOutletsOtherFigures()
    {
        // The report says Rudaw's figure came from unnamed officials: Rudaw's figure in the evidence is still Rudaw's own.
        var report = Claims.Report(Claims.Of("c1", "240", source: "Rudaw"), Claims.Of("c2", "240", source: "Rudaw", derivedFrom: ["officials"]));

        var result = await Verifier("indexed", [Claims.Of("e1", "240", source: "Rudaw")]).VerifyAsync(report);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Claims[0].Echoes, Is.EqualTo(new[] { "e1" }));
            Assert.That(result.Claims[1].Supporting, Is.EqualTo(new[] { "e1" }));
        }
    }
}

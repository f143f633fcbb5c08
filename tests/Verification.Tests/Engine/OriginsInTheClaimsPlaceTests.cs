using Moq;
using Verification.Claims;
using Verification.Evidence;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Engine;

/// <summary>A body or office named without its jurisdiction ("the Health Ministry") is the one of the claim's place, and
/// one origin under its several names. Each case runs over indexed evidence and over the same evidence handed over as a
/// plain list, which the engine resolves claim by claim.</summary>
public sealed class OriginsInTheClaimsPlaceTests
{
    private static readonly string[] Ways = ["indexed", "plain"];

    private static Claim Killed(string id, string figure, string source, string place = "Sanaa, Yemen", params string[] derivedFrom) =>
        Claims.Of(id, figure, source, subject: "people killed", place: place, period: "2018-08-09", derivedFrom: derivedFrom);

    private static Task<ClaimVerification> VerifyAsync(string way, Claim claim, IReadOnlyList<Claim> evidence)
    {
        if (way == "indexed")
        {
            return Verifiers.BuiltIn(evidence).VerifyClaimAsync(claim);
        }

        var source = new Mock<IEvidenceSource>(MockBehavior.Strict);
        source.Setup(s => s.GetDerivationsAsync(It.IsAny<VerificationOptions>(), It.IsAny<CancellationToken>()))
            .Returns(new ValueTask<IReadOnlyList<Claim>>([.. evidence.Where(c => c.DerivedFrom.Count > 0)]));
        source.Setup(s => s.FindCandidatesAsync(It.IsAny<EvidenceQuery>(), It.IsAny<CancellationToken>()))
            .Returns(new ValueTask<IReadOnlyList<Claim>>([.. evidence]));
        return Verifiers.With([new FigureAgreementValidator(), new ReportFlagValidator(), new PartWholeValidator()], [source.Object]).VerifyClaimAsync(claim);
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_MinistryUnderAnotherName_IsAnEchoNamedAsTheClaimWritesIt(string way)
    {
        var result = await VerifyAsync(way, Killed("c1", "at least 43", "Health Ministry"), [Killed("e1", "at least 50", "Yemen's rebel-run health ministry")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Echoes, Is.EqualTo(new[] { "e1" }));
            Assert.That(result.Findings.Select(f => f.Message), Has.Some.Contains("repeats the figure of Health Ministry, the claim's own origin"));
        }
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_OutletRelayingTheMinistry_IsAnEcho(string way)
    {
        var result = await VerifyAsync(way, Killed("c1", "43", "Yemeni Health Ministry"), [Killed("e1", "43", "Saba", derivedFrom: "the health ministry")]);

        Assert.That(result.Echoes, Is.EqualTo(new[] { "e1" }));
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_NamedAndUnnamedInformationMinister_AreOneOrigin(string way)
    {
        var result = await VerifyAsync(way, Killed("c1", "358", "the information minister", "Mogadishu, Somalia"), [Killed("e1", "276", "Information Minister Ahmed Hassan", "Mogadishu, Somalia")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.Not.EqualTo(Verdict.Contested));
            Assert.That(result.Echoes, Is.EqualTo(new[] { "e1" }));
        }
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_TwoNamedGovernors_AreIndependent(string way)
    {
        var result = await VerifyAsync(way, Killed("c1", "50", "Governor Oleh Petrenko", "Izium, Ukraine"), [Killed("e1", "50", "Ivan Kovalenko, governor of the region", "Izium, Ukraine")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.Echoes, Is.Empty);
        }
    }

    [TestCaseSource(nameof(Ways))]
    public async Task VerifyAsync_HealthAuthoritiesInTwoReports_AreStillTwoUnnamedOrigins(string way)
    {
        var result = await VerifyAsync(way, Killed("c1", "43", "health authorities"), [Killed("e1", "43", "health authorities")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.RestsOnUnnamedSources, Is.True);
        }
    }
}

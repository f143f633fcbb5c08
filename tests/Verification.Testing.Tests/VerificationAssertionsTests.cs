using Moq;
using Verification.Claims;
using Verification.Engine;
using Verification.Json;
using Verification.Verdicts;

namespace Verification.Testing.Tests;

public sealed class VerificationAssertionsTests
{
    private static readonly Claim Dozens = Mosul.AlJadidaDozens().Build();

    [Test]
    public async Task ShouldBeContestedAsync_Contested_ReturnsTheVerificationAfterOneCall()
    {
        var expected = VerificationTextTests.Contested();
        var verifier = Verifier(Dozens, expected);

        var result = await Dozens.ShouldBeContestedAsync(verifier.Object);

        Assert.That(result, Is.SameAs(expected));
        verifier.Verify(v => v.VerifyClaimAsync(Dozens, null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task ShouldBeCorroboratedAsync_Contested_ThrowsWithVerdictReasonAndFindings()
    {
        var verifier = Verifier(Dozens, VerificationTextTests.Contested());

        var e = await Assert.ThrowsAsync<VerificationAssertionException>(() => Dozens.ShouldBeCorroboratedAsync(verifier.Object));

        Assert.That(e!.Message, Does.StartWith("Expected claim 'm4' to be corroborated, but it is contested: 'dozens' conflicts with 105"));
        Assert.That(e.Message, Does.Contain("[FigureAgreement] contradicts: 'dozens' conflicts with 105 (evidence: e5)"));
        Assert.That(e.Failures.Select(f => f.Claim.Id), Is.EqualTo(new[] { "m4" }));
    }

    [Test]
    public async Task ShouldBeCorroboratedAsync_TestVerifier_ShowsTheEvidenceInFull()
    {
        var verifier = TestVerifier.Create(new TestEvidence().Add(Mosul.UsInvestigation105()));

        var e = await Assert.ThrowsAsync<VerificationAssertionException>(() => Dozens.ShouldBeCorroboratedAsync(verifier));

        Assert.That(e!.Message, Does.Contain("conflicting: e5: 105 civilian deaths; place: al-Jadida, West Mosul, Mosul, Iraq; period: 2017-03-17; source: US military investigation"));
    }

    [Test]
    public void ShouldBeCorroboratedAsync_CancelledToken_PassesItToTheVerifier()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        verifier.Setup(v => v.VerifyClaimAsync(Dozens, null, cts.Token)).ThrowsAsync(new OperationCanceledException(cts.Token));

        Assert.That(() => Dozens.ShouldBeCorroboratedAsync(verifier.Object, cts.Token), Throws.Exception.AssignableTo<OperationCanceledException>());
    }

    [Test]
    public void ShouldNotBeContestedAsync_Contested_ThrowsSayingNot()
    {
        var verifier = Verifier(Dozens, VerificationTextTests.Contested());

        Assert.That(() => Dozens.ShouldNotBeContestedAsync(verifier.Object),
            Throws.TypeOf<VerificationAssertionException>().With.Message.StartsWith("Expected claim 'm4' not to be contested, but it is contested"));
    }

    [Test]
    public async Task ShouldNotBeCorroboratedAsync_Contested_ReturnsTheVerification()
    {
        var expected = VerificationTextTests.Contested();
        var verifier = Verifier(Dozens, expected);

        var result = await Dozens.ShouldNotBeCorroboratedAsync(verifier.Object);

        Assert.That(result, Is.SameAs(expected));
    }

    [Test]
    public void ShouldNotBeCorroboratedAsync_Corroborated_ThrowsSayingNot()
    {
        var verifier = Verifier(Dozens, Corroborated());

        Assert.That(() => Dozens.ShouldNotBeCorroboratedAsync(verifier.Object),
            Throws.TypeOf<VerificationAssertionException>().With.Message.StartsWith("Expected claim 'm4' not to be corroborated, but it is corroborated"));
    }

    [Test]
    public async Task ShouldNotBeUnverifiedAsync_Contested_ReturnsTheVerification()
    {
        var expected = VerificationTextTests.Contested();
        var verifier = Verifier(Dozens, expected);

        var result = await Dozens.ShouldNotBeUnverifiedAsync(verifier.Object);

        Assert.That(result, Is.SameAs(expected));
    }

    [Test]
    public void ShouldNotBeUnverifiedAsync_NoEvidence_ThrowsSayingNot()
    {
        var verifier = TestVerifier.Create(new TestEvidence());

        Assert.That(() => Dozens.ShouldNotBeUnverifiedAsync(verifier),
            Throws.TypeOf<VerificationAssertionException>().With.Message.StartsWith("Expected claim 'm4' not to be unverified, but it is unverified"));
    }

    [Test]
    public void ShouldNotBeCorroborated_Result_ChecksWithoutAVerifier()
    {
        var contested = VerificationTextTests.Contested();
        var corroborated = Corroborated();

        Assert.That(contested.ShouldNotBeCorroborated(), Is.SameAs(contested));
        Assert.That(() => corroborated.ShouldNotBeCorroborated(),
            Throws.TypeOf<VerificationAssertionException>().With.Property(nameof(VerificationAssertionException.Failures)).EqualTo(new[] { corroborated }));
    }

    [Test]
    public void ShouldNotBeUnverified_Result_ChecksWithoutAVerifier()
    {
        var contested = VerificationTextTests.Contested();
        var unverified = ClaimVerification.FromFindings(Dozens, []);

        Assert.That(contested.ShouldNotBeUnverified(), Is.SameAs(contested));
        Assert.That(() => unverified.ShouldNotBeUnverified(),
            Throws.TypeOf<VerificationAssertionException>().With.Message.StartsWith("Expected claim 'm4' not to be unverified"));
    }

    [Test]
    public async Task ShouldBeUnverifiedAsync_NoEvidence_Passes()
    {
        var verifier = TestVerifier.Create(new TestEvidence());

        var result = await Dozens.ShouldBeUnverifiedAsync(verifier);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public void ShouldHaveVerdictAsync_Another_Throws()
    {
        var verifier = TestVerifier.Create(new TestEvidence());

        Assert.That(() => Dozens.ShouldHaveVerdictAsync(Verdict.Corroborated, verifier),
            Throws.TypeOf<VerificationAssertionException>().With.Message.Contains("but it is unverified"));
    }

    [Test]
    public void ShouldBeCorroborated_Result_ChecksWithoutAVerifier()
    {
        var result = VerificationTextTests.Contested();

        Assert.That(result.ShouldBeContested(), Is.SameAs(result));
        Assert.That(() => result.ShouldBeCorroborated(), Throws.TypeOf<VerificationAssertionException>());
        Assert.That(() => result.ShouldBeUnverified(), Throws.TypeOf<VerificationAssertionException>());
        Assert.That(() => result.ShouldNotBeContested(), Throws.TypeOf<VerificationAssertionException>());
        Assert.That(result.ShouldHaveVerdict(Verdict.Contested), Is.SameAs(result));
    }

    [Test]
    public async Task ShouldHaveNoContestedClaimsAsync_ExampleReport_ListsEachContestedClaimWithFindings()
    {
        var verifier = TestVerifier.FromEvidenceFile(Mosul.EvidencePath);
        var report = ClaimsFile.Read(Mosul.ClaimsPath).Report;

        var e = await Assert.ThrowsAsync<VerificationAssertionException>(() => report.ShouldHaveNoContestedClaimsAsync(verifier));

        Assert.That(e!.Message, Does.StartWith("Expected no claim of report 'mosul-air-raids-2017-03-25' to be contested, but 2 of 6 are: m4, m5."));
        Assert.That(e.Message, Does.Contain("m4: 'dozens' (24–99) civilians killed"));
        Assert.That(e.Message, Does.Contain("m5: 'at least 440+' (at least 440) civilians killed"));
        Assert.That(e.Message, Does.Contain("[ReportFlag] contradicts"));
        Assert.That(e.Failures.Select(f => f.Claim.Id), Is.EqualTo(new[] { "m4", "m5" }));
    }

    [Test]
    public async Task ShouldHaveOnlyCorroboratedClaimsAsync_ExampleReport_ListsEveryOtherClaim()
    {
        var verifier = TestVerifier.FromEvidenceFile(Mosul.EvidencePath);
        var report = ClaimsFile.Read(Mosul.ClaimsPath).Report;

        var e = await Assert.ThrowsAsync<VerificationAssertionException>(() => report.ShouldHaveOnlyCorroboratedClaimsAsync(verifier));

        Assert.That(e!.Message, Does.StartWith("Expected every claim of report 'mosul-air-raids-2017-03-25' to be corroborated, but 4 of 6 are not: m2, m4, m5, m6."));
    }

    [Test]
    public async Task ShouldHaveNoClaimsWithVerdictAsync_NoneHasIt_ReturnsTheReportVerification()
    {
        var verifier = TestVerifier.Create(new TestEvidence());
        var report = new ReportBuilder().WithClaim(Dozens).Build();

        var result = await report.ShouldHaveNoClaimsWithVerdictAsync(Verdict.Contested, verifier);

        Assert.That(result.Unverified, Is.EqualTo(1));
    }

    [Test]
    public void ShouldHaveNoContestedClaims_ReportVerification_ThrowsWithOneFailure()
    {
        var result = new ReportVerification(new ReportBuilder().WithClaim(Dozens).Build(), [VerificationTextTests.Contested()]);

        Assert.That(() => result.ShouldHaveNoContestedClaims(), Throws.TypeOf<VerificationAssertionException>().With.Message.Contains("but 1 of 1 is: m4."));
        Assert.That(() => result.ShouldHaveOnlyCorroboratedClaims(), Throws.TypeOf<VerificationAssertionException>());
        Assert.That(result.ShouldHaveNoClaimsWithVerdict(Verdict.Unverified), Is.SameAs(result));
    }

    [Test]
    public void ShouldBeCorroboratedAsync_NullVerifier_Throws()
    {
        Assert.That(() => Dozens.ShouldBeCorroboratedAsync(null!), Throws.ArgumentNullException);
    }

    private static Mock<IClaimVerifier> Verifier(Claim claim, ClaimVerification result)
    {
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        verifier.Setup(v => v.VerifyClaimAsync(claim, null, It.IsAny<CancellationToken>())).ReturnsAsync(result);
        return verifier;
    }

    private static ClaimVerification Corroborated() => ClaimVerification.FromFindings(
        Dozens, [new Finding("FigureAgreement", FindingOutcome.Supports, "'dozens' agrees with 'as many as 240'") { Evidence = ["e6"] }]);
}

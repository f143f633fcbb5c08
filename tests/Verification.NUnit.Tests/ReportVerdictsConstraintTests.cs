using Moq;
using Verification.Engine;
using Verification.Json;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.NUnit.Tests;

public sealed class ReportVerdictsConstraintTests
{
    private static ReportVerification Example() =>
        Mosul.Verifier.VerifyAsync(ClaimsFile.Read(Mosul.ClaimsPath).Report).GetAwaiter().GetResult();

    [Test]
    public void NoContestedClaims_ExampleReport_FailsListingEachContestedClaimWithFindings()
    {
        var result = Messages.Apply(Has.NoContestedClaims().By(Mosul.Verifier), Example());

        var message = Messages.Of(result);
        Assert.That(result.IsSuccess, Is.False);
        Assert.That(message, Does.Contain("Expected: no claim contested"));
        Assert.That(message, Does.Contain("report 'mosul-air-raids-2017-03-25': 2 of 6 claims are contested: m4, m5"));
        Assert.That(message, Does.Contain("m4: 'dozens' (24–99) civilians killed"));
        Assert.That(message, Does.Contain("conflicting: e5: 105 civilian deaths"));
        Assert.That(message, Does.Contain("m5: 'at least 440+' (at least 440) civilians killed"));
        Assert.That(message, Does.Contain("[ReportFlag] contradicts"));
        Assert.That(message, Does.Not.Contain("m1: "));
    }

    [Test]
    public void OnlyCorroboratedClaims_ExampleReport_FailsListingTheOthers()
    {
        var message = Messages.Of(Messages.Apply(Has.OnlyCorroboratedClaims(), Example()));

        Assert.That(message, Does.Contain("4 of 6 claims are not corroborated: m2, m4, m5, m6"));
    }

    [Test]
    public void NoUnverifiedClaims_OneUnverified_FailsSayingIs()
    {
        var unverified = ClaimVerification.FromFindings(Mosul.AlJadidaDozens(), []);

        var message = Messages.Of(Messages.Apply(Has.NoUnverifiedClaims(), new[] { Mosul.CorroboratedResult(), unverified }));

        Assert.That(message, Does.Contain("the claims: 1 of 2 claims is unverified: m4"));
    }

    [Test]
    public void NoClaimsWithVerdict_NoneHasIt_Succeeds()
    {
        Assert.That(new[] { Mosul.CorroboratedResult() }, Has.NoClaimsWithVerdict(Verdict.Contested));
        Assert.That(new[] { Mosul.CorroboratedResult() }, Has.OnlyCorroboratedClaims());
        Assert.That(Array.Empty<ClaimVerification>(), Has.NoContestedClaims());
    }

    [Test]
    public void By_ReportActual_VerifiesItOnce()
    {
        var report = new ReportBuilder("draft").WithClaim(Mosul.AlJadidaDozens()).Build();
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        verifier.Setup(v => v.VerifyAsync(report, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ReportVerification(report, [Mosul.CorroboratedResult()]));

        Assert.That(report, Has.NoContestedClaims().By(verifier.Object));

        verifier.Verify(v => v.VerifyAsync(report, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void ApplyTo_ReportWithoutVerifier_ThrowsSayingHowToGiveOne()
    {
        var report = new ReportBuilder("draft").Build();

        Assert.That(() => Has.NoContestedClaims().ApplyTo(report), Throws.ArgumentException.With.Message.Contains("By(verifier)"));
    }

    [Test]
    public void ApplyTo_OtherType_Throws()
    {
        Assert.That(() => Has.NoContestedClaims().ApplyTo("report"), Throws.ArgumentException.With.Message.Contains("System.String"));
    }

    [Test]
    public void Description_EveryAndNo_ReadAsEnglish()
    {
        Assert.That(Has.OnlyCorroboratedClaims().Description, Is.EqualTo("every claim corroborated"));
        Assert.That(Has.NoClaimsWithVerdict(Verdict.Unverified).Description, Is.EqualTo("no claim unverified"));
    }
}

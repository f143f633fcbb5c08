using Moq;
using Verification.Engine;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.NUnit.Tests;

public sealed class VerdictConstraintTests
{
    [Test]
    public void Corroborated_CorroboratedResult_Succeeds()
    {
        Assert.That(Mosul.CorroboratedResult(), Is.Corroborated());
        Assert.That(Mosul.CorroboratedResult(), Is.Not.Contested());
        Assert.That(Mosul.CorroboratedResult(), Is.Not.Unverified());
    }

    [Test]
    public void Contested_ContestedResult_Succeeds()
    {
        Assert.That(Mosul.ContestedResult(), Is.Contested());
        Assert.That(Mosul.ContestedResult(), Is.Not.Corroborated());
    }

    [Test]
    public void Unverified_NoFindings_Succeeds()
    {
        Assert.That(ClaimVerification.FromFindings(Mosul.AlJadidaDozens(), []), Is.Unverified());
    }

    [Test]
    public void Corroborated_ContestedResult_FailsNamingClaimVerdictReasonAndFindings()
    {
        var result = Messages.Apply(Is.Corroborated(), Mosul.ContestedResult());

        var message = Messages.Of(result);
        Assert.That(result.IsSuccess, Is.False);
        Assert.That(message, Does.Contain("Expected: a corroborated claim"));
        Assert.That(message, Does.Contain("But was:  claim 'm4', contested: 'dozens' conflicts with 105"));
        Assert.That(message, Does.Contain("[FigureAgreement] contradicts: 'dozens' conflicts with 105 (evidence: e5)"));
        Assert.That(message, Does.Contain("conflicting: e5"));
    }

    [Test]
    public void NotContested_ContestedResult_FailsWithTheSameDescriptionUnbracketed()
    {
        var result = Messages.Apply(Is.Not.Contested(), Mosul.ContestedResult());

        var message = Messages.Of(result);
        Assert.That(result.IsSuccess, Is.False);
        Assert.That(message, Does.Contain("Expected: not a contested claim"));
        Assert.That(message, Does.Contain("But was:  claim 'm4', contested: 'dozens' conflicts with 105"));
        Assert.That(message, Does.Contain("[FigureAgreement] contradicts"));
        Assert.That(message, Does.Not.Contain("<claim"));
    }

    [Test]
    public void By_ClaimActual_VerifiesItOnceWithTheVerifier()
    {
        var claim = Mosul.AlJadidaDozens();
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        verifier.Setup(v => v.VerifyClaimAsync(claim, null, It.IsAny<CancellationToken>())).ReturnsAsync(Mosul.ContestedResult());

        Assert.That(claim, Is.Contested().By(verifier.Object));

        verifier.Verify(v => v.VerifyClaimAsync(claim, null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void By_NotForm_VerifiesTheClaim()
    {
        var claim = Mosul.AlJadidaDozens();
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        verifier.Setup(v => v.VerifyClaimAsync(claim, null, It.IsAny<CancellationToken>())).ReturnsAsync(Mosul.CorroboratedResult());

        Assert.That(claim, Is.Not.Contested().By(verifier.Object));
    }

    [Test]
    public void By_TestVerifier_ShowsTheEvidenceInFull()
    {
        var message = Messages.Of(Messages.Apply(Is.Corroborated().By(Mosul.Verifier), Mosul.AlJadidaDozens()));

        Assert.That(message, Does.Match(@"conflicting: e5: 105 civilian deaths; place: al-Jadida, [^;]*; period: 2017-03-17; source: US military investigation"));
    }

    [Test]
    public async Task ThatAsync_VerificationTask_IsAwaitedAndChecked()
    {
        await Assert.ThatAsync(() => Mosul.Verifier.VerifyClaimAsync(Mosul.AlJadidaDozens()), Is.Contested());
    }

    [Test]
    public void ApplyTo_ClaimWithoutVerifier_ThrowsSayingHowToGiveOne()
    {
        Assert.That(() => Is.Corroborated().ApplyTo(Mosul.AlJadidaDozens()),
            Throws.ArgumentException.With.Message.Contains("Is.Corroborated().By(verifier)"));
    }

    [Test]
    public void ApplyTo_OtherType_ThrowsNamingIt()
    {
        Assert.That(() => Is.Corroborated().ApplyTo(42), Throws.ArgumentException.With.Message.Contains("System.Int32"));
    }

    [Test]
    public void ApplyTo_Null_Throws()
    {
        Assert.That(() => Is.Corroborated().ApplyTo((ClaimVerification?)null), Throws.ArgumentNullException);
    }

    [Test]
    public void Expected_EachFactory_HoldsItsVerdict()
    {
        Assert.That(Is.Corroborated().Expected, Is.EqualTo(Verdict.Corroborated));
        Assert.That(Is.Contested().Expected, Is.EqualTo(Verdict.Contested));
        Assert.That(Is.Unverified().Expected, Is.EqualTo(Verdict.Unverified));
        Assert.That(Is.Unverified().Description, Is.EqualTo("an unverified claim"));
    }
}

using NUnit.Framework.Internal;
using Verification.Verdicts;

namespace Verification.Testing.Tests;

public sealed class VerificationAssertionExceptionTests
{
    [Test]
    public void Failures_AsNUnitShowsTheException_NameEachClaimAndVerdict()
    {
        var e = Assert.Throws<VerificationAssertionException>(() => VerificationTextTests.Contested().ShouldBeCorroborated());

        var shown = ExceptionHelper.BuildMessage(e!);

        Assert.That(shown, Does.Contain("Failures: claim 'm4' is contested"));
        Assert.That(shown, Does.Not.Contain("z__").And.Not.Contain("`1"));
    }

    [Test]
    public void Failures_ToString_SeparatesClaims()
    {
        var e = new VerificationAssertionException("two claims", [VerificationTextTests.Contested(), ClaimVerification.FromFindings(Mosul.AlJadidaDozens().WithId("m5").Build(), [])]);

        Assert.That(e.Failures.ToString(), Is.EqualTo("claim 'm4' is contested; claim 'm5' is unverified"));
    }
}

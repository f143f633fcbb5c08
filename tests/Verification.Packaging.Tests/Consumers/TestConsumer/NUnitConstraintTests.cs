using Verification.Claims;
using Verification.NUnit;

namespace TestConsumer;

public sealed class NUnitConstraintTests
{
    [Test]
    public async Task Displaced_IsCorroborated()
    {
        Assert.That(await Example.Verifier.VerifyClaimAsync(Example.Claim("m3")), Is.Corroborated());
    }

    [Test]
    public void AlJadidaDozens_IsContested()
    {
        Assert.That(Example.Claim("m4"), Is.Contested().By(Example.Verifier));
    }

    [Test]
    public void Returned_IsNotContestedButUnverified()
    {
        Assert.That(Example.Claim("m2"), Is.Not.Contested().By(Example.Verifier));
        Assert.That(Example.Claim("m2"), Is.Unverified().By(Example.Verifier));
    }

    [Test]
    public async Task DisplacementFigures_HaveNoContestedClaim()
    {
        var displacement = Example.Report with { Claims = [.. Example.Report.Claims.Where(c => c.Id is "m1" or "m2" or "m3")] };

        Assert.That(await Example.Verifier.VerifyAsync(displacement), Has.NoContestedClaims());
    }

    // One test per figure of the newsroom's draft: Figure_IsNotContested(d1), (d2), (d3).
    [ClaimsFileSource("claims/draft.json")]
    public void Figure_IsNotContested(Claim claim)
    {
        Assert.That(claim, Is.Not.Contested().By(Example.Verifier));
    }

    // Meant to fail: the US military investigation counted 105 deaths in al-Jadida, more than "dozens" allows.
    // The packaging tests check that this is the only test that fails, and that its message names m4 and the reason.
    [Test]
    public void AlJadidaDozens_IsCorroborated_MeantToFail()
    {
        Assert.That(Example.Claim("m4"), Is.Corroborated().By(Example.Verifier));
    }
}

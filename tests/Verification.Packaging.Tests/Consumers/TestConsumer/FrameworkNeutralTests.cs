using Verification.Testing;

namespace TestConsumer;

public sealed class FrameworkNeutralTests
{
    [Test]
    public async Task BuiltClaim_AgainstBuiltEvidence_IsContested()
    {
        var evidence = new TestEvidence()
            .Add(e => e.WithSubject("civilian deaths").WithFigure("105").WithPlace("al-Jadida, Mosul, Iraq")
                       .WithPeriod("2017-03-17").WithSource("US military investigation"));
        var claim = new ClaimBuilder("m4").WithSubject("civilians killed").WithFigure("dozens")
            .WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").WithSource("Local officials").Build();

        var result = await claim.ShouldBeContestedAsync(TestVerifier.Create(evidence));

        Assert.That(result.Conflicting, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public void ShouldBeCorroboratedAsync_ContestedClaim_ThrowsWithTheEvidence()
    {
        Assert.That(() => Example.Claim("m4").ShouldBeCorroboratedAsync(Example.Verifier),
            Throws.TypeOf<VerificationAssertionException>().With.Message.Contains("source: US military investigation"));
    }

    [Test]
    public void TestClock_AtPublication_StandsOnThatDay()
    {
        Assert.That(TestClock.AtPublication(Example.Report).GetUtcNow().Date, Is.EqualTo(new DateTime(2017, 3, 25)));
    }
}

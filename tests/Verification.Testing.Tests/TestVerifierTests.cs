using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Json;
using Verification.Verdicts;
namespace Verification.Testing.Tests;

public sealed class TestVerifierTests
{
    [Test]
    public async Task VerifyClaimAsync_IndependentEvidenceDisagrees_IsContested()
    {
        var verifier = TestVerifier.Create(new TestEvidence().Add(Mosul.UsInvestigation105()));

        var result = await verifier.VerifyClaimAsync(Mosul.AlJadidaDozens().Build());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
        Assert.That(result.Conflicting, Is.EqualTo(new[] { "e5" }));
    }

    [Test]
    public async Task VerifyClaimAsync_IndependentEvidenceAgrees_IsCorroborated()
    {
        var verifier = TestVerifier.Create(new TestEvidence().Add(Mosul.UsInvestigation105().WithFigure("as many as 240").WithSource("Nineveh officials")));

        var result = await verifier.VerifyClaimAsync(Mosul.AlJadidaDozens().Build());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [Test]
    public async Task Create_ConfigureRaisesMinimumOrigins_AppliesTheOptions()
    {
        var evidence = new TestEvidence().Add(Mosul.UsInvestigation105().WithFigure("as many as 240").WithSource("Nineveh officials"));
        var verifier = TestVerifier.Create(evidence, v => v.Configure(o => o.MinIndependentOrigins = 2));

        var result = await verifier.VerifyClaimAsync(Mosul.AlJadidaDozens().Build());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public async Task VerifyAsync_ExampleFiles_GivesTheDocumentedVerdicts()
    {
        var verifier = TestVerifier.FromEvidenceFile(Mosul.EvidencePath);
        var report = ClaimsFile.Read(Mosul.ClaimsPath).Report;

        var result = await verifier.VerifyAsync(report);

        Assert.That(result.Claims.Select(c => (c.Claim.Id, c.Verdict)), Is.EqualTo(new[]
        {
            ("m1", Verdict.Corroborated), ("m2", Verdict.Unverified), ("m3", Verdict.Corroborated),
            ("m4", Verdict.Contested), ("m5", Verdict.Contested), ("m6", Verdict.Unverified),
        }));
    }

    [Test]
    public async Task VerifyAllAsync_TwoClaims_YieldsBothInOrder()
    {
        var verifier = TestVerifier.Create(new TestEvidence().Add(Mosul.UsInvestigation105()));
        var ids = new List<string>();

        await foreach (var result in verifier.VerifyAllAsync(Stream(Mosul.AlJadidaDozens().Build(), Mosul.AlJadidaDozens().WithId("m9").Build())))
        {
            ids.Add(result.Claim.Id);
        }

        Assert.That(ids, Is.EqualTo(new[] { "m4", "m9" }));
    }

    [Test]
    public void FindEvidence_InTestEvidenceAndInAnotherInMemorySource_FindsBoth()
    {
        var verifier = TestVerifier.Create(
            new TestEvidence().Add(Mosul.UsInvestigation105()),
            v => v.AddEvidence([Mosul.UsInvestigation105().WithId("x1").Build()]));

        Assert.That(verifier.FindEvidence("e5")?.Id, Is.EqualTo("e5"));
        Assert.That(verifier.FindEvidence("x1")?.Id, Is.EqualTo("x1"));
        Assert.That(verifier.FindEvidence("nope"), Is.Null);
    }

    [Test]
    public void FindEvidence_EvidenceAddedAfterCreation_IsFound()
    {
        var evidence = new TestEvidence();
        var verifier = TestVerifier.Create(evidence);

        evidence.Add(Mosul.UsInvestigation105());

        Assert.That(verifier.FindEvidence("e5"), Is.Not.Null);
    }

    private static async IAsyncEnumerable<Claim> Stream(params Claim[] claims)
    {
        foreach (var claim in claims)
        {
            await Task.Yield();
            yield return claim;
        }
    }
}

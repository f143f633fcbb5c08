using Verification.Evidence;
using Verification.Figures;
using Verification.Json;
using Verification.Validators;
namespace Verification.Testing.Tests;

public sealed class TestEvidenceTests
{
    [Test]
    public void Add_Actions_NumbersEvidenceInOrder()
    {
        var evidence = new TestEvidence()
            .Add(e => e.WithSource("OCHA"))
            .Add(e => e.WithSource("IOM"));

        Assert.That(evidence.Claims.Select(c => c.Id), Is.EqualTo(new[] { "e1", "e2" }));
    }

    [Test]
    public void Find_KnownAndUnknownIds_ReturnsTheClaimOrNull()
    {
        var evidence = new TestEvidence().Add(Mosul.UsInvestigation105());

        Assert.That(evidence.Find("e5")?.Source, Is.EqualTo("US military investigation"));
        Assert.That(evidence.Find("e9"), Is.Null);
    }

    [Test]
    public void AddFile_ExampleEvidence_AddsEveryClaim()
    {
        var evidence = new TestEvidence().AddFile(Mosul.EvidencePath);

        Assert.That(evidence.Claims, Has.Count.EqualTo(ClaimsFile.Read(Mosul.EvidencePath).Claims.Count));
        Assert.That(evidence.Find("e5")?.Figure, Is.EqualTo(Figure.Parse("105")));
    }

    [Test]
    public async Task FindCandidatesAsync_EvidenceAddedAfterAQuery_IsFoundByTheNextQuery()
    {
        var evidence = new TestEvidence();
        var claim = Mosul.AlJadidaDozens().Build();
        var query = EvidenceQuery.For(claim, new VerificationOptions());
        var before = await evidence.FindCandidatesAsync(query, CancellationToken.None);

        evidence.Add(Mosul.UsInvestigation105());
        var after = await evidence.FindCandidatesAsync(query, CancellationToken.None);

        Assert.That(before, Is.Empty);
        Assert.That(after.Select(c => c.Id), Is.EqualTo(new[] { "e5" }));
    }

    [Test]
    public async Task GetDerivationsAsync_OneDerivedClaim_ReturnsOnlyIt()
    {
        var evidence = new TestEvidence()
            .Add(e => e.WithSource("AFP").WithDerivedFrom("UNHCR"))
            .Add(e => e.WithSource("OCHA"));

        var derivations = await evidence.GetDerivationsAsync(new VerificationOptions(), CancellationToken.None);

        Assert.That(derivations.Select(c => c.Id), Is.EqualTo(new[] { "e1" }));
    }
}

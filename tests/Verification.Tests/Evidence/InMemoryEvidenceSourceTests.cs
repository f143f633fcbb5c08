using Verification.Claims;
using Verification.Evidence;
using Verification.Places;
using Verification.Subjects;
using Verification.Validators;
namespace Verification.Tests.Evidence;

public sealed class InMemoryEvidenceSourceTests
{
    private static async Task<List<string>> FindAsync(InMemoryEvidenceSource source, Claim claim, VerificationOptions options) =>
        [.. (await source.FindCandidatesAsync(EvidenceQuery.For(claim, options), CancellationToken.None)).Select(c => c.Id)];

    [Test]
    public async Task FindCandidatesAsync_ComparableEvidence_IsReturned()
    {
        var source = new InMemoryEvidenceSource([Claims.Of("e1"), Claims.Of("e2", subject: "people returned"), Claims.Of("e3", place: "Raqqa, Syria")]);

        var found = await FindAsync(source, Claims.Of("c1"), new VerificationOptions());

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public async Task FindCandidatesAsync_OptionsWithOtherSynonyms_RebuildsTheIndex()
    {
        var source = new InMemoryEvidenceSource([Claims.Of("e1", subject: "civilians killed")]);
        var claim = Claims.Of("c1", subject: "civilian deaths");
        await FindAsync(source, claim, new VerificationOptions());

        var found = await FindAsync(source, claim, new VerificationOptions { Subjects = SubjectVocabulary.Empty });

        Assert.That(found, Is.Empty);
    }

    [Test]
    public async Task FindCandidatesAsync_OptionsWithExtraAlias_FindsThroughIt()
    {
        var source = new InMemoryEvidenceSource([Claims.Of("e1", place: "Ninive City, Iraq")]);
        var options = new VerificationOptions { PlaceNames = PlaceNameTable.Default.With("Mosul", "Ninive City") };

        var found = await FindAsync(source, Claims.Of("c1", place: "Mosul, Iraq"), options);

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public void FindCandidatesAsync_CancelledToken_ThrowsOperationCanceled()
    {
        var source = new InMemoryEvidenceSource([Claims.Of("e1")]);
        var query = EvidenceQuery.For(Claims.Of("c1"), new VerificationOptions());

        Assert.That(async () => await source.FindCandidatesAsync(query, new CancellationToken(true)), Throws.Exception.AssignableTo<OperationCanceledException>());
    }

    [Test]
    public async Task FindCandidatesAsync_ConcurrentQueries_AllSeeTheSameEvidence()
    {
        var source = new InMemoryEvidenceSource([.. Enumerable.Range(0, 200).Select(i => Claims.Of("e" + i))]);
        var options = new VerificationOptions();

        var counts = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(async () => (await FindAsync(source, Claims.Of("c1"), options)).Count)));

        Assert.That(counts, Is.All.EqualTo(200));
    }

    [Test]
    public async Task GetDerivationsAsync_ReturnsOnlyClaimsThatStateADerivation()
    {
        var source = new InMemoryEvidenceSource([Claims.Of("e1"), Claims.Of("e2", source: "Reuters", derivedFrom: ["UNHCR"])]);

        var derivations = await source.GetDerivationsAsync(new VerificationOptions(), CancellationToken.None);

        Assert.That(derivations.Select(c => c.Id), Is.EqualTo(new[] { "e2" }));
    }

    [Test]
    public void GetDerivationsAsync_CancelledToken_ThrowsOperationCanceled()
    {
        var source = new InMemoryEvidenceSource([Claims.Of("e1")]);

        Assert.That(async () => await source.GetDerivationsAsync(new VerificationOptions(), new CancellationToken(true)), Throws.Exception.AssignableTo<OperationCanceledException>());
    }

    [Test]
    public void Constructor_NullClaim_Throws()
    {
        Assert.That(() => new InMemoryEvidenceSource([Claims.Of("e1"), null!]), Throws.ArgumentNullException);
    }

    [Test]
    public void Claims_AreKeptInTheOrderGiven()
    {
        var source = new InMemoryEvidenceSource([Claims.Of("e2"), Claims.Of("e1")]);

        Assert.That(source.Claims.Select(c => c.Id), Is.EqualTo(new[] { "e2", "e1" }));
    }

    [Test]
    public async Task Claims_ChangingTheListGiven_DoesNotChangeTheSource()
    {
        var list = new List<Claim> { Claims.Of("e1") };
        var source = new InMemoryEvidenceSource(list);
        list.Add(Claims.Of("e2"));

        var found = await FindAsync(source, Claims.Of("c1"), new VerificationOptions());

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public async Task BuildIndex_ThenQueryWithSameOptions_FindsEvidence()
    {
        var source = new InMemoryEvidenceSource([Claims.Of("e1")]);
        var options = new VerificationOptions();
        source.BuildIndex(options);

        var found = await FindAsync(source, Claims.Of("c1"), options);

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }
}

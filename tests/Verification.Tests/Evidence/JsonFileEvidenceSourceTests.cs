using Verification.Claims;
using Verification.Evidence;
using Verification.Input;
using Verification.Validators;
namespace Verification.Tests.Evidence;

public sealed class JsonFileEvidenceSourceTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "verification-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string PathOf(string name) => Path.Combine(_directory, name);

    private static Task<IReadOnlyList<Claim>> FindAsync(IEvidenceSource source, Claim claim) =>
        source.FindCandidatesAsync(EvidenceQuery.For(claim, new VerificationOptions()), CancellationToken.None).AsTask();

    [Test]
    public void Constructor_MissingFile_DoesNotReadIt()
    {
        var path = PathOf("absent.json");

        Assert.That(() => new JsonFileEvidenceSource(path), Throws.Nothing);
    }

    [Test]
    public void Constructor_EmptyPath_Throws()
    {
        Assert.That(() => new JsonFileEvidenceSource(" "), Throws.ArgumentException);
    }

    [Test]
    public async Task FindCandidatesAsync_FileWrittenAfterConstruction_IsRead()
    {
        var path = PathOf("evidence.json");
        var source = new JsonFileEvidenceSource(path);
        await File.WriteAllTextAsync(path, ClaimsJson.File(ClaimsJson.Claim("e1").With("source", "IOM")));

        var found = await FindAsync(source, Claims.Of("c1"));

        Assert.That(found.Select(c => c.Id), Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public async Task FindCandidatesAsync_FileChangedAfterFirstRead_KeepsWhatWasRead()
    {
        var path = PathOf("evidence.json");
        var source = new JsonFileEvidenceSource(path);
        await File.WriteAllTextAsync(path, ClaimsJson.File(ClaimsJson.Claim("e1")));
        await FindAsync(source, Claims.Of("c1"));
        await File.WriteAllTextAsync(path, ClaimsJson.File(ClaimsJson.Claim("e2")));

        var found = await FindAsync(source, Claims.Of("c1"));

        Assert.That(found.Select(c => c.Id), Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public async Task GetDerivationsAsync_ReturnsClaimsThatStateADerivation()
    {
        var path = PathOf("evidence.json");
        await File.WriteAllTextAsync(path, ClaimsJson.File(ClaimsJson.Claim("e1"), ClaimsJson.Claim("e2").With("source", "Reuters").With("derivedFrom", new System.Text.Json.Nodes.JsonArray("UNHCR"))));
        var source = new JsonFileEvidenceSource(path);

        var derivations = await source.GetDerivationsAsync(new VerificationOptions(), CancellationToken.None);

        Assert.That(derivations.Select(c => c.Id), Is.EqualTo(new[] { "e2" }));
    }

    [Test]
    public async Task GetDerivationsAsync_MalformedFile_ThrowsWithEveryProblemAndThePath()
    {
        var path = PathOf("evidence.json");
        await File.WriteAllTextAsync(path, ClaimsJson.File(ClaimsJson.Claim("e1").With("subject", null), ClaimsJson.Claim("e2").With("source", "")));
        var source = new JsonFileEvidenceSource(path);

        var e = await Assert.ThrowsAsync<InvalidClaimsException>(async () => await source.GetDerivationsAsync(new VerificationOptions(), CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(e!.Problems.Select(p => p.Code), Is.EqualTo(new[] { "subject-missing", "source-missing" }));
            Assert.That(e.InputSource, Is.EqualTo(path));
        }
    }

    [Test]
    public async Task GetDerivationsAsync_FileFixedAfterFailedRead_IsReadAgain()
    {
        var path = PathOf("evidence.json");
        await File.WriteAllTextAsync(path, "{ not json");
        var source = new JsonFileEvidenceSource(path);
        await Assert.ThrowsAsync<InvalidClaimsException>(async () => await source.GetDerivationsAsync(new VerificationOptions(), CancellationToken.None));
        await File.WriteAllTextAsync(path, ClaimsJson.File(ClaimsJson.Claim("e1")));

        var found = await FindAsync(source, Claims.Of("c1"));

        Assert.That(found.Select(c => c.Id), Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public async Task GetDerivationsAsync_MissingFile_ThrowsFileNotFound()
    {
        var source = new JsonFileEvidenceSource(PathOf("absent.json"));

        await Assert.ThatAsync(async () => await source.GetDerivationsAsync(new VerificationOptions(), CancellationToken.None), Throws.Exception.AssignableTo<FileNotFoundException>());
    }

    [Test]
    public async Task GetDerivationsAsync_CancelledToken_ThrowsOperationCanceled()
    {
        var path = PathOf("evidence.json");
        await File.WriteAllTextAsync(path, ClaimsJson.File(ClaimsJson.Claim("e1")));
        var source = new JsonFileEvidenceSource(path);

        await Assert.ThatAsync(async () => await source.GetDerivationsAsync(new VerificationOptions(), new CancellationToken(true)), Throws.Exception.AssignableTo<OperationCanceledException>());
    }

    [Test]
    public async Task FindCandidatesAsync_ManyConcurrentFirstCallers_AllGetTheEvidence()
    {
        var path = PathOf("evidence.json");
        await File.WriteAllTextAsync(path, ClaimsJson.File(ClaimsJson.Claim("e1")));
        var source = new JsonFileEvidenceSource(path);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => FindAsync(source, Claims.Of("c1")))));

        Assert.That(results.Select(r => r.Count), Is.All.EqualTo(1));
    }

    [Test]
    public void FromStream_ReadsNowIntoAnInMemorySource()
    {
        using var stream = ClaimsJson.Stream(ClaimsJson.File(ClaimsJson.Claim("e1"), ClaimsJson.Claim("e2")));

        var source = JsonEvidence.FromStream(stream);

        Assert.That(source.Claims.Select(c => c.Id), Is.EqualTo(new[] { "e1", "e2" }));
    }

    [Test]
    public void FromFile_ReturnsALazySourceForThePath()
    {
        var path = PathOf("absent.json");

        var source = JsonEvidence.FromFile(path);

        Assert.That(source, Is.TypeOf<JsonFileEvidenceSource>().With.Property(nameof(JsonFileEvidenceSource.Path)).EqualTo(path));
    }
}

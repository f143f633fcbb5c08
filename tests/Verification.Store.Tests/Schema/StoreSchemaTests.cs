namespace Verification.Store.Tests.Schema;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class StoreSchemaTests(string backend)
{
    private StoreBackend _backend = null!;

    [SetUp]
    public void SetUp() => _backend = new StoreBackend(backend);

    [TearDown]
    public async Task TearDown() => await _backend.DisposeAsync();

    [Test]
    public async Task InitializeAsync_EmptyDatabase_CreatesTheTablesAtTheCurrentVersion()
    {
        var location = await _backend.NewLocationAsync();
        var store = _backend.Track(EvidenceStore.Open(location));

        await store.InitializeAsync();
        var reopened = _backend.Track(EvidenceStore.Open(location));
        await reopened.InitializeAsync();

        Assert.That(await reopened.GetClaimsAsync(["e1"]), Is.Empty);
    }

    [Test]
    public async Task InitializeAsync_StoreOfALaterVersion_IsRefusedWithWhatToRun()
    {
        var location = await _backend.NewLocationAsync();
        await _backend.Track(EvidenceStore.Open(location)).InitializeAsync();
        await StoreBackend.ExecuteAsync(location, "UPDATE schema_version SET version = 2");

        var later = _backend.Track(EvidenceStore.Open(location));

        Assert.That(
            async () => await later.InitializeAsync(),
            Throws.TypeOf<EvidenceStoreException>().With.Message.Contains("schema version 2").And.Message.Contains("dotnet tool update"));
    }

    [Test]
    public async Task ImportAsync_StoreOfALaterVersion_StoresNothing()
    {
        var location = await _backend.NewLocationAsync();
        await _backend.Track(EvidenceStore.Open(location)).InitializeAsync();
        await StoreBackend.ExecuteAsync(location, "UPDATE schema_version SET version = 2");
        var later = _backend.Track(EvidenceStore.Open(location));

        Assert.That(async () => await later.ImportAsync(StoreTesting.Source("e.json", "e"), StoreTesting.Stream([new Verification.Testing.ClaimBuilder("e1").Build()])), Throws.TypeOf<EvidenceStoreException>());
    }
}

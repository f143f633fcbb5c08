using Verification.Claims;
using Verification.Verdicts;
namespace Verification.Store.Tests.Schema;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class StoreSchemaTests(string backend) : StoreBackendTests(backend)
{
    [Test]
    public async Task InitializeAsync_EmptyDatabase_CreatesTheTablesAtTheCurrentVersion()
    {
        var location = await Backend.NewLocationAsync();
        var store = Backend.Track(EvidenceStore.Open(location));

        await store.InitializeAsync();
        var reopened = Backend.Track(EvidenceStore.Open(location));
        await reopened.InitializeAsync();

        Assert.That(await reopened.GetClaimsAsync(["e1"]), Is.Empty);
    }

    [Test]
    public async Task InitializeAsync_ManyStoresOnOneEmptyDatabaseAtOnce_AllSucceed()
    {
        var location = await Backend.NewLocationAsync();
        var stores = Enumerable.Range(0, 6).Select(_ => Backend.Track(EvidenceStore.Open(location))).ToList();

        await Task.WhenAll(stores.Select(store => Task.Run(() => store.InitializeAsync())));
        var summary = await stores[^1].ImportAsync(StoreTesting.Source("e.json", "e"), StoreTesting.Stream([new Verification.Testing.ClaimBuilder("e1").WithFigure("105").Build()]));

        Assert.That(summary.Added, Is.EqualTo(1));
    }

    [Test]
    public async Task InitializeAsync_AfterAFailure_TriesAgain()
    {
        var location = Backend.NewUnreachableLocation();
        var store = Backend.Track(EvidenceStore.Open(location));

        var first = Assert.CatchAsync(() => store.InitializeAsync());
        await Backend.MakeReachableAsync(location);
        await store.InitializeAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.Not.Null, "the first set-up failed");
            Assert.That(await store.GetClaimsAsync(["e1"]), Is.Empty);
        }
    }

    [Test]
    public async Task InitializeAsync_StoreOfVersionOne_IsUpgradedAndKeepsItsChecks()
    {
        var location = await Backend.NewLocationAsync();
        var first = Backend.Track(EvidenceStore.Open(location));
        await first.ImportAsync(StoreTesting.Source("e.json", "e"), StoreTesting.Stream([new Verification.Testing.ClaimBuilder("e1").WithFigure("105").Build()]));
        await first.RecordChecksAsync(await StoreTesting.VerifyAsync(first, new Report("r1", [new Verification.Testing.ClaimBuilder("c1").WithFigure("100").Build()])));
        // Back to version 1 as a store of that release was: no record of how each check was made.
        await StoreBackend.ExecuteAsync(location, "ALTER TABLE checks DROP COLUMN settings");
        await StoreBackend.ExecuteAsync(location, "ALTER TABLE checks DROP COLUMN as_of");
        await StoreBackend.ExecuteAsync(location, "UPDATE schema_version SET version = 1");

        var upgraded = Backend.Track(EvidenceStore.Open(location));
        await upgraded.InitializeAsync();
        await upgraded.ImportAsync(StoreTesting.Source("e2.json", "e2"), StoreTesting.Stream([new Verification.Testing.ClaimBuilder("e2").WithFigure("300").Build()]));
        var kept = new List<KeptCheck>();
        await upgraded.RecheckAsMadeAsync((check, _) =>
        {
            kept.Add(check);
            return Task.FromResult<ReportVerification?>(null);
        });

        Assert.That(kept.Select(k => (k.Report.Id, k.AsOf, k.Settings)), Is.EqualTo(new[] { ("r1", (DateOnly?)null, (string?)null) }));
    }

    [Test]
    public async Task InitializeAsync_StoreOfALaterVersion_IsRefusedWithWhatToRun()
    {
        var location = await Backend.NewLocationAsync();
        await Backend.Track(EvidenceStore.Open(location)).InitializeAsync();
        await StoreBackend.ExecuteAsync(location, "UPDATE schema_version SET version = 99");

        var later = Backend.Track(EvidenceStore.Open(location));

        Assert.That(
            async () => await later.InitializeAsync(),
            Throws.TypeOf<EvidenceStoreException>().With.Message.Contains("schema version 99").And.Message.Contains("dotnet tool update"));
    }

    [Test]
    public async Task ImportAsync_StoreOfALaterVersion_StoresNothing()
    {
        var location = await Backend.NewLocationAsync();
        await Backend.Track(EvidenceStore.Open(location)).InitializeAsync();
        await StoreBackend.ExecuteAsync(location, "UPDATE schema_version SET version = 99");
        var later = Backend.Track(EvidenceStore.Open(location));

        Assert.That(async () => await later.ImportAsync(StoreTesting.Source("e.json", "e"), StoreTesting.Stream([new Verification.Testing.ClaimBuilder("e1").Build()])), Throws.TypeOf<EvidenceStoreException>());
    }
}

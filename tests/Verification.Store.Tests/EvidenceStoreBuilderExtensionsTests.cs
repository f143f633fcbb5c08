using Microsoft.Extensions.DependencyInjection;
using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Testing;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Store.Tests;

public sealed class EvidenceStoreBuilderExtensionsTests
{
    private StoreBackend _backend = null!;

    [SetUp]
    public void SetUp() => _backend = new StoreBackend("sqlite");

    [TearDown]
    public async Task TearDown() => await _backend.DisposeAsync();

    [Test]
    public async Task AddSqliteEvidence_SameStoreTwice_RegistersOneSourceThatTheVerifierUses()
    {
        var path = await _backend.NewLocationAsync();
        var store = _backend.Track(EvidenceStore.OpenSqlite(path));
        await store.ImportAsync("evidence.json", [new ClaimBuilder("e1").WithFigure("255,000").WithSource("IOM").Build()]);
        var services = new ServiceCollection().AddVerification(v => v.AddSqliteEvidence(path).AddSqliteEvidence(path));

        var provider = services.BuildServiceProvider();
        await using (provider)
        {
            var result = await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(new ClaimBuilder("c1").WithFigure("about 270,000").Build());

            using (Assert.EnterMultipleScope())
            {
                Assert.That(provider.GetServices<IEvidenceSource>().Single(), Is.TypeOf<EvidenceStore>());
                Assert.That(result.Supporting, Is.EqualTo(new[] { "e1" }));
            }
        }
    }

    [Test]
    public void AddSqliteEvidence_SameStoreTwiceWithAnotherAsOf_ThrowsSayingSo()
    {
        var services = new ServiceCollection();

        var e = Assert.Throws<InvalidOperationException>(() => services.AddVerification(v => v
            .AddSqliteEvidence("evidence.db", o => o.AsOf = new DateOnly(2017, 4, 1))
            .AddSqliteEvidence("evidence.db")));

        Assert.That(e!.Message, Does.Contain("'evidence.db'").And.Contain("2017-04-01").And.Contain("the latest").And.Contain("add it once"));
    }

    [Test]
    public void AddPostgresEvidence_SameStoreTwiceWithAnotherAsOf_ThrowsWithoutTheConnectionString()
    {
        var services = new ServiceCollection();

        var e = Assert.Throws<InvalidOperationException>(() => services.AddVerification(v => v
            .AddPostgresEvidence("Host=db;Database=evidence;Password=sekret-word")
            .AddPostgresEvidence("Host=db;Database=evidence;Password=sekret-word", o => o.AsOf = new DateOnly(2017, 4, 1))));

        Assert.That(e!.Message, Does.StartWith("The PostgreSQL store was added").And.Not.Contain("sekret-word"));
    }

    [Test]
    public async Task AddSqliteEvidence_NamedVerifier_ReadsItAndTheDefaultDoesNot()
    {
        var path = await _backend.NewLocationAsync();
        var store = _backend.Track(EvidenceStore.OpenSqlite(path));
        await store.ImportAsync("evidence.json", [new ClaimBuilder("e1").WithFigure("255,000").WithSource("IOM").Build()]);
        var services = new ServiceCollection()
            .AddVerification()
            .AddKeyedVerification("stored", v => v.AddSqliteEvidence(path).AddSqliteEvidence(path));

        var provider = services.BuildServiceProvider();
        await using (provider)
        {
            var claim = new ClaimBuilder("c1").WithFigure("about 270,000").Build();
            var named = await provider.GetRequiredKeyedService<IClaimVerifier>("stored").VerifyClaimAsync(claim);
            var unnamed = await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(claim);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(provider.GetKeyedServices<IEvidenceSource>("stored").Single(), Is.TypeOf<EvidenceStore>());
                Assert.That(provider.GetServices<IEvidenceSource>(), Is.Empty);
                Assert.That(named.Supporting, Is.EqualTo(new[] { "e1" }));
                Assert.That(unnamed.Verdict, Is.EqualTo(Verdict.Unverified));
            }
        }
    }

    [Test]
    public async Task AddSqliteEvidence_AsOf_IsTheStoresOption()
    {
        var path = await _backend.NewLocationAsync();
        var provider = new ServiceCollection().AddVerification(v => v.AddSqliteEvidence(path, o => o.AsOf = new DateOnly(2017, 4, 1))).BuildServiceProvider();
        await using (provider)
        {
            var store = (EvidenceStore)provider.GetRequiredService<IEvidenceSource>();

            Assert.That(store.Options.AsOf, Is.EqualTo(new DateOnly(2017, 4, 1)));
        }
    }

    [Test]
    public void AddPostgresEvidence_ConnectionString_RegistersAPostgresStore()
    {
        var services = new ServiceCollection().AddVerification(v => v.AddEvidenceStore("Host=127.0.0.1;Database=evidence"));
        using var provider = services.BuildServiceProvider();

        Assert.That(((EvidenceStore)provider.GetRequiredService<IEvidenceSource>()).Kind, Is.EqualTo("PostgreSQL"));
    }

    [Test]
    public void AddEvidenceSource_Type_IsMadeByTheProviderOnce()
    {
        var services = new ServiceCollection().AddVerification(v => v.AddEvidenceSource<EmptySource>().AddEvidenceSource<EmptySource>());
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetServices<IEvidenceSource>().Single(), Is.TypeOf<EmptySource>());
    }

    [Test]
    public void AddEvidenceSource_NamedVerifier_IsKeyedByItsName()
    {
        var services = new ServiceCollection().AddVerification().AddKeyedVerification("other", v => v.AddEvidenceSource<EmptySource>().AddEvidenceSource<EmptySource>());
        using var provider = services.BuildServiceProvider();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(provider.GetKeyedServices<IEvidenceSource>("other").Single(), Is.TypeOf<EmptySource>());
            Assert.That(provider.GetServices<IEvidenceSource>(), Is.Empty);
        }
    }

    private sealed class EmptySource : IEvidenceSource
    {
        public ValueTask<IReadOnlyList<Claim>> FindCandidatesAsync(EvidenceQuery query, CancellationToken cancellationToken) => new([]);

        public ValueTask<IReadOnlyList<Claim>> GetDerivationsAsync(VerificationOptions options, CancellationToken cancellationToken) => new([]);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Figures;
using Verification.Input;
using Verification.Json;
using Verification.Testing;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Store.Tests;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class EvidenceStoreTests(string backend) : StoreBackendTests(backend)
{
    private static readonly string Examples = Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", "mosul-2017");
    [Test]
    public async Task VerifyAsync_MosulExample_SameVerdictsFindingsAndReasonsAsInMemory()
    {
        var claims = ClaimsFile.Read(Path.Combine(Examples, "claims.json"));
        var evidencePath = Path.Combine(Examples, "evidence.json");
        var evidence = ClaimsFile.Read(evidencePath).Claims;
        var store = await Backend.NewStoreAsync();
        var summary = await store.ImportAsync(await ImportSource.FromFileAsync(evidencePath), ClaimsFile.ReadClaimsAsync(evidencePath));

        var inMemory = await StoreTesting.VerifyAsync(new InMemoryEvidenceSource(evidence), claims.Report);
        var stored = await StoreTesting.VerifyAsync(store, claims.Report);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.Added, Is.EqualTo(evidence.Count));
            Assert.That(inMemory.Corroborated + inMemory.Contested, Is.GreaterThan(0), "the example has verdicts that rest on evidence");
            Assert.That(StoreTesting.Describe(stored), Is.EqualTo(StoreTesting.Describe(inMemory)));
        }
    }

    [Test]
    public async Task VerifyAsync_AccuracySetEvidence_SameVerdictsAsInMemory()
    {
        // Every event's claims are evidence for the others of the event; ids are made unique across events.
        var events = AccuracySet.Read();
        var all = events.SelectMany(e => e.Claims).ToList();
        var store = await Backend.NewStoreAsync();
        await store.ImportAsync("accuracy-set", all);
        var inMemory = new InMemoryEvidenceSource(all);

        var differences = new List<string>();
        foreach (var (name, claims) in events)
        {
            var report = new Report(name, claims);
            var expected = StoreTesting.Describe(await StoreTesting.VerifyAsync(inMemory, report));
            var actual = StoreTesting.Describe(await StoreTesting.VerifyAsync(store, report));
            differences.AddRange(expected.Zip(actual).Where(p => p.First != p.Second).Select(p => $"{name}: in memory '{p.First}', stored '{p.Second}'"));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(events, Has.Count.GreaterThanOrEqualTo(30));
            Assert.That(differences, Is.Empty);
        }
    }

    [Test]
    public async Task ImportAsync_SameFileTwice_StoresNothingTwice()
    {
        var evidencePath = Path.Combine(Examples, "evidence.json");
        var store = await Backend.NewStoreAsync();
        await store.ImportAsync(await ImportSource.FromFileAsync(evidencePath), ClaimsFile.ReadClaimsAsync(evidencePath));

        var again = await store.ImportAsync(await ImportSource.FromFileAsync(evidencePath), ClaimsFile.ReadClaimsAsync(evidencePath));
        var revisions = await store.GetRevisionsAsync("e1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.AlreadyImported, Is.True);
            Assert.That(again.Added + again.Revised, Is.Zero);
            Assert.That(revisions, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task ImportAsync_SameFileReadAnotherWay_IsAnotherImport()
    {
        var store = await Backend.NewStoreAsync();
        var file = StoreTesting.Source("tally.csv", "the same bytes", "tally");
        await store.ImportAsync(file with { Reading = "id-prefix=a" }, StoreTesting.Stream([new ClaimBuilder("a:t1").WithFigure("105").Build()]));

        var sameReading = await store.ImportAsync(file with { Reading = "id-prefix=a" }, StoreTesting.Stream([new ClaimBuilder("a:t1").WithFigure("105").Build()]));
        var otherReading = await store.ImportAsync(file with { Reading = "id-prefix=b" }, StoreTesting.Stream([new ClaimBuilder("b:t1").WithFigure("105").Build()]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sameReading.AlreadyImported, Is.True);
            Assert.That((otherReading.AlreadyImported, otherReading.Added), Is.EqualTo((false, 1)));
            Assert.That(await store.GetClaimsAsync(["b:t1"]), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task ImportAsync_SameClaimsFromAnotherFile_AreUnchanged()
    {
        var store = await Backend.NewStoreAsync();
        Claim[] claims = [new ClaimBuilder("e1").WithFigure("105").WithPlace("Mosul, Iraq").WithPeriod("2017-03-17").Build()];
        await store.ImportAsync(StoreTesting.Source("a.json", "a", "set"), StoreTesting.Stream(claims));

        var second = await store.ImportAsync(StoreTesting.Source("b.json", "b", "set"), StoreTesting.Stream(claims));

        Assert.That((second.Added, second.Revised, second.Unchanged), Is.EqualTo((0, 0, 1)));
    }

    [Test]
    public async Task ImportAsync_TwoImportsAtOnce_StoreBothWithSharedSubjectsAndPlaces()
    {
        var location = await Backend.NewLocationAsync();
        await Backend.Track(EvidenceStore.Open(location)).InitializeAsync();
        List<Claim> Claims(string prefix) => [.. Enumerable.Range(0, 50).Select(i => new ClaimBuilder(prefix + i).WithSubject("civilians killed").WithFigure("10").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").Build())];
        var first = Backend.Track(EvidenceStore.Open(location));
        var second = Backend.Track(EvidenceStore.Open(location));

        var summaries = await Task.WhenAll(
            Task.Run(() => first.ImportAsync("a.json", Claims("a"), dataSet: "a")),
            Task.Run(() => second.ImportAsync("b.json", Claims("b"), dataSet: "b")));
        var stored = await first.GetClaimsAsync([.. Claims("a").Concat(Claims("b")).Select(c => c.Id)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summaries.Select(s => s.Added), Is.EqualTo(new[] { 50, 50 }));
            Assert.That(stored, Has.Count.EqualTo(100));
        }
    }

    [Test]
    public async Task ImportAsync_BadClaims_ListsEveryProblemAndStoresNothing()
    {
        var store = await Backend.NewStoreAsync();
        Claim[] claims =
        [
            new ClaimBuilder("e1").WithFigure("105").Build(),
            new ClaimBuilder("e2").WithFigure("7").Build(),
            new ClaimBuilder("e1").WithFigure("106").Build(),
            new ClaimBuilder("e2").WithFigure("8").Build(),
        ];

        var e = await Assert.ThrowsAsync<InvalidClaimsException>(() => store.ImportAsync("bad.json", claims));
        var stored = await store.GetClaimsAsync(["e1", "e2"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(e!.Problems.Select(p => (p.ClaimId, p.Code, p.Position)), Is.EqualTo(new[] { ("e1", "id-duplicate", (int?)3), ("e2", "id-duplicate", 4) }));
            Assert.That(e.Problems.Select(p => p.Message), Has.All.StartsWith("bad.json: "));
            Assert.That(stored, Is.Empty);
        }
    }

    [Test]
    public async Task ImportAsync_OneBadSourceOfTwo_StoresNeither()
    {
        var store = await Backend.NewStoreAsync();
        var import = await store.BeginImportAsync();
        await using (import)
        {
            await import.AddAsync(StoreTesting.Source("good.json", "good"), StoreTesting.Stream([new ClaimBuilder("g1").WithFigure("5").Build()]));
            await import.AddAsync(StoreTesting.Source("bad.json", "bad"), StoreTesting.Stream([new ClaimBuilder("b1").Build(), new ClaimBuilder("b1").Build()]));
            await Assert.ThrowsAsync<InvalidClaimsException>(() => import.CommitAsync());
        }

        Assert.That(await store.GetClaimsAsync(["g1", "b1"]), Is.Empty);
    }

    [Test]
    public async Task CommitAsync_ASourceWhoseReadingFailedPartWay_StoresNothingOfTheImport()
    {
        var store = await Backend.NewStoreAsync();
        static async IAsyncEnumerable<Claim> FailingAfterOne(Exception error)
        {
            await Task.Yield();
            yield return new ClaimBuilder("p1").WithFigure("5").Build();
            throw error;
        }

        foreach (var error in new Exception[] { new IOException("disk gone"), new InvalidClaimsException([new ClaimProblem("p2", "figure", "figure-unreadable", "claim 'p2': 'lots' is not a figure.")]) })
        {
            var import = await store.BeginImportAsync();
            await using (import)
            {
                await import.AddAsync(StoreTesting.Source("good.json", "good" + error.GetType().Name), StoreTesting.Stream([new ClaimBuilder("g1").WithFigure("5").Build()]));
                var thrown = await Assert.CatchAsync(() => import.AddAsync(StoreTesting.Source("part.json", "part" + error.GetType().Name), FailingAfterOne(error)));
                var refused = await Assert.CatchAsync(() => import.CommitAsync());

                using (Assert.EnterMultipleScope())
                {
                    Assert.That(thrown, Is.SameAs(error));
                    Assert.That(refused, Is.InstanceOf<InvalidOperationException>().Or.InstanceOf<InvalidClaimsException>());
                    Assert.That(refused!.Message, Does.Contain("part.json"));
                }
            }
        }

        Assert.That(await store.GetClaimsAsync(["g1", "p1"]), Is.Empty);
    }

    [Test]
    public async Task ImportAsync_IdOfAnotherDataSet_IsRefused()
    {
        var store = await Backend.NewStoreAsync();
        await store.ImportAsync("first.json", [new ClaimBuilder("e1").WithFigure("105").Build()], dataSet: "first");

        var e = await Assert.ThrowsAsync<InvalidClaimsException>(() => store.ImportAsync("second.json", [new ClaimBuilder("e1").WithFigure("9").Build()], dataSet: "second"));

        Assert.That(e!.Problems.Single().Message, Does.Contain("data set 'first'"));
    }

    [Test]
    public async Task ImportAsync_ReleaseThatChangesAFigure_KeepsTheOldOneAsHistory()
    {
        var store = await Backend.NewStoreAsync();
        var march = new ClaimBuilder("e1").WithFigure("105").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").Build();
        await store.ImportAsync("release-1.json", [march], new DateOnly(2017, 3, 20));

        var summary = await store.ImportAsync("release-2.json", [march with { Figure = Figure.Parse("141") }], new DateOnly(2017, 5, 25));
        var revisions = await store.GetRevisionsAsync("e1");
        var latest = await store.GetClaimsAsync(["e1"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.Revised, Is.EqualTo(1));
            Assert.That(revisions.Select(r => (r.Claim.Figure!.Text, r.ValidFrom, r.ValidTo)), Is.EqualTo(new[]
            {
                ("105", new DateOnly(2017, 3, 20), (DateOnly?)new DateOnly(2017, 5, 25)),
                ("141", new DateOnly(2017, 5, 25), null),
            }));
            Assert.That(latest.Single().Figure!.Text, Is.EqualTo("141"));
        }
    }

    [Test]
    public async Task ImportAsync_ReleaseOlderThanTheStoredOne_IsRefused()
    {
        var store = await Backend.NewStoreAsync();
        var claim = new ClaimBuilder("e1").WithFigure("105").Build();
        await store.ImportAsync("new.json", [claim], new DateOnly(2017, 5, 25));

        var e = await Assert.ThrowsAsync<InvalidClaimsException>(() => store.ImportAsync("old.json", [claim with { Figure = Figure.Parse("90") }], new DateOnly(2017, 3, 20)));

        Assert.That(e!.Problems.Single().Code, Is.EqualTo("release-older"));
    }

    [Test]
    public async Task FindCandidatesAsync_AsOf_SeesTheRevisionInForceThatDay()
    {
        var location = await Backend.NewLocationAsync();
        var store = Backend.Track(EvidenceStore.Open(location));
        var strike = new ClaimBuilder("e1").WithFigure("105").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").WithSource("US military").Build();
        await store.ImportAsync("release-1.json", [strike], new DateOnly(2017, 3, 20));
        await store.ImportAsync("release-2.json", [strike with { Figure = Figure.Parse("141") }], new DateOnly(2017, 5, 25));
        var asOfApril = Backend.Track(EvidenceStore.Open(location, new EvidenceStoreOptions { AsOf = new DateOnly(2017, 4, 1) }));
        var asOfFebruary = Backend.Track(EvidenceStore.Open(location, new EvidenceStoreOptions { AsOf = new DateOnly(2017, 2, 1) }));
        var query = EvidenceQuery.For(new ClaimBuilder("c1").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").Build(), new VerificationOptions());

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await store.FindCandidatesAsync(query, default)).Select(c => c.Figure!.Text), Is.EqualTo(new[] { "141" }));
            Assert.That((await asOfApril.FindCandidatesAsync(query, default)).Select(c => c.Figure!.Text), Is.EqualTo(new[] { "105" }));
            Assert.That(await asOfFebruary.FindCandidatesAsync(query, default), Is.Empty);
        }
    }

    [Test]
    public async Task FindCandidatesAsync_OtherPlaceSubjectOrTime_AreNotCandidates()
    {
        var store = await Backend.NewStoreAsync();
        Claim[] evidence =
        [
            new ClaimBuilder("same").WithSubject("civilians killed").WithFigure("105").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").Build(),
            new ClaimBuilder("wider-place").WithSubject("civilians killed").WithFigure("300").WithPlace("Mosul, Iraq").WithPeriod("2017-03-17").Build(),
            new ClaimBuilder("other-place").WithSubject("civilians killed").WithFigure("105").WithPlace("Raqqa, Syria").WithPeriod("2017-03-17").Build(),
            new ClaimBuilder("other-subject").WithSubject("people displaced").WithFigure("105").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").Build(),
            new ClaimBuilder("other-time").WithSubject("civilians killed").WithFigure("105").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2016-01-05").Build(),
            new ClaimBuilder("no-time").WithSubject("civilians killed").WithFigure("100").WithPlace("al-Jadida, Mosul, Iraq").WithoutPeriod().Build(),
        ];
        await store.ImportAsync("evidence.json", evidence);
        var query = EvidenceQuery.For(new ClaimBuilder("c1").WithSubject("civilians killed").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").Build(), new VerificationOptions());

        var found = await store.FindCandidatesAsync(query, default);

        Assert.That(found.Select(c => c.Id), Is.EquivalentTo(new[] { "same", "wider-place", "no-time" }));
    }

    [Test]
    public async Task FindCandidatesAsync_RunningTotalAsOfALaterDay_IsACandidateAsInMemory()
    {
        // A total "since 17 October" as of 20 March reaches back to October: it compares with the same total as of
        // 1 March, as an ordered total, though its period lies weeks after the claim's.
        var store = await Backend.NewStoreAsync();
        Claim[] evidence =
        [
            new ClaimBuilder("later-total").WithSubject("people displaced since 17 October").WithFigure("2,000").WithPlace("Mosul, Iraq").WithPeriod("2017-03-20").Build(),
            new ClaimBuilder("later-snapshot").WithSubject("people displaced").WithFigure("2,000").WithPlace("Mosul, Iraq").WithPeriod("2017-03-20").Build(),
        ];
        await store.ImportAsync("evidence.json", evidence);
        var query = EvidenceQuery.For(new ClaimBuilder("c1").WithSubject("people displaced since 17 October").WithPlace("Mosul, Iraq").WithPeriod("2017-03-01").Build(), new VerificationOptions());

        var found = await store.FindCandidatesAsync(query, default);
        var inMemory = await new InMemoryEvidenceSource(evidence).FindCandidatesAsync(query, default);

        Assert.That(found.Select(c => c.Id), Is.EquivalentTo(new[] { "later-total" }).And.EquivalentTo(inMemory.Select(c => c.Id)));
    }

    [Test]
    public async Task GetDerivationsAsync_ReturnsTheClaimsThatStateDerivations()
    {
        var store = await Backend.NewStoreAsync();
        await store.ImportAsync("evidence.json", [new ClaimBuilder("e1").WithDerivedFrom("UNHCR").Build(), new ClaimBuilder("e2").Build()]);

        var derivations = await store.GetDerivationsAsync(new VerificationOptions(), default);

        Assert.That(derivations.Select(c => (c.Id, c.DerivedFrom.Single())), Is.EqualTo(new[] { ("e1", "UNHCR") }));
    }

    [Test]
    public async Task GetDerivationsAsync_ClaimsAtOnePlace_ShareItAndLeaveTheirFiguresOut()
    {
        var store = await Backend.NewStoreAsync();
        await store.ImportAsync("evidence.json", [
            new ClaimBuilder("e1").WithSubject("civilians killed").WithFigure("105").WithPlace("al-Jadida, Mosul, Iraq").WithSource("Daily Star").WithDerivedFrom("UNHCR").Build(),
            new ClaimBuilder("e2").WithSubject("civilians killed").WithFigure("110").WithPlace("al-Jadida, Mosul, Iraq").WithSource("Daily Star").WithDerivedFrom("UNHCR").Build(),
        ]);

        var derivations = await store.GetDerivationsAsync(new VerificationOptions(), default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(derivations.Select(c => (c.Id, c.Subject.Text, c.Place?.Path, c.Source, c.DerivedFrom.Single())), Is.EqualTo(new[]
            {
                ("e1", "civilians killed", "al-Jadida, Mosul, Iraq", "Daily Star", "UNHCR"),
                ("e2", "civilians killed", "al-Jadida, Mosul, Iraq", "Daily Star", "UNHCR"),
            }));
            Assert.That(derivations.Select(c => c.Figure), Is.All.Null);
            Assert.That(derivations[1].Place, Is.SameAs(derivations[0].Place));
            Assert.That(derivations[1].DerivedFrom, Is.SameAs(derivations[0].DerivedFrom));
        }
    }

    [Test]
    public async Task FindCandidatesAsync_AfterALaterImport_SeesItsRows()
    {
        var store = await Backend.NewStoreAsync();
        var query = EvidenceQuery.For(new ClaimBuilder("c1").WithSubject("civilians killed").WithPlace("Mosul, Iraq").WithPeriod("2017-03-17").Build(), new VerificationOptions());
        await store.ImportAsync("first.json", [new ClaimBuilder("e1").WithSubject("civilians killed").WithFigure("105").WithPlace("Mosul, Iraq").WithPeriod("2017-03-17").Build()]);
        var before = await store.FindCandidatesAsync(query, default);

        await store.ImportAsync("second.json", [new ClaimBuilder("e2").WithSubject("civilians killed").WithFigure("110").WithPlace("Mosul, Iraq").WithPeriod("2017-03-17").Build()]);
        var after = await store.FindCandidatesAsync(query, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.Select(c => c.Id), Is.EqualTo(new[] { "e1" }));
            Assert.That(after.Select(c => c.Id), Is.EqualTo(new[] { "e1", "e2" }));
        }
    }

    [Test]
    public async Task FindCandidatesAsync_ManyAtOnce_EachGetsItsOwnRows()
    {
        var store = await Backend.NewStoreAsync();
        var places = Enumerable.Range(0, 20).Select(i => $"Town {i}, Iraq").ToArray();
        await store.ImportAsync("evidence.json", [.. places.Select((p, i) => new ClaimBuilder("e" + i).WithSubject("civilians killed").WithFigure("105").WithPlace(p).WithPeriod("2017-03-17").Build())]);
        var options = new VerificationOptions();

        var found = await Task.WhenAll(Enumerable.Range(0, 200).Select(async n =>
        {
            var query = EvidenceQuery.For(new ClaimBuilder("c" + n).WithSubject("civilians killed").WithPlace(places[n % places.Length]).WithPeriod("2017-03-17").Build(), options);
            return (n, Ids: (await store.FindCandidatesAsync(query, default)).Select(c => c.Id).ToArray());
        }));

        Assert.That(found.Where(f => !f.Ids.SequenceEqual(["e" + (f.n % places.Length)])).Select(f => f.n), Is.Empty);
    }

    [Test]
    public async Task RecheckAsync_EvidenceChangedSinceTheCheck_ListsTheClaimWhoseVerdictChanged()
    {
        var store = await Backend.NewStoreAsync();
        var strike = Strike();
        await store.ImportAsync("release-1.json", [strike], new DateOnly(2017, 3, 20));
        var report = StrikeReport();
        var provider = new ServiceCollection().AddVerification(v => v.AddEvidence(store));
        var services = provider.BuildServiceProvider();
        await using (services)
        {
            var verifier = services.GetRequiredService<IClaimVerifier>();
            var first = await verifier.VerifyAsync(report);
            await store.RecordChecksAsync(first);
            var nothingNew = await store.RecheckAsync(verifier);

            await store.ImportAsync("release-2.json", [strike with { Figure = Figure.Parse("240") }], new DateOnly(2017, 5, 25));
            var changes = await store.RecheckAsync(verifier);
            var again = await store.RecheckAsync(verifier);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(first.Claims[0].Verdict, Is.EqualTo(Verdict.Corroborated));
                Assert.That(nothingNew, Is.Empty);
                Assert.That(changes.Select(c => (c.ReportId, c.Current.Claim.Id, c.Previous, c.Current.Verdict)), Is.EqualTo(new[] { ("r1", "c1", Verdict.Corroborated, Verdict.Contested) }));
                Assert.That(again, Is.Empty, "the recheck's results are kept");
            }
        }
    }

    [Test]
    public async Task RecheckAsync_CheckMadeAsOfADay_IsCheckedAgainOnlyForAReleaseInForceThatDayAndAsOfIt()
    {
        var location = await Backend.NewLocationAsync();
        var latest = Backend.Track(EvidenceStore.Open(location));
        var april = Backend.Track(EvidenceStore.Open(location, new EvidenceStoreOptions { AsOf = new DateOnly(2017, 4, 1) }));
        var strike = Strike();
        await latest.ImportAsync("release-1.json", [strike], new DateOnly(2017, 3, 20));
        var report = new Report("r1", [new ClaimBuilder("c1").WithSubject("civilians killed").WithFigure("about 100").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").WithSource("Local officials").Build()]);
        await april.RecordChecksAsync(await StoreTesting.VerifyAsync(april, report));
        var asOfSeen = new List<DateOnly?>();
        async Task<ReportVerification?> AsItWasMade(KeptCheck kept, CancellationToken ct)
        {
            asOfSeen.Add(kept.AsOf);
            var store = Backend.Track(EvidenceStore.Open(location, new EvidenceStoreOptions { AsOf = kept.AsOf }));
            return await StoreTesting.VerifyAsync(store, kept.Report);
        }

        // A release after the day does not change the evidence in force on it.
        await latest.ImportAsync("release-2.json", [strike with { Figure = Figure.Parse("240") }], new DateOnly(2017, 5, 25));
        var byTheLatestVerifier = await StoreTesting.RecheckAsync(latest);
        var afterALaterRelease = await latest.RecheckAsMadeAsync(AsItWasMade);

        // A correction released before the day does.
        await latest.ImportAsync("correction.json", [new ClaimBuilder("e2").WithSubject("civilians killed").WithFigure("300").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").WithSource("Airwars").Build()], new DateOnly(2017, 3, 30), dataSet: "corrections");
        var afterACorrection = await latest.RecheckAsMadeAsync(AsItWasMade);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byTheLatestVerifier, Is.Empty, "a check made as of a day is not checked again against the latest evidence");
            Assert.That(afterALaterRelease, Is.Empty);
            Assert.That(asOfSeen, Is.EqualTo(new DateOnly?[] { new DateOnly(2017, 4, 1) }), "checked again once, after the correction, as of its day");
            Assert.That(afterACorrection.Select(c => (c.Previous, c.Current.Verdict)), Is.EqualTo(new[] { (Verdict.Corroborated, Verdict.Contested) }));
        }
    }

    [Test]
    public async Task RecordChecksAsync_LastImportSeenBeforeTheCheck_AnImportDuringTheCheckIsRechecked()
    {
        var store = await Backend.NewStoreAsync();
        var strike = Strike();
        await store.ImportAsync("release-1.json", [strike], new DateOnly(2017, 3, 20));
        var report = new Report("r1", [new ClaimBuilder("c1").WithSubject("civilians killed").WithFigure("about 100").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").WithSource("Local officials").Build()]);

        var seen = await store.GetLastImportIdAsync();
        var result = await StoreTesting.VerifyAsync(store, report);
        await store.ImportAsync("release-2.json", [strike with { Figure = Figure.Parse("240") }], new DateOnly(2017, 5, 25));
        await store.RecordChecksAsync(result, new CheckRecord { LastImportSeen = seen, Settings = "kept as it was" });
        var settings = new List<string?>();
        var changes = await store.RecheckAsMadeAsync(
            async (kept, ct) =>
            {
                settings.Add(kept.Settings);
                return await StoreTesting.VerifyAsync(store, kept.Report);
            });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings, Is.EqualTo(new[] { "kept as it was" }));
            Assert.That(changes.Select(c => (c.Previous, c.Current.Verdict)), Is.EqualTo(new[] { (Verdict.Corroborated, Verdict.Contested) }));
        }
    }

    [Test]
    public async Task RecordChecksAsync_ReportCheckedAgainWithFewerClaims_KeepsOnlyTheNewCheck()
    {
        var store = await Backend.NewStoreAsync();
        var strike = Strike();
        await store.ImportAsync("release-1.json", [strike], new DateOnly(2017, 3, 20));
        var killed = new ClaimBuilder("c1").WithSubject("civilians killed").WithFigure("about 100").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").WithSource("Local officials").Build();
        var displaced = new ClaimBuilder("c2").WithSubject("people displaced").WithFigure("5,000").WithPlace("Raqqa, Syria").WithPeriod("2017-03-17").WithSource("Local officials").Build();
        var provider = new ServiceCollection().AddVerification(v => v.AddEvidence(store));
        var services = provider.BuildServiceProvider();
        await using (services)
        {
            var verifier = services.GetRequiredService<IClaimVerifier>();
            await store.RecordChecksAsync(await verifier.VerifyAsync(new Report("r1", [killed, displaced])));
            await store.RecordChecksAsync(await verifier.VerifyAsync(new Report("r1", [displaced])));

            await store.ImportAsync("release-2.json", [strike with { Figure = Figure.Parse("240") }], new DateOnly(2017, 5, 25));
            var changes = await store.RecheckAsync(verifier);

            Assert.That(changes, Is.Empty, "c1 is no longer part of report r1's last check");
        }
    }

    [Test]
    public async Task KeepChecksAsync_ResultsReadToTheEnd_HandsThemOnAndKeepsThemForRecheck()
    {
        var store = await Backend.NewStoreAsync();
        var strike = Strike();
        await store.ImportAsync("release-1.json", [strike], new DateOnly(2017, 3, 20));
        var report = StrikeReport();
        var provider = new ServiceCollection().AddVerification(v => v.AddEvidence(store));
        var services = provider.BuildServiceProvider();
        await using (services)
        {
            var verifier = services.GetRequiredService<IClaimVerifier>();
            var handedOn = new List<ClaimVerification>();
            await foreach (var result in store.KeepChecksAsync(report, verifier.VerifyAllAsync(StoreTesting.Stream(report.Claims))))
            {
                handedOn.Add(result);
            }

            await store.ImportAsync("release-2.json", [strike with { Figure = Figure.Parse("240") }], new DateOnly(2017, 5, 25));
            var changes = await store.RecheckAsync(verifier);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(handedOn.Select(r => (r.Claim.Id, r.Verdict)), Is.EqualTo(new[] { ("c1", Verdict.Corroborated), ("c2", Verdict.Unverified) }));
                Assert.That(changes.Select(c => (c.ReportId, c.Current.Claim.Id, c.Previous, c.Current.Verdict)), Is.EqualTo(new[] { ("r1", "c1", Verdict.Corroborated, Verdict.Contested) }));
            }
        }
    }

    [Test]
    public async Task KeepChecksAsync_CheckFailingAfterABatchWasStored_KeepsNothingAndTheLastCheckStays()
    {
        var store = await Backend.NewStoreAsync();
        var strike = Strike();
        await store.ImportAsync("release-1.json", [strike], new DateOnly(2017, 3, 20));
        var killed = new ClaimBuilder("c1").WithSubject("civilians killed").WithFigure("about 100").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").WithSource("Local officials").Build();
        var first = await StoreTesting.VerifyAsync(store, new Report("r1", [killed]));
        await store.RecordChecksAsync(first);

        // More results than a batch, then a failure: the first batch was written, and must not be kept.
        var many = await StoreTesting.VerifyAsync(store, new Report("r1", [.. Enumerable.Range(0, 1500).Select(i => killed with { Id = $"other{i}" })]));
        async IAsyncEnumerable<ClaimVerification> FailingAfterMany()
        {
            foreach (var result in many.Claims)
            {
                await Task.Yield();
                yield return result;
            }

            throw new InvalidOperationException("the check failed");
        }

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in store.KeepChecksAsync(new Report("r1", []), FailingAfterMany()))
            {
            }
        });
        await store.ImportAsync("release-2.json", [strike with { Figure = Figure.Parse("240") }], new DateOnly(2017, 5, 25));
        var changes = await StoreTesting.RecheckAsync(store);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed?.Message, Is.EqualTo("the check failed"));
            Assert.That(changes.Select(c => (c.ReportId, c.Current.Claim.Id)), Is.EqualTo(new[] { ("r1", "c1") }), "r1's last check is the one kept before");
        }
    }

    [Test]
    public async Task FindCandidatesAsync_FirstQueriesOfARunAtOnce_ReadTheSubjectListOnce()
    {
        var store = await Backend.NewStoreAsync();
        await store.ImportAsync("release-1.json", [Strike()], new DateOnly(2017, 3, 20));
        var options = new VerificationOptions();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queries = Enumerable.Range(0, 32).Select(i => Task.Run(async () =>
        {
            await go.Task;
            var claim = new ClaimBuilder($"c{i}").WithSubject("civilians killed").WithFigure("about 100").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").Build();
            return await store.FindCandidatesAsync(EvidenceQuery.For(claim, options), CancellationToken.None);
        })).ToList();

        go.SetResult();
        var found = await Task.WhenAll(queries);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found.Select(f => f.Count), Is.All.EqualTo(1));
            Assert.That(store.SubjectListReads, Is.EqualTo(1), "the first queries share one reading of the subject list");
        }
    }

    [Test]
    public async Task InitializeAsync_DatabaseNotReachable_ThrowsTheStoresExceptionNamingItWithoutPassword()
    {
        var location = Backend.NewUnreachableLocation();
        var store = Backend.Track(EvidenceStore.Open(location));

        var failure = await Assert.ThrowsAsync<EvidenceStoreException>(() => store.InitializeAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure?.InnerException, Is.InstanceOf<System.Data.Common.DbException>());
            Assert.That(failure?.Message, Does.StartWith($"The {store.Kind} evidence store (").And.Contain("failed while setting up its tables: "));
            Assert.That(failure?.Message, BackendKind == "sqlite" ? Does.Contain(location) : Does.Contain("database verification_test_").And.Not.Contain("Password"));
        }
    }

    [Test]
    public async Task RecheckAsMadeAsync_KeptChecksCannotBeRead_ThrowsTheStoresExceptionAndChecksNothing()
    {
        var location = await Backend.NewLocationAsync();
        var store = Backend.Track(EvidenceStore.Open(location));
        await store.InitializeAsync();

        // The store's tables were made; the kept checks' table is then lost around the library.
        await StoreBackend.ExecuteAsync(location, "DROP TABLE checks");
        var asked = 0;
        var failure = await Assert.ThrowsAsync<EvidenceStoreException>(() => store.RecheckAsMadeAsync((_, _) =>
        {
            asked++;
            return Task.FromResult<ReportVerification?>(null);
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure?.InnerException, Is.InstanceOf<System.Data.Common.DbException>());
            Assert.That(failure?.Message, Does.StartWith($"The {store.Kind} evidence store (").And.Contain("failed while reading the kept checks: "));
            Assert.That(asked, Is.Zero);
        }
    }

    /// <summary>The evidence of the re-check tests: the US military's count of one strike in al-Jadida.</summary>
    private static Claim Strike() =>
        new ClaimBuilder("e1").WithSubject("civilians killed").WithFigure("105").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").WithSource("US military").Build();

    /// <summary>The report the re-check tests check: a figure for the strike, and one the store has nothing about.</summary>
    private static Report StrikeReport() => new("r1", [
        new ClaimBuilder("c1").WithSubject("civilians killed").WithFigure("about 100").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").WithSource("Local officials").Build(),
        new ClaimBuilder("c2").WithSubject("people displaced").WithFigure("5,000").WithPlace("Raqqa, Syria").WithPeriod("2017-03-17").WithSource("Local officials").Build(),
    ]);
}

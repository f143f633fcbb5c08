using Verification.Evidence;
using Verification.Testing;
using Verification.Validators;

namespace Verification.Store.Tests;

/// <summary>A query reads <see cref="EvidenceStoreOptions.AsOf"/> once: its revision filter and its parameter agree even
/// while another thread changes the option.</summary>
public sealed class CandidateQueryAsOfTests
{
    [Test]
    public async Task CandidateQueryAsync_AsOfChangedMeanwhile_FilterAndParameterAgree()
    {
        await using var backend = new StoreBackend("sqlite");
        var store = backend.Track(EvidenceStore.OpenSqlite(await backend.NewLocationAsync()));
        await store.ImportAsync("evidence.json", [new ClaimBuilder("e1").WithSubject("civilians killed").WithFigure("105").WithPlace("Mosul, Iraq").WithPeriod("2017-03-17").Build()]);
        var query = EvidenceQuery.For(new ClaimBuilder("c1").WithSubject("civilians killed").WithPlace("Mosul, Iraq").WithPeriod("2017-03-17").Build(), new VerificationOptions());
        using var stop = new CancellationTokenSource();
        var toggling = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                store.Options.AsOf = store.Options.AsOf is null ? new DateOnly(2017, 4, 1) : null;
            }
        });

        var disagreeing = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 200_000 && disagreeing == 0 && clock.Elapsed < TimeSpan.FromSeconds(5); i++)
        {
            var (sql, parameters) = (await store.CandidateQueryAsync(query, default))!.Value;
            if (sql.Contains("@as_of", StringComparison.Ordinal) != parameters.Any(p => p.Name == "as_of"))
            {
                disagreeing++;
            }
        }

        await stop.CancelAsync();
        await toggling;

        Assert.That(disagreeing, Is.Zero);
    }
}

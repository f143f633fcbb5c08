using Verification.Claims;
using Verification.Testing;

namespace Verification.Store.Tests;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class EvidenceImportTests(string backend) : StoreBackendTests(backend)
{
    [Test]
    public async Task AddAsync_MoreClaimsThanABatch_WritesEachBatchAsSoonAsItIsRead()
    {
        var store = await Backend.NewStoreAsync();
        var read = 0;
        async IAsyncEnumerable<Claim> Claims(int count)
        {
            for (var i = 0; i < count; i++)
            {
                await Task.Yield();
                read++;
                yield return new ClaimBuilder($"strike-{i}").WithSubject("civilians killed").WithFigure(i % 50, i % 50 + 10).WithPlace("Mosul, Iraq").WithPeriod("2017-03-17").WithSource("Airwars").Build();
            }
        }

        var writes = new List<(int ReadSoFar, int Size)>();
        var import = await store.BeginImportAsync();
        int batch;
        ImportSummary summary;
        await using (import)
        {
            batch = import.BatchSize;
            import.BatchWritten = size => writes.Add((read, size));
            summary = await import.AddAsync(StoreTesting.Source("strikes.csv", "2.5 batches"), Claims((batch * 5) / 2));
            await import.CommitAsync();
        }

        using (Assert.EnterMultipleScope())
        {
            // A claim read ahead of its batch's write would show as more read than written so far.
            Assert.That(writes, Is.EqualTo(new[] { (batch, batch), (2 * batch, batch), (batch * 5 / 2, batch / 2) }));
            Assert.That(summary.Added, Is.EqualTo(batch * 5 / 2));
            Assert.That(await store.GetRevisionsAsync($"strike-{batch * 5 / 2 - 1}"), Has.Count.EqualTo(1));
        }
    }
}

using Verification.Claims;
using Verification.Store.Rows;
using Verification.Store.Schema;
using Verification.Testing;

namespace Verification.Store.Tests.Rows;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class KeptChecksWriterTests(string backend) : StoreBackendTests(backend)
{
    [Test]
    public async Task AddAsync_MoreResultsThanABatch_WritesEachBatchWhenFullAndTheRestOnCommit()
    {
        var location = await Backend.NewLocationAsync();
        var store = Backend.Track(EvidenceStore.Open(location));
        await store.InitializeAsync();
        var claim = new ClaimBuilder("c").WithSubject("civilians killed").WithFigure("about 100").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").WithSource("Local officials").Build();
        var report = new Report("r1", [.. Enumerable.Range(0, 2500).Select(i => claim with { Id = $"c{i}" })]);
        var results = await StoreTesting.VerifyAsync(store, report);
        var dialect = StoreLocation.Parse(location);
        var source = dialect.CreateDataSource();
        await using (source)
        {
            var added = 0;
            var writes = new List<(int AddedSoFar, int Size)>();
            var writer = new KeptChecksWriter(source, dialect, report, asOf: null, lastImportSeen: null, settings: null, DateTimeOffset.UnixEpoch);
            await using (writer)
            {
                writer.BatchWritten = size => writes.Add((added, size));
                foreach (var result in results.Claims)
                {
                    added++;
                    await writer.AddAsync(result, default);
                }

                await writer.CommitAsync(default);
            }

            using (Assert.EnterMultipleScope())
            {
                Assert.That(writes, Is.EqualTo(new[] { (1000, 1000), (2000, 1000), (2500, 500) }), "a result is never held past its batch");
                Assert.That(await CountAsync(location, "SELECT count(*) FROM checks WHERE report_id = 'r1'"), Is.EqualTo(2500));
                Assert.That(await CountAsync(location, "SELECT count(*) FROM checks WHERE claim_id = 'c' || position"), Is.EqualTo(2500), "each kept at its place in the report");
            }
        }
    }

    private static async Task<long> CountAsync(string location, string sql)
    {
        System.Data.Common.DbConnection connection = EvidenceStore.IsPostgresLocation(location)
            ? new Npgsql.NpgsqlConnection(location)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={location}");
        await using (connection)
        {
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            await using (command)
            {
                command.CommandText = sql;
                return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}

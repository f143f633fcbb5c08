using System.Data.Common;
using Verification.Store.Rows;

namespace Verification.Store.Tests.Rows;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class BatchWriterTests(string backend)
{
    private const string Insert = "INSERT INTO names (id, name) VALUES (@id, @name) ON CONFLICT (id) DO NOTHING";

    private StoreBackend _backend = null!;
    private DbConnection _connection = null!;

    [SetUp]
    public async Task SetUp()
    {
        _backend = new StoreBackend(backend);
        var location = await _backend.NewLocationAsync();
        _connection = StoreBackend.Connect(location);
        await _connection.OpenAsync();
        await ExecuteAsync("CREATE TABLE names (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        await ExecuteAsync("INSERT INTO names (id, name) VALUES (2, 'already there')");
    }

    [TearDown]
    public async Task TearDown()
    {
        await _connection.DisposeAsync();
        await _backend.DisposeAsync();
    }

    [Test]
    public async Task WriteAsync_RowsOfABatch_WritesThemAndTellsWhichTheTableRefused()
    {
        var writer = new BatchWriter<(int Id, string Name)>(Insert, ["@id", "@name"], batchSize: 3);
        await using (writer)
        {
            var sizes = new List<int>();
            writer.BatchWritten = sizes.Add;
            var transaction = await _connection.BeginTransactionAsync();
            writer.Add((1, "one"));
            writer.Add((2, "two"));
            writer.Add((3, "three"));
            var full = writer.IsFull;
            var written = await writer.WriteAsync(transaction, i => [writer.Pending[i].Id, writer.Pending[i].Name], default);
            var left = writer.Pending.Count;
            await transaction.CommitAsync();

            using (Assert.EnterMultipleScope())
            {
                Assert.That(full, Is.True);
                Assert.That(written, Is.EqualTo(new[] { true, false, true }), "row 2 was in the table");
                Assert.That(left, Is.Zero);
                Assert.That(sizes, Is.EqualTo(new[] { 3 }));
                Assert.That(await NamesAsync(), Is.EqualTo(new[] { "one", "already there", "three" }));
            }
        }
    }

    [Test]
    public async Task Add_BatchFull_ThrowsRatherThanHoldMore()
    {
        var writer = new BatchWriter<int>(Insert, ["@id", "@name"], batchSize: 2);
        await using (writer)
        {
            writer.Add(1);
            writer.Add(2);

            Assert.That(() => writer.Add(3), Throws.InvalidOperationException.With.Message.Contains("at most 2 rows"));
        }
    }

    [Test]
    public async Task WriteOneAsync_BetweenBatches_LeavesThePendingRowsAndWritesInTheTransaction()
    {
        var writer = new BatchWriter<int>(Insert, ["@id", "@name"], batchSize: 10);
        await using (writer)
        {
            var transaction = await _connection.BeginTransactionAsync();
            writer.Add(7);
            var one = await writer.WriteOneAsync(transaction, [5, "five"], default);
            var again = await writer.WriteOneAsync(transaction, [5, "five again"], default);
            var pending = writer.Pending.ToArray();
            await transaction.RollbackAsync();

            using (Assert.EnterMultipleScope())
            {
                Assert.That((one, again), Is.EqualTo((true, false)));
                Assert.That(pending, Is.EqualTo(new[] { 7 }));
                Assert.That(await NamesAsync(), Is.EqualTo(new[] { "already there" }), "rolled back with its transaction");
            }
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        var command = _connection.CreateCommand();
        await using (command)
        {
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    private async Task<List<string>> NamesAsync()
    {
        var names = new List<string>();
        var command = _connection.CreateCommand();
        await using (command)
        {
            command.CommandText = "SELECT name FROM names ORDER BY id";
            var reader = await command.ExecuteReaderAsync();
            await using (reader)
            {
                while (await reader.ReadAsync())
                {
                    names.Add(reader.GetString(0));
                }
            }
        }

        return names;
    }
}

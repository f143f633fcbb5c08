using Microsoft.Data.Sqlite;
using Verification.Evidence;
using Verification.Testing;
using Verification.Validators;

namespace Verification.Store.Tests;

/// <summary>A claim's candidates are read through the indexes on the lookup keys, not by reading every row.</summary>
public sealed class QueryPlanTests
{
    [Test]
    public async Task CandidateQuery_ClaimWithPlaceAndPeriod_IsAnsweredThroughThePlaceIndexes()
    {
        await using var backend = new StoreBackend("sqlite");
        var path = await backend.NewLocationAsync();
        var store = backend.Track(EvidenceStore.OpenSqlite(path));
        var evidence = Enumerable.Range(0, 200).Select(i => new ClaimBuilder("e" + i).WithSubject(i % 2 == 0 ? "civilians killed" : "people displaced")
            .WithFigure((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).WithPlace(i % 3 == 0 ? "al-Jadida, Mosul, Iraq" : "Raqqa, Syria").WithPeriod("2017-03-17").Build()).ToList();
        await store.ImportAsync("evidence.json", evidence);
        await store.GetDerivationsAsync(new VerificationOptions(), default);
        var query = EvidenceQuery.For(new ClaimBuilder("c1").WithSubject("civilians killed").WithPlace("al-Jadida, Mosul, Iraq").WithPeriod("2017-03-17").Build(), new VerificationOptions());

        var (sql, parameters) = (await store.CandidateQueryAsync(query, default))!.Value;
        var plan = new List<string>();
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan, Has.Some.Contains("evidence USING INDEX evidence_by_place"), string.Join(Environment.NewLine, plan));
            Assert.That(plan, Has.Some.Contains("place_keys USING").And.Some.Contains("place_keys_by_name"), string.Join(Environment.NewLine, plan));
            Assert.That(plan, Has.None.Match("SCAN evidence$"), "no pass over every row");
        }
    }
}

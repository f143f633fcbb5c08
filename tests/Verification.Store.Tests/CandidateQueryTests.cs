using Microsoft.Data.Sqlite;
using Verification.Evidence;
using Verification.Places;
using Verification.Subjects;
using Verification.Testing;
using Verification.Validators;

namespace Verification.Store.Tests;

/// <summary>What a claim's candidate query reads: the rows the engine may take, and no others of related subjects.</summary>
public sealed class CandidateQueryTests
{
    private static readonly string[] Subjects = ["children killed", "civilians killed", "people killed", "people displaced", "children displaced", "widgets counted"];

    private static readonly string[] Places = ["al-Jadida, Mosul, Nineveh, Iraq", "Mosul, Nineveh, Iraq", "Nineveh, Iraq", "Iraq", "Raqqa, Syria"];

    [Test]
    public async Task CandidateQuery_SubjectsAndPlacesOfEveryRelation_ReadsExactlyTheRowsTheQueryMatches()
    {
        await using var backend = new StoreBackend("sqlite");
        var path = await backend.NewLocationAsync();
        var store = backend.Track(EvidenceStore.OpenSqlite(path));
        var evidence = (from s in Subjects from p in Places select new ClaimBuilder($"{s}|{p}").WithSubject(s).WithFigure("40").WithPlace(p).WithPeriod("2017-03-17").Build()).ToList();
        await store.ImportAsync("evidence.json", evidence);
        var options = new VerificationOptions();
        await store.GetDerivationsAsync(options, default);

        var wrong = new List<string>();
        var partOrWholeLeftOut = 0;
        foreach (var subject in Subjects)
        {
            var query = EvidenceQuery.For(new ClaimBuilder("c").WithSubject(subject).WithPlace("Mosul, Nineveh, Iraq").WithPeriod("2017-03-17").Build(), options);
            var read = await ReadIdsAsync(path, store, query);
            var matched = evidence.Where(query.Matches).Select(e => e.Id).ToHashSet();
            if (!read.SetEquals(matched))
            {
                wrong.Add($"{subject}: read [{string.Join("; ", read.Order())}], matched [{string.Join("; ", matched.Order())}]");
            }

            // Rows of a related subject at a related place that the query does not take: a part or whole at a place
            // where it is neither the same count nor a part of it.
            partOrWholeLeftOut += evidence.Count(e => !matched.Contains(e.Id)
                && options.Subjects.Relate(query.SubjectKey, options.Subjects.Read(e)) != SubjectRelation.Unrelated
                && query.Place!.RelationTo(e.Place!, options.PlaceNames) != PlaceRelation.Unrelated);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrong, Is.Empty);
            Assert.That(partOrWholeLeftOut, Is.GreaterThan(0), "the evidence holds parts and wholes at places where they do not count");
        }
    }

    [Test]
    public async Task CandidateQuery_SubjectTheVocabularyDoesNotRead_ReadsOnlyRowsOfTheSameWords()
    {
        await using var backend = new StoreBackend("sqlite");
        var path = await backend.NewLocationAsync();
        var store = backend.Track(EvidenceStore.OpenSqlite(path));
        await store.ImportAsync("evidence.json", [
            new ClaimBuilder("same").WithSubject("widgets counted").WithFigure("40").WithPlace("Mosul, Iraq").WithPeriod("2017-03-17").Build(),
            new ClaimBuilder("other").WithSubject("civilians killed").WithFigure("40").WithPlace("Mosul, Iraq").WithPeriod("2017-03-17").Build(),
        ]);
        var options = new VerificationOptions();
        var query = EvidenceQuery.For(new ClaimBuilder("c").WithSubject("widgets counted").WithPlace("Mosul, Iraq").WithPeriod("2017-03-17").Build(), options);

        var read = await ReadIdsAsync(path, store, query);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(query.SubjectKey.IsRead, Is.False, "the vocabulary does not read the subject");
            Assert.That(read, Is.EquivalentTo(new[] { "same" }));
        }
    }

    // The claim ids of the rows the query's SQL reads, before Matches.
    private static async Task<HashSet<string>> ReadIdsAsync(string path, EvidenceStore store, EvidenceQuery query)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (await store.CandidateQueryAsync(query, default) is not var (sql, parameters))
        {
            return ids;
        }

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}

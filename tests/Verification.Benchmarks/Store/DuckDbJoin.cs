using System.Globalization;
using DuckDB.NET.Data;

namespace Verification.Benchmarks.Store;

/// <summary>The baseline the store is measured against: the same check written as one SQL join in DuckDB, over the
/// claims and the evidence already in a DuckDB file (<c>-- --duckdb-join FILE</c>), writing a verdict per claim.</summary>
/// <remarks>Cruder than the engine: it matches subject and place as written (no vocabulary, no place hierarchy, no
/// aliases), periods within seven days of each other, and calls a claim contested when any candidate's interval misses
/// the claim's, corroborated when all meet it; no sources' independence, no echoes, no running totals. It is the
/// plain SQL a newsroom could write instead, and the time to beat.</remarks>
internal static class DuckDbJoin
{
    public const string Sql = """
        SELECT c.id,
               CASE WHEN count(e.id) = 0 THEN 'unverified'
                    WHEN bool_or(e.high < c.low OR e.low > c.high) THEN 'contested'
                    ELSE 'corroborated' END AS verdict,
               count(e.id) AS candidates
        FROM claims c
        LEFT JOIN evidence e
          ON e.subject = c.subject AND e.place = c.place
         AND e.start_day <= c.end_day + 7 AND e.end_day >= c.start_day - 7
         AND e.source <> c.source
        GROUP BY c.id
        ORDER BY c.id
        """;

    /// <summary>Runs the join on the file and writes a line per claim to <paramref name="output"/>.</summary>
    /// <returns>How many claims of each verdict, for a check that the run did what it should.</returns>
    public static IReadOnlyDictionary<string, int> Run(string file, TextWriter output)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var connection = new DuckDBConnection($"Data Source={file};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var verdict = reader.GetString(1);
            counts[verdict] = counts.GetValueOrDefault(verdict) + 1;
            output.Write(reader.GetString(0));
            output.Write('\t');
            output.Write(verdict);
            output.Write('\t');
            output.WriteLine(reader.GetInt64(2).ToString(CultureInfo.InvariantCulture));
        }

        return counts;
    }
}

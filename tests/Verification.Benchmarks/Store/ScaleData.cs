using System.Globalization;
using DuckDB.NET.Data;
using Verification.Benchmarks.Data;
using Verification.Claims;
using Verification.Figures;
using Verification.Json;

namespace Verification.Benchmarks.Store;

/// <summary>Where the store-at-scale benchmark's data lives, and the step that makes it once: for each size, the
/// workload's evidence and claims as claims files, the evidence imported into a SQLite store (timed: import rows per
/// second) and the same data in a DuckDB file. Made by <c>store-scale.sh setup</c>; never in the repository.</summary>
/// <remarks>
/// <para>Layout under the data folder (<c>VERIFICATION_SCALE_DATA</c>, default <c>/tmp/verification-scale</c>):
/// <c>cli/verify</c> (a Release build of the tool), <c>bench/</c> (a Release build of this project, for its DuckDB
/// mode), and per size <c>N/evidence-00.json</c>… (a million claims each), <c>N/claims.json</c>, <c>N/evidence.db</c> (SQLite),
/// <c>N/workload.duckdb</c> and <c>N/import.txt</c> (what the import took).</para>
/// <para>The evidence is the workload's (<see cref="WorkloadGenerator"/>, the same seed as every benchmark here), made
/// one claim at a time, so that 10,000,000 claims are written without being held; the claims to verify are the
/// workload's 100,000, made after the evidence by the same generator.</para>
/// </remarks>
internal sealed class ScaleData(string root)
{
    /// <summary>The data folder the benchmark reads, from <c>VERIFICATION_SCALE_DATA</c>.</summary>
    public static ScaleData Default { get; } = new(Environment.GetEnvironmentVariable("VERIFICATION_SCALE_DATA") is { Length: > 0 } dir
        ? dir
        : Path.Combine(Path.GetTempPath(), "verification-scale"));

    /// <summary>The one size imported into PostgreSQL, when a server is given: one database holds one size.</summary>
    public const int PostgresLimit = 1_000_000;

    public string Root => root;

    /// <summary>The tool, built by the setup step.</summary>
    public string Cli => Path.Combine(root, "cli", "verify");

    /// <summary>This project's build, for <c>--duckdb-join</c>.</summary>
    public string Bench => Path.Combine(root, "bench", "Verification.Benchmarks");

    public string Folder(int evidenceCount) => Path.Combine(root, evidenceCount.ToString(CultureInfo.InvariantCulture));

    /// <summary>The most evidence claims in one file: the tool reads files of up to 512 MB.</summary>
    public const int ClaimsPerFile = 1_000_000;

    /// <summary>The evidence, in files of <see cref="ClaimsPerFile"/> claims.</summary>
    public string[] EvidenceJson(int evidenceCount) =>
        [.. Enumerable.Range(0, (evidenceCount + ClaimsPerFile - 1) / ClaimsPerFile).Select(i => Path.Combine(Folder(evidenceCount), string.Create(CultureInfo.InvariantCulture, $"evidence-{i:D2}.json")))];

    public string ClaimsJson(int evidenceCount) => Path.Combine(Folder(evidenceCount), "claims.json");

    public string SqliteStore(int evidenceCount) => Path.Combine(Folder(evidenceCount), "evidence.db");

    public string DuckDb(int evidenceCount) => Path.Combine(Folder(evidenceCount), "workload.duckdb");

    public string ImportRecord(int evidenceCount) => Path.Combine(Folder(evidenceCount), "import.txt");

    /// <summary>Throws, naming the command that makes it, when a size's data is missing.</summary>
    /// <param name="evidenceCount">The size.</param>
    /// <remarks>The SQLite store is not required: a case against a store that is missing is left out, and says so.</remarks>
    public void Require(int evidenceCount)
    {
        string[] needed = [Cli, Bench, ClaimsJson(evidenceCount), DuckDb(evidenceCount)];
        if (needed.FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            throw new InvalidOperationException(
                $"{missing} is missing: make the data first with 'VERIFICATION_SCALE_DATA={root} tests/Verification.Benchmarks/store-scale.sh setup {evidenceCount}'.");
        }
    }

    /// <summary>Makes a size's data: the claims files and the DuckDB file in one pass over the generated evidence, then
    /// the SQLite store by the tool's own import, timed; and, given a PostgreSQL connection string, the same import
    /// into PostgreSQL, timed.</summary>
    public void Make(int evidenceCount, string? postgres, TextWriter log)
    {
        var inv = CultureInfo.InvariantCulture;
        Directory.CreateDirectory(Folder(evidenceCount));
        foreach (var stale in new[] { SqliteStore(evidenceCount), SqliteStore(evidenceCount) + "-wal", SqliteStore(evidenceCount) + "-shm", DuckDb(evidenceCount), DuckDb(evidenceCount) + ".wal" }.Concat(EvidenceJson(evidenceCount)))
        {
            File.Delete(stale);
        }

        var generator = new WorkloadGenerator();
        using (var duck = new DuckDBConnection($"Data Source={DuckDb(evidenceCount)}"))
        {
            duck.Open();
            using (var create = duck.CreateCommand())
            {
                create.CommandText = string.Join(" ", new[] { "evidence", "claims" }.Select(t =>
                    $"CREATE TABLE {t} (id VARCHAR, subject VARCHAR, place VARCHAR, start_day INTEGER, end_day INTEGER, low DOUBLE, high DOUBLE, source VARCHAR);"));
                create.ExecuteNonQuery();
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            using (var appender = duck.CreateAppender("evidence"))
            using (var evidence = generator.EvidenceStream(evidenceCount).Select(c => Append(appender, Readable(c))).GetEnumerator())
            {
                foreach (var part in EvidenceJson(evidenceCount))
                {
                    using var file = File.Create(part);
                    ClaimsFile.WriteAsync(Next(evidence, ClaimsPerFile), file).GetAwaiter().GetResult();
                }
            }

            log.WriteLine(string.Create(inv, $"{evidenceCount:N0}: evidence written ({EvidenceJson(evidenceCount).Sum(p => new FileInfo(p).Length) / 1048576.0:N0} MiB of JSON) in {clock.Elapsed.TotalSeconds:N0} s"));
            var claims = generator.ClaimsToVerify(Workload.FullClaimCount).Select(Readable).ToArray();
            using (var appender = duck.CreateAppender("claims"))
            {
                foreach (var claim in claims)
                {
                    Append(appender, claim);
                }
            }

            using var file2 = File.Create(ClaimsJson(evidenceCount));
            ClaimsFile.WriteAsync(claims, file2).GetAwaiter().GetResult();
        }

        var lines = new List<string> { Import(SqliteStore(evidenceCount), evidenceCount, log) };
        if (postgres is not null && evidenceCount <= PostgresLimit)
        {
            lines.Add(Import(postgres, evidenceCount, log));
        }

        File.WriteAllLines(ImportRecord(evidenceCount), lines);
    }

    // Imports the evidence file with the tool, as a user would, and says how fast and how large it ran.
    private string Import(string store, int evidenceCount, TextWriter log)
    {
        var inv = CultureInfo.InvariantCulture;
        var run = ChildRun.Run(Cli, ["evidence", "import", .. EvidenceJson(evidenceCount), "--store", store, "--released-on", "2025-01-01"], keepStdout: true);
        var kind = File.Exists(store) ? "SQLite" : "PostgreSQL";
        var size = kind == "SQLite" ? string.Create(inv, $", store {new FileInfo(store).Length / 1048576.0:N0} MiB ({(double)new FileInfo(store).Length / evidenceCount:N0} bytes per claim)") : string.Empty;
        var line = string.Create(inv, $"{kind} import of {evidenceCount:N0} claims: {run.Seconds:N1} s, {evidenceCount / run.Seconds:N0} rows per second, peak {run.PeakKilobytes / 1024.0:N0} MiB{size}; {run.Stdout.Trim()}");
        log.WriteLine(line);
        return line;
    }

    // The next claims of an enumeration, up to a number.
    private static IEnumerable<Claim> Next(IEnumerator<Claim> claims, int count)
    {
        for (var i = 0; i < count && claims.MoveNext(); i++)
        {
            yield return claims.Current;
        }
    }

    // The claim as a claims file can hold it: the generator hedges small counts ("nearly 18") to fractional bounds
    // (16.2), which the file's rules refuse for a count; such a figure is written as its interval of whole numbers.
    private static Claim Readable(Claim claim) =>
        claim.Figure is { } f && (double.IsFinite(f.Low) && f.Low != Math.Floor(f.Low) || double.IsFinite(f.High) && f.High != Math.Floor(f.High))
            ? claim with { Figure = Figure.Between(Math.Ceiling(f.Low), double.IsFinite(f.High) ? Math.Max(Math.Ceiling(f.Low), Math.Floor(f.High)) : f.High) }
            : claim;

    // A claim's row in DuckDB: its subject and place as written (lower case), its period as day numbers and its
    // figure's interval; what a plain SQL join can match on.
    private static Claim Append(DuckDBAppender appender, Claim claim)
    {
        var row = appender.CreateRow()
            .AppendValue(claim.Id)
            .AppendValue(claim.Subject.Text.ToLowerInvariant())
            .AppendValue(claim.Place?.Path.ToLowerInvariant())
            .AppendValue(claim.Period?.Start.DayNumber)
            .AppendValue(claim.Period?.End.DayNumber)
            .AppendValue(claim.Figure?.Low)
            .AppendValue(claim.Figure?.High)
            .AppendValue(claim.Source);
        row.EndRow();
        return claim;
    }
}

using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using Verification.Claims;

namespace Verification.Benchmarks.Store;

/// <summary>
/// <c>verify check</c> of the workload's 100,000 claims against 1,000,000 and 10,000,000 evidence claims, end to end
/// (each run a process of its own, from start to exit, output read to its end), three ways side by side: the same
/// join in SQL on DuckDB (the baseline), the tool reading the evidence JSON into memory (<c>--evidence</c>), and the
/// tool against a warm SQLite store (<c>--store</c>), and against a PostgreSQL store when one was imported.
/// </summary>
/// <remarks>
/// <para>The data is made once by <c>tests/Verification.Benchmarks/store-scale.sh setup</c> (see
/// <see cref="ScaleData"/>); the run is <c>store-scale.sh run</c>. Each case is a warm-up run (which also brings the
/// store's file into the page cache: a warm store) and three measured runs.</para>
/// <para>The in-memory path at 10,000,000 evidence claims is not run: it holds about 3.7 GB per million evidence
/// claims, some 37 GB, more than the machine's 24 GB (and no swap). Each process's peak resident set
/// (<c>/usr/bin/time</c>) is printed when its case ends.</para>
/// </remarks>
[Config(typeof(Settings))]
public class StoreScaleBenchmarks
{
    /// <summary>Above this many evidence claims the in-memory path is not run (it would not fit).</summary>
    public const int InMemoryLimit = 2_000_000;

    private readonly ScaleData _data = ScaleData.Default;
    private readonly List<ChildRun.Result> _runs = [];

    /// <summary>The sizes measured: <c>VERIFICATION_SCALE_SIZES</c> (comma-separated), by default 1,000,000 and
    /// 10,000,000.</summary>
    public static IEnumerable<int> Sizes => (Environment.GetEnvironmentVariable("VERIFICATION_SCALE_SIZES") is { Length: > 0 } sizes ? sizes : "1000000,10000000")
        .Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    /// <summary>How many evidence claims: in the JSON file, the SQLite store and the DuckDB file alike.</summary>
    [ParamsSource(nameof(Sizes))]
    public int EvidenceClaims { get; set; }

    /// <summary>The PostgreSQL store the setup imported into, when one was (<c>VERIFICATION_SCALE_POSTGRES</c>).</summary>
    private static string? Postgres => Environment.GetEnvironmentVariable("VERIFICATION_SCALE_POSTGRES") is { Length: > 0 } p ? p : null;

    [GlobalSetup]
    public void Setup()
    {
        _data.Require(EvidenceClaims);
        if (File.Exists(_data.ImportRecord(EvidenceClaims)))
        {
            foreach (var line in File.ReadAllLines(_data.ImportRecord(EvidenceClaims)))
            {
                Console.WriteLine("// " + line);
            }
        }
    }

    [IterationCleanup]
    public void Report() =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// run: {_runs[^1].Seconds:N2} s, peak resident set {_runs[^1].PeakKilobytes:N0} KB ({_runs[^1].PeakKilobytes / 1024.0:N0} MiB)"));

    [GlobalCleanup]
    public void Summary()
    {
        if (_runs.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// peak resident set, largest of {_runs.Count} runs: {_runs.Max(r => r.PeakKilobytes):N0} KB ({_runs.Max(r => r.PeakKilobytes) / 1024.0:N0} MiB)"));
        }
    }

    /// <summary>The join in SQL on DuckDB, over the data in a DuckDB file.</summary>
    [Benchmark(Baseline = true)]
    public double DuckDbJoin() => Keep(ChildRun.Run(_data.Bench, ["--duckdb-join", _data.DuckDb(EvidenceClaims)]));

    /// <summary><c>verify check claims.json --evidence evidence.json</c>: read, index, verify.</summary>
    [Benchmark]
    public double InMemoryJson() => Keep(ChildRun.Run(_data.Cli, ["check", _data.ClaimsJson(EvidenceClaims), .. _data.EvidenceJson(EvidenceClaims).SelectMany(f => new[] { "--evidence", f })]));

    /// <summary><c>verify check claims.json --store evidence.db</c>: open, query claim by claim, verify, keep the
    /// results in the store.</summary>
    [Benchmark]
    public double SqliteStore() => Keep(ChildRun.Run(_data.Cli, ["check", _data.ClaimsJson(EvidenceClaims), "--store", _data.SqliteStore(EvidenceClaims)]));

    /// <summary>As <see cref="SqliteStore"/>, against the PostgreSQL database named by
    /// <c>VERIFICATION_SCALE_POSTGRES</c> (run only when it is set, and only at the size imported into it).</summary>
    [Benchmark]
    public double PostgresStore() => Keep(ChildRun.Run(_data.Cli, ["check", _data.ClaimsJson(EvidenceClaims), "--store", Postgres!]));

    private double Keep(ChildRun.Result run)
    {
        _runs.Add(run);
        return run.Seconds;
    }

    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            // In process: what is timed runs in processes of its own anyway, and a busy machine need not build a
            // project per job first. A case may take many minutes (the in-process default gives up after five).
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(Iterations)
                .WithToolchain(new BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain(TimeSpan.FromHours(3), logOutput: true)).WithId("StoreScale"));
            SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend).WithTimeUnit(Perfolizer.Horology.TimeUnit.Second);
            AddFilter(new SimpleFilter(c => Runs(c.Descriptor.WorkloadMethod.Name, Count(c))));
        }

        // Measured runs per case after the warm-up: VERIFICATION_SCALE_ITERATIONS, by default 3.
        private static int Iterations => Environment.GetEnvironmentVariable("VERIFICATION_SCALE_ITERATIONS") is { Length: > 0 } n ? int.Parse(n, CultureInfo.InvariantCulture) : 3;

        // Whether a case is run; a case left out says why, once.
        private static bool Runs(string method, int count)
        {
            var data = ScaleData.Default;
            var skipped = method switch
            {
                nameof(InMemoryJson) when count > InMemoryLimit => "it would hold about 3.7 GB per million evidence claims, more than the machine has",
                nameof(SqliteStore) when !File.Exists(data.SqliteStore(count)) => $"no store at {data.SqliteStore(count)} (store-scale.sh setup makes it)",
                nameof(PostgresStore) when Postgres is null || count > ScaleData.PostgresLimit => "no PostgreSQL store imported at this size (VERIFICATION_SCALE_POSTGRES)",
                _ => null,
            };
            if (skipped is not null && Reported.Add((method, count)))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {method} at {count:N0} evidence claims is not run: {skipped}."));
            }

            return skipped is null;
        }

        private static readonly HashSet<(string, int)> Reported = [];

        private static int Count(BenchmarkDotNet.Running.BenchmarkCase c) => (int)c.Parameters[nameof(EvidenceClaims)]!;
    }
}

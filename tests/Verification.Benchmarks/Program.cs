using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Verification.Benchmarks;
#if !BASELINE_LIBRARY
using Verification.Benchmarks.Store;
#endif

// dotnet run -c Release --project tests/Verification.Benchmarks -- --filter '*'              every benchmark
// dotnet run -c Release --project tests/Verification.Benchmarks -- --filter '*' --job dry    smoke: each benchmark once
// dotnet run -c Release --project tests/Verification.Benchmarks -- --memory-held             memory held per evidence claim
// dotnet run -c Release --project tests/Verification.Benchmarks -- --loop 30                 verify repeatedly, for a profiler
// dotnet run -c Release --project tests/Verification.Benchmarks -- --loop-extract 30         extract repeatedly, for a profiler
// tests/Verification.Benchmarks/compare.sh REV                                               this checkout against commit REV
// tests/Verification.Benchmarks/store-scale.sh setup|run                                      the store at scale (StoreScaleBenchmarks)
if (args.Contains("--memory-held", StringComparer.Ordinal))
{
    MemoryReport.Run(Console.Out);
    return;
}

// The store-at-scale benchmark's two helpers (store-scale.sh): making its data once, and the DuckDB join it runs as a
// process of its own.
#if !BASELINE_LIBRARY
if (OptionValue("--scale-setup") is { } sizes)
{
    foreach (var size in sizes.Split(','))
    {
        ScaleData.Default.Make(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture), OptionValue("--postgres"), Console.Out);
    }

    return;
}

if (OptionValue("--duckdb-join") is { } duckFile)
{
    using var output = new StreamWriter(Console.OpenStandardOutput());
    DuckDbJoin.Run(duckFile, output);
    return;
}
#endif

if (LoopSeconds("--loop") is { } verifySeconds)
{
    LoopMode.Run(verifySeconds, Console.Out);
    return;
}

if (LoopSeconds("--loop-extract") is { } extractSeconds)
{
    LoopMode.RunExtraction(extractSeconds, Console.Out);
    return;
}

// Ratios as "N× faster" against the linear-scan baseline, rather than 0.000.
var config = DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));

// Two builds of the library side by side (see compare.sh): the benchmarks are built once against the assemblies in the
// directory given, as the baseline job, and once against this checkout's library, and each method's ratio is read
// against the baseline build in the same run.
if (OptionValue("--baseline-library") is { } baselineLibrary)
{
    var arguments = new List<Argument> { new MsBuildArgument($"/p:BaselineLibrary={baselineLibrary}") };
    if (OptionValue("--baseline-constants") is { } constants)
    {
        arguments.Add(new MsBuildArgument($"/p:BaselineConstants={constants}"));
    }

    var serverGc = OptionValue("--gc") != "workstation";
    var job = Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithGcServer(serverGc);
    var compare = DefaultConfig.Instance
        .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
        .AddJob(job.WithArguments(arguments).WithId(serverGc ? "Before-ServerGC" : "Before-WorkstationGC").AsBaseline())
        .AddJob(job.WithId(serverGc ? "After-ServerGC" : "After-WorkstationGC"))
        .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByMethod)

        // The two builds share the benchmarks' obj folder: built at once, they trip over each other.
        .WithOption(ConfigOptions.DisableParallelBuild, true)

        // Each job builds the library and the benchmarks; on a busy machine that takes longer than the default two minutes.
        .WithBuildTimeout(TimeSpan.FromMinutes(10))

        // The linear scan is the baseline among methods; here the builds are compared, method by method.
        .AddFilter(new SimpleFilter(c => c.Descriptor.WorkloadMethod.Name != nameof(VerifyBenchmarks.LinearScan)));
    string[] passed = [.. args.Where((a, i) => !IsCompareOption(a) && (i == 0 || !IsCompareOption(args[i - 1])))];
    BenchmarkSwitcher.FromAssembly(typeof(VerifyBenchmarks).Assembly).Run(passed, compare);
    return;
}

// Unless a job is chosen on the command line (--job short, --job dry, ...): one launch, 2 warm-up and 5 measured
// iterations, which is enough for operations of 0.5 to several seconds and keeps the whole run to about 15 minutes,
// with the workstation GC (the default for a console host). Verification is run a second time with the server GC
// (the usual choice for a service or a batch job), since how the GC copes with what verifying allocates is a large
// part of its cost; the other benchmarks run once. A job given on the command line is added to jobs set here rather
// than replacing them, so these are only added when none is given.
if (!args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal)))
{
    var job = Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5);
    config = config
        .AddJob(job.WithGcServer(false).WithId("WorkstationGC"))
        .AddJob(job.WithGcServer(true).WithId("ServerGC"))
        .AddFilter(new SimpleFilter(c => c.Job.Id != "ServerGC" || c.Descriptor.Type == typeof(VerifyBenchmarks)));
#if !BASELINE_LIBRARY

    // The store at scale times processes of their own, under the job of its own configuration.
    config = config.AddFilter(new SimpleFilter(c => c.Descriptor.Type != typeof(StoreScaleBenchmarks) || c.Job.Id == "StoreScale"));
#endif
}

BenchmarkSwitcher.FromAssembly(typeof(VerifyBenchmarks).Assembly).Run(args, config);

// The value after an option; null when the option is absent.
string? OptionValue(string option) => Array.IndexOf(args, option) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

static bool IsCompareOption(string arg) => arg is "--baseline-library" or "--baseline-constants" or "--gc";

// The seconds after a loop option (30 when none is given); null when the option is absent.
int? LoopSeconds(string option) => Array.IndexOf(args, option) is var at and >= 0
    ? at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 30
    : null;

using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verification.Benchmarks.Data;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Validators;

namespace Verification.Benchmarks;

/// <summary>Verifies the workload over and over (<c>-- --loop 30</c>: for 30 seconds), or extracts claims from 16 MB of
/// news text over and over (<c>-- --loop-extract 30</c>), to attach a profiler to, as in
/// <c>dotnet-trace collect -- dotnet Verification.Benchmarks.dll --loop 30</c>.</summary>
/// <remarks>Prints the bytes allocated per claim, the collections per run and how long the collector paused each run
/// (as the runtime reports it): what the collector costs, which BenchmarkDotNet's times include but do not separate.
/// It also prints the process's processor time per claim (every thread's, the collector's too; the median of the runs),
/// which varies far less with the machine's load than time on the clock does: a guide for comparing two builds on a busy
/// machine, where BenchmarkDotNet's times cannot be read. A first run, which builds what later runs share, counts in none of
/// these. The extraction loop prints the processor time per MB in the same spirit.</remarks>
internal static class LoopMode
{
    public static void Run(int seconds, TextWriter output)
    {
        var workload = Workload.Create();
        var source = new InMemoryEvidenceSource(workload.Evidence);
        using var provider = new ServiceCollection()
            .AddVerification(v => v.AddEvidence(source).Configure(o =>
            {
                o.Subjects = workload.Options.Subjects;
                o.PlaceNames = workload.Options.PlaceNames;
            }))
            .BuildServiceProvider();
        source.BuildIndex(provider.GetRequiredService<IOptions<VerificationOptions>>().Value);
        var verifier = provider.GetRequiredService<IClaimVerifier>();
        output.WriteLine("Workload ready; verifying.");

        // The first run builds what runs share (the evidence's origins, source names read); it is not counted.
        verifier.VerifyAsync(workload.Report).GetAwaiter().GetResult();
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
        var pauses = TimeSpan.Zero;
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var runs = 0;
        var processor = new List<double>();
        using var process = Process.GetCurrentProcess();
        while (runs == 0 || DateTime.UtcNow < until)
        {
            var paused = GC.GetTotalPauseDuration();
            process.Refresh();
            var used = process.TotalProcessorTime;
            verifier.VerifyAsync(workload.Report).GetAwaiter().GetResult();
            process.Refresh();
            processor.Add((process.TotalProcessorTime - used).TotalMicroseconds / workload.Report.Claims.Count);
            runs++;
            pauses += GC.GetTotalPauseDuration() - paused;

            // As BenchmarkDotNet does between iterations: a run starts without the garbage of the one before.
            GC.Collect();
        }

        // A forced collection counts in every generation's count; those between runs are not the run's.
        var perClaim = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)runs / workload.Report.Claims.Count;
        double PerRun(int generation, int before) => (GC.CollectionCount(generation) - before - runs) / (double)runs;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} runs; {perClaim:N0} bytes allocated per claim verified; collections per run: gen0 {PerRun(0, collections.Gen0):N0}, gen1 {PerRun(1, collections.Gen1):N0}, gen2 {PerRun(2, collections.Gen2):N1}; the collector paused the run for {pauses.TotalMilliseconds / runs:N0} ms per run."));
        processor.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Processor time per claim verified: median {processor[processor.Count / 2]:N2} µs (runs from {processor[0]:N2} to {processor[^1]:N2} µs)."));
    }

    public static void RunExtraction(int seconds, TextWriter output)
    {
        var benchmark = new ExtractionBenchmarks { SizeMB = 16 };
        benchmark.Setup();
        output.WriteLine("Text ready; extracting.");
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var processor = Environment.CpuUsage.TotalTime;
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var runs = 0;
        while (runs == 0 || DateTime.UtcNow < until)
        {
            benchmark.Extract();
            runs++;
        }

        var perMB = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)runs / benchmark.SizeMB;
        var msPerMB = (Environment.CpuUsage.TotalTime - processor).TotalMilliseconds / runs / benchmark.SizeMB;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} runs; {perMB:N0} bytes allocated and {msPerMB:N1} ms of processor time per MB of text."));
    }
}

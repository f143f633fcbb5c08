using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verification.Benchmarks.Data;

namespace Verification.Benchmarks;

/// <summary>Verifies the workload over and over (<c>-- --loop 30</c>: for 30 seconds), or extracts claims from 16 MB of
/// news text over and over (<c>-- --loop-extract 30</c>), to attach a profiler to, as in
/// <c>dotnet-trace collect -- dotnet Verification.Benchmarks.dll --loop 30</c>.</summary>
/// <remarks>Prints the bytes allocated per claim and the collections per run, which do not depend on how busy the
/// machine is; it times nothing (speed is measured with BenchmarkDotNet only).</remarks>
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
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var runs = 0;
        while (runs == 0 || DateTime.UtcNow < until)
        {
            verifier.VerifyAsync(workload.Report).GetAwaiter().GetResult();
            runs++;
        }

        var perClaim = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)runs / workload.Report.Claims.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} runs; {perClaim:N0} bytes allocated per claim verified; collections per run: gen0 {(GC.CollectionCount(0) - collections.Gen0) / (double)runs:N0}, gen1 {(GC.CollectionCount(1) - collections.Gen1) / (double)runs:N0}, gen2 {(GC.CollectionCount(2) - collections.Gen2) / (double)runs:N1}."));
    }

    public static void RunExtraction(int seconds, TextWriter output)
    {
        var benchmark = new ExtractionBenchmarks { SizeMB = 16 };
        benchmark.Setup();
        output.WriteLine("Text ready; extracting.");
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var runs = 0;
        while (runs == 0 || DateTime.UtcNow < until)
        {
            benchmark.Extract();
            runs++;
        }

        var perMB = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)runs / benchmark.SizeMB;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} runs; {perMB:N0} bytes allocated per MB of text."));
    }
}

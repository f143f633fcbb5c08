using System.Globalization;
using Verification.Benchmarks.Data;
using Verification.Evidence;

namespace Verification.Benchmarks;

/// <summary>Memory held per evidence claim: the claims themselves, then the index over them (<c>-- --memory-held</c>).</summary>
/// <remarks>Measured as the change in <see cref="GC.GetTotalMemory(bool)"/> (after a full collection) across
/// generating the evidence and across building the index, divided by the number of evidence claims. What the
/// generator keeps for itself (its world and events) is allocated before the first reading and kept alive after the
/// last one, and the events it generated the claims from are dropped before the second, so neither is counted.</remarks>
internal static class MemoryReport
{
    public static void Run(TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        const int Count = Workload.FullEvidenceCount;
        var generator = new WorkloadGenerator();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var evidence = generator.Evidence(Count);
        generator.ForgetEvents();
        var afterClaims = GC.GetTotalMemory(forceFullCollection: true);

        var source = new InMemoryEvidenceSource(evidence);
        var afterSource = GC.GetTotalMemory(forceFullCollection: true);
        source.BuildIndex(generator.Options);
        var afterIndex = GC.GetTotalMemory(forceFullCollection: true);

        var claims = afterClaims - before;
        var copy = afterSource - afterClaims;
        var index = afterIndex - afterSource;
        output.WriteLine(string.Create(inv, $"Evidence claims:                 {Count:N0}"));
        output.WriteLine(string.Create(inv, $"Claims (objects and strings):    {claims / 1048576.0:N1} MiB = {(double)claims / Count:N0} bytes per claim"));
        output.WriteLine(string.Create(inv, $"InMemoryEvidenceSource's array:  {copy / 1048576.0:N1} MiB = {(double)copy / Count:N1} bytes per claim"));
        output.WriteLine(string.Create(inv, $"Index:                           {index / 1048576.0:N1} MiB = {(double)index / Count:N0} bytes per claim"));
        output.WriteLine(string.Create(inv, $"Engine overhead (array + index): {(copy + index) / 1048576.0:N1} MiB = {(double)(copy + index) / Count:N0} bytes per claim"));
        output.WriteLine(string.Create(inv, $"Total held:                      {(claims + copy + index) / 1048576.0:N1} MiB = {(double)(claims + copy + index) / Count:N0} bytes per claim"));
        GC.KeepAlive(generator);
        GC.KeepAlive(source);
        GC.KeepAlive(evidence);
    }
}

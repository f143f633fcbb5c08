using BenchmarkDotNet.Attributes;
using Verification.Benchmarks.Data;
using Verification.Evidence;

namespace Verification.Benchmarks;

/// <summary>Building the index over 1,000,000 evidence claims, per evidence claim.</summary>
/// <remarks><para>What a host pays once, when evidence is loaded (or on the first query if it does not call
/// <see cref="InMemoryEvidenceSource.BuildIndex"/>). Includes the source's copy of the claim list.</para>
/// <para>One warm-up and three measured iterations: each builds a 1,000,000-claim index, and the figure is a one-off
/// cost, not the point of the run.</para></remarks>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
public class IndexBuildBenchmarks
{
    private Workload _workload = null!;

    [GlobalSetup]
    public void Setup() => _workload = Workload.Create();

    [Benchmark(OperationsPerInvoke = Workload.FullEvidenceCount)]
    public object BuildIndex()
    {
        var source = new InMemoryEvidenceSource(_workload.Evidence);
        source.BuildIndex(_workload.Options);
        return source;
    }
}

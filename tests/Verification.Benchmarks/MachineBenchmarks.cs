using BenchmarkDotNet.Attributes;

namespace Verification.Benchmarks;

/// <summary>How long this machine takes to read memory at random: the cost that dominates verification here.</summary>
/// <remarks>A chase through one random cycle over an array of <see cref="SizeMB"/> MB, so that every read depends on
/// the one before: the time per read is the latency of a random access to memory of that size (1 MB fits in the CPU
/// caches; 1,024 MB is the scale of the evidence). Verifying a claim follows references from the index to the evidence
/// claims and from each to its place, period, figure and strings, so it pays this latency many times.</remarks>
public class MachineBenchmarks
{
    private const int Reads = 1_000_000;
    private int[] _next = [];

    [Params(1, 8, 1024)]
    public int SizeMB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Sattolo's algorithm: a random permutation that is a single cycle through every slot.
        _next = new int[SizeMB * 1024 * 1024 / sizeof(int)];
        for (var i = 0; i < _next.Length; i++)
        {
            _next[i] = i;
        }

        var random = new Random(20170325);
        for (var i = _next.Length - 1; i > 0; i--)
        {
            var j = random.Next(i);
            (_next[i], _next[j]) = (_next[j], _next[i]);
        }
    }

    /// <summary>One dependent random read.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public int RandomRead()
    {
        var next = _next;
        var p = 0;
        for (var i = 0; i < Reads; i++)
        {
            p = next[p];
        }

        return p;
    }
}

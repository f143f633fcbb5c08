using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using Verification.Benchmarks.Data;
using Verification.Benchmarks.PluginCopy;
using Verification.Engine;
using Verification.Evidence;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Benchmarks;

/// <summary>
/// The built-in figure-agreement validator (the baseline) against a plugin's copy of it, compiled against
/// Verification.Core's public API alone, on the same workload: all 100,000 claims, indexed evidence, per claim.
/// </summary>
/// <remarks>
/// <para>Each verifier runs that one validator and nothing else, so the ratio is the cost of being a plugin: reading the
/// candidates through the public <see cref="ValidationContext.FactsAt"/> and <see cref="ValidationContext.IsEchoAt"/>,
/// and being called as an <see cref="IInlineValidator"/> from another assembly. The aim is a ratio within 1.1.</para>
/// <para>Setup checks that both give the same verdict for every claim, so the two measure the same work.</para>
/// </remarks>
[MemoryDiagnoser]
public class PluginValidatorBenchmarks
{
    private Workload _workload = null!;
    private ClaimVerifier _builtIn = null!;
    private ClaimVerifier _plugin = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.Create();
        var options = _workload.Options;
        var source = new InMemoryEvidenceSource(_workload.Evidence);
        source.BuildIndex(options);
        _builtIn = new ClaimVerifier([new FigureAgreementValidator()], [source], Options.Create(options));
        _plugin = new ClaimVerifier([new FigureAgreementCopy()], [source], Options.Create(options));

        var (builtIn, plugin) = (BuiltIn().GetAwaiter().GetResult(), PluginCopy().GetAwaiter().GetResult());
        var differing = builtIn.Claims.Zip(plugin.Claims).Count(p => p.First.Verdict != p.Second.Verdict);
        if (differing > 0)
        {
            throw new InvalidOperationException($"The plugin copy gives another verdict than the built-in for {differing} claims.");
        }
    }

    /// <summary>Verifies all 100,000 claims with the built-in validator.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.FullClaimCount)]
    public Task<ReportVerification> BuiltIn() => _builtIn.VerifyAsync(_workload.Report);

    /// <summary>Verifies all 100,000 claims with the plugin's copy.</summary>
    [Benchmark(OperationsPerInvoke = Workload.FullClaimCount)]
    public Task<ReportVerification> PluginCopy() => _plugin.VerifyAsync(_workload.Report);
}

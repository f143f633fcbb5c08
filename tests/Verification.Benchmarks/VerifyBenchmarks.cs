using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verification.Benchmarks.Data;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Input;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Benchmarks;

/// <summary>
/// Verifying claims against 1,000,000 evidence claims: the indexed engine against a naive linear scan, per claim.
/// </summary>
/// <remarks>
/// <para>Every benchmark reports time per claim (<see cref="BenchmarkAttribute.OperationsPerInvoke"/>): the baseline
/// verifies a fixed sample of 40 claims (a linear scan of 1M claims for each of 100,000 would take hours), the engine
/// all 100,000. Both go through the same <see cref="IClaimVerifier"/> with the built-in validators, registered with
/// <c>AddVerification</c>, and differ only in the evidence source. <see cref="IndexOnly"/> is the candidate lookup alone,
/// on one thread, to tell the index's share from the validators'.</para>
/// <para>The data and the index are built once per benchmark process. Setup also prints what the workload looks like
/// (candidates per claim, verdicts) and, for the baseline, checks that the index and the linear scan find the same
/// candidates for every sample claim.</para>
/// </remarks>
[MemoryDiagnoser]
public class VerifyBenchmarks
{
    private Workload _workload = null!;
    private InMemoryEvidenceSource _indexed = null!;
    private IClaimVerifier _indexedVerifier = null!;
    private IClaimVerifier _linearVerifier = null!;
    private VerificationOptions _options = null!;
    private ServiceProvider? _indexedProvider;
    private ServiceProvider? _linearProvider;
    private readonly ReportRules _rules = new();

    [GlobalSetup(Targets = [nameof(Indexed), nameof(IndexedWithMessages), nameof(IndexOnly), nameof(InputRules)])]
    public void SetupIndexed()
    {
        SetupCommon();
        WorkloadReport.Print(_workload, _indexed, _options, Console.Out);
        WorkloadReport.PrintVerdicts(_indexedVerifier.VerifyAsync(_workload.Report).GetAwaiter().GetResult(), Console.Out);
    }

    [GlobalSetup(Target = nameof(LinearScan))]
    public void SetupLinearScan()
    {
        SetupCommon();
        var linear = new LinearScanEvidenceSource(_workload.Evidence);
        (_linearProvider, _linearVerifier, _) = Build(linear, _workload.Options);
        WorkloadReport.CheckSample(_workload, _indexed, linear, _options, Console.Out);
    }

    private void SetupCommon()
    {
        _workload = Workload.Create();
        _indexed = new InMemoryEvidenceSource(_workload.Evidence);
        (_indexedProvider, _indexedVerifier, _options) = Build(_indexed, _workload.Options);
        _indexed.BuildIndex(_options);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _indexedProvider?.Dispose();
        _linearProvider?.Dispose();
    }

    /// <summary>Verifies the 40-claim sample with a source that scans all evidence for each claim.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.SampleSize)]
    public Task LinearScan() => _linearVerifier.VerifyAsync(_workload.Sample);

    /// <summary>Verifies all 100,000 claims with the indexed in-memory source.</summary>
    [Benchmark(OperationsPerInvoke = Workload.FullClaimCount)]
    public Task Indexed() => _indexedVerifier.VerifyAsync(_workload.Report);

    /// <summary>As <see cref="Indexed"/>, then reads every finding's message, as a tool that prints or stores the
    /// reasons does: findings compose their messages when first read, so this is the cost with the sentences written.</summary>
    [Benchmark(OperationsPerInvoke = Workload.FullClaimCount)]
    public async Task<int> IndexedWithMessages()
    {
        var result = await _indexedVerifier.VerifyAsync(_workload.Report);
        var characters = 0;
        foreach (var claim in result.Claims)
        {
            foreach (var finding in claim.Findings)
            {
                characters += finding.Message.Length;
            }
        }

        return characters;
    }

    /// <summary>Only the index: finds the candidates of all 100,000 claims, one after another on one thread.</summary>
    [Benchmark(OperationsPerInvoke = Workload.FullClaimCount)]
    public async Task<int> IndexOnly()
    {
        var found = 0;
        foreach (var claim in _workload.Report.Claims)
        {
            found += (await _indexed.FindCandidatesAsync(EvidenceQuery.For(claim, _options), CancellationToken.None)).Count;
        }

        return found;
    }

    /// <summary>Only the input rules: checks all 100,000 claims as a run does before verifying any (in parallel).</summary>
    [Benchmark(OperationsPerInvoke = Workload.FullClaimCount)]
    public int InputRules() => _rules.Check(_workload.Report).Count;

    // The verifier as an application gets it; the options instance is the one the index must be built under.
    private static (ServiceProvider Provider, IClaimVerifier Verifier, VerificationOptions Options) Build(IEvidenceSource source, VerificationOptions options)
    {
        var provider = new ServiceCollection()
            .AddVerification(v => v.AddEvidence(source).Configure(o =>
            {
                o.Subjects = options.Subjects;
                o.PlaceNames = options.PlaceNames;
            }))
            .BuildServiceProvider();
        return (provider, provider.GetRequiredService<IClaimVerifier>(), provider.GetRequiredService<IOptions<VerificationOptions>>().Value);
    }
}

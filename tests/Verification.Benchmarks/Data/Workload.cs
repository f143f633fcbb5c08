using Verification.Claims;
using Verification.Validators;
namespace Verification.Benchmarks.Data;

/// <summary>The benchmark's data: evidence, claims to verify and the options they are compared under.</summary>
internal sealed class Workload
{
    /// <summary>Evidence claims in the full workload.</summary>
    public const int FullEvidenceCount = 1_000_000;

    /// <summary>Claims verified in the full workload.</summary>
    public const int FullClaimCount = 100_000;

    /// <summary>Claims verified by the linear-scan baseline (every 2,500th claim of the report).</summary>
    /// <remarks>Scanning 1,000,000 claims costs about the same whatever the claim, so a small sample gives a stable
    /// per-claim time; 40 keeps one baseline operation to a few seconds.</remarks>
    public const int SampleSize = 40;

    private Workload(WorkloadGenerator generator, Claim[] evidence, Claim[] claims, int sampleSize)
    {
        Generator = generator;
        Evidence = evidence;
        Report = new Report("benchmark", claims);
        var step = claims.Length / sampleSize;
        Sample = new Report("benchmark-sample", [.. Enumerable.Range(0, sampleSize).Select(i => claims[i * step])]);
    }

    /// <summary>The generator, for a description of the world.</summary>
    public WorkloadGenerator Generator { get; }

    /// <summary>Options with the generated synonyms and place aliases.</summary>
    public VerificationOptions Options => Generator.Options;

    /// <summary>The evidence claims.</summary>
    public Claim[] Evidence { get; }

    /// <summary>The report whose claims are verified.</summary>
    public Report Report { get; }

    /// <summary>A fixed sample of the report's claims, evenly spread, for the linear-scan baseline.</summary>
    public Report Sample { get; }

    /// <summary>Generates the workload; the same every time for the same sizes.</summary>
    /// <param name="evidenceCount">How many evidence claims.</param>
    /// <param name="claimCount">How many claims to verify.</param>
    /// <param name="sampleSize">How many of those the baseline verifies.</param>
    public static Workload Create(int evidenceCount = FullEvidenceCount, int claimCount = FullClaimCount, int sampleSize = SampleSize)
    {
        var generator = new WorkloadGenerator();
        var evidence = generator.Evidence(evidenceCount);
        var claims = generator.ClaimsToVerify(claimCount);
        return new Workload(generator, evidence, claims, sampleSize);
    }
}

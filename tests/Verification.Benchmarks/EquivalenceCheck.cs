using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verification.Benchmarks.Data;
using Verification.Engine;

namespace Verification.Benchmarks;

// Scratch: checks the optimised paths against plain ones on the benchmark workload.
internal static class EquivalenceCheck
{
    public static void Run(TextWriter output)
    {
        var w = Workload.Create();
        var options = w.Options;

        // 1. Origins: cached resolver with a shared basis vs a fresh graph of every derivation.
        var shared = new OriginGraph();
        foreach (var c in w.Evidence.Where(c => c.DerivedFrom.Count > 0)) shared.Add(c, options.Subjects.CanonicalKeyOf(c.Subject));
        var reportDerived = w.Report.Claims.Where(c => c.DerivedFrom.Count > 0).ToList();
        var resolver = new OriginResolver(shared, reportDerived, options);
        var plain = new OriginGraph();
        foreach (var c in w.Evidence.Concat(w.Report.Claims).Where(c => c.DerivedFrom.Count > 0)) plain.Add(c, options.Subjects.CanonicalKeyOf(c.Subject));
        var originMismatch = 0;
        var checkedOrigins = 0;
        foreach (var c in w.Evidence.Take(200_000).Concat(w.Report.Claims))
        {
            checkedOrigins++;
            var a = resolver.OriginsOf(c);
            var b = plain.OriginsOf(c, options.Subjects.CanonicalKeyOf(c.Subject));
            if (!a.SetEquals(b)) originMismatch++;
            if (!resolver.OriginsOf(c).SetEquals(b)) originMismatch++; // cached answer
        }

        output.WriteLine($"origins: {originMismatch} mismatches of {checkedOrigins}");

        // 2. Full verification: indexed source vs linear scan, for a sample.
        var sample = new Report("check", [.. w.Report.Claims.Where((_, i) => i % 250 == 0)]);
        ReportVerification Verify(IEvidenceSource source, bool build)
        {
            using var provider = new ServiceCollection().AddVerification(v => v.AddEvidence(source).Configure(o => { o.Subjects = options.Subjects; o.PlaceNames = options.PlaceNames; })).BuildServiceProvider();
            if (build) ((InMemoryEvidenceSource)source).BuildIndex(provider.GetRequiredService<IOptions<VerificationOptions>>().Value);
            return provider.GetRequiredService<IClaimVerifier>().VerifyAsync(sample).GetAwaiter().GetResult();
        }

        var indexed = Verify(new InMemoryEvidenceSource(w.Evidence), true);
        var linear = Verify(new LinearScanEvidenceSource(w.Evidence), false);
        var differ = 0;
        for (var i = 0; i < sample.Claims.Count; i++)
        {
            var x = indexed.Claims[i];
            var y = linear.Claims[i];
            static string Key(Finding f) => $"{f.Validator}|{f.Outcome}|{f.Message}|{string.Join(",", f.Evidence.Order(StringComparer.Ordinal))}|{string.Join(",", f.Origins.Order(StringComparer.Ordinal))}";
            var fx = x.Findings.Select(Key).Order(StringComparer.Ordinal).ToList();
            var fy = y.Findings.Select(Key).Order(StringComparer.Ordinal).ToList();
            if (x.Verdict != y.Verdict || !fx.SequenceEqual(fy))
            {
                differ++;
                if (differ <= 3)
                {
                    output.WriteLine($"  {x.Claim.Id}: {x.Verdict} vs {y.Verdict}");
                    foreach (var f in fx.Except(fy)) output.WriteLine($"    indexed only: {f}");
                    foreach (var f in fy.Except(fx)) output.WriteLine($"    linear only:  {f}");
                }
            }
        }

        output.WriteLine($"verification: {differ} of {sample.Claims.Count} claims differ; verdicts {indexed.Corroborated}/{indexed.Contested}/{indexed.Unverified}");
        output.WriteLine($"example: {indexed.Claims.SelectMany(c => c.Findings).First(f => f.Outcome == FindingOutcome.Supports).Message}");
        output.WriteLine($"example: {indexed.Claims.SelectMany(c => c.Findings).First(f => f.Outcome == FindingOutcome.Contradicts).Message}");
    }
}

using System.Globalization;
using Verification.Benchmarks.Data;
using Verification.Claims;
using Verification.Evidence;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Benchmarks;

/// <summary>Prints what the workload looks like, and checks that the index finds what a linear scan finds.</summary>
internal static class WorkloadReport
{
    public static void Print(Workload workload, InMemoryEvidenceSource indexed, VerificationOptions options, TextWriter output)
    {
        var g = workload.Generator;
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"// Workload: {workload.Evidence.Length:N0} evidence claims reporting {g.EventCount:N0} events; {workload.Report.Claims.Count:N0} claims to verify; {g.SubjectCount} subjects, {g.PlaceCount:N0} places, {g.SourceCount:N0} sources."));
        output.WriteLine(string.Create(inv, $"// Evidence with derivedFrom: {workload.Evidence.Count(c => c.DerivedFrom.Count > 0):N0}."));

        var counts = workload.Report.Claims
            .Select(c => Find(indexed, c, options).Count)
            .Order()
            .ToArray();
        int At(double q) => counts[Math.Min(counts.Length - 1, (int)(q * counts.Length))];
        output.WriteLine(string.Create(inv, $"// Candidates per claim: mean {counts.Average():0.0}, median {At(0.5)}, p90 {At(0.9)}, p99 {At(0.99)}, max {counts[^1]}; none for {counts.Count(n => n == 0) * 100.0 / counts.Length:0.0}% of claims."));

    }

    /// <summary>Checks that the index finds exactly what the naive scan finds, for every sample claim.</summary>
    public static void CheckSample(Workload workload, InMemoryEvidenceSource indexed, LinearScanEvidenceSource linear, VerificationOptions options, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        var mismatches = 0;
        foreach (var claim in workload.Sample.Claims)
        {
            var a = Find(indexed, claim, options).Select(c => c.Id).Order(StringComparer.Ordinal);
            var b = Find(linear, claim, options).Select(c => c.Id).Order(StringComparer.Ordinal);
            if (!a.SequenceEqual(b, StringComparer.Ordinal))
            {
                mismatches++;
            }
        }

        output.WriteLine(mismatches == 0
            ? string.Create(inv, $"// Index and linear scan agree on the candidates of all {workload.Sample.Claims.Count} sample claims.")
            : string.Create(inv, $"// WARNING: index and linear scan disagree on {mismatches} of {workload.Sample.Claims.Count} sample claims."));
    }

    public static void PrintVerdicts(ReportVerification result, TextWriter output) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Verdicts: {result.Corroborated:N0} corroborated, {result.Contested:N0} contested, {result.Unverified:N0} unverified."));

    private static IReadOnlyList<Claim> Find(IEvidenceSource source, Claim claim, VerificationOptions options)
    {
        var pending = source.FindCandidatesAsync(EvidenceQuery.For(claim, options), CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }
}

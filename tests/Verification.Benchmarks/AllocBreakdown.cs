using Verification.Benchmarks.Data;
using Verification.Engine;
using Verification.Validators;

namespace Verification.Benchmarks;

internal static class AllocBreakdown
{
    private static T Sync<T>(ValueTask<T> t) => t.IsCompletedSuccessfully ? t.Result : t.AsTask().GetAwaiter().GetResult();

    public static void Run(TextWriter output)
    {
        var w = Workload.Create();
        var source = new InMemoryEvidenceSource(w.Evidence);
        var options = w.Options;
        source.BuildIndex(options);
        var resolver = new OriginResolver(Sync(source.GetDerivationsAsync(options, default)), options);
        IClaimValidator[] validators = [new FigureAgreementValidator(), new ReportFlagValidator(), new PartWholeValidator()];
        var claims = w.Report.Claims.Take(20_000).ToArray();
        long find = 0, ctx = 0, fromFindings = 0, cands = 0;
        var perValidator = new long[validators.Length];
        long findingsCount = 0;
        long tFind = 0, tCtx = 0, tFrom = 0;
        var tVal = new long[validators.Length];
        var cpu0 = Environment.CpuUsage.TotalTime;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (var pass = 0; pass < 2; pass++)
        {
            cpu0 = Environment.CpuUsage.TotalTime;
            sw.Restart();
            find = ctx = fromFindings = cands = findingsCount = 0;
            tFind = tCtx = tFrom = 0;
            Array.Clear(tVal);
            Array.Clear(perValidator);
            foreach (var claim in claims)
            {
                var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                var a0 = GC.GetAllocatedBytesForCurrentThread();
                var candidates = Sync(source.FindCandidatesAsync(EvidenceQuery.For(claim, options), default));
                var a1 = GC.GetAllocatedBytesForCurrentThread();
                var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
                var context = new ValidationContext(claim, candidates, options, w.Report, resolver.OriginsOf);
                var findings = new List<Finding>(validators.Length + 2);
                var a2 = GC.GetAllocatedBytesForCurrentThread();
                for (var v = 0; v < validators.Length; v++)
                {
                    var tb = System.Diagnostics.Stopwatch.GetTimestamp();
                    var b0 = GC.GetAllocatedBytesForCurrentThread();
                    findings.AddRange(Sync(validators[v].ValidateAsync(context, default)));
                    perValidator[v] += GC.GetAllocatedBytesForCurrentThread() - b0;
                    tVal[v] += System.Diagnostics.Stopwatch.GetTimestamp() - tb;
                }

                var a3 = GC.GetAllocatedBytesForCurrentThread();
                var t3 = System.Diagnostics.Stopwatch.GetTimestamp();
                ClaimVerification.FromFindings(claim, findings, 1);
                var a4 = GC.GetAllocatedBytesForCurrentThread();
                var t4 = System.Diagnostics.Stopwatch.GetTimestamp();
                tFind += t1 - t0; tFrom += t4 - t3;
                find += a1 - a0; ctx += a2 - a1; fromFindings += a4 - a3; cands += candidates.Count; findingsCount += findings.Count;
            }
        }

        var n = (double)claims.Length;
        {
            var ev = w.Evidence.Take(300_000).ToArray();
            for (var round = 0; round < 3; round++)
            {
                var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                long x = 0;
                foreach (var c in ev) x += resolver.OriginsOf(c).Count;
                var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
                foreach (var c in ev) x += options.Subjects.CanonicalKeyOf(c.Subject).Length;
                var t2 = System.Diagnostics.Stopwatch.GetTimestamp();
                foreach (var c in ev) x += c.Source.Length + c.DerivedFrom.Count;
                var t3 = System.Diagnostics.Stopwatch.GetTimestamp();
                output.WriteLine($"OriginsOf {(t1 - t0) * 1e9 / System.Diagnostics.Stopwatch.Frequency / ev.Length:F0} ns, CanonicalKeyOf {(t2 - t1) * 1e9 / System.Diagnostics.Stopwatch.Frequency / ev.Length:F0} ns, touch {(t3 - t2) * 1e9 / System.Diagnostics.Stopwatch.Frequency / ev.Length:F0} ns ({x})");
            }
        }
        if (Environment.GetEnvironmentVariable("CHECK") == "1")
        {
            WorkloadReport.CheckSample(w, source, new LinearScanEvidenceSource(w.Evidence), options, output);
        }
        {
            var times = new List<(double Us, int Count, int Depth, bool Dated)>();
            foreach (var claim in claims)
            {
                var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                var c = Sync(source.FindCandidatesAsync(EvidenceQuery.For(claim, options), default)).Count;
                var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
                times.Add(((t1 - t0) * 1e6 / System.Diagnostics.Stopwatch.Frequency, c, claim.Place?.Parts.Count ?? 0, claim.Period is not null));
            }

            var sorted = times.OrderBy(t => t.Us).ToList();
            output.WriteLine($"find: mean {times.Average(t => t.Us):F2} median {sorted[sorted.Count / 2].Us:F2} p90 {sorted[sorted.Count * 9 / 10].Us:F2} p99 {sorted[sorted.Count * 99 / 100].Us:F2} max {sorted[^1].Us:F0}");
            foreach (var g in times.GroupBy(t => (t.Depth, t.Dated)).OrderBy(g => g.Key))
            {
                output.WriteLine($"  depth {g.Key.Depth} dated {g.Key.Dated}: n {g.Count()}, mean {g.Average(t => t.Us):F2} us, total share {g.Sum(t => t.Us) / times.Sum(t => t.Us):P0}, mean cands {g.Average(t => t.Count):F1}");
            }
        }
        output.WriteLine($"single thread: CPU {(Environment.CpuUsage.TotalTime - cpu0).TotalMicroseconds / n:F2} us/claim, wall {sw.Elapsed.TotalMicroseconds / n:F2} us/claim, gen0 {GC.CollectionCount(0)}");
        var rules = new ReportRules();
        rules.EnsureValid(w.Report);
        var r0 = GC.GetAllocatedBytesForCurrentThread();
        rules.EnsureValid(w.Report);
        var r1 = GC.GetAllocatedBytesForCurrentThread();
        var shared = new OriginGraph();
        foreach (var c in Sync(source.GetDerivationsAsync(options, default))) shared.Add(c, options.Subjects.CanonicalKeyOf(c.Subject));
        r1 = GC.GetAllocatedBytesForCurrentThread();
        _ = new OriginResolver(shared, w.Report.Claims.Where(c => c.DerivedFrom.Count > 0).ToList(), options);
        var r2 = GC.GetAllocatedBytesForCurrentThread();
        output.WriteLine($"EnsureValid {(r1 - r0) / (double)w.Report.Claims.Count:F0} B/claim, resolver {(r2 - r1) / (double)w.Report.Claims.Count:F0} B/claim");
        double us(long t) => t * 1e6 / System.Diagnostics.Stopwatch.Frequency / n;
        output.WriteLine($"time: find {us(tFind):F2} us, fromFindings {us(tFrom):F2} us, validators {string.Join(", ", tVal.Select(t => us(t).ToString("F2")))} us");
        output.WriteLine($"candidates/claim {cands / n:F1}, findings/claim {findingsCount / n:F1}");
        output.WriteLine($"find {find / n:F0} B, context {ctx / n:F0} B, fromFindings {fromFindings / n:F0} B");
        for (var v = 0; v < validators.Length; v++) output.WriteLine($"{validators[v].Name}: {perValidator[v] / n:F0} B");
    }
}

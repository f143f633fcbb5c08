using Microsoft.Extensions.DependencyInjection;
using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Verdicts;

namespace Verification.Store.Tests;

/// <summary>What the store tests share: claims as a stream, and a check against a source.</summary>
internal static class StoreTesting
{
    /// <summary>The claims as the stream an import reads.</summary>
    public static async IAsyncEnumerable<Claim> Stream(IEnumerable<Claim> claims)
    {
        foreach (var claim in claims)
        {
            await Task.Yield();
            yield return claim;
        }
    }

    /// <summary>A source named <paramref name="name"/> whose content digest is <paramref name="content"/>'s.</summary>
    public static ImportSource Source(string name, string content, string? dataSet = null, DateOnly? releasedOn = null) =>
        new(name, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content))))
        {
            DataSet = dataSet,
            ReleasedOn = releasedOn,
        };

    /// <summary>Imports claims as one source, its digest made from their text.</summary>
    public static Task<ImportSummary> ImportAsync(this EvidenceStore store, string name, IReadOnlyList<Claim> claims, DateOnly? releasedOn = null, string? dataSet = null) =>
        store.ImportAsync(Source(name, string.Join("\n", claims.Select(c => c + "|" + c.Figure?.DescribeInterval())) + releasedOn, dataSet ?? "test", releasedOn), Stream(claims));

    /// <summary>Checks a report against one evidence source, as the engine does for any source.</summary>
    public static async Task<ReportVerification> VerifyAsync(IEvidenceSource evidence, Report report)
    {
        var provider = new ServiceCollection().AddVerification(v => v.AddEvidence(evidence)).BuildServiceProvider();
        await using (provider)
        {
            return await provider.GetRequiredService<IClaimVerifier>().VerifyAsync(report);
        }
    }

    /// <summary>Checks again the kept checks of a store with a verifier over it, as the engine does.</summary>
    public static async Task<IReadOnlyList<VerdictChange>> RecheckAsync(EvidenceStore store)
    {
        var provider = new ServiceCollection().AddVerification(v => v.AddEvidence(store)).BuildServiceProvider();
        await using (provider)
        {
            return await store.RecheckAsync(provider.GetRequiredService<IClaimVerifier>());
        }
    }

    /// <summary>A line per claim with everything its verdict rests on, evidence ids in the order found: compared whole
    /// between two sources.</summary>
    public static string[] Describe(ReportVerification result) =>
        [.. result.Claims.Select(c => $"{c.Claim.Id}: {c.Verdict}; supporting [{Ids(c.Supporting)}]; conflicting [{Ids(c.Conflicting)}]; echoes [{Ids(c.Echoes)}]; not comparable [{Ids(c.NotComparable)}]; {c.Reason}")];

    private static string Ids(IEnumerable<string> ids) => string.Join(",", ids);
}

using Verification.Claims;
using Verification.Json;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.Outputs.Tests.TestSupport;

/// <summary>The bundled Mosul example (docs/examples/mosul-2017), verified once by the engine for every test that reads it.</summary>
internal static class Mosul
{
    private static readonly Lazy<Task<(ReportVerification Result, IReadOnlyList<Claim> Evidence)>> Verified = new(VerifyAsync);

    /// <summary>The claims' results.</summary>
    public static async Task<ReportVerification> ResultAsync() => (await Verified.Value).Result;

    /// <summary>The evidence claims.</summary>
    public static async Task<IReadOnlyList<Claim>> EvidenceAsync() => (await Verified.Value).Evidence;

    /// <summary>A file of the example, as copied beside the tests.</summary>
    public static string File(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", "mosul-2017", name);

    private static async Task<(ReportVerification, IReadOnlyList<Claim>)> VerifyAsync()
    {
        var claims = await ClaimsFile.ReadAsync(File("claims.json"));
        var evidence = await ClaimsFile.ReadAsync(File("evidence.json"));
        var testEvidence = new TestEvidence();
        foreach (var claim in evidence.Claims)
        {
            testEvidence.Add(claim);
        }

        var verifier = TestVerifier.Create(testEvidence);
        return (await verifier.VerifyAsync(claims.Report), evidence.Claims);
    }
}

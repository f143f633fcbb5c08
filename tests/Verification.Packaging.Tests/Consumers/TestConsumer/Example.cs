using Verification.Claims;
using Verification.Json;
using Verification.Testing;

namespace TestConsumer;

/// <summary>The Mosul example (claims and evidence files copied beside this project) and a verifier over its evidence.</summary>
internal static class Example
{
    public static string ClaimsPath => Path.Combine(AppContext.BaseDirectory, "claims", "claims.json");

    public static string EvidencePath => Path.Combine(AppContext.BaseDirectory, "claims", "evidence.json");

    public static TestVerifier Verifier { get; } = TestVerifier.FromEvidenceFile(EvidencePath);

    public static Report Report { get; } = ClaimsFile.Read(ClaimsPath).Report;

    public static Claim Claim(string id) => Report.Claims.Single(c => c.Id == id);
}

using Verification.Claims;
using Verification.Json;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.NUnit.Tests;

/// <summary>The bundled March 2017 Mosul example, copied beside the test assembly.</summary>
internal static class Mosul
{
    public const string ClaimsFile = "examples/mosul-2017/claims.json";

    public static string EvidencePath => Path.Combine(AppContext.BaseDirectory, "examples", "mosul-2017", "evidence.json");

    public static string ClaimsPath => Path.Combine(AppContext.BaseDirectory, ClaimsFile);

    /// <summary>The verdicts the example is documented to give.</summary>
    public static readonly IReadOnlyDictionary<string, Verdict> Verdicts = new Dictionary<string, Verdict>
    {
        ["m1"] = Verdict.Corroborated,
        ["m2"] = Verdict.Unverified,
        ["m3"] = Verdict.Corroborated,
        ["m4"] = Verdict.Contested,
        ["m5"] = Verdict.Contested,
        ["m6"] = Verdict.Unverified,
    };

    private static readonly Lazy<TestVerifier> Shared = new(() => TestVerifier.FromEvidenceFile(EvidencePath));

    /// <summary>A verifier over the example's evidence, shared by the tests (it is thread-safe).</summary>
    public static TestVerifier Verifier => Shared.Value;

    /// <summary>m4: "dozens" killed in al-Jadida on 17 March 2017, according to local officials and residents.</summary>
    public static Claim AlJadidaDozens() => new ClaimBuilder("m4")
        .WithSubject("civilians killed")
        .WithFigure("dozens")
        .WithPlace("al-Jadida, West Mosul, Mosul, Iraq")
        .WithPeriod("2017-03-17")
        .WithSource("Local officials and residents")
        .Build();

    /// <summary>A contested verification of <see cref="AlJadidaDozens"/>, made without the engine.</summary>
    public static ClaimVerification ContestedResult() => ClaimVerification.FromFindings(
        AlJadidaDozens(),
        [new Finding("FigureAgreement", FindingOutcome.Contradicts, "'dozens' conflicts with 105") { Evidence = ["e5"] }]);

    /// <summary>A corroborated verification, made without the engine.</summary>
    public static ClaimVerification CorroboratedResult() => ClaimVerification.FromFindings(
        AlJadidaDozens(),
        [new Finding("FigureAgreement", FindingOutcome.Supports, "'dozens' agrees with 'as many as 240'") { Evidence = ["e6"], Origins = ["nineveh officials"] }]);
}

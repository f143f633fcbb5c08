using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Figures;
using Verification.Input;
using Verification.Json;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Engine;

/// <summary>One configuration governs claims and evidence: figure text read before a run under other figure options is
/// read again under the run's, end to end through <c>AddVerification</c>.</summary>
[TestFixture]
public sealed class FigureRereadingTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "verification-rereading-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, params JsonNode[] claims)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, ClaimsJson.File(claims));
        return path;
    }

    private static JsonObject Claim(string id, string figure, string source) =>
        ClaimsJson.Claim(id).With("figure", figure).With("source", source);

    private static ServiceProvider Verifier(Action<IVerificationBuilder> configure) =>
        new ServiceCollection().AddVerification(configure).BuildServiceProvider();

    [Test]
    public async Task VerifyAsync_ClaimsReadWithoutOptions_AreReadAgainWithTheConfiguredTolerance()
    {
        // "about 270,000" is 243,000–297,000 at ±10% and 216,000–324,000 at ±20%; the evidence says 310,000.
        var claims = await ClaimsFile.ReadAsync(Write("claims.json", Claim("c1", "about 270,000", "UNHCR")));
        var evidence = Write("evidence.json", Claim("e1", "310,000", "IOM"));
        using var provider = Verifier(v => v.AddEvidenceFile(evidence).Configure(o => o.Figures = o.Figures with { HedgeTolerance = 0.2 }));

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyAsync(claims.Report);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Claims[0].Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That((result.Claims[0].Claim.Figure!.Low, result.Claims[0].Claim.Figure!.High), Is.EqualTo((216_000d, 324_000d)).Within(1e-6));
            Assert.That(result.Claims[0].Claim.Figure!.Text, Is.EqualTo("about 270,000"));
        }
    }

    [Test]
    public async Task VerifyAsync_ClaimsReadWithTheRunsOptions_AgreeWithTheClaimsReadAgain()
    {
        var path = Write("claims.json", Claim("c1", "about 270,000", "UNHCR"));
        var evidence = Write("evidence.json", Claim("e1", "310,000", "IOM"));
        var options = new VerificationOptions { Figures = new FigureOptions { HedgeTolerance = 0.2 } };
        using var provider = Verifier(v => v.AddEvidenceFile(evidence).Configure(o => o.Figures = options.Figures));
        var verifier = provider.GetRequiredService<IClaimVerifier>();

        var reread = await verifier.VerifyAsync((await ClaimsFile.ReadAsync(path)).Report);
        var readForTheRun = await verifier.VerifyAsync((await ClaimsFile.ReadAsync(path, options)).Report);

        Assert.That(reread.Claims[0].Claim, Is.EqualTo(readForTheRun.Claims[0].Claim));
    }

    [Test]
    public async Task VerifyAsync_ConfigurationBoundTolerance_GovernsClaimsAndInMemoryEvidence()
    {
        // Both read before the run at ±10%: "250,000" (245,000–255,000) and "about 300,000" (270,000–330,000) conflict;
        // at the bound ±20% the evidence is 240,000–360,000 and they agree.
        var claims = await ClaimsFile.ReadAsync(Write("claims.json", Claim("c1", "250,000", "UNHCR")));
        var evidence = await ClaimsFile.ReadAsync(Write("evidence.json", Claim("e1", "about 300,000", "IOM")));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create("Verification:Figures:HedgeTolerance", (string?)"0.2")])
            .Build();
        var services = new ServiceCollection();
        services.Configure<VerificationOptions>(configuration.GetSection("Verification"));
        services.AddVerification(v => v.AddEvidence(evidence.Claims));
        using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyAsync(claims.Report);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Claims[0].Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(FigureOptions.Default.HedgeTolerance, Is.EqualTo(0.10));
        }
    }

    [Test]
    public async Task VerifyAsync_DefaultOptions_KeepTheClaimsAsRead()
    {
        var claims = await ClaimsFile.ReadAsync(Write("claims.json", Claim("c1", "about 270,000", "UNHCR")));
        using var provider = Verifier(v => v.AddEvidence([]));

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyAsync(claims.Report);

        Assert.That(result.Claims[0].Claim, Is.SameAs(claims.Claims[0]));
    }

    [Test]
    public async Task VerifyAsync_FigureMadeFromNumbers_IsKept()
    {
        var claim = Claims.Exact("c1", 105);
        using var provider = Verifier(v => v.AddEvidence([]).Configure(o => o.Figures = o.Figures with { HedgeTolerance = 0.3 }));

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(claim);

        Assert.That(result.Claim, Is.SameAs(claim));
    }

    [Test]
    public async Task VerifyAsync_ClaimParsedInCodeWithoutOptions_IsReadWithTheRunsCulture()
    {
        // Read with the invariant culture, "44.218" would be a fractional count and rejected.
        var claim = Claims.Of("c1", "44.218");
        var evidence = Claims.Exact("e1", 44_218, source: "IOM");
        using var provider = Verifier(v => v.AddEvidence([evidence]).Configure(o => o.Figures = o.Figures with { Culture = new CultureInfo("tr-TR") }));

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(claim);

        Assert.That((result.Verdict, result.Claim.Figure), Is.EqualTo((Verdict.Corroborated, Figure.Exact(44_218))));
    }

    [Test]
    public async Task VerifyAllAsync_StreamedClaims_AreReadAgainToo()
    {
        var claim = Claims.Of("c1", "about 270,000");
        using var provider = Verifier(v => v.AddEvidence([Claims.Of("e1", "310,000", source: "IOM")]).Configure(o => o.Figures = o.Figures with { HedgeTolerance = 0.2 }));

        var results = new List<ClaimVerification>();
        await foreach (var result in provider.GetRequiredService<IClaimVerifier>().VerifyAllAsync(AsyncData.Stream([claim])))
        {
            results.Add(result);
        }

        Assert.That(results.Select(r => r.Verdict), Is.EqualTo(new[] { Verdict.Corroborated }));
    }

    [Test]
    public async Task VerifyAsync_FigureThatDoesNotReadUnderTheRunsOptions_IsFigureUnreadable()
    {
        // "dozens" reads with the built-in table, not with a run whose table has no phrases.
        var claim = Claims.Of("c1", "dozens");
        using var provider = Verifier(v => v.AddEvidence([]).Configure(o => o.Figures = o.Figures with { VagueQuantities = VagueQuantityTable.Empty }));

        var exception = await Assert.ThrowsAsync<InvalidClaimsException>(() => provider.GetRequiredService<IClaimVerifier>().VerifyAsync(Claims.Report(claim)));

        Assert.That(exception!.Problems.Select(p => (p.ClaimId, p.Field, p.Code)), Is.EqualTo(new[] { ((string?)"c1", "figure", "figure-unreadable") }));
    }
}

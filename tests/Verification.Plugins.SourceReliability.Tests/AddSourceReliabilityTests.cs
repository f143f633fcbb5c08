using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Validators;
using Verification.Verdicts;
using static Verification.Plugins.SourceReliability.Tests.ClaimBuilder;

namespace Verification.Plugins.SourceReliability.Tests;

/// <summary>The plugin in a host: evidence from low-graded sources no longer corroborates, whichever validator found the agreement.</summary>
public sealed class AddSourceReliabilityTests
{
    private static Mock<IEvidenceSource> Evidence(params Claim[] claims)
    {
        var source = new Mock<IEvidenceSource>(MockBehavior.Strict);
        source.Setup(s => s.GetDerivationsAsync(It.IsAny<VerificationOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([.. claims.Where(c => c.DerivedFrom.Count > 0)]);
        source.Setup(s => s.FindCandidatesAsync(It.IsAny<EvidenceQuery>(), It.IsAny<CancellationToken>())).ReturnsAsync(claims);
        return source;
    }

    private static async Task<ClaimVerification> Verify(Claim claim, Claim[] evidence, Action<SourceReliabilityOptions>? configure = null)
    {
        using var provider = new ServiceCollection()
            .AddVerification(v => v.AddEvidence(Evidence(evidence).Object).AddSourceReliability(o =>
            {
                o.Grades["OCHA"] = SourceReliabilityGrade.B;
                o.Grades["Rumour mill"] = SourceReliabilityGrade.E;
                configure?.Invoke(o);
            }))
            .BuildServiceProvider();
        return await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(claim);
    }

    [Test]
    public async Task VerifyClaimAsync_OnlyAgreementFromALowGradedSource_LeavesTheClaimUnverified()
    {
        var result = await Verify(Claim(), [Reported("e9", "some 265,000", "Rumour mill")]);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public async Task VerifyClaimAsync_OnlyAgreementFromALowGradedSource_ExplainsWhyInTheFindings()
    {
        var result = await Verify(Claim(), [Reported("e9", "some 265,000", "Rumour mill")]);

        Assert.That(result.Findings.Select(f => f.Message), Has.Some.StartsWith("e9 (rumour mill: E (unreliable)) does not count towards corroboration"));
    }

    [Test]
    public async Task VerifyClaimAsync_LowGradedSourceWithThresholdLowered_Corroborates()
    {
        var result = await Verify(Claim(), [Reported("e9", "some 265,000", "Rumour mill")], o => o.Threshold = SourceReliabilityGrade.E);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [Test]
    public async Task VerifyClaimAsync_AgreementFromAReliableSource_Corroborates()
    {
        var result = await Verify(Claim(), [Reported("e1", "some 255,000", "OCHA"), Reported("e9", "some 265,000", "Rumour mill")]);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [Test]
    public async Task VerifyClaimAsync_TwoOriginsRequiredAndOneIsLowGraded_LeavesTheClaimUnverified()
    {
        using var provider = new ServiceCollection()
            .AddVerification(v => v
                .Configure(o => o.MinIndependentOrigins = 2)
                .AddEvidence(Evidence(Reported("e1", "some 255,000", "OCHA"), Reported("e9", "some 265,000", "Rumour mill")).Object)
                .AddSourceReliability(o => o.Grades["Rumour mill"] = SourceReliabilityGrade.E))
            .BuildServiceProvider();

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(Claim());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public async Task VerifyClaimAsync_ContradictionFromALowGradedSource_StillContests()
    {
        var result = await Verify(Claim(), [Reported("e9", "about 100,000", "Rumour mill")]);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
    }

    [Test]
    public async Task VerifyClaimAsync_OutletRelayingALowGradedSource_DoesNotCorroborate()
    {
        var relayed = Reported("e9", "some 265,000", "Daily Paper") with { DerivedFrom = ["Rumour mill"] };

        var result = await Verify(Claim(), [relayed]);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public void AddSourceReliability_Twice_RegistersTheValidatorOnce()
    {
        using var provider = new ServiceCollection().AddVerification(v => v.AddSourceReliability().AddSourceReliability()).BuildServiceProvider();

        Assert.That(provider.GetServices<IClaimValidator>().OfType<SourceReliabilityValidator>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void AddSourceReliability_Twice_AppliesBothConfigurations()
    {
        using var provider = new ServiceCollection()
            .AddVerification(v => v.AddSourceReliability(o => o.Grades["OCHA"] = SourceReliabilityGrade.B).AddSourceReliability(o => o.Threshold = SourceReliabilityGrade.B))
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SourceReliabilityOptions>>().Value;
        Assert.That((options.Grades["OCHA"], options.Threshold), Is.EqualTo((SourceReliabilityGrade.B, SourceReliabilityGrade.B)));
    }

    [Test]
    public void AddSourceReliability_ConfigurationSection_BindsGradesAndThreshold()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Verification:SourceReliability:Threshold"] = "B",
            ["Verification:SourceReliability:Grades:Rumour mill"] = "E",
        }).Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddVerification(v => v.AddSourceReliability(SourceReliabilityVerificationBuilderExtensions.DefaultConfigSectionPath))
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SourceReliabilityOptions>>().Value;

        Assert.That((options.Threshold, options.Grades["rumour mill"]), Is.EqualTo((SourceReliabilityGrade.B, SourceReliabilityGrade.E)));
    }

    [Test]
    public void AddSourceReliability_InvalidThreshold_FailsWhenTheVerifierIsResolved()
    {
        using var provider = new ServiceCollection().AddVerification(v => v.AddSourceReliability(o => o.Threshold = SourceReliabilityGrade.F)).BuildServiceProvider();

        Assert.That(() => provider.GetRequiredService<IClaimVerifier>(), Throws.TypeOf<OptionsValidationException>()
            .With.Property(nameof(OptionsValidationException.Failures)).EqualTo(new[] { "Threshold must be a grade from A to E; it was F." }));
    }
}

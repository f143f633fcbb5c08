using Microsoft.Extensions.DependencyInjection;
using Moq;
using static Verification.Plugins.CasualtyGrading.Tests.ClaimBuilder;

namespace Verification.Plugins.CasualtyGrading.Tests;

/// <summary>The plugin registered in a host and run by the engine on the al-Jadida strike of 17 March 2017.</summary>
public sealed class AddCasualtyGradingTests
{
    // What other sources said about al-Jadida: the accused party's own investigation, and three independent counts.
    private static readonly Claim[] AlJadida =
    [
        Reported("e5", "105", "US military investigation"),
        Reported("e6", "as many as 240", "Local officials and eyewitnesses"),
        Reported("e7", "at least 61", "Iraqi military"),
        Reported("e8", "160", "Nineveh health official"),
    ];

    private static Mock<IEvidenceSource> Evidence(params Claim[] claims)
    {
        var source = new Mock<IEvidenceSource>(MockBehavior.Strict);
        source.Setup(s => s.GetDerivationsAsync(It.IsAny<VerificationOptions>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        source.Setup(s => s.FindCandidatesAsync(It.IsAny<EvidenceQuery>(), It.IsAny<CancellationToken>())).ReturnsAsync(claims);
        return source;
    }

    private static ServiceProvider Host(IEvidenceSource evidence, Action<CasualtyGradingOptions>? configure = null) =>
        new ServiceCollection().AddVerification(v => v.AddEvidence(evidence).AddCasualtyGrading(configure)).BuildServiceProvider();

    [Test]
    public void AddCasualtyGrading_Twice_RegistersTheValidatorOnce()
    {
        using var provider = new ServiceCollection().AddVerification(v => v.AddCasualtyGrading().AddCasualtyGrading()).BuildServiceProvider();

        Assert.That(provider.GetServices<IClaimValidator>().OfType<CasualtyGradingValidator>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void AddCasualtyGrading_Twice_AppliesBothConfigurations()
    {
        using var provider = new ServiceCollection()
            .AddVerification(v => v.AddCasualtyGrading(o => o.MinimumSourcesForFair = 3).AddCasualtyGrading(o => o.NotCredibleSources.Add("Rumour mill")))
            .BuildServiceProvider();

        var options = provider.GetRequiredService<CasualtyGradingOptions>();
        Assert.That((options.MinimumSourcesForFair, options.NotCredibleSources.Single()), Is.EqualTo((3, "Rumour mill")));
    }

    [Test]
    public void AddCasualtyGrading_InvalidOptions_ThrowsAtRegistration()
    {
        var services = new ServiceCollection();

        Assert.That(() => services.AddVerification(v => v.AddCasualtyGrading(o => o.Subjects.Clear())),
            Throws.ArgumentException.With.Message.StartsWith("Invalid casualty grading options: Subjects must list at least one subject"));
    }

    [Test]
    public async Task VerifyClaimAsync_AccusedPartysInvestigationConcedes_GradesTheClaimConfirmed()
    {
        var evidence = Evidence(AlJadida);
        using var provider = Host(evidence.Object);

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(Claim().Accusing("Coalition"));

        Assert.That(result.Findings.Select(f => f.Message), Has.Some.StartsWith("Casualty grade: confirmed — Coalition accepted responsibility"));
    }

    [Test]
    public async Task VerifyClaimAsync_EvidenceAskedFor_IsQueriedForTheClaimsSubjectPlaceAndTime()
    {
        var evidence = Evidence(AlJadida);
        using var provider = Host(evidence.Object);
        Claim claim = Claim().Accusing("Coalition");

        await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(claim);

        evidence.Verify(s => s.FindCandidatesAsync(It.Is<EvidenceQuery>(q => q.Subject == claim.Subject && q.Place == claim.Place && q.Period == claim.Period), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task VerifyClaimAsync_FigureBelowEveryIndependentCount_IsContestedByTheGrading()
    {
        var evidence = Evidence(Reported("e8", "160", "Nineveh health official"), Reported("e11", "at least 150", "Hospital staff"));
        using var provider = Host(evidence.Object);

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(Claim("a dozen"));

        Assert.That(result.Findings.Where(f => f.Validator == CasualtyGradingValidator.ValidatorName).Select(f => f.Outcome),
            Has.One.EqualTo(FindingOutcome.Contradicts));
    }

    [Test]
    public async Task VerifyClaimAsync_ClaimWithinIndependentCounts_GradingDecidesNothing()
    {
        var evidence = Evidence(AlJadida);
        using var provider = Host(evidence.Object);

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(Claim("between 100 and 200"));

        Assert.That(result.Findings.Where(f => f.Validator == CasualtyGradingValidator.ValidatorName).Select(f => f.Outcome),
            Is.All.EqualTo(FindingOutcome.Note));
    }
}

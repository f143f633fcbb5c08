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
        new ServiceCollection().AddVerification(v => v.AddEvidence(evidence).AddCasualtyGrading(configure ?? (_ => { }))).BuildServiceProvider();

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    // With the claim's own, three independent credible origins report harm and nobody is accused: "fair" with the
    // default minimum of 2, "weak" with a minimum of 4.
    private static readonly Claim[] TwoIndependentCounts =
    [
        Reported("e6", "as many as 240", "Local officials and eyewitnesses"),
        Reported("e8", "160", "Nineveh health official"),
    ];

    private static async Task<CasualtyGrade> GradeAsync(IClaimVerifier verifier)
    {
        var result = await verifier.VerifyClaimAsync(Claim("between 100 and 200"));
        return ((CasualtyGradeState)result.Findings.Single(f => f.Code == CasualtyGradingValidator.GradeCode).State!).Grade;
    }

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

        var options = provider.GetRequiredService<IOptions<CasualtyGradingOptions>>().Value;
        Assert.That((options.MinimumSourcesForFair, options.NotCredibleSources.Single()), Is.EqualTo((3, "Rumour mill")));
    }

    [Test]
    public void AddCasualtyGrading_InvalidOptions_FailWhenTheVerifierIsResolvedListingEveryProblem()
    {
        using var provider = new ServiceCollection()
            .AddVerification(v => v.AddCasualtyGrading(o => { o.Subjects.Clear(); o.MinimumSourcesForFair = 1; }))
            .BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IClaimVerifier>());

        Assert.That(e.Failures, Is.EqualTo(new[]
        {
            "Subjects must list at least one subject, none of them empty.",
            "MinimumSourcesForFair must be at least 2 (one source is a weak grade); it was 1.",
        }));
    }

    [Test]
    public async Task AddCasualtyGrading_InvalidOptions_FailTheHostsStartValidation()
    {
        using var provider = new ServiceCollection()
            .AddVerification(v => v.AddCasualtyGrading(o => o.AccusedField = ""))
            .BuildServiceProvider();

        // What a generic host runs when it starts: options registered with ValidateOnStart are checked there.
        await Assert.ThatAsync(() => provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None),
            Throws.TypeOf<OptionsValidationException>().With.Property(nameof(OptionsValidationException.Failures)).EqualTo(new[] { "AccusedField must name a metadata field." }));
    }

    [Test]
    public async Task AddCasualtyGrading_ConfigurationSection_BindsTheOptionsTheValidatorUses()
    {
        var services = new ServiceCollection()
            .AddSingleton(Configuration(("Verification:CasualtyGrading:MinimumSourcesForFair", "4")));
        services.AddVerification(v => v.AddEvidence(Evidence(TwoIndependentCounts).Object)
            .AddCasualtyGrading(CasualtyGradingVerificationBuilderExtensions.DefaultConfigSectionPath));
        using var provider = services.BuildServiceProvider();

        Assert.That(await GradeAsync(provider.GetRequiredService<IClaimVerifier>()), Is.EqualTo(CasualtyGrade.Weak));
    }

    [Test]
    public async Task AddCasualtyGrading_ConfigurationSectionThenDelegate_TheDelegateHasTheLastWord()
    {
        var services = new ServiceCollection()
            .AddSingleton(Configuration(("Verification:CasualtyGrading:MinimumSourcesForFair", "4")));
        services.AddVerification(v => v.AddEvidence(Evidence(TwoIndependentCounts).Object)
            .AddCasualtyGrading("Verification:CasualtyGrading").AddCasualtyGrading(o => o.MinimumSourcesForFair = 2));
        using var provider = services.BuildServiceProvider();

        Assert.That(await GradeAsync(provider.GetRequiredService<IClaimVerifier>()), Is.EqualTo(CasualtyGrade.Fair));
    }

    [Test]
    public void AddCasualtyGrading_BoundValueInvalid_FailsNamingTheProblem()
    {
        var services = new ServiceCollection()
            .AddSingleton(Configuration(("Verification:CasualtyGrading:MinimumSourcesForFair", "0")));
        services.AddVerification(v => v.AddCasualtyGrading("Verification:CasualtyGrading"));
        using var provider = services.BuildServiceProvider();

        Assert.That(() => provider.GetRequiredService<IClaimVerifier>(), Throws.TypeOf<OptionsValidationException>()
            .With.Message.Contains("MinimumSourcesForFair must be at least 2 (one source is a weak grade); it was 0."));
    }

    [Test]
    public async Task AddCasualtyGrading_TwoKeyedVerifiers_EachGradesWithItsOwnOptions()
    {
        var evidence = Evidence(TwoIndependentCounts).Object;
        using var provider = new ServiceCollection()
            .AddVerification(v => v.AddEvidence(evidence).AddCasualtyGrading())
            .AddKeyedVerification("strict", v => v.AddEvidence(evidence).AddCasualtyGrading(o => o.MinimumSourcesForFair = 4))
            .BuildServiceProvider();

        var grades = (await GradeAsync(provider.GetRequiredService<IClaimVerifier>()), await GradeAsync(provider.GetRequiredKeyedService<IClaimVerifier>("strict")));

        Assert.That(grades, Is.EqualTo((CasualtyGrade.Fair, CasualtyGrade.Weak)));
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

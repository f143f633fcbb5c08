using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Periods;
using Verification.Subjects;
using Verification.Validators;
using Verification.Verdicts;
using static Verification.Plugins.Displacement.Tests.ClaimBuilder;

namespace Verification.Plugins.Displacement.Tests;

/// <summary>The plugin registered in a host and run by the engine.</summary>
public sealed class AddDisplacementTests
{
    [Test]
    public void AddDisplacement_Twice_RegistersTheValidatorOnce()
    {
        using var provider = new ServiceCollection().AddVerification(v => v.AddDisplacement().AddDisplacement()).BuildServiceProvider();

        Assert.That(provider.GetServices<IClaimValidator>().OfType<DisplacementValidator>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void AddDisplacement_Twice_AppliesBothConfigurations()
    {
        using var provider = new ServiceCollection()
            .AddVerification(v => v.AddDisplacement(o => o.FledSubject = "refugees").AddDisplacement(o => o.SameStartDays = 3))
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<DisplacementOptions>>().Value;
        Assert.That((options.FledSubject, options.SameStartDays), Is.EqualTo(("refugees", 3)));
    }

    [Test]
    public void AddDisplacement_InvalidOptions_FailWhenTheVerifierIsResolved()
    {
        using var provider = new ServiceCollection().AddVerification(v => v.AddDisplacement(o => o.SameStartDays = -2)).BuildServiceProvider();

        Assert.That(() => provider.GetRequiredService<IClaimVerifier>(), Throws.TypeOf<OptionsValidationException>()
            .With.Property(nameof(OptionsValidationException.Failures)).EqualTo(new[] { "SameStartDays must not be negative; it was -2." }));
    }

    [Test]
    public async Task AddDisplacement_InvalidOptions_FailTheHostsStartValidation()
    {
        using var provider = new ServiceCollection().AddVerification(v => v.AddDisplacement(o => o.FledSubject = " ")).BuildServiceProvider();

        await Assert.ThatAsync(() => provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None), Throws.TypeOf<OptionsValidationException>()
            .With.Property(nameof(OptionsValidationException.Failures)).EqualTo(new[] { "FledSubject must name a subject." }));
    }

    [Test]
    public void AddDisplacement_ConfigurationSection_BindsTheOptions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Verification:Displacement:FledSubject"] = "refugees",
            ["Verification:Displacement:SameStartDays"] = "10",
        }).Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddVerification(v => v.AddDisplacement(DisplacementVerificationBuilderExtensions.DefaultConfigSectionPath))
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<DisplacementOptions>>().Value;

        Assert.That((options.FledSubject, options.SameStartDays), Is.EqualTo(("refugees", 10)));
    }

    [Test]
    public async Task VerifyAsync_SeedArticlesDisplacementFigures_AddUpInTheVerdictsFindings()
    {
        using var provider = new ServiceCollection().AddVerification(v => v.AddDisplacement()).BuildServiceProvider();
        var report = new Report("seed", [Fled(), Returned(), Displaced()]);

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyAsync(report);

        Assert.That(result.Claims[2].Findings.Where(f => f.Validator == DisplacementValidator.ValidatorName).Select(f => f.Outcome),
            Is.EqualTo(new[] { FindingOutcome.Note }));
    }

    [Test]
    public async Task VerifyAsync_DisplacedFigureThatDoesNotAddUp_IsContested()
    {
        using var provider = new ServiceCollection().AddVerification(v => v.AddDisplacement()).BuildServiceProvider();
        var report = new Report("seed", [Fled(), Returned(), Displaced("about 180,000")]);

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyAsync(report);

        Assert.That(result.Claims.Select(c => c.Verdict), Is.EqualTo(new[] { Verdict.Unverified, Verdict.Unverified, Verdict.Contested }));
    }

    [Test]
    public async Task VerifyAsync_EvidenceShowsTheRunningTotalFalling_IsContested()
    {
        Claim earlier = Fled("around 400,000", "e1") with { Period = "2016-10-17/2017-03-03" };
        var evidence = new Mock<IEvidenceSource>(MockBehavior.Strict);
        evidence.Setup(e => e.GetDerivationsAsync(It.IsAny<VerificationOptions>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        evidence.Setup(e => e.FindCandidatesAsync(It.Is<EvidenceQuery>(q => q.Subject == new Subject("people fled")), It.IsAny<CancellationToken>()))
            .ReturnsAsync([earlier]);
        using var provider = new ServiceCollection().AddVerification(v => v.AddEvidence(evidence.Object).AddDisplacement()).BuildServiceProvider();

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(Fled("310,000"));

        Assert.That(result.Findings.Where(f => f.Outcome == FindingOutcome.Contradicts).Select(f => f.Validator),
            Is.EqualTo(new[] { DisplacementValidator.ValidatorName }));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.DependencyInjection;

/// <summary>Two verifiers in one container (<c>AddKeyedVerification</c>): each with its own validators, evidence and options.</summary>
public sealed class KeyedVerificationTests
{
    private static readonly Claim Displaced = new("c1", "people displaced", Figure.Parse("about 270,000"), "UNHCR")
    {
        Place = Place.Parse("Mosul, Iraq"),
        Period = Period.Parse("2016-10-17/2017-03-25"),
    };

    private sealed class DeskValidator : IClaimValidator
    {
        public string Name => "Desk";

        public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
            new([new Finding(Name, FindingOutcome.Note, "seen by the desk")]);
    }

    private static ClaimVerifier Strict(IServiceProvider provider) => (ClaimVerifier)provider.GetRequiredKeyedService<IClaimVerifier>("strict");

    private static ClaimVerifier Default(IServiceProvider provider) => (ClaimVerifier)provider.GetRequiredService<IClaimVerifier>();

    [Test]
    public void AddKeyedVerification_ResolvedByItsKey_IsAVerifierApartFromTheDefault()
    {
        using var provider = new ServiceCollection().AddVerification().AddKeyedVerification("strict", _ => { }).BuildServiceProvider();

        Assert.That(Strict(provider), Is.Not.SameAs(Default(provider)));
    }

    [Test]
    public void AddKeyedVerification_ValidatorAddedToIt_RunsInItOnly()
    {
        using var provider = new ServiceCollection()
            .AddVerification()
            .AddKeyedVerification("strict", v => v.AddValidator<DeskValidator>())
            .BuildServiceProvider();

        Assert.That((Strict(provider).Validators.Select(v => v.Name), Default(provider).Validators.Select(v => v.Name)), Is.EqualTo((
            new[] { "FigureAgreement", "ReportFlag", "PartWhole", "Desk" },
            new[] { "FigureAgreement", "ReportFlag", "PartWhole" })));
    }

    [Test]
    public void AddKeyedVerification_ValidatorAddedToTheDefault_StaysOutOfTheNamedOne()
    {
        using var provider = new ServiceCollection()
            .AddVerification(v => v.AddValidator<DeskValidator>())
            .AddKeyedVerification("strict", _ => { })
            .BuildServiceProvider();

        Assert.That(Strict(provider).Validators.Select(v => v.GetType()), Is.EqualTo(new[] { typeof(FigureAgreementValidator), typeof(ReportFlagValidator), typeof(PartWholeValidator) }));
    }

    [Test]
    public void AddKeyedVerification_Configure_ChangesItsOptionsOnly()
    {
        using var provider = new ServiceCollection()
            .AddVerification(v => v.Configure(o => o.MinIndependentOrigins = 1))
            .AddKeyedVerification("strict", v => v.Configure(o => o.MinIndependentOrigins = 2))
            .BuildServiceProvider();
        var monitor = provider.GetRequiredService<IOptionsMonitor<VerificationOptions>>();

        Assert.That((monitor.Get("strict").MinIndependentOrigins, provider.GetRequiredService<IOptions<VerificationOptions>>().Value.MinIndependentOrigins), Is.EqualTo((2, 1)));
    }

    [Test]
    public async Task AddKeyedVerification_TwoConfigurations_GiveTheirOwnVerdictsOnOneClaim()
    {
        var evidence = new Claim("e1", "people displaced", Figure.Parse("some 265,000"), "IOM") { Place = Displaced.Place, Period = Displaced.Period };
        using var provider = new ServiceCollection()
            .AddVerification(v => v.AddEvidence([evidence]))
            .AddKeyedVerification("strict", v => v.AddEvidence([evidence]).Configure(o => o.MinIndependentOrigins = 2))
            .BuildServiceProvider();

        var verdicts = ((await Default(provider).VerifyClaimAsync(Displaced)).Verdict, (await Strict(provider).VerifyClaimAsync(Displaced)).Verdict);

        Assert.That(verdicts, Is.EqualTo((Verdict.Corroborated, Verdict.Unverified)));
    }

    [Test]
    public void AddKeyedVerification_EvidenceAddedToIt_IsItsOnly()
    {
        var source = new InMemoryEvidenceSource([]);
        var services = new ServiceCollection().AddVerification().AddKeyedVerification("strict", v => v.AddEvidence(source).AddEvidence(source));
        using var provider = services.BuildServiceProvider();

        Assert.That((provider.GetKeyedServices<IEvidenceSource>("strict").Count(), provider.GetServices<IEvidenceSource>().Count()), Is.EqualTo((1, 0)));
    }

    [Test]
    public void AddKeyedVerification_InvalidOptions_FailWhenItIsResolvedListingEveryProblem()
    {
        using var provider = new ServiceCollection()
            .AddKeyedVerification("strict", v => v.Configure(o => { o.MinIndependentOrigins = 0; o.SameTimeWindowDays = -1; }))
            .BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => Strict(provider));

        Assert.That(e.Failures, Is.EquivalentTo(new[]
        {
            "SameTimeWindowDays must not be negative; it was -1.",
            "MinIndependentOrigins must be at least 1; it was 0.",
        }));
    }

    [Test]
    public void AddKeyedVerification_CalledTwice_RegistersItOnceAndAppliesBoth()
    {
        var services = new ServiceCollection()
            .AddKeyedVerification("strict", v => v.AddValidator<DeskValidator>())
            .AddKeyedVerification("strict", v => v.AddValidator<DeskValidator>().Configure(o => o.ReportingLagDays = 5));
        using var provider = services.BuildServiceProvider();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(services.Count(d => d.ServiceType == typeof(IClaimVerifier)), Is.EqualTo(1));
            Assert.That(Strict(provider).Validators.OfType<DeskValidator>().Count(), Is.EqualTo(1));
            Assert.That(provider.GetRequiredService<IOptionsMonitor<VerificationOptions>>().Get("strict").ReportingLagDays, Is.EqualTo(5));
        }
    }

    [Test]
    public void AddKeyedVerification_EmptyName_IsRefused()
    {
        Assert.That(() => new ServiceCollection().AddKeyedVerification(" ", _ => { }), Throws.ArgumentException);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Input;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.DependencyInjection;

public sealed class AddVerificationTests
{
    private static ServiceProvider Build(Action<IVerificationBuilder>? configure = null) =>
        new ServiceCollection().AddVerification(configure).BuildServiceProvider();

    private sealed class DeskValidator : IClaimValidator
    {
        public string Name => "Desk";

        public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
            new([new Finding(Name, FindingOutcome.Contradicts, "the desk disagrees")]);
    }

    [Test]
    public void AddVerification_RegistersTheVerifier()
    {
        using var provider = Build();

        Assert.That(provider.GetService<IClaimVerifier>(), Is.TypeOf<ClaimVerifier>());
    }

    [Test]
    public void AddVerification_RegistersTheBuiltInValidatorsInOrder()
    {
        using var provider = Build();

        var verifier = (ClaimVerifier)provider.GetRequiredService<IClaimVerifier>();

        Assert.That(verifier.Validators.Select(v => v.Name), Is.EqualTo(new[] { "FigureAgreement", "ReportFlag", "PartWhole" }));
    }

    [Test]
    public void AddVerification_AddedValidator_RunsAfterTheBuiltIns()
    {
        using var provider = Build(v => v.AddValidator<DeskValidator>());

        var verifier = (ClaimVerifier)provider.GetRequiredService<IClaimVerifier>();

        Assert.That(verifier.Validators.Select(v => v.GetType()), Is.EqualTo(new[] { typeof(FigureAgreementValidator), typeof(ReportFlagValidator), typeof(PartWholeValidator), typeof(DeskValidator) }));
    }

    [Test]
    public void AddVerification_CalledTwice_RegistersEverythingOnce()
    {
        var services = new ServiceCollection().AddVerification().AddVerification();
        using var provider = services.BuildServiceProvider();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(services.Count(d => d.ServiceType == typeof(IClaimVerifier)), Is.EqualTo(1));
            Assert.That(provider.GetServices<IClaimValidator>().Count(), Is.EqualTo(3));
        }
    }

    [Test]
    public void AddVerification_CalledTwice_AppliesBothConfigurations()
    {
        var services = new ServiceCollection()
            .AddVerification(v => v.Configure(o => o.MinIndependentOrigins = 2))
            .AddVerification(v => v.Configure(o => o.SameTimeWindowDays = 3));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<VerificationOptions>>().Value;

        Assert.That((options.MinIndependentOrigins, options.SameTimeWindowDays), Is.EqualTo((2, 3)));
    }

    [Test]
    public void AddValidator_SameTypeTwice_RegistersItOnce()
    {
        using var provider = Build(v => v.AddValidator<DeskValidator>().AddValidator<DeskValidator>());

        Assert.That(provider.GetServices<IClaimValidator>().OfType<DeskValidator>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void AddValidator_SameInstanceTwice_RegistersItOnce()
    {
        var desk = new DeskValidator();

        using var provider = Build(v => v.AddValidator(desk).AddValidator(desk));

        Assert.That(provider.GetServices<IClaimValidator>().Count(v => ReferenceEquals(v, desk)), Is.EqualTo(1));
    }

    [Test]
    public void AddValidator_TwoInstancesOfOneType_RegistersBoth()
    {
        using var provider = Build(v => v.AddValidator(new DeskValidator()).AddValidator(new DeskValidator()));

        Assert.That(provider.GetServices<IClaimValidator>().OfType<DeskValidator>().Count(), Is.EqualTo(2));
    }

    [Test]
    public void AddEvidence_SameInstanceTwice_RegistersItOnce()
    {
        var source = new InMemoryEvidenceSource([]);

        using var provider = Build(v => v.AddEvidence(source).AddEvidence(source));

        Assert.That(provider.GetServices<IEvidenceSource>(), Is.EqualTo(new[] { source }));
    }

    [Test]
    public async Task AddEvidence_Claims_AreUsedByTheVerifier()
    {
        using var provider = Build(v => v.AddEvidence([Claims.Of("e1", "255,000", source: "IOM")]));

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(Claims.Of("c1", "about 270,000"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [Test]
    public async Task AddValidator_AddedValidator_TakesPartInVerdicts()
    {
        using var provider = Build(v => v.AddValidator<DeskValidator>());

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(Claims.Of("c1"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
    }

    [Test]
    public void Configure_ChangesTheOptions()
    {
        using var provider = Build(v => v.Configure(o => o.MinIndependentOrigins = 3));

        Assert.That(provider.GetRequiredService<IOptions<VerificationOptions>>().Value.MinIndependentOrigins, Is.EqualTo(3));
    }

    [Test]
    public async Task Configure_OptionsReachTheVerifier()
    {
        using var provider = Build(v => v.AddEvidence([Claims.Of("e1", "255,000", source: "IOM")]).Configure(o => o.MinIndependentOrigins = 2));

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(Claims.Of("c1", "about 270,000"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public void Configure_InvalidOptions_FailWhenTheVerifierIsResolvedListingEveryProblem()
    {
        using var provider = Build(v => v.Configure(o =>
        {
            o.MinIndependentOrigins = 0;
            o.SameTimeWindowDays = -1;
            o.ValidatorTimeout = TimeSpan.Zero;
        }));

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IClaimVerifier>())!;

        Assert.That(e.Failures, Is.EquivalentTo(new[]
        {
            "SameTimeWindowDays must not be negative; it was -1.",
            "MinIndependentOrigins must be at least 1; it was 0.",
            "ValidatorTimeout must be positive; it was 00:00:00.",
        }));
    }

    [Test]
    public void Configure_NegativeReportingLag_FailsWhenTheVerifierIsResolved()
    {
        using var provider = Build(v => v.Configure(o => o.ReportingLagDays = -1));

        Assert.That(() => provider.GetRequiredService<IClaimVerifier>(), Throws.TypeOf<OptionsValidationException>().With.Message.Contains("ReportingLagDays must not be negative; it was -1."));
    }

    [Test]
    public void Configure_ZeroParallelism_FailsWhenTheVerifierIsResolved()
    {
        using var provider = Build(v => v.Configure(o => o.MaxDegreeOfParallelism = 0));

        Assert.That(() => provider.GetRequiredService<IClaimVerifier>(), Throws.TypeOf<OptionsValidationException>().With.Message.Contains("MaxDegreeOfParallelism"));
    }

    [Test]
    public void Configure_MissingTables_FailWhenTheVerifierIsResolved()
    {
        using var provider = Build(v => v.Configure(o => (o.PlaceNames, o.Subjects) = (null!, null!)));

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IClaimVerifier>())!;

        Assert.That(e.Failures.Count(), Is.EqualTo(2));
    }

    [Test]
    public void Configure_InvalidOptions_RegisteringDoesNotThrow()
    {
        Assert.That(() => Build(v => v.Configure(o => o.MinIndependentOrigins = 0)), Throws.Nothing);
    }

    [Test]
    public async Task AddEvidenceFile_IsReadWhenVerifyingNotWhenRegisteringOrResolving()
    {
        var path = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.json");
        using var provider = Build(v => v.AddEvidenceFile(path));
        var verifier = provider.GetRequiredService<IClaimVerifier>();
        await File.WriteAllTextAsync(path, ClaimsJson.File(ClaimsJson.Claim("e1").With("figure", "255,000").With("source", "IOM")));
        try
        {
            var result = await verifier.VerifyClaimAsync(Claims.Of("c1", "about 270,000"));

            Assert.That(result.Supporting, Is.EqualTo(new[] { "e1" }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task AddEvidenceFile_MalformedFile_FailsTheRunWithItsProblems()
    {
        var path = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, ClaimsJson.File(ClaimsJson.Claim("e1").With("period", "March")));
        using var provider = Build(v => v.AddEvidenceFile(path));
        try
        {
            var e = await Assert.ThrowsAsync<InvalidClaimsException>(() => provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(Claims.Of("c1")));

            Assert.That(e!.Problems.Select(p => (p.ClaimId, p.Code)), Is.EqualTo(new[] { ((string?)"e1", "period-unreadable") }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void AddVerification_Builder_ExposesTheServiceCollection()
    {
        var services = new ServiceCollection();
        IServiceCollection? seen = null;

        services.AddVerification(v => seen = v.Services);

        Assert.That(seen, Is.SameAs(services));
    }
}

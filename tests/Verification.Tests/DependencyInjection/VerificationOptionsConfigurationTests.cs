using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.DependencyInjection;

/// <summary>Options bound from appsettings.json and other configuration through the builder (<c>Configure(section)</c>,
/// <c>BindConfiguration()</c>): the values reach the verifier, are checked, and change no shared default.</summary>
[TestFixture]
[NonParallelizable]
public sealed class VerificationOptionsConfigurationTests
{
    private const string AppSettings = """
        {
          "Verification": {
            "SameTimeWindowDays": 14,
            "MinIndependentOrigins": 2,
            "ValidatorTimeout": "00:00:03",
            "Figures": { "HedgeTolerance": 0.2 }
          }
        }
        """;

    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build();

    private static VerificationOptions VerifierOptions(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<VerificationOptions>>().Value;

    [Test]
    public void Configure_SectionOfAppSettings_BoundValuesReachTheOptions()
    {
        var configuration = Json(AppSettings);
        using var provider = new ServiceCollection().AddVerification(v => v.Configure(configuration.GetSection("Verification"))).BuildServiceProvider();

        var options = VerifierOptions(provider);

        Assert.That((options.SameTimeWindowDays, options.MinIndependentOrigins, options.ValidatorTimeout, options.Figures.HedgeTolerance),
            Is.EqualTo((14, 2, TimeSpan.FromSeconds(3), 0.2)));
    }

    [Test]
    public async Task BindConfiguration_HostsConfiguration_BoundValuesChangeTheVerdict()
    {
        // One independent origin agrees: corroborated with the default minimum of 1, unverified with the bound 2.
        var claim = new Claim("c1", "people displaced", Figure.Parse("about 270,000"), "UNHCR") { Place = Place.Parse("Mosul, Iraq"), Period = Period.Parse("2016-10-17/2017-03-25") };
        var evidence = claim with { Id = "e1", Figure = Figure.Parse("some 265,000"), Source = "IOM" };
        var services = new ServiceCollection().AddSingleton(Json(AppSettings));
        services.AddVerification(v => v.AddEvidence([evidence]).BindConfiguration());
        using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(claim);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public void BindConfiguration_ThenConfigure_TheDelegateHasTheLastWord()
    {
        var services = new ServiceCollection().AddSingleton(Json(AppSettings));
        services.AddVerification(v => v.BindConfiguration("Verification").Configure(o => o.SameTimeWindowDays = 3));
        using var provider = services.BuildServiceProvider();

        Assert.That(VerifierOptions(provider).SameTimeWindowDays, Is.EqualTo(3));
    }

    [Test]
    public void Configure_InvalidBoundValues_FailWhenTheVerifierIsResolvedListingEach()
    {
        var configuration = Json("""{ "Verification": { "SameTimeWindowDays": -1, "MinIndependentOrigins": 0 } }""");
        using var provider = new ServiceCollection().AddVerification(v => v.Configure(configuration.GetSection("Verification"))).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IClaimVerifier>());

        Assert.That(e.Failures, Is.EquivalentTo(new[]
        {
            "SameTimeWindowDays must not be negative; it was -1.",
            "MinIndependentOrigins must be at least 1; it was 0.",
        }));
    }

    [Test]
    public void Configure_ToleranceTheFiguresRefuse_FailsAsAnOptionsProblemNamingTheSection()
    {
        var configuration = Json("""{ "Verification": { "Figures": { "HedgeTolerance": 1.5 } } }""");
        using var provider = new ServiceCollection().AddVerification(v => v.Configure(configuration.GetSection("Verification"))).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IClaimVerifier>());

        Assert.That(e.Failures.Single(), Does.StartWith("The configuration section 'Verification' holds a value the options refuse: A hedge tolerance must be at least 0 and below 1.")
            .And.Contains("1.5"));
    }

    [Test]
    public void BindConfiguration_WordWhereANumberBelongs_FailsAsAnOptionsProblemNamingTheKey()
    {
        var services = new ServiceCollection().AddSingleton(Json("""{ "Verification": { "SameTimeWindowDays": "two weeks" } }"""));
        services.AddVerification(v => v.BindConfiguration());
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IClaimVerifier>());

        Assert.That(e.Failures.Single(), Does.Contain("'two weeks'").And.Contains("Verification:SameTimeWindowDays"));
    }

    [Test]
    public void Configure_KeyedVerifiersFromTwoSections_EachGetsItsOwn()
    {
        var configuration = Json("""{ "Verification": { "SameTimeWindowDays": 14 }, "Strict": { "SameTimeWindowDays": 2, "Figures": { "HedgeTolerance": 0.05 } } }""");
        using var provider = new ServiceCollection()
            .AddVerification(v => v.Configure(configuration.GetSection("Verification")))
            .AddKeyedVerification("strict", v => v.Configure(configuration.GetSection("Strict")))
            .BuildServiceProvider();
        var monitor = provider.GetRequiredService<IOptionsMonitor<VerificationOptions>>();

        Assert.That((monitor.Get(Options.DefaultName).SameTimeWindowDays, monitor.Get("strict").SameTimeWindowDays, monitor.Get("strict").Figures.HedgeTolerance, monitor.Get(Options.DefaultName).Figures.HedgeTolerance),
            Is.EqualTo((14, 2, 0.05, 0.10)));
    }

    [Test]
    public void Configure_BoundFiguresAndTables_LeaveTheProcessWideDefaultsUnchanged()
    {
        var configuration = Json("""{ "Verification": { "Figures": { "HedgeTolerance": 0.3, "ApplyRounding": false }, "PlaceNames": { "Aliases": { "x": "y" } }, "Subjects": { "x": "y" } } }""");
        using var provider = new ServiceCollection().AddVerification(v => v.Configure(configuration.GetSection("Verification"))).BuildServiceProvider();

        var options = VerifierOptions(provider);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.Figures.HedgeTolerance, Is.EqualTo(0.3));
            Assert.That(FigureOptions.Default.HedgeTolerance, Is.EqualTo(0.10));
            Assert.That(FigureOptions.Default.ApplyRounding, Is.True);
            Assert.That(new VerificationOptions().Figures.HedgeTolerance, Is.EqualTo(0.10));
            Assert.That(options.PlaceNames, Is.SameAs(PlaceNameTable.Default));
            Assert.That(Figure.Parse("about 105"), Is.EqualTo(Figure.Hedged(105, 0.10)));
        }
    }
}

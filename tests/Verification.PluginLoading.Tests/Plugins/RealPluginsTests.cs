using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.PluginLoading.Tests.Infrastructure;
using Verification.Plugins;
using Verification.Plugins.Displacement;
using Verification.Verdicts;

namespace Verification.PluginLoading.Tests.Plugins;

/// <summary>The three plugins of plugins/, loaded at run time from their build output as <c>verify --plugins</c> loads them.</summary>
public sealed class RealPluginsTests
{
    private static PluginDirectory AllThree() => PluginDirectory.Create()
        .WithReal(RealPlugins.SourceReliability).WithReal(RealPlugins.Displacement).WithReal(RealPlugins.CasualtyGrading);

    [Test]
    public void AddPluginsFromDirectory_TheThreePlugins_AreListedWithTheirMetadataInFolderOrder()
    {
        var dir = AllThree();

        using var provider = Hosts.WithPlugins(dir.Path, o => o.Strict = true);

        Assert.That(provider.Catalog().Plugins.Select(p => (p.Name, p.Version, string.Join(", ", p.Subjects), string.Join(", ", p.ValidatorNames))), Is.EqualTo(new[]
        {
            ("CasualtyGrading", "0.1.0", "civilians killed, civilians injured, civilian casualties", "CasualtyGrading"),
            ("Displacement", "0.1.0", "people fled, people returned, people displaced", "Displacement"),
            ("SourceReliability", "0.1.0", "", "SourceReliability"),
        }));
    }

    [Test]
    public async Task AddPluginsFromDirectory_CasualtyGrading_GradesTheAlJadidaClaim()
    {
        using var provider = Hosts.Build(v => v
            .AddEvidence([new Claim("e5", "civilian deaths", Figure.Parse("105"), "US military investigation") { Place = Place.Parse("al-Jadida, West Mosul, Mosul, Iraq"), Period = Period.Parse("2017-03-17") }])
            .AddPluginsFromDirectory(AllThree().Path));
        var claim = new Claim("m4", "civilians killed", Figure.Parse("dozens"), "Local officials and residents")
        {
            Place = Place.Parse("al-Jadida, West Mosul, Mosul, Iraq"),
            Period = Period.Parse("2017-03-17"),
            Metadata = new Dictionary<string, string> { ["accused"] = "\"Coalition\"" },
        };

        var result = await provider.VerifyAsync(claim);

        Assert.That(result.Findings.Select(f => f.Message), Has.Some.StartsWith("Casualty grade: confirmed — Coalition accepted responsibility"));
    }

    [Test]
    public async Task AddPluginsFromDirectory_SourceReliabilityWithATableBesideIt_ReadsTheTable()
    {
        var dir = AllThree().WithFile(Path.Combine(RealPlugins.SourceReliability, "source-reliability.json"), """{ "sources": { "Rumour mill": "E" } }"""u8.ToArray());
        using var provider = Hosts.Build(v => v
            .AddEvidence([new Claim("e9", "people displaced", Figure.Parse("some 265,000"), "Rumour mill") { Place = Place.Parse("Mosul, Iraq"), Period = Period.Parse("2016-10-17/2017-03-25") }])
            .AddPluginsFromDirectory(dir.Path));

        var result = await provider.VerifyAsync(Hosts.Displaced());

        Assert.That((result.Verdict, result.Findings.Count(f => f.DiscountedOrigins.Contains("rumour mill"))), Is.EqualTo((Verdict.Unverified, 1)));
    }

    [Test]
    public void AddPluginsFromDirectory_SourceReliabilityWithABrokenTable_IsAnErrorNamingThePluginAndTheTable()
    {
        var table = Path.Combine(RealPlugins.SourceReliability, "source-reliability.json");
        var dir = AllThree().WithFile(table, """{ "sources": { "Rumour mill": "Z" } }"""u8.ToArray());

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Errors, Has.Exactly(1).Matches<PluginLoadError>(e =>
            e!.File == dir.MainAssembly(RealPlugins.SourceReliability)
            && e.Message.Contains("FormatException", StringComparison.Ordinal)
            && e.Message.Contains(Path.Combine(dir.Path, table), StringComparison.Ordinal)));
    }

    [Test]
    public void AddPluginsFromDirectory_PluginAlsoReferencedInProcess_IsSkippedAsADuplicate()
    {
        var dir = PluginDirectory.Create().WithReal(RealPlugins.Displacement);

        using var provider = Hosts.Build(v => v.AddValidatorsFromAssembly(typeof(DisplacementPlugin).Assembly).AddPluginsFromDirectory(dir.Path));

        Assert.That(provider.Catalog().Errors.Select(e => e.Message), Is.EqualTo(new[]
        {
            $"A plugin named 'Displacement' is already loaded from '{typeof(DisplacementPlugin).Assembly.Location}'; this copy was skipped.",
        }));
    }

    [Test]
    public void AddPluginsFromDirectory_PluginAlsoAddedThroughItsExtension_IsSkippedNamingTheValidator()
    {
        var dir = PluginDirectory.Create().WithReal(RealPlugins.Displacement);

        using var provider = Hosts.Build(v => v.AddDisplacement().AddPluginsFromDirectory(dir.Path));

        Assert.That(provider.Catalog().Errors.Select(e => e.Message), Is.EqualTo(new[]
        {
            $"The plugin 'Displacement' registers the validator {typeof(DisplacementValidator).FullName}, which the host already registers from '{typeof(DisplacementPlugin).Assembly.Location}'; this copy was skipped.",
        }));
    }

    [Test]
    public void AddPluginsFromDirectory_PluginAlsoReferencedInProcess_RunsOneDisplacementValidator()
    {
        var dir = PluginDirectory.Create().WithReal(RealPlugins.Displacement);

        using var provider = Hosts.Build(v => v.AddValidatorsFromAssembly(typeof(DisplacementPlugin).Assembly).AddPluginsFromDirectory(dir.Path));

        Assert.That(provider.ValidatorNames().Count(n => n == DisplacementValidator.ValidatorName), Is.EqualTo(1));
    }
}

using Verification.Claims;
using Verification.Figures;
using Verification.Places;
using Verification.PluginLoading.Tests.Infrastructure;
using Verification.Verdicts;

namespace Verification.PluginLoading.Tests.Templates;

/// <summary>The <c>verification-validator</c> template: packed, installed, instantiated, published against a packed
/// Verification.Core, and loaded like any plugin.</summary>
public sealed class ValidatorTemplateTests
{
    private string _plugins = "";

    [OneTimeSetUp]
    public async Task MakePluginFromTemplate() => _plugins = await TemplatePlugin.BuiltAsync();

    [Test]
    public void Template_PublishedPlugin_HoldsNoCopyOfVerificationCore() =>
        Assert.That(Path.Combine(_plugins, TemplatePlugin.ProjectName, "Verification.Core.dll"), Does.Not.Exist);

    [Test]
    public void Template_PublishedPlugin_LoadsWithoutError()
    {
        using var provider = Hosts.WithPlugins(_plugins, o => o.Strict = true);

        Assert.That(provider.Catalog().Plugins.Select(p => (p.Name, string.Join(",", p.ValidatorNames))),
            Is.EqualTo(new[] { (TemplatePlugin.PluginName, TemplatePlugin.PluginName) }));
    }

    [Test]
    public void Template_PublishedPlugin_CarriesTheDescriptionGiven()
    {
        using var provider = Hosts.WithPlugins(_plugins);

        Assert.That(provider.Catalog().Plugins.Single().Description, Is.EqualTo(TemplatePlugin.Description));
    }

    [Test]
    public async Task Template_PublishedPlugin_ValidatorRunsInVerification()
    {
        using var provider = Hosts.WithPlugins(_plugins);
        var claim = new Claim("m5", "civilians killed", Figure.Parse("at least 440+"), "Airwars") { Place = Place.Parse("Iraq") };

        var result = await provider.VerifyAsync(claim);

        // The template's note carries a code of the plugin's own (see docs/findings.md).
        Assert.That(result.Findings, Has.Some.Matches<Finding>(f => f != null && f.Validator == TemplatePlugin.PluginName && f.Outcome == FindingOutcome.Note
            && f.Message == "Airwars's figure has no upper bound (at least 440): no higher figure can contradict it."
            && f.Code is { Length: > 0 } code && code.EndsWith("-unbounded-figure", StringComparison.Ordinal)));
    }
}

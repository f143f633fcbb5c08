using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verification.DependencyInjection;
using Verification.Figures;
using Verification.Validators;

namespace Verification.Tests.DependencyInjection;

/// <summary>Options bound from configuration (<c>services.Configure&lt;VerificationOptions&gt;(section)</c>): each container
/// gets its own, and no binding changes a shared default.</summary>
[TestFixture]
[NonParallelizable]
public sealed class OptionsBindingTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)))
            .Build();

    private static ServiceProvider Bound(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.Configure<VerificationOptions>(configuration.GetSection("Verification"));
        services.AddVerification();
        return services.BuildServiceProvider();
    }

    [Test]
    public void Configure_BoundTolerance_ReachesTheContainersOptions()
    {
        using var provider = Bound(Configuration(("Verification:Figures:HedgeTolerance", "0.25")));

        Assert.That(provider.GetRequiredService<IOptions<VerificationOptions>>().Value.Figures.HedgeTolerance, Is.EqualTo(0.25));
    }

    [Test]
    public void Configure_BoundTolerance_LeavesTheDefaultsAndAnotherContainerUnchanged()
    {
        using var bound = Bound(Configuration(("Verification:Figures:HedgeTolerance", "0.25"), ("Verification:Figures:ApplyRounding", "false")));
        _ = bound.GetRequiredService<IOptions<VerificationOptions>>().Value;
        using var other = new ServiceCollection().AddVerification().BuildServiceProvider();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(FigureOptions.Default.HedgeTolerance, Is.EqualTo(0.10));
            Assert.That(FigureOptions.Default.ApplyRounding, Is.True);
            Assert.That(new VerificationOptions().Figures.HedgeTolerance, Is.EqualTo(0.10));
            Assert.That(other.GetRequiredService<IOptions<VerificationOptions>>().Value.Figures.HedgeTolerance, Is.EqualTo(0.10));
            Assert.That(Figure.Parse("about 105"), Is.EqualTo(Figure.Hedged(105, 0.10)));
        }
    }

    [Test]
    public void Configure_BoundCulture_ReadsDigitsWithItsSeparators()
    {
        using var provider = Bound(Configuration(("Verification:Figures:Culture", "tr-TR")));

        var figures = provider.GetRequiredService<IOptions<VerificationOptions>>().Value.Figures;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figures.Culture.Name, Is.EqualTo("tr-TR"));
            Assert.That(Figure.Parse("44.218", figures), Is.EqualTo(Figure.Exact(44_218)));
            Assert.That(FigureOptions.Default.Culture, Is.SameAs(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Test]
    public void NewOptions_EachHaveTheirOwnFigureOptions()
    {
        var first = new VerificationOptions();
        var second = new VerificationOptions();

        Assert.That(first.Figures, Is.Not.SameAs(second.Figures).And.Not.SameAs(FigureOptions.Default));
    }
}

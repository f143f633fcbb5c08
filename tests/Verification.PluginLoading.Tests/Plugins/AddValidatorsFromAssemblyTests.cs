using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.PluginLoading.Tests.Infrastructure;
using Verification.Plugins;
using Verification.Plugins.Displacement;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.PluginLoading.Tests.Plugins;

/// <summary>Registering the plugin in an assembly the host references.</summary>
public sealed class AddValidatorsFromAssemblyTests
{
    private static readonly Assembly Displacement = typeof(DisplacementPlugin).Assembly;

    [Test]
    public void AddValidatorsFromAssembly_AssemblyWithEntryPoint_RegistersWhatTheEntryPointRegisters()
    {
        using var provider = Hosts.Build(v => v.AddValidatorsFromAssembly(Displacement));

        Assert.That(provider.Validators().OfType<DisplacementValidator>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void AddValidatorsFromAssembly_AssemblyWithEntryPoint_ListsThePlugin()
    {
        using var provider = Hosts.Build(v => v.AddValidatorsFromAssembly(Displacement));

        Assert.That(provider.Catalog().Plugins.Select(p => (p.Name, p.Path, string.Join(",", p.ValidatorNames))),
            Is.EqualTo(new[] { ("Displacement", Displacement.Location, "Displacement") }));
    }

    [Test]
    public void AddValidatorsFromAssembly_Twice_RegistersOnce()
    {
        using var provider = Hosts.Build(v => v.AddValidatorsFromAssembly(Displacement).AddValidatorsFromAssembly(Displacement));

        Assert.That((provider.Validators().OfType<DisplacementValidator>().Count(), provider.Catalog().Plugins.Count), Is.EqualTo((1, 1)));
    }

    [Test]
    public void AddValidatorsFromAssembly_AfterThePluginsOwnExtension_RegistersTheValidatorOnce()
    {
        using var provider = Hosts.Build(v => v.AddDisplacement().AddValidatorsFromAssembly(Displacement));

        Assert.That(provider.Validators().OfType<DisplacementValidator>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void AddValidatorsFromAssembly_AssemblyWithoutPlugin_ThrowsNamingIt()
    {
        var services = new ServiceCollection();

        var e = Assert.Throws<PluginLoadException>(() => services.AddVerification(v => v.AddValidatorsFromAssembly(typeof(Moq.Mock).Assembly)));

        Assert.That(e.Errors.Single().Message, Is.EqualTo($"The assembly 'Moq' holds no plugin: it has no public {nameof(IClaimValidator)} and no public {nameof(IVerificationPlugin)}."));
    }

    [Test]
    public void AddValidatorsFromAssembly_AssemblyWithoutPlugin_RegistersNothing()
    {
        var services = new ServiceCollection().AddVerification();
        var before = services.Count;

        Assert.Throws<PluginLoadException>(() => services.AddVerification(v => v.AddValidatorsFromAssembly(typeof(Moq.Mock).Assembly)));

        // Only the catalog itself (as itself and as IPluginCatalog) was added.
        Assert.That(services.Count - before, Is.EqualTo(2));
    }

    [Test]
    public async Task AddValidatorsFromAssembly_ServiceItsValidatorNeedsRegisteredAfterwards_MakesTheValidatorWithIt()
    {
        var services = new ServiceCollection();
        services.AddVerification(v => v.AddValidatorsFromAssembly(typeof(StampingValidator).Assembly));
        services.AddSingleton(new StampingValidator.Stamp("stamped by a service registered later"));
        using var provider = services.BuildServiceProvider();

        var result = await provider.VerifyAsync(Hosts.Displaced());

        Assert.That(result.Findings, Has.Some.EqualTo(new Finding("Stamping", FindingOutcome.Note, "stamped by a service registered later")));
    }

    [Test]
    public void AddValidatorsFromAssembly_VerifierResolved_MakesEachValidatorOnce()
    {
        var stamp = new StampingValidator.Stamp("once");
        var services = new ServiceCollection().AddSingleton(stamp);
        services.AddVerification(v => v.AddValidatorsFromAssembly(typeof(StampingValidator).Assembly));
        using var provider = services.BuildServiceProvider();
        var madeWhileRegistering = stamp.Made;

        provider.GetRequiredService<IClaimVerifier>();
        provider.GetRequiredService<IPluginCatalog>();

        Assert.That((madeWhileRegistering, stamp.Made), Is.EqualTo((0, 1)));
    }

    [Test]
    public void AddValidatorsFromAssembly_ServiceItsValidatorNeedsNeverRegistered_FailsTheVerifierNamingTheValidator()
    {
        using var provider = Hosts.Build(v => v.AddValidatorsFromAssembly(typeof(StampingValidator).Assembly));

        var e = Assert.Throws<PluginLoadException>(() => provider.GetRequiredService<IClaimVerifier>());

        Assert.That(e.Errors.Single().Message, Does.Contain($"the validator {typeof(StampingValidator).FullName} could not be created"));
    }
}

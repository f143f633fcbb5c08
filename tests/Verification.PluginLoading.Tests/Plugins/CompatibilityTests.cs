using System.Reflection;
using Verification.Plugins;

namespace Verification.PluginLoading.Tests.Plugins;

/// <summary>The rules that decide which Verification.Core a plugin may run on, and what the host shares with plugins.</summary>
public sealed class CompatibilityTests
{
    [TestCase("0.1.0", "0.1.0", ExpectedResult = true)]
    [TestCase("0.0.9", "0.1.0", ExpectedResult = true)]
    [TestCase("1.2.0", "1.4.1", ExpectedResult = true)]
    [TestCase("1.4.1.7", "1.4.1", ExpectedResult = true)]
    [TestCase("0.2.0", "0.1.0", ExpectedResult = false)]
    [TestCase("1.4.2", "1.4.1", ExpectedResult = false)]
    [TestCase("1.0.0", "0.1.0", ExpectedResult = false)]
    [TestCase("9.0.0", "10.0.0", ExpectedResult = false)]
    public bool IsCompatible_PluginAndHostCoreVersions_SameMajorAndNotLater(string plugin, string host) =>
        PluginLoader.IsCompatible(Version.Parse(plugin), Version.Parse(host));

    [Test]
    public void IsSharedWithHost_VerificationCoreOfAnyVersion_IsShared() =>
        Assert.That(PluginLoadContext.IsSharedWithHost(new AssemblyName("Verification.Core, Version=9.0.0.0")), Is.True);

    [Test]
    public void IsSharedWithHost_ContractDependencyOfLaterVersion_IsShared() =>
        Assert.That(PluginLoadContext.IsSharedWithHost(new AssemblyName("Microsoft.Extensions.DependencyInjection.Abstractions, Version=99.0.0.0")), Is.True);

    [TestCase("Verification")]
    [TestCase("Microsoft.Extensions.Options")]
    [TestCase("Microsoft.Extensions.Options.ConfigurationExtensions")]
    public void IsSharedWithHost_RegistrationContractOfAnyVersion_IsShared(string assembly) =>
        Assert.That(PluginLoadContext.IsSharedWithHost(new AssemblyName($"{assembly}, Version=99.0.0.0")), Is.True);

    [Test]
    public void IsSharedWithHost_FrameworkAssembly_IsShared() =>
        Assert.That(PluginLoadContext.IsSharedWithHost(new AssemblyName("System.Text.Json, Version=10.0.0.0")), Is.True);

    [Test]
    public void IsSharedWithHost_HostDependencyOfLaterVersionThanTheHosts_IsNotShared() =>
        Assert.That(PluginLoadContext.IsSharedWithHost(new AssemblyName("Moq, Version=99.0.0.0")), Is.False);

    [Test]
    public void IsSharedWithHost_AssemblyTheHostLacks_IsNotShared() =>
        Assert.That(PluginLoadContext.IsSharedWithHost(new AssemblyName("Humanizer, Version=3.0.0.0")), Is.False);
}

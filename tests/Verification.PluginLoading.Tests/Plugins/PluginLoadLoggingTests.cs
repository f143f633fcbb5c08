using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.PluginLoading.Tests.Infrastructure;
using Verification.Plugins;
using Verification.Telemetry;

namespace Verification.PluginLoading.Tests.Plugins;

/// <summary>What loading real plugin assemblies logs: each plugin loaded, each one skipped and why.</summary>
public sealed class PluginLoadLoggingTests
{
    [OneTimeSetUp]
    public async Task BuildPlugins() => await TestPlugins.BuiltAsync();

    private static (ServiceProvider Provider, FakeLogCollector Logs) Host(string directory)
    {
        var logs = new FakeLogCollector();
        var provider = new ServiceCollection()
            .AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)))
            .AddVerification(v => v.AddPluginsFromDirectory(directory))
            .BuildServiceProvider();
        return (provider, logs);
    }

    private static IReadOnlyList<FakeLogRecord> PluginLogs(FakeLogCollector logs) =>
        [.. logs.GetSnapshot().Where(r => r.Category == VerificationDiagnostics.PluginsLogCategory)];

    [Test]
    public void AddPluginsFromDirectory_PluginLoaded_LogsItsNameVersionFileAndValidators()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good);
        var (provider, logs) = Host(dir.Path);
        using var _ = provider;

        provider.GetRequiredService<IClaimVerifier>();

        var record = PluginLogs(logs).Single();
        Assert.That((record.Level, record.Id.Id, record.Id.Name, record.Message), Is.EqualTo((LogLevel.Information, 10, "PluginLoaded",
            $"Loaded the plugin Good 1.2.3 from {dir.MainAssembly(TestPlugins.Good)}, with the validators Good.")));
    }

    [Test]
    public void AddPluginsFromDirectory_ValidatorConstructorThrows_LogsAWarningWithTheException()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.ThrowingCtor);
        var (provider, logs) = Host(dir.Path);
        using var _ = provider;

        provider.GetRequiredService<IClaimVerifier>();

        var record = PluginLogs(logs).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((record.Level, record.Id.Id, record.Id.Name), Is.EqualTo((LogLevel.Warning, 12, "PluginValidatorNotMade")));
            Assert.That(record.Message, Does.StartWith($"Did not load {dir.MainAssembly(TestPlugins.ThrowingCtor)}: ")
                .And.Contains("ThrowingCtor.Plugin.ThrowingCtorValidator could not be created"));
            Assert.That(record.Exception?.GetBaseException().Message, Is.EqualTo("The casualty database is unreachable."));
        }
    }

    [Test]
    public void AddPluginsFromDirectory_CorruptAssemblyBesideAGoodPlugin_LogsOneOfEach()
    {
        var dir = PluginDirectory.Create().WithCorruptPlugin("A.Broken").With(TestPlugins.Good);
        var (provider, logs) = Host(dir.Path);
        using var _ = provider;

        provider.GetRequiredService<IPluginCatalog>();

        Assert.That(PluginLogs(logs).Select(r => (r.Id.Name, r.Level)), Is.EquivalentTo(new[]
        {
            ("PluginNotLoaded", LogLevel.Warning),
            ("PluginLoaded", LogLevel.Information),
        }));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Plugins;
using Verification.Telemetry;

namespace Verification.Tests.Plugins;

/// <summary>Plugin loading logs its problems through the host's logging, when the verifier is made.</summary>
public sealed class PluginLoadLoggingTests
{
    private static ServiceProvider Host(FakeLogCollector logs, string directory) =>
        new ServiceCollection()
            .AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)))
            .AddVerification(v => v.AddPluginsFromDirectory(directory))
            .BuildServiceProvider();

    [Test]
    public void AddPluginsFromDirectory_MissingDirectory_LogsAWarningNamingItWhenTheVerifierIsMade()
    {
        var logs = new FakeLogCollector();
        var missing = Path.Combine(Path.GetTempPath(), "verification-no-such-plugins-" + Guid.NewGuid().ToString("N"));
        using var provider = Host(logs, missing);

        _ = provider.GetRequiredService<IClaimVerifier>();

        var record = logs.GetSnapshot().Single(r => r.Category == VerificationDiagnostics.PluginsLogCategory);
        Assert.That((record.Level, record.Id.Id, record.Id.Name, record.Message), Is.EqualTo(
            (LogLevel.Warning, 11, "PluginNotLoaded", $"Did not load {missing}: The plugin directory does not exist.")));
    }

    [Test]
    public void AddPluginsFromDirectory_BeforeTheProviderMakesAnything_LogsNothing()
    {
        var logs = new FakeLogCollector();
        using var provider = Host(logs, Path.Combine(Path.GetTempPath(), "verification-no-such-plugins-" + Guid.NewGuid().ToString("N")));

        Assert.That(logs.GetSnapshot(), Is.Empty);
    }

    [Test]
    public void AddPluginsFromDirectory_AssemblyLyingInTheDirectory_LogsItsFileAndReason()
    {
        var logs = new FakeLogCollector();
        var directory = Directory.CreateTempSubdirectory("verification-plugins-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(directory, "Loose.dll"), [0x4d, 0x5a]);
            using var provider = Host(logs, directory);

            _ = provider.GetRequiredService<IPluginCatalog>();

            Assert.That(logs.GetSnapshot().Select(r => (r.Id.Name, r.StructuredState!.Single(p => p.Key == "File").Value)),
                Is.EqualTo(new[] { ((string?)"PluginNotLoaded", (string?)Path.Combine(directory, "Loose.dll")) }));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

using Verification.DependencyInjection;
using Verification.PluginLoading.Tests.Infrastructure;
using Verification.Plugins;
using Verification.Verdicts;

namespace Verification.PluginLoading.Tests.Plugins;

/// <summary>A loaded plugin whose validator throws or hangs: the engine turns each into an error finding and goes on.</summary>
public sealed class FaultIsolationTests
{
    // Long enough that a loaded machine does not time out the validators that do finish.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    [OneTimeSetUp]
    public async Task BuildPlugins() => await TestPlugins.BuiltAsync();

    private static Microsoft.Extensions.DependencyInjection.ServiceProvider Host() =>
        Hosts.Build(v => v
            .Configure(o => o.ValidatorTimeout = Timeout)
            .AddPluginsFromDirectory(PluginDirectory.Create().With(TestPlugins.Faulty).With(TestPlugins.Good).Path));

    [Test]
    public async Task VerifyClaimAsync_PluginValidatorThrows_YieldsAnErrorFindingNamingIt()
    {
        using var provider = Host();

        var result = await provider.VerifyAsync(Hosts.Displaced("c3"));

        Assert.That(result.Findings, Has.Some.EqualTo(new Finding("Throwing", FindingOutcome.Error,
            "The validator failed (InvalidOperationException: The validator broke on c3.); it decides nothing about this claim.")
        {
            Code = FindingCodes.ValidatorFailed,
        }));
    }

    [Test]
    public async Task VerifyClaimAsync_PluginValidatorHangs_YieldsATimeoutErrorFinding()
    {
        using var provider = Host();

        var result = await provider.VerifyAsync(Hosts.Displaced());

        Assert.That(result.Findings, Has.Some.Matches<Finding>(f =>
            f!.Validator == "Hanging" && f.Outcome == FindingOutcome.Error && f.Message.StartsWith("The validator did not finish within 2 s", StringComparison.Ordinal)));
    }

    [Test]
    public async Task VerifyClaimAsync_PluginValidatorHangs_IsAbandonedAfterTheTimeout()
    {
        using var provider = Host();

        // Were the validator not abandoned, the verification would never finish: the test fails instead of hanging.
        var verification = provider.VerifyAsync(Hosts.Displaced());
        var first = await Task.WhenAny(verification, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.That(first, Is.SameAs(verification));
    }

    [Test]
    public async Task VerifyClaimAsync_PluginValidatorsFail_OtherValidatorsStillRun()
    {
        using var provider = Host();

        var result = await provider.VerifyAsync(Hosts.Displaced("c4"));

        Assert.That(result.Findings, Has.Some.EqualTo(new Finding("Good", FindingOutcome.Note, "c4 seen by the good plugin.")));
    }

    [Test]
    public async Task VerifyClaimAsync_PluginValidatorsFail_DecideNothing()
    {
        using var provider = Host();

        var result = await provider.VerifyAsync(Hosts.Displaced());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }
}

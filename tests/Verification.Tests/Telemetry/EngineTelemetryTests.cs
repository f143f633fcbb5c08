using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Input;
using Verification.Telemetry;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Telemetry;

/// <summary>The engine's logs, metrics, traces and clock, as a host wires them: through its service container.</summary>
[NonParallelizable]
public sealed class EngineTelemetryTests
{
    private static readonly Claim Evidence = Claims.Of("e1", "255,000", source: "IOM");

    private static ServiceProvider Host(Action<IServiceCollection>? add = null, params IClaimValidator[] validators)
    {
        var services = new ServiceCollection();
        services.AddMetrics();
        add?.Invoke(services);
        services.AddVerification(v =>
        {
            // Longer than any test: a validator is timed out only by a clock a test advances.
            v.AddEvidence(new InMemoryEvidenceSource([Evidence])).Configure(o => o.ValidatorTimeout = TimeSpan.FromHours(1));
            foreach (var validator in validators)
            {
                v.Services.AddSingleton(validator);
            }
        });
        return services.BuildServiceProvider();
    }

    // Records every activity of the engine's source that stops.
    private static ActivityListener ListenTo(List<Activity> stopped)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == VerificationDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                lock (stopped)
                {
                    stopped.Add(a);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private static Report TwoClaims => Claims.Report(Claims.Of("c1", "about 270,000"), Claims.Of("c2", "105", source: "US military"));

    [Test]
    public async Task VerifyAsync_MeterListened_CountsClaimsByVerdict()
    {
        await using var host = Host();
        using var claims = new MetricCollector<long>(host.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), VerificationDiagnostics.MeterName, "verification.claims.verified");

        await host.GetRequiredService<IClaimVerifier>().VerifyAsync(TwoClaims);

        var byVerdict = claims.GetMeasurementSnapshot().GroupBy(m => (string)m.Tags["verification.verdict"]!).ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        Assert.That(byVerdict, Is.EquivalentTo(new Dictionary<string, long> { ["corroborated"] = 1, ["contested"] = 1 }));
    }

    [Test]
    public async Task VerifyAsync_MeterListened_TimesEachValidatorPerClaim()
    {
        await using var host = Host();
        using var durations = new MetricCollector<double>(host.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), VerificationDiagnostics.MeterName, "verification.validator.duration");

        await host.GetRequiredService<IClaimVerifier>().VerifyAsync(TwoClaims);

        var measured = durations.GetMeasurementSnapshot();
        Assert.Multiple(() =>
        {
            // Three built-in validators, two claims.
            Assert.That(measured, Has.Count.EqualTo(6));
            Assert.That(measured.Select(m => m.Tags["verification.validator.name"]).Distinct(), Is.EquivalentTo(new[] { "FigureAgreement", "ReportFlag", "PartWhole" }));
            Assert.That(measured.Select(m => m.Value), Is.All.GreaterThanOrEqualTo(0));
        });
    }

    [Test]
    public async Task VerifyAsync_ValidatorThrows_IsLoggedAsAWarningAndCounted()
    {
        var logs = new FakeLogCollector();
        var broken = new Mock<IClaimValidator>();
        broken.Setup(v => v.Name).Returns("Broken");
        broken.Setup(v => v.ValidateAsync(It.IsAny<ValidationContext>(), It.IsAny<CancellationToken>())).Throws(new InvalidOperationException("the archive is offline"));
        await using var host = Host(s => s.AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs))), broken.Object);
        using var errors = new MetricCollector<long>(host.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), VerificationDiagnostics.MeterName, "verification.validator.errors");

        await host.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(Claims.Of("c1", "about 270,000"));

        var warning = logs.GetSnapshot().Single(r => r.Level == LogLevel.Warning);
        Assert.Multiple(() =>
        {
            Assert.That(warning.Id.Name, Is.EqualTo("ValidatorFailed"));
            Assert.That(warning.Message, Does.Contain("Broken").And.Contain("c1"));
            Assert.That(warning.Exception, Is.TypeOf<InvalidOperationException>());
            Assert.That(warning.Category, Is.EqualTo(typeof(ClaimVerifier).FullName));
            Assert.That(errors.GetMeasurementSnapshot().Single().Tags["error.type"], Is.EqualTo(typeof(InvalidOperationException).FullName));
        });
    }

    [Test]
    public async Task VerifyAsync_HostClock_TimesOutAValidatorByIt()
    {
        var clock = new FakeTimeProvider();
        var logs = new FakeLogCollector();
        var hangs = new Mock<IClaimValidator>();
        hangs.Setup(v => v.Name).Returns("Hangs");
        hangs.Setup(v => v.ValidateAsync(It.IsAny<ValidationContext>(), It.IsAny<CancellationToken>()))
            .Returns(async (ValidationContext _, CancellationToken ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return (IReadOnlyList<Finding>)[];
            });
        await using var host = Host(s => s.AddSingleton<TimeProvider>(clock).AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs))), hangs.Object);

        // An hour of the validator's time passes on the host's clock, not the system's: only advancing it ends the wait.
        var verifying = host.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(Claims.Of("c1", "about 270,000"));
        for (var i = 0; i < 500 && !verifying.IsCompleted; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(10);
        }

        var result = await verifying.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Single(f => f.Validator == "Hangs").Code, Is.EqualTo(FindingCodes.ValidatorTimedOut));
            Assert.That(logs.GetSnapshot().Select(r => r.Id.Name), Has.Member("ValidatorTimedOut"));
        });
    }

    [Test]
    public async Task VerifyAsync_ActivityListened_TracesTheRunAndEachClaim()
    {
        var stopped = new List<Activity>();
        using var listener = ListenTo(stopped);
        await using var host = Host();

        await host.GetRequiredService<IClaimVerifier>().VerifyAsync(TwoClaims);

        var run = stopped.Single(a => a.OperationName == "verification.run");
        var claims = stopped.Where(a => a.OperationName == "verification.claim").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.GetTagItem("verification.claims.count"), Is.EqualTo(2));
            Assert.That(run.GetTagItem("verification.verdict.contested"), Is.EqualTo(1));
            Assert.That(claims.Select(a => a.GetTagItem("verification.claim.id")), Is.EquivalentTo(new[] { "c1", "c2" }));
            Assert.That(claims.Select(a => a.ParentSpanId), Is.All.EqualTo(run.SpanId));
            Assert.That(claims.Single(a => (string?)a.GetTagItem("verification.claim.id") == "c2").GetTagItem("verification.verdict"), Is.EqualTo("contested"));
        });
    }

    [Test]
    public async Task VerifyAsync_RunRejected_ActivityFails()
    {
        var stopped = new List<Activity>();
        using var listener = ListenTo(stopped);
        await using var host = Host();

        await Assert.ThatAsync(() => host.GetRequiredService<IClaimVerifier>().VerifyAsync(Claims.Report(Claims.Of("c1"), Claims.Of("c1"))), Throws.TypeOf<InvalidClaimsException>());

        Assert.That(stopped.Single(a => a.OperationName == "verification.run").Status, Is.EqualTo(ActivityStatusCode.Error));
    }

    [Test]
    public async Task VerifyAsync_NoLoggingRegistered_StillVerifies()
    {
        await using var host = new ServiceCollection().AddVerification(v => v.AddEvidence(new InMemoryEvidenceSource([Evidence]))).BuildServiceProvider();

        var result = await host.GetRequiredService<IClaimVerifier>().VerifyAsync(TwoClaims);

        Assert.That(result.Corroborated, Is.EqualTo(1));
    }
}

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Verification.Engine;
using Verification.Telemetry;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Engine;

/// <summary>A plugin validator runs inside a timeout and a circuit breaker: one that keeps timing out is cut off for the
/// rest of the run, with an error finding naming it for each claim.</summary>
public sealed class ValidatorGuardTests
{
    // A guard reports to no logger or meter here, and reads the system's clock.
    private static readonly EngineTelemetry NoTelemetry = new(null, null, null);

    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(200);

    private static VerificationOptions Options(int cutOffCalls = 4) => new() { ValidatorTimeout = Short, ValidatorCutOffMinimumCalls = cutOffCalls };

    private static ValidationContext Context(string id = "c1") => Contexts.For(Claims.Of(id));

    [Test]
    public async Task RunAsync_ValidatorTimesOutRepeatedly_IsCutOffWithoutBeingCalledAgain()
    {
        var calls = 0;
        var validator = new FuncValidator("Hangs", async (_, _) =>
        {
            Interlocked.Increment(ref calls);
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
            return [];
        });
        var guard = new ValidatorGuard(validator, "Hangs", Options(cutOffCalls: 3), NoTelemetry);

        var findings = new List<Finding>();
        for (var i = 0; i < 6; i++)
        {
            findings.AddRange(await guard.RunAsync(Context("c" + i), CancellationToken.None));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(calls, Is.EqualTo(3));
            Assert.That(findings.Select(f => (f.Validator, f.Outcome)), Is.All.EqualTo(("Hangs", FindingOutcome.Error)));
            Assert.That(findings.Take(3).Select(f => f.Message), Is.All.StartsWith("The validator did not finish within 0.2 s and was abandoned"));
            Assert.That(findings.Skip(3).Select(f => f.Message), Is.All.EqualTo("The validator was cut off for the rest of the run after 3 of its calls did not finish within 0.2 s; it was not run on this claim and decides nothing about it."));
            Assert.That(findings.Select(f => f.Code), Is.EqualTo(new[] { FindingCodes.ValidatorTimedOut, FindingCodes.ValidatorTimedOut, FindingCodes.ValidatorTimedOut, FindingCodes.ValidatorCutOff, FindingCodes.ValidatorCutOff, FindingCodes.ValidatorCutOff }));
        }
    }

    [Test]
    public async Task RunAsync_CutOff_IsLoggedOnceAndCounted()
    {
        var logs = new FakeLogCollector();
        using var loggers = new FakeLoggerProvider(logs);
        using var factory = LoggerFactory.Create(b => b.AddProvider(loggers));
        var validator = new FuncValidator("Hangs", async (_, _) =>
        {
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
            return [];
        });
        var guard = new ValidatorGuard(validator, "Hangs", Options(cutOffCalls: 2), new EngineTelemetry(factory, null, null));

        for (var i = 0; i < 4; i++)
        {
            await guard.RunAsync(Context("c" + i), CancellationToken.None);
        }

        var events = logs.GetSnapshot().Select(r => r.Id.Name).ToList();
        Assert.That(events.Count(e => e == "ValidatorTimedOut"), Is.EqualTo(2));
        Assert.That(events.Count(e => e == "ValidatorCutOff"), Is.EqualTo(1));
    }

    [Test]
    public async Task RunAsync_CutOffZero_KeepsCallingAValidatorThatTimesOut()
    {
        var calls = 0;
        var validator = new FuncValidator("Hangs", async (_, ct) =>
        {
            Interlocked.Increment(ref calls);
            await Task.Delay(Timeout.Infinite, ct);
            return [];
        });
        var guard = new ValidatorGuard(validator, "Hangs", Options(cutOffCalls: 0), NoTelemetry);

        for (var i = 0; i < 4; i++)
        {
            await guard.RunAsync(Context(), CancellationToken.None);
        }

        Assert.That(calls, Is.EqualTo(4));
    }

    [Test]
    public async Task RunAsync_ValidatorThatThrows_IsNotCutOff()
    {
        var calls = 0;
        var validator = new FuncValidator("Throws", (_, _) =>
        {
            Interlocked.Increment(ref calls);
            throw new InvalidOperationException("boom");
        });
        var guard = new ValidatorGuard(validator, "Throws", Options(cutOffCalls: 2), NoTelemetry);

        var findings = new List<Finding>();
        for (var i = 0; i < 5; i++)
        {
            findings.AddRange(await guard.RunAsync(Context(), CancellationToken.None));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(calls, Is.EqualTo(5));
            Assert.That(findings.Select(f => f.Message), Is.All.EqualTo("The validator failed (InvalidOperationException: boom); it decides nothing about this claim."));
        }
    }

    [Test]
    public async Task RunAsync_ValidatorThatTimesOutOnlyNowAndThen_IsNotCutOff()
    {
        var calls = 0;
        var validator = new FuncValidator("Slow", async (_, ct) =>
        {
            // One call in four hangs.
            if (Interlocked.Increment(ref calls) % 4 == 0)
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            return [new Finding("Slow", FindingOutcome.Note, "seen")];
        });
        var guard = new ValidatorGuard(validator, "Slow", Options(cutOffCalls: 2), NoTelemetry);

        for (var i = 0; i < 12; i++)
        {
            await guard.RunAsync(Context(), CancellationToken.None);
        }

        Assert.That(calls, Is.EqualTo(12));
    }

    [Test]
    public async Task RunAsync_NewGuard_CallsAValidatorAnotherGuardCutOff()
    {
        var calls = 0;
        var validator = new FuncValidator("Hangs", async (_, ct) =>
        {
            Interlocked.Increment(ref calls);
            await Task.Delay(Timeout.Infinite, ct);
            return [];
        });
        var first = new ValidatorGuard(validator, "Hangs", Options(cutOffCalls: 2), NoTelemetry);
        for (var i = 0; i < 3; i++)
        {
            await first.RunAsync(Context(), CancellationToken.None);
        }

        await new ValidatorGuard(validator, "Hangs", Options(cutOffCalls: 2), NoTelemetry).RunAsync(Context(), CancellationToken.None);

        Assert.That(calls, Is.EqualTo(3));
    }

    [Test]
    public async Task RunAsync_CancelledWhileTheValidatorRuns_ThrowsOperationCanceled()
    {
        var validator = new FuncValidator("Hangs", async (_, _) =>
        {
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
            return [];
        });
        var guard = new ValidatorGuard(validator, "Hangs", new VerificationOptions { ValidatorTimeout = TimeSpan.FromMinutes(1) }, NoTelemetry);
        using var cancel = new CancellationTokenSource(Short);
        var clock = Stopwatch.StartNew();

        await Assert.ThatAsync(async () => await guard.RunAsync(Context(), cancel.Token), Throws.Exception.AssignableTo<OperationCanceledException>());
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public async Task RunAsync_ValidatorReturnsNull_HasNoFindings()
    {
        var guard = new ValidatorGuard(new FuncValidator("Null", (_, _) => new ValueTask<IReadOnlyList<Finding>>((IReadOnlyList<Finding>)null!)), "Null", Options(), NoTelemetry);

        Assert.That(await guard.RunAsync(Context(), CancellationToken.None), Is.Empty);
    }

    private sealed class FuncValidator(string name, Func<ValidationContext, CancellationToken, ValueTask<IReadOnlyList<Finding>>> validate) : IClaimValidator
    {
        public string Name => name;

        public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) => validate(context, cancellationToken);
    }
}

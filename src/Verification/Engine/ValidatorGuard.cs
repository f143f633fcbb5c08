using System.Globalization;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Verification.Claims;
using Verification.Telemetry;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Engine;

/// <summary>What a plugin validator runs inside for one run: a timeout per claim, and a circuit breaker that cuts the
/// validator off for the rest of the run once its calls keep timing out.</summary>
/// <remarks>
/// <para>.NET cannot stop a thread: a validator that spins without looking at its cancellation token keeps its thread
/// for as long as it spins. The timeout only stops the wait (the call runs on the thread pool, and the run waits for it
/// no longer than <see cref="VerificationOptions.ValidatorTimeout"/>). The circuit breaker bounds what is left: once at
/// least <see cref="VerificationOptions.ValidatorCutOffMinimumCalls"/> calls have finished and at least half of them
/// timed out, the validator is not called again in this run, so it cannot take a thread per claim and starve the pool.</para>
/// <para>Only timeouts count against a validator: one that throws is answered quickly and keeps being called. A guard
/// belongs to one run (its state is the run's), and is safe to use from the run's parallel workers.</para>
/// </remarks>
internal sealed class ValidatorGuard
{
    // The sampling window and the break outlast any run: a validator cut off stays cut off until the run ends.
    private static readonly TimeSpan WholeRun = TimeSpan.FromDays(1);
    private static readonly ValueTask<TimeSpan> WholeRunBreak = new(TimeSpan.FromDays(365));

    private readonly IClaimValidator _validator;
    private readonly string _name;
    private readonly TimeSpan _timeout;
    private readonly ResiliencePipeline _pipeline;
    private readonly EngineTelemetry _telemetry;
    private int _timeouts;

    /// <summary>Creates the guard of one validator for one run.</summary>
    /// <param name="validator">The validator.</param>
    /// <param name="name">Its name, for findings.</param>
    /// <param name="options">The run's options: <see cref="VerificationOptions.ValidatorTimeout"/> and
    /// <see cref="VerificationOptions.ValidatorCutOffMinimumCalls"/>.</param>
    /// <param name="telemetry">Where failures, timeouts and the cut-off are reported, and the clock timeouts are read by.</param>
    public ValidatorGuard(IClaimValidator validator, string name, VerificationOptions options, EngineTelemetry telemetry)
    {
        _validator = validator;
        _name = name;
        _timeout = options.ValidatorTimeout;
        _telemetry = telemetry;
        var timeout = new ValueTask<TimeSpan>(options.ValidatorTimeout);
        var builder = new ResiliencePipelineBuilder { Name = "validator", InstanceName = name, TimeProvider = telemetry.Time };
        if (options.ValidatorCutOffMinimumCalls > 0)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = options.ValidatorCutOffMinimumCalls,
                SamplingDuration = WholeRun,
                BreakDurationGenerator = static _ => WholeRunBreak,
                ShouldHandle = static args => new ValueTask<bool>(args.Outcome.Exception is TimeoutRejectedException),
                OnOpened = _ =>
                {
                    telemetry.ValidatorCutOff(name, Volatile.Read(ref _timeouts) + 1);
                    return default;
                },
            });
        }

        // A generator rather than TimeoutStrategyOptions.Timeout, which refuses timeouts below Polly's own floor.
        _pipeline = builder.AddTimeout(new TimeoutStrategyOptions { TimeoutGenerator = _ => timeout }).Build();
    }

    /// <summary>Runs the validator on one claim: its findings; or one error finding when it threw, timed out, or has
    /// been cut off.</summary>
    /// <param name="context">The claim and its evidence.</param>
    /// <param name="cancellationToken">Cancels the run: then this throws <see cref="OperationCanceledException"/>.</param>
    public async ValueTask<IReadOnlyList<Finding>> RunAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        try
        {
            var findings = await _pipeline.ExecuteAsync(
                static (state, ct) => new ValueTask<IReadOnlyList<Finding>>(Call(state._validator, state.context, ct)),
                (_validator, context),
                cancellationToken).ConfigureAwait(false);
            return findings is null ? [] : Copied(findings);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException)
        {
            Interlocked.Increment(ref _timeouts);
            _telemetry.ValidatorTimedOut(_name, context.Claim, _timeout);
            return [Error(FindingCodes.ValidatorTimedOut, string.Create(CultureInfo.InvariantCulture, $"The validator did not finish within {_timeout.TotalSeconds:0.###} s and was abandoned; it decides nothing about this claim."))];
        }
        catch (BrokenCircuitException)
        {
            return [Error(FindingCodes.ValidatorCutOff, string.Create(CultureInfo.InvariantCulture, $"The validator was cut off for the rest of the run after {Volatile.Read(ref _timeouts)} of its calls did not finish within {_timeout.TotalSeconds:0.###} s; it was not run on this claim and decides nothing about it."))];
        }
#pragma warning disable CA1031 // A plugin's failure, whatever it is, becomes its error finding: the run goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return [Failed(_name, context.Claim, e, _telemetry)];
        }
    }

    // The call runs on the thread pool, so that a validator that blocks or spins before its first await cannot hold up the
    // run; the wait for it ends when the timeout cancels the token, whether or not the validator looks at it.
    private static Task<IReadOnlyList<Finding>> Call(IClaimValidator validator, ValidationContext context, CancellationToken cancellationToken) =>
        Task.Run(() => validator.ValidateAsync(context, cancellationToken).AsTask(), CancellationToken.None).WaitAsync(cancellationToken);

    // The findings as they are when the validator returned (the list is the plugin's, and could change afterwards), with
    // an error finding naming the validator in place of each null entry, so that one careless plugin cannot end the run.
    private Finding[] Copied(IReadOnlyList<Finding> findings)
    {
        var copy = findings.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] ??= NullEntry(_name, i, copy.Length);
        }

        return copy;
    }

    /// <summary>The findings of a validator run inline, as it returned them when they hold no null entry; else a copy with
    /// an error finding in place of each null entry. A list that summarises itself (<see cref="IFindingsSummary"/>) is
    /// taken as it is: reading its entries would make every finding it keeps for later.</summary>
    public static IReadOnlyList<Finding> WithoutNulls(string name, IReadOnlyList<Finding>? findings)
    {
        if (findings is null)
        {
            return [];
        }

        if (findings is IFindingsSummary)
        {
            return findings;
        }

        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i] is null)
            {
                var copy = findings.ToArray();
                for (var j = i; j < copy.Length; j++)
                {
                    copy[j] ??= NullEntry(name, j, copy.Length);
                }

                return copy;
            }
        }

        return findings;
    }

    private static Finding NullEntry(string name, int index, int count) =>
        new(name, FindingOutcome.Error, string.Create(CultureInfo.InvariantCulture, $"The validator returned null in place of a finding (item {index + 1} of {count}); that item is left out."))
        {
            Code = FindingCodes.ValidatorFailed,
        };

    private Finding Error(string code, string message) => new(_name, FindingOutcome.Error, message) { Code = code };

    /// <summary>The error finding of a validator that threw on a claim, reported to telemetry: one wording for the
    /// guard and for the engine's own validators.</summary>
    public static Finding Failed(string name, Claim claim, Exception e, EngineTelemetry telemetry)
    {
        telemetry.ValidatorFailed(name, claim, e);
        return new(name, FindingOutcome.Error, $"The validator failed ({e.GetType().Name}: {e.Message}); it decides nothing about this claim.")
        {
            Code = FindingCodes.ValidatorFailed,
        };
    }
}

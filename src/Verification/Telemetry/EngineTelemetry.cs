using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Verification.Claims;
using Verification.Engine;
using Verification.Json;
using Verification.Verdicts;

namespace Verification.Telemetry;

/// <summary>The engine's traces, metrics and logs (see <see cref="VerificationDiagnostics"/> for what each reports).</summary>
/// <remarks>One per verifier. Instruments come from the host's <see cref="IMeterFactory"/> when it has one (so that
/// each container's meters are its own), else from one meter shared by the process. Every instrument is checked for
/// listeners before anything is measured: a bulk run that nobody observes does no extra work per claim.</remarks>
internal sealed partial class EngineTelemetry
{
    private static readonly ActivitySource Source = new(VerificationDiagnostics.ActivitySourceName, typeof(EngineTelemetry).Assembly.GetName().Version?.ToString());
    private static readonly Lazy<Meter> SharedMeter = new(() => new Meter(VerificationDiagnostics.MeterName, typeof(EngineTelemetry).Assembly.GetName().Version?.ToString()));

    private readonly ILogger _logger;
    private readonly Counter<long> _claims;
    private readonly Histogram<double> _validatorDuration;
    private readonly Counter<long> _validatorErrors;
    private readonly Histogram<double> _runDuration;

    public EngineTelemetry(ILoggerFactory? loggerFactory, IMeterFactory? meterFactory, TimeProvider? timeProvider)
    {
        _logger = (ILogger?)loggerFactory?.CreateLogger<ClaimVerifier>() ?? NullLogger.Instance;
        Time = timeProvider ?? TimeProvider.System;
        var meter = meterFactory?.Create(new MeterOptions(VerificationDiagnostics.MeterName) { Version = typeof(EngineTelemetry).Assembly.GetName().Version?.ToString() }) ?? SharedMeter.Value;
        _claims = meter.CreateCounter<long>("verification.claims.verified", "{claim}", "Claims verified, by verdict.");
        _validatorDuration = meter.CreateHistogram<double>("verification.validator.duration", "s", "How long one validator took for one claim.");
        _validatorErrors = meter.CreateCounter<long>("verification.validator.errors", "{error}", "Validators that failed or timed out, for one claim each.");
        _runDuration = meter.CreateHistogram<double>("verification.run.duration", "s", "How long a run took, from reading its claims to its last verdict.");
    }

    /// <summary>The clock the engine reads and times out by.</summary>
    public TimeProvider Time { get; }

    /// <summary>Whether validators' durations are measured: only while something listens.</summary>
    public bool TimesValidators => _validatorDuration.Enabled;

    /// <summary>Starts a run's activity (null when nothing listens) and returns the run's start, for RunEnded.</summary>
    public (Activity? Activity, long Started) RunStarted(int? claims)
    {
        var activity = Source.StartActivity("verification.run");
        if (claims is { } count)
        {
            activity?.SetTag("verification.claims.count", count);
        }

        return (activity, Time.GetTimestamp());
    }

    /// <summary>Records a run that ended with results.</summary>
    public void RunEnded((Activity? Activity, long Started) run, ReportVerification result) =>
        RunEnded(run, result.Claims.Count, () => new VerdictCounts(result.Corroborated, result.Contested, result.Unverified));

    /// <summary>Records a run of <paramref name="claims"/> claims that ended; <paramref name="counts"/> is asked only when
    /// someone reads the counts.</summary>
    public void RunEnded((Activity? Activity, long Started) run, int claims, Func<VerdictCounts> counts)
    {
        var elapsed = Time.GetElapsedTime(run.Started);

        // The counts take a pass over the results each: only when someone reads them.
        if (run.Activity is null && !_logger.IsEnabled(LogLevel.Debug))
        {
            if (_runDuration.Enabled)
            {
                _runDuration.Record(elapsed.TotalSeconds);
            }

            return;
        }

        var (corroborated, contested, unverified) = counts();
        if (run.Activity is { } activity)
        {
            activity.SetTag("verification.claims.count", claims);
            activity.SetTag("verification.verdict.corroborated", corroborated);
            activity.SetTag("verification.verdict.contested", contested);
            activity.SetTag("verification.verdict.unverified", unverified);
            activity.Dispose();
        }

        if (_runDuration.Enabled)
        {
            _runDuration.Record(elapsed.TotalSeconds);
        }

        RunCompleted(_logger, claims, corroborated, contested, unverified, elapsed.TotalMilliseconds);
    }

    /// <summary>Records a run that threw, or (<paramref name="e"/> null) that ended before its last result.</summary>
    public static void RunFailed((Activity? Activity, long Started) run, Exception? e)
    {
        if (run.Activity is { } activity)
        {
            activity.SetStatus(ActivityStatusCode.Error, e?.Message ?? "The run ended before its last result.");
            activity.AddTag("error.type", e?.GetType().FullName ?? "incomplete");
            activity.Dispose();
        }
    }

    /// <summary>Starts a claim's activity; null when nothing listens.</summary>
    public static Activity? ClaimStarted(Claim claim)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity("verification.claim");
        activity?.SetTag("verification.claim.id", claim.Id);
        return activity;
    }

    /// <summary>Records a claim's verdict.</summary>
    public void ClaimVerified(Activity? activity, Verdict verdict)
    {
        if (activity is not null)
        {
            activity.SetTag("verification.verdict", VerdictName(verdict));
            activity.Dispose();
        }

        if (_claims.Enabled)
        {
            _claims.Add(1, new KeyValuePair<string, object?>("verification.verdict", VerdictName(verdict)));
        }
    }

    /// <summary>Records how long a validator took for one claim (see <see cref="TimesValidators"/>).</summary>
    public void ValidatorRan(string validator, long started) =>
        _validatorDuration.Record(Time.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("verification.validator.name", validator));

    /// <summary>Records a validator that threw.</summary>
    public void ValidatorFailed(string validator, Claim claim, Exception e)
    {
        _validatorErrors.Add(1, new("verification.validator.name", validator), new("error.type", e.GetType().FullName));
        ValidatorThrew(_logger, validator, claim.Id, e);
    }

    /// <summary>Records a validator that did not finish in time.</summary>
    public void ValidatorTimedOut(string validator, Claim claim, TimeSpan timeout)
    {
        _validatorErrors.Add(1, new("verification.validator.name", validator), new("error.type", "timeout"));
        ValidatorAbandoned(_logger, validator, claim.Id, timeout.TotalSeconds);
    }

    /// <summary>Records a validator cut off for the rest of the run after timing out again and again.</summary>
    public void ValidatorCutOff(string validator, int timeouts)
    {
        _validatorErrors.Add(1, new("verification.validator.name", validator), new("error.type", "cut-off"));
        ValidatorCutOffForTheRun(_logger, validator, timeouts);
    }

    private static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Corroborated => "corroborated",
        Verdict.Contested => "contested",
        _ => "unverified",
    };

    [LoggerMessage(EventId = 1, EventName = "ValidatorFailed", Level = LogLevel.Warning, Message = "Validator {Validator} failed on claim {ClaimId}; it decides nothing about the claim.")]
    private static partial void ValidatorThrew(ILogger logger, string validator, string claimId, Exception exception);

    [LoggerMessage(EventId = 2, EventName = "ValidatorTimedOut", Level = LogLevel.Warning, Message = "Validator {Validator} did not finish on claim {ClaimId} within {TimeoutSeconds} s and was abandoned.")]
    private static partial void ValidatorAbandoned(ILogger logger, string validator, string claimId, double timeoutSeconds);

    [LoggerMessage(EventId = 4, EventName = "ValidatorCutOff", Level = LogLevel.Warning, Message = "Validator {Validator} was cut off for the rest of the run after {Timeouts} of its calls timed out.")]
    private static partial void ValidatorCutOffForTheRun(ILogger logger, string validator, int timeouts);

    [LoggerMessage(EventId = 3, EventName = "RunCompleted", Level = LogLevel.Debug, Message = "Verified {Claims} claims in {ElapsedMilliseconds} ms: {Corroborated} corroborated, {Contested} contested, {Unverified} unverified.")]
    private static partial void RunCompleted(ILogger logger, int claims, int corroborated, int contested, int unverified, double elapsedMilliseconds);
}

using Verification.Plugins;
namespace Verification.Telemetry;

/// <summary>The names under which the engine reports what it does: to OpenTelemetry, <c>dotnet-counters</c>,
/// <c>dotnet-trace</c>, or any <see cref="System.Diagnostics.ActivityListener"/> and
/// <see cref="System.Diagnostics.Metrics.MeterListener"/>.</summary>
/// <remarks>
/// <para>Traces: the <see cref="ActivitySourceName"/> source starts an activity <c>verification.run</c> for each run
/// (tags <c>verification.claims.count</c>, then <c>verification.verdict.corroborated</c>, <c>.contested</c> and
/// <c>.unverified</c>) and one <c>verification.claim</c> per claim (tags <c>verification.claim.id</c> and
/// <c>verification.verdict</c>). A run's activity fails (status Error) when the run throws.</para>
/// <para>Metrics, from the <see cref="MeterName"/> meter: <c>verification.claims.verified</c> (counter, claims, by
/// <c>verification.verdict</c>), <c>verification.validator.duration</c> (histogram, seconds, by
/// <c>verification.validator.name</c>), <c>verification.validator.errors</c> (counter, by
/// <c>verification.validator.name</c> and <c>error.type</c>: <c>timeout</c> or the exception's type) and
/// <c>verification.run.duration</c> (histogram, seconds).</para>
/// <para>Logs, through the host's <c>ILoggerFactory</c> under the category <c>Verification.Engine.ClaimVerifier</c>: a validator
/// that failed or timed out (warning), and each run's counts and time (debug). Under <see cref="PluginsLogCategory"/>:
/// each plugin loaded (information, event 10), each plugin not loaded and why (warning, events 11 and 12), written
/// when the verifier or <see cref="IPluginCatalog"/> is first resolved.</para>
/// <para>Nothing is measured while nothing listens: a run without a listener pays for none of it.</para>
/// </remarks>
public static class VerificationDiagnostics
{
    /// <summary>The name of the engine's <see cref="System.Diagnostics.ActivitySource"/>: <c>Verification</c>.</summary>
    public const string ActivitySourceName = "Verification";

    /// <summary>The name of the engine's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>Verification</c>.</summary>
    public const string MeterName = "Verification";

    /// <summary>The log category of plugin loading: <c>Verification.Plugins</c>.</summary>
    public const string PluginsLogCategory = "Verification.Plugins";
}

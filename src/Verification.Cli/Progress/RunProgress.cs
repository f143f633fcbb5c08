using Verification.Claims;
namespace Verification.Cli.Progress;

/// <summary>Shows how far a long run (an import, a check) has come, on stderr: a bar on a terminal, plain lines when
/// redirected, nothing for a run shorter than <see cref="ProgressSettings.Delay"/>.</summary>
/// <remarks>Reporting is cheap (two fields written) and may be done for every row; what is shown is drawn on a timer.
/// Dispose ends it: a bar is cleared, and lines end with a last one when any was written.</remarks>
internal abstract class RunProgress : IAsyncDisposable
{
    private long _done;
    private long _fraction = -1;

    /// <summary>Starts showing progress.</summary>
    /// <param name="what">What runs, for the start of each line: "check", "read evidence.csv".</param>
    /// <param name="unit">What is counted, plural: "claims", "rows".</param>
    /// <param name="stderr">Where lines go.</param>
    /// <param name="settings">When and how; <see cref="ProgressSettings.ForCurrentRun"/> when null.</param>
    public static RunProgress Start(string what, string unit, TextWriter stderr, ProgressSettings? settings = null)
    {
        settings ??= ProgressSettings.ForCurrentRun();
        return settings.Mode switch
        {
            ProgressMode.Lines => new ProgressLines(what, unit, stderr, settings),
            ProgressMode.Bar => new ProgressBar(what, unit, settings),
            _ => new NoProgress(),
        };
    }

    /// <summary>How many have been done.</summary>
    public long Done => Interlocked.Read(ref _done);

    /// <summary>The part done, from 0 to 1; null when the total is not known.</summary>
    public double? Fraction => Interlocked.Read(ref _fraction) is var f and >= 0 ? f / 1_000_000d : null;

    /// <summary>Reports how far the run has come.</summary>
    /// <param name="done">How many have been done.</param>
    /// <param name="fraction">The part done, from 0 to 1, when the total is known.</param>
    public void Report(long done, double? fraction)
    {
        Interlocked.Exchange(ref _done, done);
        Interlocked.Exchange(ref _fraction, fraction is { } f ? (long)(Math.Clamp(f, 0, 1) * 1_000_000) : -1);
    }

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    private sealed class NoProgress : RunProgress
    {
        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

using Microsoft.Extensions.Logging;
using Verification.Cli.Logging;
using Verification.Figures;

namespace Verification.Cli.Progress;

/// <summary>When and how progress is shown.</summary>
internal sealed record ProgressSettings
{
    /// <summary>Whether stderr is a terminal, as the process found it at start; false inside tests, where stderr is a
    /// writer of the test's.</summary>
    public static bool StderrIsTerminal { get; set; }

    /// <summary>The delay and intervals of every run: tests shorten them to see progress of a short run.</summary>
    public static ProgressSettings Defaults { get; set; } = new();

    /// <summary>How progress is shown.</summary>
    public ProgressMode Mode { get; init; } = ProgressMode.Lines;

    /// <summary>How long a run goes before any progress is shown: a run shorter than this shows none.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The time between two plain lines.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The settings for the current invocation: none when quiet, a bar on a terminal, lines otherwise.</summary>
    public static ProgressSettings ForCurrentRun() => Defaults with
    {
        Mode = CliLogging.Current.Level == LogLevel.None ? ProgressMode.None
            : StderrIsTerminal ? ProgressMode.Bar
            : ProgressMode.Lines,
    };
}

namespace Verification.Cli.Logging;

/// <summary>How much <c>verify</c> logs on stderr besides results and problems (<c>--verbosity</c>).</summary>
internal enum Verbosity
{
    /// <summary>Nothing.</summary>
    Quiet,

    /// <summary>Errors (the default).</summary>
    Minimal,

    /// <summary>Warnings too: validators that failed, timed out or were cut off.</summary>
    Normal,

    /// <summary>Information too.</summary>
    Detailed,

    /// <summary>Everything, a run's counts and time included.</summary>
    Diagnostic,
}

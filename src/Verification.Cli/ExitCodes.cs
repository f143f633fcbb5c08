namespace Verification.Cli;

/// <summary>The process exit codes of <c>verify</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran, whatever the verdicts.</summary>
    public const int Success = 0;

    /// <summary>Something unexpected failed.</summary>
    public const int Failure = 1;

    /// <summary>Bad input: bad arguments, or a missing, unreadable or malformed file. Every problem is on stderr.</summary>
    public const int BadInput = 2;

    /// <summary>The environment failed: an evidence store's database could not be reached, or failed while in use (the
    /// server gone, the disk full). Nothing of the failed step was kept; running the command again once the database is
    /// back is safe.</summary>
    public const int Environment = 3;

    /// <summary>Cancelled with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}

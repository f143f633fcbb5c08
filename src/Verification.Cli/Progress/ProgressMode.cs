namespace Verification.Cli.Progress;

/// <summary>How a long run shows how far it has come, on stderr only: stdout carries results alone.</summary>
internal enum ProgressMode
{
    /// <summary>Nothing (<c>--verbosity quiet</c>).</summary>
    None,

    /// <summary>Plain lines, a few seconds apart: stderr is redirected to a file or a pipe.</summary>
    Lines,

    /// <summary>A bar redrawn in place, with the rate and the time left: stderr is a terminal.</summary>
    Bar,
}

using Verification.Cli.Commands;

namespace Verification.Cli.Tests.TestSupport;

/// <summary>What a run of the tool produced.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The lines of stderr, without the empty last one.</summary>
    public IReadOnlyList<string> StderrLines => Stderr.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs the command line in process, as <c>verify</c> would.</summary>
    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await Cli.InvokeAsync(args, stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <see cref="CheckCommand.RunAsync(FileInfo, IReadOnlyList{FileInfo}, OutputFormat, TextWriter, TextWriter, CancellationToken)"/>.</summary>
    public static async Task<CliRun> CheckAsync(FileInfo claims, IReadOnlyList<FileInfo> evidence, OutputFormat format = OutputFormat.Table, CancellationToken cancellationToken = default)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CheckCommand.RunAsync(claims, evidence, format, stdout, stderr, cancellationToken);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}

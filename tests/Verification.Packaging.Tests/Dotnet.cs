using Verification.TestSupport;

namespace Verification.Packaging.Tests;

/// <summary>What a finished command printed and returned.</summary>
internal sealed record CommandResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The command, its exit code and everything it printed, for assertion messages.</summary>
    public string Describe() => $"$ {Command}{Environment.NewLine}exit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s{Environment.NewLine}{Output}";
}

/// <summary>Runs the dotnet CLI with its own package folder (see <see cref="DotnetProcess"/>).</summary>
internal static class Dotnet
{
    /// <summary>The dotnet executable running this test, else the one on the PATH.</summary>
    public static string Executable => DotnetProcess.Executable;

    public static async Task<CommandResult> RunAsync(string workingDirectory, string? packagesFolder, TimeSpan timeout, params string[] arguments) =>
        await RunProgramAsync(Executable, workingDirectory, packagesFolder, timeout, arguments).ConfigureAwait(false);

    public static async Task<CommandResult> RunProgramAsync(string program, string workingDirectory, string? packagesFolder, TimeSpan timeout, params string[] arguments)
    {
        var environment = packagesFolder is null ? null : new Dictionary<string, string> { ["NUGET_PACKAGES"] = packagesFolder };
        var run = await DotnetProcess.RunAsync(program, workingDirectory, environment, timeout, arguments).ConfigureAwait(false);
        var command = program + " " + string.Join(' ', arguments.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
        var output = run.TimedOut ? run.Output + $"(killed after {timeout.TotalSeconds:0} s){Environment.NewLine}" : run.Output;
        return new CommandResult(command, run.ExitCode, output, run.Elapsed);
    }
}

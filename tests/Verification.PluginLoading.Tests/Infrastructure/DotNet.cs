using Verification.TestSupport;

namespace Verification.PluginLoading.Tests.Infrastructure;

/// <summary>Runs the dotnet CLI the tests were started with, as a child process (see <see cref="DotnetProcess"/>), and
/// fails with its output when it fails.</summary>
internal static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static string Executable => DotnetProcess.Executable;

    public static async Task<string> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await RunRawAsync(workingDirectory, environment, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"'dotnet {string.Join(' ', arguments)}' in {workingDirectory} failed with exit code {exitCode}:{Environment.NewLine}{stdout}{stderr}");
        }

        return stdout + stderr;
    }

    /// <summary>Runs dotnet and returns its exit code and output, whatever the exit code.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunRawAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var run = await DotnetProcess.RunAsync(Executable, workingDirectory, environment, Timeout, arguments);
        return run.TimedOut
            ? throw new TimeoutException($"'dotnet {string.Join(' ', arguments)}' did not finish within {Timeout.TotalMinutes} minutes.")
            : (run.ExitCode, run.Stdout, run.Stderr);
    }
}

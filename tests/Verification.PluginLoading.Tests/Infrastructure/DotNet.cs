using System.Diagnostics;

namespace Verification.PluginLoading.Tests.Infrastructure;

/// <summary>Runs the dotnet CLI the tests were started with, as a child process, and fails with its output when it fails.</summary>
internal static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static string Executable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

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
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        // The test host's own MSBuild and VSTest settings would leak into the child build.
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // No build servers or reused nodes: nothing may outlive the test run.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'dotnet {string.Join(' ', arguments)}' did not finish within {Timeout.TotalMinutes} minutes.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}

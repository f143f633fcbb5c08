using System.Diagnostics;
using System.Text;

namespace Verification.TestSupport;

/// <summary>What a finished child process printed and returned.</summary>
/// <param name="ExitCode">Its exit code (meaningless when <paramref name="TimedOut"/>).</param>
/// <param name="Stdout">What it wrote to standard output.</param>
/// <param name="Stderr">What it wrote to standard error.</param>
/// <param name="Output">Both, line by line in the order they arrived.</param>
/// <param name="Elapsed">How long it ran.</param>
/// <param name="TimedOut">Whether it ran past its time and was killed with its whole process tree.</param>
internal sealed record ProcessRun(int ExitCode, string Stdout, string Stderr, string Output, TimeSpan Elapsed, bool TimedOut);

/// <summary>Runs the dotnet CLI (or a program it built) in a child process isolated from the test run's own build and
/// test environment. Linked into every test project that starts child processes.</summary>
/// <remarks>
/// Variables that the outer <c>dotnet test</c> set for its own MSBuild and test host are removed; the child gets no
/// MSBuild node reuse, no shared compiler server and no build server, so that nothing outlives the command; telemetry,
/// first-run messages and workload notices are off and messages are in English, so that output can be asserted on.
/// </remarks>
internal static class DotnetProcess
{
    private static readonly string[] InheritedPrefixesToDrop = ["MSBUILD", "VSTEST", "TESTINGPLATFORM", "DOTNET_HOST_PATH", "_MSBUILD"];

    /// <summary>The dotnet executable running this test, else the one on the PATH.</summary>
    public static string Executable { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs <paramref name="program"/> and waits for it, at most <paramref name="timeout"/>.</summary>
    public static async Task<ProcessRun> RunAsync(
        string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.ToList())
        {
            if (InheritedPrefixesToDrop.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        StringBuilder stdout = new(), stderr = new(), output = new();
        var gate = new Lock();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = false;
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        // WaitForExitAsync returns once both streams reached their end, so every line has been appended.
        lock (gate)
        {
            return new ProcessRun(process.ExitCode, stdout.ToString(), stderr.ToString(), output.ToString(), clock.Elapsed, timedOut);
        }

        void Append(StringBuilder stream, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (gate)
            {
                stream.AppendLine(line);
                output.AppendLine(line);
            }
        }
    }
}

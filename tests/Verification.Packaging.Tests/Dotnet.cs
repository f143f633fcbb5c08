using System.Diagnostics;
using System.Text;

namespace Verification.Packaging.Tests;

/// <summary>What a finished command printed and returned.</summary>
internal sealed record CommandResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The command, its exit code and everything it printed, for assertion messages.</summary>
    public string Describe() => $"$ {Command}{Environment.NewLine}exit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s{Environment.NewLine}{Output}";
}

/// <summary>Runs the dotnet CLI in a child process isolated from the test run's own build and test environment.</summary>
/// <remarks>
/// The child gets its own package folder (<c>NUGET_PACKAGES</c>), no MSBuild node reuse, no shared compiler server and
/// no build server, so that nothing outlives the command; variables that the outer <c>dotnet test</c> set for its own
/// MSBuild and test host are removed. A command that runs past its time is killed with its whole process tree.
/// </remarks>
internal static class Dotnet
{
    private static readonly string[] InheritedPrefixesToDrop = ["MSBUILD", "VSTEST", "TESTINGPLATFORM", "DOTNET_HOST_PATH", "_MSBUILD"];

    /// <summary>The dotnet executable running this test, else the one on the PATH.</summary>
    public static string Executable { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static async Task<CommandResult> RunAsync(string workingDirectory, string? packagesFolder, TimeSpan timeout, params string[] arguments) =>
        await RunProgramAsync(Executable, workingDirectory, packagesFolder, timeout, arguments).ConfigureAwait(false);

    public static async Task<CommandResult> RunProgramAsync(string program, string workingDirectory, string? packagesFolder, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
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

        if (packagesFolder is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packagesFolder;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";

        var command = program + " " + string.Join(' ', arguments.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
        var output = new StringBuilder();
        var gate = new Lock();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            Append($"(killed after {timeout.TotalSeconds:0} s)");
        }

        lock (gate)
        {
            return new CommandResult(command, process.ExitCode, output.ToString(), clock.Elapsed);
        }

        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (gate)
            {
                output.AppendLine(line);
            }
        }
    }
}

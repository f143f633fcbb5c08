using System.Diagnostics;
using System.Globalization;

namespace Verification.Benchmarks.Store;

/// <summary>Runs a program as a child process under <c>/usr/bin/time</c>, which reports the child's peak resident set
/// (the largest its working set grew) once it has ended: a run's memory, end to end, as a user's shell would see it.</summary>
internal static class ChildRun
{
    /// <summary>What one run took.</summary>
    /// <param name="Seconds">Wall time, as measured here around the child.</param>
    /// <param name="PeakKilobytes">The child's peak resident set.</param>
    /// <param name="Stdout">What it wrote to stdout, when asked to keep it; otherwise how many characters.</param>
    public sealed record Result(double Seconds, long PeakKilobytes, string Stdout);

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/>; throws with its stderr when it
    /// fails.</summary>
    /// <param name="program">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="keepStdout">Whether to return stdout (otherwise it is read and dropped, as a pipe to a file would be).</param>
    public static Result Run(string program, IEnumerable<string> arguments, bool keepStdout = false)
    {
        var timeFile = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("/usr/bin/time")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["-f", "%M", "-o", timeFile, program, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout;
            if (keepStdout)
            {
                stdout = process.StandardOutput.ReadToEnd();
            }
            else
            {
                var buffer = new char[65536];
                long read = 0;
                int n;
                while ((n = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
                {
                    read += n;
                }

                stdout = read.ToString(CultureInfo.InvariantCulture);
            }

            process.WaitForExit();
            clock.Stop();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
            }

            var peak = long.Parse(File.ReadAllLines(timeFile).Last(l => l.Length > 0).Trim(), CultureInfo.InvariantCulture);
            return new Result(clock.Elapsed.TotalSeconds, peak, stdout);
        }
        finally
        {
            File.Delete(timeFile);
        }
    }
}

using SharpFuzz;

namespace Verification.Fuzzing;

/// <summary>Runs one fuzz target under AFL: <c>dotnet Verification.Fuzzing.dll TARGET</c> (see fuzz.sh).</summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">The target's name.</param>
    /// <returns>2 for an unknown target.</returns>
    public static int Main(string[] args)
    {
        if (args.Length != 1 || !FuzzTargets.ByName.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: Verification.Fuzzing TARGET, where TARGET is one of: {string.Join(", ", FuzzTargets.ByName.Keys)}");
            return 2;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }
}

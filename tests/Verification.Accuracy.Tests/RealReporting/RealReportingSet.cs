namespace Verification.Accuracy.Tests.RealReporting;

/// <summary>Every event file of the RealReporting folder, read and checked once per test run.</summary>
/// <remarks>Checks across files: each event's claims have an id prefix of their own, so claim ids are unique across
/// the set. Files with problems are left out of <see cref="Events"/> and listed in <see cref="Problems"/>.</remarks>
public sealed class RealReportingSet
{
    /// <summary>The fewest events the set must hold.</summary>
    public const int MinEvents = 30;

    /// <summary>The fewest claims the set must hold.</summary>
    public const int MinClaims = 200;

    private static readonly Lazy<RealReportingSet> Loaded = new(() => Load(Path.Combine(AppContext.BaseDirectory, "RealReporting")));

    private RealReportingSet(IReadOnlyList<string> files, IReadOnlyList<RealEvent> events, IReadOnlyList<string> problems)
    {
        Files = files;
        Events = events;
        Problems = problems;
    }

    /// <summary>The set copied beside the test assembly.</summary>
    public static RealReportingSet Current => Loaded.Value;

    /// <summary>Every event file found, by name.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The events whose files have no problem.</summary>
    public IReadOnlyList<RealEvent> Events { get; }

    /// <summary>Every problem, each naming its file.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Reads every <c>*.json</c> file of a folder.</summary>
    /// <param name="directory">The folder.</param>
    public static RealReportingSet Load(string directory)
    {
        var problems = new List<string>();
        var files = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList()
            : [];
        var events = new List<RealEvent>();
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (EventFile.Read(file, problems) is not { } e)
            {
                continue;
            }

            var clash = false;
            foreach (var prefix in e.Claims.Select(c => EventFile.IdPrefix(c.Id)).Distinct())
            {
                if (!prefixes.TryAdd(prefix, e.Id))
                {
                    problems.Add($"{Path.GetFileName(file)}: claim id prefix '{prefix}' is already used by event '{prefixes[prefix]}'.");
                    clash = true;
                }
            }

            if (!clash)
            {
                events.Add(e);
            }
        }

        return new RealReportingSet([.. files.Select(Path.GetFileName).OfType<string>()], events, problems);
    }
}

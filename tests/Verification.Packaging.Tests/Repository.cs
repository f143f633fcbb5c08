namespace Verification.Packaging.Tests;

/// <summary>Where the repository is, and which of its projects ship.</summary>
internal static class Repository
{
    /// <summary>The folder that holds Verification.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>This test project's folder in the repository (the consumers' sources are here).</summary>
    public static string TestProjectFolder => Path.Combine(Root, "tests", "Verification.Packaging.Tests");

    /// <summary>The bundled Mosul example.</summary>
    public static string ExampleFolder => Path.Combine(Root, "docs", "examples", "mosul-2017");

    /// <summary>Every project under src/ and plugins/, sorted.</summary>
    public static IReadOnlyList<string> ShippedProjects() =>
        [.. new[] { "src", "plugins" }
            .Select(folder => Path.Combine(Root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)];

    /// <summary>Every project under tests/, sorted.</summary>
    public static IReadOnlyList<string> TestProjects() =>
        [.. Directory.EnumerateFiles(Path.Combine(Root, "tests"), "*.csproj", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "Consumers"))
            .Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Verification.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Verification.sln above {AppContext.BaseDirectory}.");
    }
}

using System.Globalization;
using System.Text;

namespace Verification.Packaging.Tests;

/// <summary>Packs every project under <c>src/</c> and <c>plugins/</c> once, with <c>dotnet pack -c Release</c>, into a
/// temporary local feed, at a unique pre-release version; the tests of this namespace consume that feed.</summary>
/// <remarks>
/// <para>Everything lives in one temporary folder outside the repository: the feed, the build output (an artifacts
/// path, so the repository's own <c>bin</c> and <c>obj</c> are left alone), a fresh <c>NUGET_PACKAGES</c> folder, and a
/// <c>NuGet.config</c> that adds the feed to the machine's sources and the machine's global package folder as a
/// fallback folder. So the Verification packages always come from the feed (their version is new), while third-party
/// packages the machine already has restore without the network.</para>
/// <para>Source control queries are switched on for the pack even under <c>CI=true</c>, so that SourceLink is part of
/// what is tested.</para>
/// </remarks>
[SetUpFixture]
public sealed class PackageFeed
{
    public static readonly TimeSpan LongStep = TimeSpan.FromMinutes(20);
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(10);

    private static string? _workspace;
    private static CommandResult? _pack;

    /// <summary>The temporary folder holding the feed, the packages folder and the consumers.</summary>
    public static string Workspace => _workspace ?? throw new InvalidOperationException("The package feed was not set up.");

    /// <summary>The local feed the packages were packed into.</summary>
    public static string Feed => Path.Combine(Workspace, "feed");

    /// <summary>The fresh global packages folder the consumers restore into.</summary>
    public static string Packages => Path.Combine(Workspace, "packages");

    /// <summary>The build output of the pack (an artifacts path).</summary>
    public static string Artifacts => Path.Combine(Workspace, "artifacts");

    /// <summary>The version every package was packed at: 0.1.0-test.&lt;UTC time&gt;.</summary>
    public static string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    /// <summary>The projects packed: every project under src/ and plugins/.</summary>
    public static IReadOnlyList<string> PackedProjects { get; } = Repository.ShippedProjects();

    /// <summary>The pack command and what it printed.</summary>
    internal static CommandResult PackResult => _pack ?? throw new InvalidOperationException("The packages were not packed.");

    /// <summary>The arguments every build of the repository's projects in these tests shares, so that builds after the pack are incremental.</summary>
    public static string[] BuildProperties =>
    [
        "-c", "Release", "--artifacts-path", Artifacts, $"-p:Version={Version}", "-p:EnableSourceControlManagerQueries=true",
    ];

    [OneTimeSetUp]
    public async Task PackAsync()
    {
        _workspace = Path.Combine(Path.GetTempPath(), "verification-packaging-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);

        var globalPackages = await MachineGlobalPackagesFolderAsync();
        await File.WriteAllTextAsync(Path.Combine(Workspace, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="verification-test-feed" value="{Feed}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{globalPackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);

        // Consumers copied here pick up this instead of anything above the temporary folder.
        await File.WriteAllTextAsync(Path.Combine(Workspace, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <VerificationVersion>{Version}</VerificationVersion>
              </PropertyGroup>
            </Project>
            """);

        var solution = new StringBuilder("<Solution>").AppendLine();
        foreach (var project in PackedProjects)
        {
            solution.Append(CultureInfo.InvariantCulture, $"  <Project Path=\"{project}\" />").AppendLine();
        }

        solution.AppendLine("</Solution>");
        await File.WriteAllTextAsync(Path.Combine(Workspace, "packages.slnx"), solution.ToString());

        _pack = await Dotnet.RunAsync(Workspace, Packages, LongStep, ["pack", "packages.slnx", "-o", Feed, .. BuildProperties]);
        await TestContext.Progress.WriteLineAsync($"packed {PackedProjects.Count} projects at {Version} in {_pack.Elapsed.TotalSeconds:0} s");
        Assert.That(_pack.ExitCode, Is.Zero, _pack.Describe);
    }

    [OneTimeTearDown]
    public void DeleteWorkspace()
    {
        if (Environment.GetEnvironmentVariable("VERIFICATION_PACKAGING_KEEP") == "1")
        {
            TestContext.Progress.WriteLine($"kept {_workspace}");
            return;
        }

        if (_workspace is not null && Directory.Exists(_workspace))
        {
            try
            {
                Directory.Delete(_workspace, recursive: true);
            }
            catch (IOException)
            {
                // A process that has not quite let go of a file; the temporary folder is cleaned by the system.
            }
        }
    }

    /// <summary>Copies a folder of this project (a consumer) into the workspace.</summary>
    public static string CopyToWorkspace(string sourceFolder, string name)
    {
        var target = Path.Combine(Workspace, name);
        foreach (var file in Directory.EnumerateFiles(sourceFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceFolder, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }

        return target;
    }

    private static async Task<string> MachineGlobalPackagesFolderAsync()
    {
        var result = await Dotnet.RunAsync(Repository.Root, packagesFolder: null, Step, "nuget", "locals", "global-packages", "--list");
        const string Prefix = "global-packages:";
        var line = result.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        return line is null
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : line[Prefix.Length..].Trim();
    }
}

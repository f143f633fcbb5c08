using Verification.Validators;
namespace Verification.PluginLoading.Tests.Infrastructure;

/// <summary>A plugin made from the <c>verification-validator</c> template the way a plugin author makes one, once per
/// test run: pack the template package, install it into a private hive, instantiate it, and publish the result against
/// the Verification.Core and Verification packages packed from this repository.</summary>
/// <remarks>Works offline: restore reads a local feed holding the packed packages, and the machine's NuGet cache as
/// a second feed, into a fresh packages folder (so no earlier Verification.Core 0.1.0 is picked up from a cache).</remarks>
internal static class TemplatePlugin
{
    public const string ProjectName = "Acme.Checks";
    public const string PluginName = "AcmeChecks";
    public const string Description = "Notes casualty figures with no upper bound.";

    private static readonly Lazy<Task<string>> Build = new(BuildAsync);

    /// <summary>Starts the build (once) and returns a plugin directory holding the published plugin.</summary>
    public static Task<string> BuiltAsync() => Build.Value;

    private static async Task<string> BuildAsync()
    {
        var root = System.IO.Path.Combine(TestPlugins.WorkRoot, "template");
        var feed = System.IO.Path.Combine(root, "feed");
        var hive = System.IO.Path.Combine(root, "hive");
        var output = System.IO.Path.Combine(root, ProjectName);
        var source = System.IO.Path.Combine(output, "src", ProjectName);
        var plugins = System.IO.Path.Combine(root, "plugins");
        Directory.CreateDirectory(feed);

        await Task.WhenAll(
            DotNet.RunAsync(Repository.Root, null, "pack", Repository.Path("templates", "Verification.Templates", "Verification.Templates.csproj"),
                "-o", feed, "--artifacts-path", System.IO.Path.Combine(root, "artifacts-templates"), "-nodeReuse:false", "-p:UseSharedCompilation=false"),
            DotNet.RunAsync(Repository.Root, null, "pack", Repository.Path("src", "Verification.Core", "Verification.Core.csproj"),
                "-o", feed, "--artifacts-path", System.IO.Path.Combine(root, "artifacts-core"), "-nodeReuse:false", "-p:UseSharedCompilation=false"),
            DotNet.RunAsync(Repository.Root, null, "pack", Repository.Path("src", "Verification", "Verification.csproj"),
                "-o", feed, "--artifacts-path", System.IO.Path.Combine(root, "artifacts-engine"), "-nodeReuse:false", "-p:UseSharedCompilation=false"));

        var package = Directory.GetFiles(feed, "Verification.Templates.*.nupkg").Single();
        await DotNet.RunAsync(root, null, "new", "install", package, "--debug:custom-hive", hive);
        await DotNet.RunAsync(root, null, "new", "verification-validator", "-n", ProjectName, "-o", output,
            "--plugin-name", PluginName, "--description", Description, "--core-version", CoreVersion(), "--no-update-check", "--debug:custom-hive", hive);

        await File.WriteAllTextAsync(System.IO.Path.Combine(source, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="machine-cache" value="{MachinePackageCache()}" />
              </packageSources>
            </configuration>
            """);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = System.IO.Path.Combine(root, "packages") };
        await DotNet.RunAsync(source, environment, "publish", "-c", "Release", "-o", System.IO.Path.Combine(plugins, ProjectName),
            "-nodeReuse:false", "-p:UseSharedCompilation=false");
        return plugins;
    }

    // The version the repository packs Verification.Core as: the host's, without a revision.
    private static string CoreVersion()
    {
        var v = typeof(IClaimValidator).Assembly.GetName().Version!;
        return $"{v.Major}.{v.Minor}.{v.Build}";
    }

    private static string MachinePackageCache() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}

using Verification.DependencyInjection;
using Verification.Validators;
namespace Verification.PluginLoading.Tests.Infrastructure;

/// <summary>The test plugins of tests/TestPlugins, built once per test run into a temporary folder.</summary>
/// <remarks>One <c>dotnet build</c> of TestPlugins.sln builds them all, in parallel, against the Verification.Core and
/// Verification the tests run with; restore reads the local NuGet cache. Each plugin's output lands in <c>&lt;root&gt;/plugins/&lt;name&gt;</c>,
/// laid out as a plugin folder.</remarks>
internal static class TestPlugins
{
    public const string Good = "Good.Plugin";
    public const string Bare = "Bare.Plugin";
    public const string Humanized = "Humanized.Plugin";
    public const string ThrowingCtor = "ThrowingCtor.Plugin";
    public const string Faulty = "Faulty.Plugin";
    public const string WrongCore = "WrongCore.Plugin";
    public const string Careless = "Careless.Plugin";
    public const string Clash = "Clash.Plugin";
    public const string Direct = "Direct.Plugin";

    private static readonly Lazy<Task<string>> Build = new(BuildAsync);

    public static string WorkRoot { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "verification-plugin-tests-" + Environment.ProcessId);

    /// <summary>Starts the build (once) and returns the folder holding one output folder per plugin.</summary>
    public static Task<string> BuiltAsync() => Build.Value;

    /// <summary>The built output folder of a test plugin; call after <see cref="BuiltAsync"/> completed.</summary>
    public static string Output(string plugin) => System.IO.Path.Combine(Build.Value.Result, plugin);

    private static async Task<string> BuildAsync()
    {
        var root = System.IO.Path.Combine(WorkRoot, "test-plugins");
        var core = typeof(IClaimValidator).Assembly.Location;
        var engine = typeof(IVerificationBuilder).Assembly.Location;
        await DotNet.RunAsync(Repository.Path("tests", "TestPlugins"), null,
            "build", "TestPlugins.sln", "-nodeReuse:false", "-p:UseSharedCompilation=false",
            $"-p:TestPluginBuildRoot={root}", $"-p:VerificationCoreAssembly={core}", $"-p:VerificationAssembly={engine}");
        return System.IO.Path.Combine(root, "plugins");
    }
}

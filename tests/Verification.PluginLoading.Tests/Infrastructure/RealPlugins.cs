using System.Reflection;

namespace Verification.PluginLoading.Tests.Infrastructure;

/// <summary>The build outputs of the plugins in plugins/, as the test project recorded them when it was built.</summary>
internal static class RealPlugins
{
    public const string CasualtyGrading = "Verification.Plugins.CasualtyGrading";
    public const string Displacement = "Verification.Plugins.Displacement";
    public const string SourceReliability = "Verification.Plugins.SourceReliability";

    private static readonly Dictionary<string, string> Outputs = typeof(RealPlugins).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Where(a => a.Key == "RealPlugin" && a.Value is not null)
        .ToDictionary(a => Path.GetFileNameWithoutExtension(a.Value!), a => Path.GetDirectoryName(a.Value!)!);

    /// <summary>The verify tool's main assembly, run with <c>dotnet verify.dll</c>.</summary>
    public static string VerifyCli { get; } = typeof(RealPlugins).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "VerifyCli").Value!;

    public static string Output(string plugin) => Outputs[plugin];

    public static PluginDirectory WithReal(this PluginDirectory directory, string plugin) => directory.WithFolderFrom(Output(plugin), plugin);
}

namespace Verification.Packaging.Tests;

/// <summary>MSBuild properties of every project in the repository, as evaluated under <c>CI=true</c>, read in one
/// MSBuild run without building anything.</summary>
/// <remarks>A target file passed as <c>CustomAfterMicrosoftCommonTargets</c> (which every SDK project imports) writes
/// the properties of each project to a file; the repository is not changed.</remarks>
internal static class ProjectProperties
{
    public static readonly string[] Names =
    [
        "IsPackable", "PackageId", "AssemblyName", "PackAsTool", "ToolCommandName", "Deterministic", "ContinuousIntegrationBuild",
        "EnablePackageValidation", "IncludeSymbols", "SymbolPackageFormat", "PublishRepositoryUrl", "EmbedUntrackedSources",
        "GenerateDocumentationFile", "RepositoryUrl", "PackageReadmeFile", "PackageLicenseExpression", "TrackPublicApi",
    ];

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? _all;

    /// <summary>Project path → property name → value.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> AllAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _all ??= await EvaluateAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> EvaluateAsync()
    {
        var folder = Path.Combine(PackageFeed.Workspace, "evaluation");
        Directory.CreateDirectory(folder);
        var output = Path.Combine(folder, "properties.txt");
        var values = string.Join("\t", Names.Select(n => $"{n}=$({n})"));
        await File.WriteAllTextAsync(Path.Combine(folder, "report.targets"), $$"""
            <Project>
              <Target Name="ReportPackagingProperties" Returns="@(_PackagingProperties)">
                <ItemGroup>
                  <_PackagingProperties Include="$(MSBuildProjectFullPath)" Values="{{values}}" />
                </ItemGroup>
              </Target>
            </Project>
            """);
        var projects = string.Join(";", Repository.ShippedProjects().Concat(Repository.TestProjects()));
        await File.WriteAllTextAsync(Path.Combine(folder, "evaluate.proj"), $$"""
            <Project>
              <ItemGroup>
                <ProjectToEvaluate Include="{{projects}}" />
              </ItemGroup>
              <Target Name="Evaluate">
                <MSBuild Projects="@(ProjectToEvaluate)" Targets="ReportPackagingProperties"
                         Properties="CustomAfterMicrosoftCommonTargets={{Path.Combine(folder, "report.targets")}};CI=true">
                  <Output TaskParameter="TargetOutputs" ItemName="Reported" />
                </MSBuild>
                <WriteLinesToFile File="{{output}}" Lines="@(Reported->'%(Identity)&#9;%(Values)')" Overwrite="true" />
              </Target>
            </Project>
            """);

        var result = await Dotnet.RunAsync(folder, PackageFeed.Packages, PackageFeed.Step, "msbuild", "evaluate.proj", "-t:Evaluate", "-nologo");
        Assert.That(result.ExitCode, Is.Zero, result.Describe);

        var all = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var line in await File.ReadAllLinesAsync(output))
        {
            var fields = line.Split('\t');
            all[fields[0]] = fields.Skip(1)
                .Select(f => f.Split('=', 2))
                .ToDictionary(kv => kv[0], kv => kv[1], StringComparer.Ordinal);
        }

        return all;
    }
}

namespace Verification.Packaging.Tests;

/// <summary>The public API files make an accidental API change fail the build.</summary>
public sealed class PublicApiTests
{
    [Test]
    public async Task Build_UndeclaredPublicMemberAdded_FailsNamingIt()
    {
        // A copy of Verification.Testing with one public member more, built with the repository's settings.
        var probe = Path.Combine(PackageFeed.Workspace, "api-probe");
        var project = Path.Combine(probe, "src", "Verification.Testing");
        var source = Path.Combine(Repository.Root, "src", "Verification.Testing");
        Directory.CreateDirectory(project);
        foreach (var file in Directory.EnumerateFiles(source).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("PublicAPI.", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(project, Path.GetFileName(file)));
        }

        var csproj = (await File.ReadAllTextAsync(Path.Combine(source, "Verification.Testing.csproj")))
            .Replace(@"..\Verification\Verification.csproj", Path.Combine(Repository.Root, "src", "Verification", "Verification.csproj"), StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(project, "Verification.Testing.ApiProbe.csproj"), csproj);
        await File.WriteAllTextAsync(Path.Combine(probe, "Directory.Build.props"), $"""<Project><Import Project="{Path.Combine(Repository.Root, "Directory.Build.props")}" /></Project>""");
        await File.WriteAllTextAsync(Path.Combine(probe, "Directory.Packages.props"), $"""<Project><Import Project="{Path.Combine(Repository.Root, "Directory.Packages.props")}" /></Project>""");
        await File.WriteAllTextAsync(Path.Combine(project, "AccidentalApi.cs"), """
            namespace Verification.Testing;

            /// <summary>Public by accident.</summary>
            public static class AccidentalApi
            {
                /// <summary>Does nothing.</summary>
                public static void Added()
                {
                }
            }
            """);

        var build = await Dotnet.RunAsync(project, PackageFeed.Packages, PackageFeed.Step, ["build", .. PackageFeed.BuildProperties]);
        await TestContext.Progress.WriteLineAsync($"public API probe: build {build.Elapsed.TotalSeconds:0} s");

        Assert.That(build.ExitCode, Is.Not.Zero, build.Describe);
        Assert.That(build.Output, Does.Contain("error RS0016").And.Contain("Verification.Testing.AccidentalApi.Added()"), build.Describe);
    }
}

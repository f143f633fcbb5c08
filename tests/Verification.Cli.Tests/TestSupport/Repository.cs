namespace Verification.Cli.Tests.TestSupport;

/// <summary>Finds files of this repository from the test's directory, wherever the repository was cloned.</summary>
internal static class Repository
{
    private static readonly Lazy<DirectoryInfo> LazyRoot = new(FindRoot);

    /// <summary>The directory holding Verification.sln.</summary>
    public static DirectoryInfo Root => LazyRoot.Value;

    /// <summary>A file of the bundled Mosul example (docs/examples/mosul-2017).</summary>
    public static FileInfo MosulExample(string name) =>
        new(Path.Combine(Root.FullName, "docs", "examples", "mosul-2017", name));

    private static DirectoryInfo FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Verification.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException($"No Verification.sln above {TestContext.CurrentContext.TestDirectory}.");
    }
}

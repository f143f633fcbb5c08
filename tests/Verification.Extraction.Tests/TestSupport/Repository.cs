namespace Verification.Extraction.Tests.TestSupport;

/// <summary>Finds files of this repository from the test's directory.</summary>
internal static class Repository
{
    private static readonly Lazy<DirectoryInfo> LazyRoot = new(FindRoot);

    /// <summary>The directory holding Verification.sln.</summary>
    public static DirectoryInfo Root => LazyRoot.Value;

    /// <summary>A file under the repository root.</summary>
    public static FileInfo File(params string[] parts) => new(Path.Combine([Root.FullName, .. parts]));

    private static DirectoryInfo FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Verification.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException($"No Verification.sln above {TestContext.CurrentContext.TestDirectory}.");
    }
}

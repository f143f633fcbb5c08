namespace Verification.Outputs.Tests.TestSupport;

/// <summary>Finds the repository the tests were built from.</summary>
internal static class Repository
{
    /// <summary>The directory holding Verification.sln.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Verification.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"No Verification.sln above {TestContext.CurrentContext.TestDirectory}.");
        }
    }

    /// <summary>A directory under artifacts/ for files a reviewer looks at after the run; made if missing.</summary>
    public static string Artifacts(string name) => Directory.CreateDirectory(Path.Combine(Root, "artifacts", name)).FullName;
}

namespace Verification.Outputs.Tests.TestSupport;

/// <summary>A fresh directory for one test's files, deleted when disposed.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "verification-outputs-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file into the directory and returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary directory does not fail a test.
        }
    }
}

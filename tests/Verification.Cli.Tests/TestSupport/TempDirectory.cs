namespace Verification.Cli.Tests.TestSupport;

/// <summary>A fresh directory for one test's files, deleted when disposed.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(FullName);

    public string FullName { get; } = Path.Combine(Path.GetTempPath(), "verify-cli-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file and returns it.</summary>
    public FileInfo Write(string name, string content)
    {
        var path = Path.Combine(FullName, name);
        File.WriteAllText(path, content);
        return new FileInfo(path);
    }

    /// <summary>A file in the directory that does not exist.</summary>
    public FileInfo Missing(string name) => new(Path.Combine(FullName, name));

    public void Dispose()
    {
        try
        {
            Directory.Delete(FullName, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory does not fail a test.
        }
    }
}

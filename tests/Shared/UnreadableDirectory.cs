namespace Verification.TestSupport;

/// <summary>A directory that exists but that this process cannot list, for tests of what reading it does.</summary>
/// <remarks>A new directory with no permissions where that denies listing it; where it does not (a process running as
/// root reads it anyway), a directory of the system that the kernel refuses to list to such a process. A test is
/// inconclusive when neither can be found.</remarks>
internal sealed class UnreadableDirectory : IDisposable
{
    private readonly string? _created;

    private UnreadableDirectory(string path, string? created)
    {
        Path = path;
        _created = created;
    }

    /// <summary>The directory's full path.</summary>
    public string Path { get; }

    /// <summary>Finds or makes a directory that cannot be listed; the test is inconclusive when there is none.</summary>
    public static UnreadableDirectory Create()
    {
        var created = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "verify-unreadable-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(created);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(created, UnixFileMode.None);
            if (!CanList(created))
            {
                return new UnreadableDirectory(created, created);
            }
        }

        Directory.Delete(created);
        const string MapFiles = "/proc/1/map_files";
        if (Directory.Exists(MapFiles) && !CanList(MapFiles))
        {
            return new UnreadableDirectory(MapFiles, null);
        }

        Assert.Inconclusive("No directory this process cannot list was found (running as root, outside Linux?).");
        throw new InvalidOperationException("unreachable");
    }

    public void Dispose()
    {
        if (_created is not null && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_created, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(_created, recursive: true);
        }
    }

    private static bool CanList(string path)
    {
        try
        {
            _ = Directory.EnumerateFileSystemEntries(path).Any();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

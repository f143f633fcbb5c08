namespace Verification.PluginLoading.Tests.Infrastructure;

/// <summary>A fresh plugin directory for one test, laid out from built plugins, empty folders and broken files.</summary>
internal sealed class PluginDirectory
{
    private PluginDirectory(string path) => Path = path;

    public string Path { get; }

    public static PluginDirectory Create()
    {
        var path = System.IO.Path.Combine(TestPlugins.WorkRoot, "dirs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new PluginDirectory(path);
    }

    /// <summary>Copies a built test plugin in, into a folder named after it or as <paramref name="folder"/>.</summary>
    public PluginDirectory With(string plugin, string? folder = null) => WithFolderFrom(TestPlugins.Output(plugin), folder ?? plugin);

    /// <summary>Copies any built plugin folder in.</summary>
    public PluginDirectory WithFolderFrom(string source, string folder)
    {
        var target = System.IO.Path.Combine(Path, folder);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return this;
    }

    public PluginDirectory WithEmptyFolder(string folder)
    {
        Directory.CreateDirectory(System.IO.Path.Combine(Path, folder));
        return this;
    }

    /// <summary>A folder whose main assembly is not an assembly: a PE signature followed by garbage.</summary>
    public PluginDirectory WithCorruptPlugin(string folder)
    {
        var dir = Directory.CreateDirectory(System.IO.Path.Combine(Path, folder));
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = (byte)'M';
        bytes[1] = (byte)'Z';
        File.WriteAllBytes(System.IO.Path.Combine(dir.FullName, folder + ".dll"), bytes);
        return this;
    }

    public PluginDirectory WithFile(string relativePath, byte[] content)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, content);
        return this;
    }

    public string MainAssembly(string folder, string? assembly = null) =>
        System.IO.Path.Combine(Path, folder, (assembly ?? folder) + ".dll");
}

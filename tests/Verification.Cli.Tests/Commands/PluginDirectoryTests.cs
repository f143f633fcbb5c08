using Verification.Cli.Tests.TestSupport;
using Verification.TestSupport;

namespace Verification.Cli.Tests.Commands;

/// <summary>A plugin directory named on the command line is an input: missing or unreadable, it is bad input.</summary>
[TestFixture]
public sealed class PluginDirectoryTests
{
    private static string Claims => Repository.MosulExample("claims.json").FullName;

    private static string Evidence => Repository.MosulExample("evidence.json").FullName;

    [Test]
    public async Task InvokeAsync_CheckWithUnreadablePluginDirectory_ExitsTwoNamingIt()
    {
        using var unreadable = UnreadableDirectory.Create();

        var run = await CliRun.InvokeAsync("check", Claims, "--evidence", Evidence, "--plugins", unreadable.Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines, Has.Count.EqualTo(1));
            Assert.That(run.StderrLines[0], Does.StartWith($"{unreadable.Path}: directory-unreadable: the plugin directory cannot be read: "));
        }
    }

    [Test]
    public async Task InvokeAsync_CheckWithMissingPluginDirectory_ExitsTwoNamingIt()
    {
        using var temp = new TempDirectory();
        var missing = temp.Missing("plugins");

        var run = await CliRun.InvokeAsync("check", Claims, "--evidence", Evidence, "--plugins", missing.FullName);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines, Is.EqualTo(new[] { $"{missing.FullName}: directory-missing: the plugin directory does not exist." }));
        }
    }

    [Test]
    public async Task InvokeAsync_CheckWithAFileForPluginDirectory_ExitsTwoNamingIt()
    {
        var run = await CliRun.InvokeAsync("check", Claims, "--evidence", Evidence, "--plugins", Evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { $"{Evidence}: directory-missing: '{Evidence}' is a file, not a plugin directory." }));
        }
    }

    [Test]
    public async Task InvokeAsync_PluginsListWithUnreadableDirectory_ExitsTwoNamingIt()
    {
        using var unreadable = UnreadableDirectory.Create();

        var run = await CliRun.InvokeAsync("plugins", "list", "--plugins", unreadable.Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr, Does.StartWith($"{unreadable.Path}: plugin-skipped: The plugin directory cannot be read: "));
            Assert.That(run.Stderr, Does.Not.Contain("unexpected error"));
        }
    }

    [Test]
    public async Task InvokeAsync_CheckWithEmptyPluginDirectory_RunsWithoutPlugins()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.InvokeAsync("check", Claims, "--evidence", Evidence, "--plugins", temp.FullName);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stderr, Is.Empty);
        }
    }
}

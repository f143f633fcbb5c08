using Verification.Cli.Output;
using Verification.Cli.Tests.TestSupport;

namespace Verification.Cli.Tests.Output;

/// <summary>Writing the output whole: to stdout, or to a file that appears only once complete.</summary>
[TestFixture]
public sealed class ResultOutputTests
{
    [Test]
    public async Task WriteAsync_NoFile_WritesToStdout()
    {
        using var stdout = new StringWriter();

        var problem = await ResultOutput.WriteAsync(new OutputRequest(OutputFormat.Json), "{}", stdout, CancellationToken.None);

        Assert.That(problem, Is.Null);
        Assert.That(stdout.ToString(), Is.EqualTo("{}"));
    }

    [Test]
    public async Task WriteAsync_File_ReplacesItWholeAndLeavesNothingElseBeside()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("report.html", "old report");
        using var stdout = new StringWriter();

        var problem = await ResultOutput.WriteAsync(new OutputRequest(OutputFormat.Html) { File = file }, "<!DOCTYPE html>ü", stdout, CancellationToken.None);

        Assert.That(problem, Is.Null);
        Assert.That(stdout.ToString(), Is.Empty);
        Assert.That(await File.ReadAllBytesAsync(file.FullName), Is.EqualTo("<!DOCTYPE html>ü"u8.ToArray()), "UTF-8 without a byte order mark");
        Assert.That(Directory.GetFiles(temp.FullName), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task WriteAsync_DirectoryRemovedMeanwhile_ReportsTheFileAndWritesNothing()
    {
        using var temp = new TempDirectory();
        var file = temp.Missing(Path.Combine("gone", "report.html"));

        var problem = await ResultOutput.WriteAsync(new OutputRequest(OutputFormat.Html) { File = file }, "page", TextWriter.Null, CancellationToken.None);

        Assert.That(problem, Does.StartWith($"{file}: file-unwritable: "));
        Assert.That(Directory.GetFileSystemEntries(temp.FullName), Is.Empty);
    }

    [Test]
    public async Task WriteAsync_CancelledBeforeTheFileIsReplaced_KeepsTheOldFile()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("report.html", "old report");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThatAsync(
            () => ResultOutput.WriteAsync(new OutputRequest(OutputFormat.Html) { File = file }, "new report", TextWriter.Null, cancelled.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await File.ReadAllTextAsync(file.FullName), Is.EqualTo("old report"));
        Assert.That(Directory.GetFiles(temp.FullName), Has.Length.EqualTo(1), "no partial file left");
    }
}

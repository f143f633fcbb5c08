using Verification.Claims;
using Verification.Cli.Output;
using Verification.Cli.Tests.TestSupport;
using Verification.Figures;
using Verification.Subjects;
using Verification.Verdicts;

namespace Verification.Cli.Tests.Output;

/// <summary>Writing results as they come: nothing held, the output in place only once complete.</summary>
[TestFixture]
public sealed class StreamedOutputTests
{
    private const int BeforeTheWait = 2000;

    [Test]
    public async Task WriteAsync_JsonWhileTheLastResultIsAwaited_HasWrittenTheFirstOnes()
    {
        using var temp = new TempDirectory();
        var file = temp.Missing("results.json");
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writing = StreamedOutput.WriteAsync(new OutputRequest(OutputFormat.Json) { File = file }, Results(release.Task), TextWriter.Null, 100, CancellationToken.None);
        var writtenMeanwhile = await PartialLengthAsync(temp, writing);
        var fileMeanwhile = File.Exists(file.FullName);
        release.SetResult();
        var problem = await writing;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(writtenMeanwhile, Is.GreaterThan(0), "results were written before the run ended");
            Assert.That(fileMeanwhile, Is.False, "the output is in place only once complete");
            Assert.That(problem, Is.Null);
            Assert.That(File.ReadAllText(file.FullName), Does.Contain("\"corroborated\": " + (BeforeTheWait + 1)));
        }
    }

    [Test]
    public async Task WriteAsync_ResultsFailingPartWay_WritesNothing()
    {
        using var temp = new TempDirectory();
        var file = temp.Missing("results.json");
        var failed = Task.FromException(new InvalidOperationException("the run failed"));

        await Assert.ThatAsync(
            () => StreamedOutput.WriteAsync(new OutputRequest(OutputFormat.Json) { File = file }, Results(failed), TextWriter.Null, 100, CancellationToken.None),
            Throws.InvalidOperationException);
        Assert.That(Directory.GetFileSystemEntries(temp.FullName), Is.Empty);
    }

    // Many results, then a wait for the run to go on, then one more.
    private static async IAsyncEnumerable<ClaimVerification> Results(Task goOn)
    {
        var claim = new Claim("c1", new Subject("civilians killed"), Figure.Parse("about 100"), "Local officials");
        var result = new ClaimVerification(claim, Verdict.Corroborated, [new Finding("Test", FindingOutcome.Supports, "US military's 105 agrees with Local officials' 'about 100'.") { Evidence = ["e1"] }]);
        for (var i = 0; i < BeforeTheWait; i++)
        {
            yield return result;
        }

        await goOn;
        yield return result;
    }

    // The length of the partial output file once it has any, while the writing is still waiting; 0 if none came.
    private static async Task<long> PartialLengthAsync(TempDirectory temp, Task writing)
    {
        for (var wait = 0; wait < 200 && !writing.IsCompleted; wait++)
        {
            var partial = Directory.GetFiles(temp.FullName, "*.partial").Select(f => new FileInfo(f).Length).FirstOrDefault();
            if (partial > 0)
            {
                return partial;
            }

            await Task.Delay(50);
        }

        return 0;
    }
}

using Microsoft.Extensions.Time.Testing;
using Verification.Cli.Progress;
using Verification.Figures;

namespace Verification.Cli.Tests.Progress;

/// <summary>Progress when stderr is redirected: plain lines, only for a run longer than the delay.</summary>
[TestFixture]
public sealed class ProgressLinesTests
{
    private static ProgressSettings Lines(FakeTimeProvider time) => new()
    {
        Mode = ProgressMode.Lines,
        Delay = TimeSpan.FromSeconds(2),
        Interval = TimeSpan.FromSeconds(5),
        Time = time,
    };

    [Test]
    public async Task Start_RunShorterThanTheDelay_WritesNothing()
    {
        var time = new FakeTimeProvider();
        var stderr = new StringWriter();

        await using (var progress = RunProgress.Start("check", "claims", stderr, Lines(time)))
        {
            progress.Report(500, 0.5);
            time.Advance(TimeSpan.FromSeconds(1.5));
            progress.Report(1000, 1);
        }

        Assert.That(stderr.ToString(), Is.Empty);
    }

    [Test]
    public async Task Start_LongRun_LinesAtTheDelayAndEachIntervalThenDone()
    {
        var time = new FakeTimeProvider();
        var stderr = new StringWriter();

        await using (var progress = RunProgress.Start("check", "claims", stderr, Lines(time)))
        {
            progress.Report(2_000, 0.25);
            time.Advance(TimeSpan.FromSeconds(2));
            progress.Report(7_000, 0.875);
            time.Advance(TimeSpan.FromSeconds(5));
            progress.Report(8_000, 1);
        }

        var lines = stderr.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Is.EqualTo(new[]
        {
            "verify: check: 2,000 claims, 1,000 claims/s, 25%, about 6 s left",
            "verify: check: 7,000 claims, 1,000 claims/s, 88%, about 1 s left",
            "verify: check: done, 8,000 claims, 1,143 claims/s, 100%.",
        }));
    }

    [Test]
    public async Task Start_TotalUnknown_CountAndRateOnly()
    {
        var time = new FakeTimeProvider();
        var stderr = new StringWriter();

        await using (var progress = RunProgress.Start("read f.csv", "rows", stderr, Lines(time)))
        {
            progress.Report(300, null);
            time.Advance(TimeSpan.FromSeconds(3));
        }

        Assert.That(stderr.ToString(), Does.StartWith("verify: read f.csv: 300 rows, 100 rows/s" + Environment.NewLine));
    }

    [Test]
    public async Task Start_ModeNone_WritesNothing()
    {
        var time = new FakeTimeProvider();
        var stderr = new StringWriter();

        await using (var progress = RunProgress.Start("check", "claims", stderr, Lines(time) with { Mode = ProgressMode.None }))
        {
            progress.Report(1, 0.1);
            time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.That(stderr.ToString(), Is.Empty);
    }
}

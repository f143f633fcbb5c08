namespace Verification.Testing.Tests;

public sealed class TestClockTests
{
    [Test]
    public void At_Day_StandsAtMidnightUtc()
    {
        var clock = TestClock.At(new DateOnly(2017, 3, 25));

        Assert.That(clock.GetUtcNow(), Is.EqualTo(new DateTimeOffset(2017, 3, 25, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void At_Text_ReadsYearMonthDay()
    {
        Assert.That(TestClock.At("2017-03-25").GetUtcNow(), Is.EqualTo(new DateTimeOffset(2017, 3, 25, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void At_TextNotADate_Throws()
    {
        Assert.That(() => TestClock.At("March 2017"), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void AtPublication_PublishedReport_StandsAtItsDay()
    {
        var report = new ReportBuilder().WithPublished("2017-03-25").Build();

        Assert.That(TestClock.AtPublication(report).GetUtcNow().Date, Is.EqualTo(new DateTime(2017, 3, 25)));
    }

    [Test]
    public void AtPublication_NoPublicationDate_ThrowsNamingTheReport()
    {
        var report = new ReportBuilder("draft-42").Build();

        Assert.That(() => TestClock.AtPublication(report), Throws.ArgumentException.With.Message.Contains("draft-42"));
    }

    [Test]
    public void Advance_AWeek_MovesTheClockOnlyWhenTold()
    {
        var clock = TestClock.At("2017-03-17");
        var before = clock.GetUtcNow();

        clock.Advance(TimeSpan.FromDays(7));

        Assert.That(clock.GetUtcNow() - before, Is.EqualTo(TimeSpan.FromDays(7)));
    }
}

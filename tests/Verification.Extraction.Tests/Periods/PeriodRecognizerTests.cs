using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Periods;

/// <summary>Relative dates whose arithmetic leaves the calendar name no period; the rest of the text is still read.</summary>
[TestFixture]
public sealed class PeriodRecognizerTests
{
    private static readonly DateOnly FirstDay = DateOnly.MinValue;
    private static readonly DateOnly LastDay = DateOnly.MaxValue;

    [TestCase("Five people died last week.")]
    [TestCase("Five people died in the past three days.")]
    [TestCase("Five people died last Thursday.")]
    [TestCase("Five people died last winter.")]
    [TestCase("Five people died last month.")]
    [TestCase("Five people died last decade.")]
    public void Annotate_PastDateOnTheCalendarsFirstDay_FindsNoPeriodAndKeepsTheFigure(string text)
    {
        var annotation = Extract.Mentions(text, FirstDay);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(annotation.Periods, Is.Empty);
            Assert.That(annotation.Figures.Select(f => f.Text), Is.EqualTo(new[] { "Five" }));
        }
    }

    [TestCase("Five people will be moved next week.")]
    [TestCase("Five people will be moved next year.")]
    [TestCase("Five people will be moved next month.")]
    [TestCase("Five people will be moved next decade.")]
    [TestCase("Five people will be moved next weekend.")]
    public void Annotate_FutureDateOnTheCalendarsLastDay_FindsNoPeriodAndKeepsTheFigure(string text)
    {
        var annotation = Extract.Mentions(text, LastDay);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(annotation.Periods, Is.Empty);
            Assert.That(annotation.Figures.Select(f => f.Text), Is.EqualTo(new[] { "Five" }));
        }
    }

    [Test]
    public void Annotate_SpanLongerThanTheCalendar_FindsNoPeriod()
    {
        var annotation = Extract.Mentions("Five people died in the past 999 decades.");

        Assert.That(annotation.Periods, Is.Empty);
    }

    [Test]
    public void Annotate_RelativeDateInsideTheCalendar_IsStillResolved()
    {
        var annotation = Extract.Mentions("Five people died last week.", new DateOnly(1, 1, 20));

        Assert.That(annotation.Periods.Single().Period.ToString(), Is.EqualTo("0001-01-08/0001-01-14"));
    }

    [Test]
    public void Extract_ArticlePublishedOnTheCalendarsFirstDay_ReadsItsClaims()
    {
        var result = Extract.Claims("Around 340,000 people have fled Mosul since last week, according to UNHCR.", FirstDay);

        Assert.That(result.Claims.Select(c => c.Claim.Figure?.Text), Is.EqualTo(new[] { "Around 340,000" }));
    }
}

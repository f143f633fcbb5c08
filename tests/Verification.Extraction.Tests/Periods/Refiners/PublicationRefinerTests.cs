using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Periods.Refiners;

/// <summary>Periods end at publication unless the text says they run on.</summary>
[TestFixture]
public sealed class PublicationRefinerTests
{
    [Test]
    public void Annotate_PeriodStillRunning_EndsAtPublication()
    {
        var mention = Extract.Mentions("Food prices have doubled this month.").Periods.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mention.Period.ToString(), Is.EqualTo("2017-03-01/2017-03-25"));
            Assert.That(mention.IsFuture, Is.False);
        }
    }

    [Test]
    public void Annotate_PeriodTheTextRunsOn_IsNotCut()
    {
        var mention = Extract.Mentions("The agency will deliver food within two weeks.").Periods.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mention.Period.ToString(), Is.EqualTo("2017-03-25/2017-04-08"));
            Assert.That(mention.IsFuture, Is.True);
        }
    }

    [Test]
    public void Extract_FigureWithPeriodRunningOn_TakesNoFuturePeriod()
    {
        var claim = Extract.Single("The agency plans to feed 20,000 people within the next two weeks.");

        Assert.That(claim.Period, Is.Null);
    }
}

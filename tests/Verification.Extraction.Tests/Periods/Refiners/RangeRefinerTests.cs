using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Periods.Refiners;

/// <summary>Two periods joined as a range become one.</summary>
[TestFixture]
public sealed class RangeRefinerTests
{
    [TestCase("The report covers 1 January to 31 March 2016.", "1 January to 31 March 2016", "2016-01-01/2016-03-31")]
    [TestCase("Water was rationed from June - August 2015.", "from June - August 2015", "2015-06-01/2015-08-31")]
    [TestCase("Strikes were logged from last week until today.", "from last week until today", "2017-03-13/2017-03-25")]
    [TestCase("The border stayed shut December 20 to January 5, 2016.", "December 20 to January 5, 2016", "2015-12-20/2016-01-05")]
    public void Annotate_TwoPeriodsJoined_AreOneRange(string text, string expression, string period)
    {
        var periods = Extract.Mentions(text).Periods;

        Assert.That(periods.Select(p => $"{p.Text} = {p.Period}"), Is.EqualTo(new[] { $"{expression} = {period}" }));
    }

    [Test]
    public void Annotate_TwoPeriodsOutOfOrder_StayApart()
    {
        var periods = Extract.Mentions("Prices rose in 2016 to levels last seen in 2008.").Periods;

        Assert.That(periods.Select(p => p.Text), Is.EqualTo(new[] { "2016", "2008" }));
    }

    [Test]
    public void Annotate_TwoMonthsJoinedByAndWithoutBetween_StayApart()
    {
        var periods = Extract.Mentions("Floods hit the valley in June and August.").Periods;

        Assert.That(periods.Select(p => p.Text), Is.EqualTo(new[] { "June", "August" }));
    }
}

using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Periods.Rules;

/// <summary>Forms the recogniser read by hand before and now reads as rules: numeric dates, decades, fixed holidays
/// and "since" before any period; published Saturday 25 March 2017.</summary>
[TestFixture]
public sealed class MigratedDateRulesTests
{
    private static void AssertPeriod(string text, string expression, string period) =>
        Assert.That(Extract.Mentions(text).Periods.Select(p => $"{p.Text} = {p.Period}"), Is.EqualTo(new[] { $"{expression} = {period}" }));

    [TestCase("The convoy left on 2016-10-17 at dawn.", "2016-10-17", "2016-10-17")]
    [TestCase("The convoy left on 2016/10/17 at dawn.", "2016/10/17", "2016-10-17")]
    [TestCase("Figures for 2016-09 show a rise.", "2016-09", "2016-09")]
    [TestCase("The 2010-11 season was cancelled.", "2010-11", "2010-01-01/2011-12-31")]
    public void Annotate_NumericDate_IsRead(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("The economy collapsed in the 1990s.", "the 1990s", "1990-01-01/1999-12-31")]
    [TestCase("Growth slowed during 2000s reforms.", "2000s", "2000-01-01/2009-12-31")]
    public void Annotate_DecadeInDigits_IsItsTenYears(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("Most of the victims were in their 80s.")]
    [TestCase("1000s of people marched through the capital.")]
    public void Annotate_TensThatAreNotADecade_AreNoPeriod(string text) => Assert.That(Extract.Mentions(text).Periods, Is.Empty);

    [Test]
    public void Annotate_RangeOfYearsBeforeACountNoun_IsNoPeriod() =>
        Assert.That(Extract.Mentions("Officials said 1500-2000 people had fled.").Periods, Is.Empty);

    [TestCase("Shops were looted on Christmas Eve.", "Christmas Eve", "2016-12-24")]
    [TestCase("Flights were cancelled over the Christmas period.", "Christmas period", "2016-12-24/2017-01-01")]
    [TestCase("Fireworks were banned on New Year's Eve 2015.", "New Year's Eve 2015", "2015-12-31")]
    [TestCase("Three people died on New Year's Day.", "New Year's Day", "2017-01-01")]
    [TestCase("Florists sold out before Valentine's Day.", "Valentine's Day", "2017-02-14")]
    [TestCase("Police patrolled the streets on Halloween.", "Halloween", "2016-10-31")]
    public void Annotate_FixedHoliday_IsItsLatestDate(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("Fighting resumed yesterday.", "yesterday", "2017-03-24")]
    [TestCase("The water was cut off overnight.", "overnight", "2017-03-24/2017-03-25")]
    [TestCase("Aid reached the town this morning.", "this morning", "2017-03-25")]
    [TestCase("The bodies were found the day before yesterday.", "the day before yesterday", "2017-03-23")]
    [TestCase("The convoy arrived two days ago.", "two days ago", "2017-03-23")]
    [TestCase("The ceasefire collapsed three weeks ago.", "three weeks ago", "2017-02-27/2017-03-05")]
    [TestCase("The camp opened 18 months ago.", "18 months ago", "2015-09")]
    [TestCase("Shelling has continued since three weeks ago.", "since three weeks ago", "2017-02-27/2017-03-25")]
    public void Annotate_DayOrSpanCountedFromPublication_IsRead(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("Prices climbed over the past few weeks.", "the past few weeks", "2017-03-05/2017-03-25")]
    [TestCase("Exports fell over the previous three months.", "the previous three months", "2016-12-26/2017-03-25")]
    [TestCase("Dozens were killed in the last 48 hours.", "the last 48 hours", "2017-03-23/2017-03-25")]
    [TestCase("Dozens were killed last week.", "last week", "2017-03-13/2017-03-19")]
    [TestCase("Residents fled earlier this week.", "earlier this week", "2017-03-20/2017-03-24")]
    [TestCase("Earlier this month, 20 people died in a raid.", "Earlier this month", "2017-03-01/2017-03-24")]
    [TestCase("The ministry expects the report in two weeks.", "in two weeks", "2017-04-08")]
    [TestCase("The camp will close three months from now.", "three months from now", "2017-06-25")]
    public void Annotate_DayAheadOfPublication_IsThatDay(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("Thousands were displaced in three weeks of fighting.")]
    [TestCase("Repairs will be finished in 24 hours.")]
    public void Annotate_CountOfUnitsThatIsALength_IsNoPeriod(string text) => Assert.That(Extract.Mentions(text).Periods, Is.Empty);

    [Test]
    public void Annotate_TheWeekendOnAMonday_IsTheDaysBefore() =>
        Assert.That(Extract.Mentions("The bodies were recovered over the weekend.", new DateOnly(2017, 3, 27)).Periods.Single().Period.ToString(),
            Is.EqualTo("2017-03-25/2017-03-26"));

    [TestCase("Attacks have risen recently.", "recently", "2017-03-12/2017-03-25")]
    [TestCase("Attacks have risen in recent weeks.", "recent weeks", "2017-03-12/2017-03-25")]
    [TestCase("Attacks have risen in recent days.", "recent days", "2017-03-19/2017-03-25")]
    public void Annotate_RecentWithTheOptionsDays_CoversThem(string text, string expression, string period)
    {
        var annotator = new TextAnnotator(new ExtractionOptions { RecentDays = 14 });

        var periods = annotator.Annotate(text, Extract.Published).Periods;

        Assert.That(periods.Select(p => $"{p.Text} = {p.Period}"), Is.EqualTo(new[] { $"{expression} = {period}" }));
    }

    [Test]
    public void Annotate_DayAfterTomorrow_IsFuture()
    {
        var mention = Extract.Mentions("The talks resume the day after tomorrow.").Periods.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mention.Period.ToString(), Is.EqualTo("2017-03-27"));
            Assert.That(mention.IsFuture, Is.True);
        }
    }

    [TestCase("Prices have climbed since the 14th.", "since the 14th", "2017-03-14/2017-03-25")]
    [TestCase("Crossings have fallen since Ramadan.", "since Ramadan", "2016-06-06/2017-03-25")]
    [TestCase("Output has grown since 2016 Q3.", "since 2016 Q3", "2016-07-01/2017-03-25")]
    [TestCase("Schools have been closed since october.", "since october", "2016-10-01/2017-03-25")]
    public void Annotate_SinceAnyPeriod_RunsFromItsStartToPublication(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [Test]
    public void Annotate_RangeWhoseEndHasNoYear_TakesTheStartsYear() =>
        AssertPeriod("Schools were shut from 1 March 2017 to 10 April.", "from 1 March 2017 to 10 April", "2017-03-01/2017-03-25");

    [TestCase("Five people died last Thursday.", "last Thursday", "2017-03-23")]
    [TestCase("The envoy lands this Friday, officials said.", "this Friday", "2017-03-24")]
    [TestCase("Talks resume next Tuesday.", "next Tuesday", "2017-03-28")]
    [TestCase("The river flooded last summer.", "last summer", "2016-06-01/2016-08-31")]
    [TestCase("Heating costs doubled this winter.", "this winter", "2016-12-01/2017-02-28")]
    [TestCase("The dam should be finished next spring.", "next spring", "2018-03-01/2018-05-31")]
    [TestCase("The mine closed last March.", "last March", "2016-03")]
    [TestCase("Voting is due next October.", "next October", "2017-10")]
    [TestCase("Two shops were burned last weekend.", "last weekend", "2017-03-18/2017-03-19")]
    [TestCase("Sirens sounded last night.", "last night", "2017-03-24")]
    [TestCase("Exports fell 4% last year.", "last year", "2016")]
    public void Annotate_UnitCountedFromPublication_IsRead(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("Prices rose late last year.", "late last year", "2016-09-01/2016-12-31")]
    [TestCase("The line opens early next year.", "early next year", "2018-01-01/2018-04-30")]
    [TestCase("Rents peaked at the end of last month.", "the end of last month", "2017-02-21/2017-02-28")]
    public void Annotate_PartOfAUnitCountedFromPublication_IsThatPart(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("Food prices have doubled since the start of the year.", "since the start of the year", "2017-01-01/2017-03-25")]
    [TestCase("Ten boats have sunk since the beginning of the month.", "since the beginning of the month", "2017-03-01/2017-03-25")]
    [TestCase("Three towns have fallen since the start of the week.", "since the start of the week", "2017-03-20/2017-03-25")]
    public void Annotate_SinceTheStartOfAUnit_RunsFromItsFirstDay(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [Test]
    public void Annotate_SinceTheStartOfAUnitWithNoFirstDay_IsNoSuchPeriod() =>
        Assert.That(Extract.Mentions("Crowds have gathered since the start of the day.").Periods.Select(p => p.Text), Has.None.EqualTo("since the start of the day"));

    [TestCase("The river flooded in summer 2016.", "summer 2016", "2016-06-01/2016-08-31")]
    [TestCase("Fuel ran short in the winter of 2015.", "the winter of 2015", "2014-12-01/2015-02-28")]
    [TestCase("Crops failed in spring 2014.", "spring 2014", "2014-03-01/2014-05-31")]
    [TestCase("Roads were closed during autumn.", "autumn", "2016-09-01/2016-11-30")]
    [TestCase("Exports fell in late summer 2016.", "late summer 2016", "2016-07-31/2016-08-31")]
    public void Annotate_Season_IsItsThreeMonths(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("The Arab Spring reshaped the region.")]
    [TestCase("Prices spring back each time the port reopens.")]
    [TestCase("Summer camps were full, organisers said.")]
    public void Annotate_SeasonWordThatNamesNoSeason_IsNoPeriod(string text) => Assert.That(Extract.Mentions(text).Periods, Is.Empty);

    [Test]
    public void Annotate_SeasonOfSomethingElse_IsTheSeasonAlone() =>
        AssertPeriod("Strikes spread through the summer of discontent.", "the summer", "2016-06-01/2016-08-31");

    [TestCase("The ceasefire signed on 18.03.2017 held.", "18.03.2017", "2017-03-18")]
    [TestCase("Polls closed on 5.3.2016 at eight.", "5.3.2016", "2016-03-05")]
    [TestCase("Schools shut from 1.03.2017 to 18.03.2017.", "from 1.03.2017 to 18.03.2017", "2017-03-01/2017-03-18")]
    public void Annotate_DottedDate_IsDayFirst(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("The index stood at 31.02.2016 points.")]
    [TestCase("Version 18.13.2017 was withdrawn.")]
    public void Annotate_DottedNumbersThatAreNoDay_AreNoPeriod(string text) => Assert.That(Extract.Mentions(text).Periods, Is.Empty);

    [TestCase("Output fell in the first half of 2016.", "the first half of 2016", "2016-01-01/2016-06-30")]
    [TestCase("Sales rose in the second quarter of last year.", "the second quarter of last year", "2016-04-01/2016-06-30")]
    [TestCase("In the first six months of 2015, 40 boats sank.", "the first six months of 2015", "2015-01-01/2015-06-30")]
    [TestCase("In the last three months of 2016 the camp grew.", "the last three months of 2016", "2016-10-01/2016-12-31")]
    [TestCase("Aid was cut in the final week of February.", "the final week of February", "2017-02-22/2017-02-28")]
    [TestCase("Prices rose in the first quarter of the year.", "the first quarter of the year", "2017-01-01/2017-03-25")]
    public void Annotate_StretchOfAYearOrMonth_IsThatStretch(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("The third quarter of the match was scrappy.")]
    [TestCase("He spent the first year of the war abroad.")]
    public void Annotate_StretchOfSomethingElse_IsNoPeriod(string text) => Assert.That(Extract.Mentions(text).Periods, Is.Empty);
}

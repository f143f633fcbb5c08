using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Periods.Rules;

/// <summary>The date forms written as rules, each read in a sentence of the kind news prints; published Saturday
/// 25 March 2017 unless a case says otherwise.</summary>
[TestFixture]
public sealed class EnglishDateRulesTests
{
    private static void AssertPeriod(string text, string expression, string period, DateOnly? published = null)
    {
        var periods = Extract.Mentions(text, published).Periods;

        Assert.That(periods.Select(p => $"{p.Text} = {p.Period}"), Is.EqualTo(new[] { $"{expression} = {period}" }));
    }

    [TestCase("The militants overran the town in august 2014, residents said.", "august 2014", "2014-08")]
    [TestCase("Fighting intensified in the first week of august.", "the first week of august", "2016-08-01/2016-08-07")]
    [TestCase("Shelling has continued since january.", "since january", "2017-01-01/2017-03-25")]
    [TestCase("The camp was flooded on 12 february 2017.", "12 february 2017", "2017-02-12")]
    public void Annotate_LowerCaseMonthName_IsRead(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("Officials said families may return to the camp.")]
    [TestCase("Veterans will march through the capital.")]
    [TestCase("The elders held an august gathering in the square.")]
    public void Annotate_LowerCaseMonthWordUsedOtherwise_IsNoPeriod(string text) => Assert.That(Extract.Mentions(text).Periods, Is.Empty);

    [TestCase("The clinic was shelled on 4/4/16.", "4/4/16", "2016-04-04")]
    [TestCase("The ferry sank on 5 Sep 97, with 300 people on board.", "5 Sep 97", "1997-09-05")]
    [TestCase("The accord was signed on 10 April '98 in Belfast.", "10 April '98", "1998-04-10")]
    [TestCase("The border post fell on Aug 19, '91 after a siege.", "Aug 19, '91", "1991-08-19")]
    public void Annotate_TwoDigitYear_IsReadByPivotOnPublication(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [Test]
    public void Annotate_TwoDigitYearInAnOlderArticle_IsNotACenturyBack() =>
        AssertPeriod("The report is dated 3/2/15.", "3/2/15", "2015-02-03", new DateOnly(2010, 6, 1));

    [Test]
    public void Annotate_DayAndMonthBeforeACount_DoNotTakeTheCountAsAYear()
    {
        var mentions = Extract.Mentions("On 5 May 20 people were killed in the raid.");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mentions.Periods.Select(p => $"{p.Text} = {p.Period}"), Is.EqualTo(new[] { "5 May = 2016-05-05" }));
            Assert.That(mentions.Figures.Select(f => f.Text), Is.EqualTo(new[] { "20" }));
        }
    }

    [TestCase("Relief flights ran from 11 to 14 June.", "from 11 to 14 June", "2016-06-11/2016-06-14")]
    [TestCase("Talks in Geneva ran June 11 thru 14.", "June 11 thru 14", "2016-06-11/2016-06-14")]
    [TestCase("Schools were shut between 6 and 9 March 2017.", "between 6 and 9 March 2017", "2017-03-06/2017-03-09")]
    [TestCase("The survey ran 3 May - 9 June 2015 across the province.", "3 May - 9 June 2015", "2015-05-03/2015-06-09")]
    [TestCase("Crowds gathered nightly January 10 - 17, 2021, outside the court.", "January 10 - 17, 2021", "2021-01-10/2021-01-17")]
    public void Annotate_DayRange_IsOnePeriod(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("Engineers expect to restore power within 6 months.", "within 6 months", "2017-03-25/2017-09-25")]
    [TestCase("The vote will be held three days after today.", "three days after today", "2017-03-28")]
    [TestCase("A verdict is due two weeks from tomorrow.", "two weeks from tomorrow", "2017-04-09")]
    [TestCase("Heavy rain is forecast for the next 5 days.", "the next 5 days", "2017-03-26/2017-03-30")]
    [TestCase("The trial resumes the week after next.", "the week after next", "2017-04-03/2017-04-09")]
    public void Annotate_SpanAheadOfPublication_IsFutureAndNotCutAtPublication(string text, string expression, string period)
    {
        var mention = Extract.Mentions(text).Periods.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That($"{mention.Text} = {mention.Period}", Is.EqualTo($"{expression} = {period}"));
            Assert.That(mention.IsFuture, Is.True);
        }
    }

    [Test]
    public void Annotate_WeekBeforeLast_IsTwoWeeksBack() =>
        AssertPeriod("The bridge was closed the week before last.", "the week before last", "2017-03-06/2017-03-12");

    [TestCase("Exports shrank in 2016 Q2.", "2016 Q2", "2016-04-01/2016-06-30")]
    [TestCase("The firm's losses widened in Q4 2016.", "Q4 2016", "2016-10-01/2016-12-31")]
    [TestCase("Arrivals fell by half in H1 2016.", "H1 2016", "2016-01-01/2016-06-30")]
    [TestCase("Remittances dropped last quarter.", "last quarter", "2016-10-01/2016-12-31")]
    [TestCase("Food prices have risen this quarter.", "this quarter", "2017-01-01/2017-03-25")]
    public void Annotate_QuarterOrHalf_IsThatStretchOfTheYear(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("The town grew quickly in the 80's.", "the 80's", "1980-01-01/1989-12-31")]
    [TestCase("The dam was planned in the '70s.", "the '70s", "1970-01-01/1979-12-31")]
    [TestCase("Famine struck the region in the 1980's.", "the 1980's", "1980-01-01/1989-12-31")]
    [TestCase("The canal was dug in the 19th century.", "the 19th century", "1800-01-01/1899-12-31")]
    [TestCase("The mosque dates from the twelfth century.", "the twelfth century", "1100-01-01/1199-12-31")]
    [TestCase("Droughts have worsened in the 21st century.", "the 21st century", "2000-01-01/2017-03-25")]
    public void Annotate_DecadeOrCentury_IsItsYears(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("Troops entered the village on the 14th.", "2017-03-25", "the 14th", "2017-03-14")]
    [TestCase("Troops entered the village on the 14th.", "2017-03-10", "the 14th", "2017-02-14")]
    [TestCase("The convoy was attacked on the 31st, officials said.", "2017-03-25", "the 31st", "2017-01-31")]
    public void Annotate_BareDayOfMonth_IsTheLatestSuchDayNotAfterPublication(string text, string published, string expression, string period) =>
        AssertPeriod(text, expression, period, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

    [TestCase("The home side scored twice in the last quarter of the match.")]
    [TestCase("The fire started on the 14th floor.")]
    [TestCase("He was buried on the 3rd day of the siege.")]
    public void Annotate_OrdinalOrPartThatIsNotADate_IsNoPeriod(string text) => Assert.That(Extract.Mentions(text).Periods, Is.Empty);

    [TestCase("The new law takes effect at the beginning of 2018.", "the beginning of 2018", "2018-01-01/2018-04-30")]
    [TestCase("Ministers meet by the end of next week.", "the end of next week", "2017-03-31/2017-04-02")]
    [TestCase("Prices peaked around the middle of last month.", "the middle of last month", "2017-02-11/2017-02-20")]
    [TestCase("Prices fell from the beginning of 2016.", "the beginning of 2016", "2016-01-01/2016-04-30")]
    public void Annotate_PartOfAPeriod_IsThatPart(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("The market opened on the second Friday of this month.", "the second Friday of this month", "2017-03-10")]
    [TestCase("Rallies are held on the first Monday in March.", "the first Monday in March", "2017-03-06")]
    [TestCase("The list was published on the last Friday of February.", "the last Friday of February", "2017-02-24")]
    public void Annotate_OrdinalWeekdayOfAPeriod_IsThatDay(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("Attacks surged after Easter.", "Easter", "2016-03-27")]
    [TestCase("Churches were full on Easter Sunday 2016.", "Easter Sunday 2016", "2016-03-27")]
    [TestCase("Shops closed on Good Friday.", "Good Friday", "2016-03-25")]
    [TestCase("Prices rose before Eid al-Fitr.", "Eid al-Fitr", "2016-07-06")]
    [TestCase("Families travelled for Eid al-Adha 2015.", "Eid al-Adha 2015", "2015-09-23")]
    [TestCase("Violence fell during Ramadan.", "Ramadan", "2016-06-06/2016-07-05")]
    [TestCase("Curfews were eased during Ramadan 2021.", "Ramadan 2021", "2021-04-13/2021-05-12")]
    public void Annotate_MoveableHoliday_IsItsDateByTable(string text, string expression, string period) => AssertPeriod(text, expression, period);

    [TestCase("Talks on the Good Friday Agreement resumed in Belfast.")]
    [TestCase("The easter egg hunt was cancelled.")]
    [TestCase("Voters in 14 states went to the polls on Super Tuesday.")]
    public void Annotate_DayOrHolidayNameInsideAName_IsNoPeriod(string text) => Assert.That(Extract.Mentions(text).Periods, Is.Empty);

    [Test]
    public void Annotate_RamadanUnderwayAtPublication_EndsAtPublication() =>
        AssertPeriod("Food prices doubled during Ramadan.", "Ramadan", "2023-03-23/2023-04-10", new DateOnly(2023, 4, 10));

    [TestCase("2017-03-20", "2017-03-27")]
    [TestCase("2017-03-25", "2017-03-27")]
    [TestCase("2017-03-26", "2017-03-27")]
    public void Annotate_NextMonday_IsTheFirstMondayAfterPublication(string published, string expected) =>
        AssertPeriod("Talks resume next Monday.", "next Monday", expected, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

    [Test]
    public void Annotate_BareWeekdayOnThatWeekday_IsThePublicationDay() =>
        AssertPeriod("The market was shelled on Monday.", "Monday", "2017-03-20", new DateOnly(2017, 3, 20));

    [TestCase("Police say 40 people were hurt on 3/4/2016.", "3/4/2016", "2016-04-03")]
    [TestCase("Police say 40 people were hurt on 3/18/2016.", "3/18/2016", "2016-03-18")]
    public void Annotate_SlashDate_IsDayFirstUnlessTheSecondNumberCannotBeAMonth(string text, string expression, string period) =>
        AssertPeriod(text, expression, period);
}

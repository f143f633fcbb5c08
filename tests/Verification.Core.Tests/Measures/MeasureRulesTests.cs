using Verification.Claims;
using Verification.Figures;
using Verification.Measures;
using Verification.Periods;
using Verification.Subjects;
using Verification.Validators;
namespace Verification.Core.Tests.Measures;

public sealed class MeasureRulesTests
{
    private static readonly VerificationOptions Options = new();

    private static Claim Claim(string subject, string? period, string figure = "100", Measure? measure = null) =>
        new("c", new Subject(subject), Figure.Parse(figure), "UNHCR") { Period = period is null ? null : Period.Parse(period), Measure = measure };

    [TestCase("civilians killed", "2017-03-17", ExpectedResult = Measure.Incident)]
    [TestCase("civilians killed", "2017-03", ExpectedResult = Measure.Incident)]
    [TestCase("death toll", "2023-02-06/2023-02-10", ExpectedResult = Measure.Total)]
    [TestCase("people displaced", "2017-05-04", ExpectedResult = Measure.Stock)]
    [TestCase("people in need", "2017-05-04", ExpectedResult = Measure.Stock)]
    [TestCase("people fled", "2017-03-25", ExpectedResult = Measure.Total)]
    [TestCase("people displaced since 17 October", "2017-03-25", ExpectedResult = Measure.Total)]
    [TestCase("cumulative cholera cases", "2017-07-01", ExpectedResult = Measure.Total)]
    [TestCase("deaths expected", "2017-07-01", ExpectedResult = Measure.Projection)]
    [TestCase("vaccines delivered", "2017-07-01", ExpectedResult = Measure.Stock)]
    [TestCase("vaccines delivered", "2017-06-01/2017-07-01", ExpectedResult = Measure.Total)]
    public Measure TimeOf_InfersTheMeasure(string subject, string period) => MeasureRules.TimeOf(Claim(subject, period), Options).Measure;

    // "Presumed" is how reports state a toll no one has counted: read as a projection whichever word it sits in.
    [TestCase("people are presumed dead")]
    [TestCase("illegal immigrants are presumed to have drowned")]
    [TestCase("passengers presumed drowned")]
    public void TimeOf_PresumedToll_IsAProjection(string subject)
    {
        Assert.That(MeasureRules.TimeOf(Claim(subject, "2023-06-14"), Options).Measure, Is.EqualTo(Measure.Projection));
    }

    [Test]
    public void TimeOf_TwoPresumedTollsOfOneDay_CompareWithEachOther()
    {
        var first = MeasureRules.TimeOf(Claim("people are presumed dead", "2023-06-14"), Options);
        var second = MeasureRules.TimeOf(Claim("migrants presumed to have drowned", "2023-06-14"), Options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.CompareWith(second, Options.SameTimeWindowDays, Options.ReportingLagDays).Relation, Is.EqualTo(TimeRelation.Same));
            Assert.That(Options.Subjects.Relate("people are presumed dead", "migrants presumed to have drowned"), Is.EqualTo(SubjectRelation.Unspecified));
        }
    }

    [Test]
    public void TimeOf_ProjectionInTheFigure_IsAProjection()
    {
        var claim = Claim("people killed", "2017-03-17") with { Figure = Figure.MoreThan(60, "expected to exceed 60") };

        Assert.That(MeasureRules.TimeOf(claim, Options).Measure, Is.EqualTo(Measure.Projection));
    }

    [Test]
    public void TimeOf_StatedMeasure_Wins()
    {
        Assert.That(MeasureRules.TimeOf(Claim("people displaced", "2017-03-17", measure: Measure.Total), Options).Measure, Is.EqualTo(Measure.Total));
    }

    [Test]
    public void TimeOf_SinceWords_GiveTheStartOfARunningTotal()
    {
        var time = MeasureRules.TimeOf(Claim("people displaced since 17 October", "2017-03-25"), Options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(time.StartKnown, Is.True);
            Assert.That(DateOnly.FromDayNumber(time.Start), Is.EqualTo(new DateOnly(2016, 10, 17)));
            Assert.That(DateOnly.FromDayNumber(time.End), Is.EqualTo(new DateOnly(2017, 3, 25)));
        }
    }

    [Test]
    public void TimeOf_RunningTotalOfOneDayWithoutStart_HasNoKnownStart()
    {
        Assert.That(MeasureRules.TimeOf(Claim("people fled", "2017-03-25"), Options).StartKnown, Is.False);
    }

    [Test]
    public void TimeOf_NoPeriod_IsUndated()
    {
        Assert.That(MeasureRules.TimeOf(Claim("people killed", null), Options).Dated, Is.False);
    }

    [TestCase("17 october", "2017-03-25", ExpectedResult = "2016-10-17")]
    [TestCase("october 17", "2017-03-25", ExpectedResult = "2016-10-17")]
    [TestCase("17 march", "2017-03-25", ExpectedResult = "2017-03-17")]
    [TestCase("march", "2017-03-25", ExpectedResult = "2017-03-01")]
    [TestCase("17 october 2015", "2017-03-25", ExpectedResult = "2015-10-17")]
    [TestCase("29 february", "2017-03-25", ExpectedResult = "2016-02-29")]
    [TestCase("sept 3", "2017-03-25", ExpectedResult = "2016-09-03")]
    [TestCase("offensive began", "2017-03-25", ExpectedResult = null)]
    public string? SinceDay_Words(string words, string asOf) =>
        MeasureRules.SinceDay(words, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture))?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

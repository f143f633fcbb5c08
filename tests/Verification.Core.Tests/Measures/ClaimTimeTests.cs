using Verification.Measures;
using Verification.Periods;
namespace Verification.Core.Tests.Measures;

public sealed class ClaimTimeTests
{
    private const int Window = 7;
    private const int Lag = 2;

    private static ClaimTime Time(Measure measure, string period, bool startKnown = true)
    {
        var p = Period.Parse(period);
        return new ClaimTime(measure, p.Start.DayNumber, p.End.DayNumber, startKnown, true);
    }

    private static TimeRelation Compare(ClaimTime claim, ClaimTime evidence) => claim.CompareWith(evidence, Window, Lag).Relation;

    [TestCase("2017-03-17", "2017-03-17", ExpectedResult = TimeRelation.Same)]
    [TestCase("2017-03-17", "2017-03-19", ExpectedResult = TimeRelation.Same)]
    [TestCase("2017-03-17", "2017-03-20", ExpectedResult = TimeRelation.Different)]
    [TestCase("2017-03-01/2017-03-10", "2017-03-08/2017-03-17", ExpectedResult = TimeRelation.Same)]
    [TestCase("2017-03-01/2017-03-10", "2017-03-09/2017-03-18", ExpectedResult = TimeRelation.Different)]
    public TimeRelation Incident_SpansMatchWithinLagOrWindow(string a, string b) => Compare(Time(Measure.Incident, a), Time(Measure.Incident, b));

    [TestCase("2017-05-04", "2017-05-05", ExpectedResult = TimeRelation.Same)]
    [TestCase("2017-05-04", "2017-05-11", ExpectedResult = TimeRelation.Same)]
    [TestCase("2017-05-04", "2017-05-12", ExpectedResult = TimeRelation.Different)]
    [TestCase("2016-10-17/2017-03-25", "2017-03-20", ExpectedResult = TimeRelation.Same)]
    public TimeRelation Stock_AsOfDaysWithinTheWindow(string a, string b) => Compare(Time(Measure.Stock, a), Time(Measure.Stock, b));

    [TestCase("2016-10-17/2017-03-25", "2016-10-17/2017-03-20", ExpectedResult = TimeRelation.Same)]
    [TestCase("2016-10-17/2017-03-25", "2016-10-20/2017-03-03", ExpectedResult = TimeRelation.Earlier)]
    [TestCase("2016-10-17/2017-03-03", "2016-10-17/2017-03-25", ExpectedResult = TimeRelation.Later)]
    [TestCase("2016-10-17/2017-03-25", "2016-12-01/2017-03-25", ExpectedResult = TimeRelation.Different)]
    public TimeRelation Total_SameStartThenAsOf(string a, string b) => Compare(Time(Measure.Total, a), Time(Measure.Total, b));

    [Test]
    public void Total_UnknownStart_ComparesAsOfDaysOnly()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Compare(Time(Measure.Total, "2017-03-25", startKnown: false), Time(Measure.Total, "2016-10-17/2017-03-20")), Is.EqualTo(TimeRelation.Same));
            Assert.That(Compare(Time(Measure.Total, "2017-03-25", startKnown: false), Time(Measure.Total, "2016-10-17/2017-03-03")), Is.EqualTo(TimeRelation.Different));
        }
    }

    [Test]
    public void ProjectionAndCount_NeverCompare()
    {
        var comparison = Time(Measure.Projection, "2017-03-17").CompareWith(Time(Measure.Incident, "2017-03-17"), Window, Lag);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(comparison.Relation, Is.EqualTo(TimeRelation.ProjectionAndCount));
            Assert.That(comparison.Compares, Is.False);
            Assert.That(comparison.Rule, Is.EqualTo("a projection is never compared with a count"));
        }
    }

    [Test]
    public void Projections_CompareWithEachOther()
    {
        Assert.That(Compare(Time(Measure.Projection, "2017-03-17"), Time(Measure.Projection, "2017-03-20")), Is.EqualTo(TimeRelation.Same));
    }

    [Test]
    public void IncidentAgainstTotal_TakesTheIncidentRule()
    {
        // The incident's day is not the total's first day: the incident rule decides.
        var comparison = Time(Measure.Incident, "2017-03-17").CompareWith(Time(Measure.Total, "2017-03-12/2017-03-20"), Window, Lag);

        Assert.That((comparison.Measure, comparison.Relation), Is.EqualTo((Measure.Incident, TimeRelation.Same)));
    }

    [TestCase("2023-10-07", "2023-10-07/2023-10-09", ExpectedResult = TimeRelation.Same)]
    [TestCase("2023-10-08", "2023-10-07/2023-10-09", ExpectedResult = TimeRelation.Same)]
    [TestCase("2023-10-07", "2023-10-07/2023-10-20", ExpectedResult = TimeRelation.Later)]
    [TestCase("2023-10-07/2023-10-20", "2023-10-07", ExpectedResult = TimeRelation.Earlier)]
    public TimeRelation IncidentOnTheTotalsFirstDay_IsTheTotalAsOfThatDay(string a, string b)
    {
        static ClaimTime Read(string period) => period.Contains('/', StringComparison.Ordinal) ? Time(Measure.Total, period) : Time(Measure.Incident, period);
        var comparison = Read(a).CompareWith(Read(b), Window, Lag);

        Assert.That(comparison.Measure, Is.EqualTo(Measure.Total));
        return comparison.Relation;
    }

    [Test]
    public void IncidentBeyondTheLagFromTheTotalsStart_TakesTheIncidentRule()
    {
        // Three days after the total's start is past the 2-day lag: not the event's first-day toll.
        var comparison = Time(Measure.Incident, "2023-10-10").CompareWith(Time(Measure.Total, "2023-10-07/2023-10-12"), Window, Lag);

        Assert.That(comparison.Measure, Is.EqualTo(Measure.Incident));
    }

    [Test]
    public void Undated_IsUnchecked()
    {
        var undated = new ClaimTime(Measure.Stock, int.MinValue, int.MaxValue, false, false);

        Assert.That(Compare(undated, Time(Measure.Stock, "2017-03-17")), Is.EqualTo(TimeRelation.Unchecked));
    }

    [Test]
    public void Rule_NamesTheMeasureAndTheDays()
    {
        var comparison = Time(Measure.Stock, "2017-05-04").CompareWith(Time(Measure.Stock, "2017-05-05"), Window, Lag);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(comparison.Rule, Is.EqualTo("snapshots: the as-of days lie within 7 days"));
            Assert.That(comparison.AsOfDifference, Is.EqualTo(1));
        }
    }
}

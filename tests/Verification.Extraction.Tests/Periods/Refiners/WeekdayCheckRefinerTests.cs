using Verification.Extraction.Json;
using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Periods.Refiners;

/// <summary>A weekday written with a date is checked against it; the date wins and the mention says so.</summary>
[TestFixture]
public sealed class WeekdayCheckRefinerTests
{
    [Test]
    public void Annotate_WeekdayContradictsDate_KeepsTheDateWithANote()
    {
        var mention = Extract.Mentions("The strike hit the market on Tuesday, March 18, 2017.").Periods.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mention.Period.ToString(), Is.EqualTo("2017-03-18"));
            Assert.That(mention.Note, Is.EqualTo("the text says Tuesday but 2017-03-18 is a Saturday; the date is kept"));
        }
    }

    [TestCase("The strike hit the market on Saturday, March 18, 2017.")]
    [TestCase("The strike hit the market on Saturday.")]
    public void Annotate_WeekdayAgreesOrStandsAlone_HasNoNote(string text) =>
        Assert.That(Extract.Mentions(text).Periods.Single().Note, Is.Null);

    [Test]
    public void AnnotationLine_WeekdayContradictsDate_CarriesTheNote()
    {
        var text = "The strike hit the market on Tuesday, March 18, 2017.";

        var line = ExtractionJson.ToAnnotationLine(Extract.Mentions(text));

        Assert.That(line, Does.Contain("\"note\":\"the text says Tuesday but 2017-03-18 is a Saturday; the date is kept\""));
    }
}

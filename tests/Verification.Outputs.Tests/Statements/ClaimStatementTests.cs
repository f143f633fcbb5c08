using Verification.Claims;
using Verification.Outputs.Statements;
using Verification.Periods;
using Verification.Testing;

namespace Verification.Outputs.Tests.Statements;

public sealed class ClaimStatementTests
{
    private static ClaimBuilder Claim() =>
        new ClaimBuilder("m1").WithFigure("around 340,000").WithSubject("people fled").WithPlace("Mosul, Nineveh, Iraq").WithPeriod("2016-10-17/2017-03-25").WithSource("UNHCR");

    [Test]
    public void Sentence_FullClaim_NamesSourceFigureSubjectPlaceAndTime()
    {
        Assert.That(
            ClaimStatement.Sentence(Claim().Build()),
            Is.EqualTo("According to UNHCR, around 340,000 people fled in Mosul, Nineveh, Iraq from 17 October 2016 to 25 March 2017."));
    }

    [Test]
    public void Sentence_ClaimWithoutFigurePlaceOrPeriod_IsSourceAndSubject()
    {
        var claim = Claim().WithoutFigure().WithoutPlace().WithoutPeriod().WithSubject("offensive began").Build();

        Assert.That(ClaimStatement.Sentence(claim), Is.EqualTo("According to UNHCR, offensive began."));
    }

    [TestCase("2017-03-17", false, true, "on 17 March 2017")]
    [TestCase("2017-03", false, true, "in March 2017")]
    [TestCase("2017", false, true, "in 2017")]
    [TestCase("2016-10-17/2017-03-25", false, true, "from 17 October 2016 to 25 March 2017")]
    [TestCase("2017-03-17", true, false, "17 Mar 2017")]
    [TestCase("2016-10-17/2017-03-25", true, false, "17 Oct 2016 – 25 Mar 2017")]
    public void PeriodInWords_EachPrecision_ReadsAsWords(string period, bool abbreviated, bool withPreposition, string expected)
    {
        Assert.That(ClaimStatement.PeriodInWords(Period.Parse(period), abbreviated, withPreposition), Is.EqualTo(expected));
    }

    [Test]
    public void Summary_ShortClaim_HasFigureSubjectPlaceNameAndTime()
    {
        Assert.That(ClaimStatement.Summary(Claim().Build()), Is.EqualTo("around 340,000 people fled in Mosul, 17 Oct 2016 – 25 Mar 2017"));
    }

    [Test]
    public void Summary_TooLongWithTime_LeavesTheTimeOutFirst()
    {
        var claim = Claim().WithSubject("people who have fled their homes in the city").Build();

        Assert.That(ClaimStatement.Summary(claim), Is.EqualTo("around 340,000 people who have fled their homes in the city in Mosul"));
    }

    [Test]
    public void Summary_FigureAndSubjectTooLong_IsCutAtAWordWithAnEllipsis()
    {
        var claim = Claim().WithSubject("people who have fled all parts of the city and the villages around it since the offensive began in October").Build();

        var summary = ClaimStatement.Summary(claim);

        Assert.That(summary, Has.Length.LessThanOrEqualTo(75));
        Assert.That(summary, Does.EndWith("…"));
        Assert.That(summary, Does.StartWith("around 340,000 people who have fled all parts of the city"));
        var full = "around 340,000 " + claim.Subject.Text;
        Assert.That(full[summary.Length - 1], Is.EqualTo(' '), "cut between words");
    }

    [Test]
    public void Summary_LineBreaksInTheSubject_AreOneLine()
    {
        var claim = Claim().WithSubject("people\n  fled").WithoutPeriod().Build();

        Assert.That(ClaimStatement.Summary(claim), Is.EqualTo("around 340,000 people fled in Mosul"));
    }
}

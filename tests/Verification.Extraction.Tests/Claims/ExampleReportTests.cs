using Verification.Claims;
using Verification.Extraction.Mentions;
using Verification.Extraction.Tests.TestSupport;
using Verification.Figures;
using Verification.Periods;

namespace Verification.Extraction.Tests.Claims;

/// <summary>The bundled example report (docs/examples/mosul-2017/report.txt, published 2017-03-25) against the claims
/// its claims file states.</summary>
[TestFixture]
public sealed class ExampleReportTests
{
    private const string Outlet = "Example outlet";
    private static readonly DateOnly Published = new(2017, 3, 25);
    private string _text = null!;
    private ExtractionResult _result = null!;

    [OneTimeSetUp]
    public void ReadExampleReport()
    {
        _text = File.ReadAllText(Repository.File("docs", "examples", "mosul-2017", "report.txt").FullName);
        _result = new ClaimExtractor(new ExtractionOptions { KeepMentions = true }).Extract(new Article(_text, Published) { Outlet = Outlet });
    }

    private Claim ClaimWithFigure(string figureText) =>
        _result.Claims.Select(c => c.Claim).Single(c => c.Figure?.Text == figureText);

    [Test]
    public void Extract_ExampleReport_FindsTheSixClaimsInTextOrder()
    {
        var figures = _result.Claims.Select(c => c.Claim.Figure?.Text ?? "(event)");

        Assert.That(figures, Is.EqualTo(new[] { "Around 340,000", "70,000", "about 270,000", "dozens", "at least 440+", "(event)" }));
    }

    [Test]
    public void Extract_ExampleReport_PeopleFledClaimHasEveryField()
    {
        var c = ClaimWithFigure("Around 340,000");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Figure, Is.EqualTo(Figure.Hedged(340_000, 0.1, 10_000)));
            Assert.That(c.Subject.Text, Is.EqualTo("people fled"));
            Assert.That(c.Place?.Path, Is.EqualTo("Mosul, Nineveh, Iraq"));
            Assert.That(c.Period, Is.EqualTo(Period.Parse("2016-10-01/2017-03-25")));
            Assert.That(c.Source, Is.EqualTo("UNHCR"));
            Assert.That(c.DerivedFrom, Is.EqualTo(new[] { "UNHCR" }));
            Assert.That(c.ReportedIn, Is.EqualTo(Outlet));
            Assert.That(c.IsContested, Is.False);
        }
    }

    [Test]
    public void Extract_ExampleReport_PeopleReturnedClaimIsInEastMosul()
    {
        var c = ClaimWithFigure("70,000");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Figure, Is.EqualTo(Figure.Rounded(70_000, 10_000)));
            Assert.That(c.Subject.Text, Is.EqualTo("people returned"));
            Assert.That(c.Place?.Path, Is.EqualTo("East Mosul, Mosul, Nineveh, Iraq"));
            Assert.That(c.Period, Is.EqualTo(Period.Parse("2016-10-01/2017-03-25")));
            Assert.That(c.Source, Is.EqualTo("UNHCR"));
            Assert.That(c.IsContested, Is.False);
        }
    }

    [Test]
    public void Extract_ExampleReport_DisplacedClaimIsDerivedFromFledAndReturned()
    {
        var c = ClaimWithFigure("about 270,000");
        var ids = _result.Claims.Select(x => x.Claim).Where(x => x.Figure?.Text is "Around 340,000" or "70,000").Select(x => x.Id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Figure, Is.EqualTo(Figure.Hedged(270_000, 0.1, 10_000)));
            Assert.That(c.Subject.Text, Is.EqualTo("people displaced"));
            Assert.That(c.Place?.Path, Is.EqualTo("Mosul, Nineveh, Iraq"));
            Assert.That(c.Period?.End, Is.EqualTo(Published));
            Assert.That(c.Source, Is.EqualTo("UNHCR"));
            Assert.That(c.Metadata["derivedFromClaims"], Is.EqualTo(string.Join(",", ids)));
            Assert.That(c.Metadata["derivation"], Is.EqualTo("340,000 − 70,000 = 270,000"));
        }
    }

    [Test]
    public void Extract_ExampleReport_BuriedClaimIsInAlJadidaLastWeek()
    {
        var c = ClaimWithFigure("dozens");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Figure, Is.EqualTo(Figure.Vague(24, 99)));
            Assert.That(c.Subject.Text, Is.EqualTo("people buried"));
            Assert.That(c.Place?.Path, Is.EqualTo("al-Jadida, West Mosul, Mosul, Nineveh, Iraq"));
            Assert.That(c.Period, Is.EqualTo(Period.Parse("2017-03-13/2017-03-19")));
            Assert.That(c.Period!.Contains(new DateOnly(2017, 3, 17)), Is.True);
            Assert.That(c.Source, Is.EqualTo("local officials and residents"));
            Assert.That(c.DerivedFrom, Is.Empty);
            Assert.That(c.Metadata["statedOn"], Is.EqualTo("2017-03-23"));
        }
    }

    [Test]
    public void Extract_ExampleReport_AirwarsClaimIsContested()
    {
        var c = ClaimWithFigure("at least 440+");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Figure, Is.EqualTo(Figure.AtLeast(440)));
            Assert.That(c.Subject.Text, Is.EqualTo("civilians killed"));
            Assert.That(c.Place?.Path, Is.EqualTo("Syria and Iraq"));
            Assert.That(c.Period?.End, Is.EqualTo(Published));
            Assert.That(c.Source, Is.EqualTo("Airwars"));
            Assert.That(c.IsContested, Is.True);
        }
    }

    [Test]
    public void Extract_ExampleReport_OffensiveIsADatedEventWithoutFigure()
    {
        var c = _result.Claims.Select(x => x.Claim).Single(x => x.Figure is null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.Subject.Text, Is.EqualTo("event start"));
            Assert.That(c.Place?.Path, Is.EqualTo("West Mosul, Mosul, Nineveh, Iraq"));
            Assert.That(c.Period, Is.EqualTo(Period.Parse("2017-02-11/2017-02-20")));
            Assert.That(c.Source, Is.EqualTo(Outlet));
            Assert.That(c.Metadata["event"], Does.StartWith("began"));
        }
    }

    [Test]
    public void Extract_ExampleReport_MakesNoClaimFromHeadlineBylineOrMoreNews()
    {
        var quotes = _result.Claims.Select(c => c.Claim.Quote ?? string.Empty).ToList();

        Assert.That(quotes, Has.None.Contains("Staff reporter").And.None.Contains("More news").And.None.Contains("hostages feared dead"));
    }

    [Test]
    public void Extract_ExampleReport_ReadsTheCaptionDateAsADateNotAFigure()
    {
        var caption = _result.Mentions.Numbers.Where(n => n.Span.Start > _text.IndexOf("Saturday, March 18", StringComparison.Ordinal)).Take(2).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(caption.Select(n => n.Kind), Is.EqualTo(new[] { NumberKind.Date, NumberKind.Year }));
            Assert.That(_result.Mentions.Periods.Select(p => p.Period), Does.Contain(Period.Parse("2017-03-18")));
            Assert.That(_result.Claims.Select(c => c.Claim.Figure?.Text), Has.None.EqualTo("18").And.None.EqualTo("2017"));
        }
    }

    [Test]
    public void Extract_ExampleReport_EveryClaimQuotesItsSentenceBySpan()
    {
        Assert.That(_result.Claims, Has.All.Matches<ExtractedClaim>(c => c is not null && c.QuoteSpan.Of(_text) == c.Claim.Quote && (c.FigureSpan is null || c.QuoteSpan.Contains(c.FigureSpan.Value))));
    }
}

using Verification.Extraction.Tests.TestSupport;
using Verification.Figures;
using Verification.Periods;

namespace Verification.Extraction.Tests.Claims;

/// <summary>Behaviours of claim assembly beyond single sentences: context, options and attribution details.</summary>
[TestFixture]
public sealed class ClaimExtractorTests
{
    [Test]
    public void Extract_HeadlineFigure_IsAMentionButNotAClaim()
    {
        var result = Extract.Claims("Air raids kill hundreds in Mosul\n\nThe city was quiet on Friday.");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Claims, Is.Empty);
            Assert.That(result.Mentions.Figures.Select(f => f.Text), Is.EqualTo(new[] { "hundreds" }));
        }
    }

    [Test]
    public void Extract_ClaimsFromHeadlineOption_MakesTheHeadlineFigureAClaim()
    {
        var extractor = new ClaimExtractor(new ExtractionOptions { ClaimsFromHeadline = true });

        var result = extractor.Extract("Air raids kill hundreds in Mosul\n\nThe city was quiet on Friday.", Extract.Published);

        Assert.That(result.Claims.Select(c => c.Claim.Figure?.Text), Is.EqualTo(new[] { "hundreds" }));
    }

    [Test]
    public void Extract_SourceNamedEarlierInTheParagraph_AttributesTheNextSentence()
    {
        var claims = Extract.Claims("UNHCR said 1 million people had fled. The agency counted 200,000 returns. Another 50,000 people are in camps.").Claims;

        Assert.That(claims[^1].Claim.Source, Is.EqualTo("agency"));
    }

    [Test]
    public void Extract_SourceFromAnotherParagraph_IsNotCarriedOver()
    {
        var claims = Extract.Claims("UNHCR said 1 million people had fled.\n\nAnother 50,000 people are in camps.", outlet: "Outlet").Claims;

        Assert.That(claims[^1].Claim.Source, Is.EqualTo("Outlet"));
    }

    [Test]
    public void Extract_ToldAnOutlet_KeepsTheOutletApartFromTheSource()
    {
        var claim = Extract.Single("The governor told the BBC that 300 people were missing.", outlet: "Outlet");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Source, Is.EqualTo("governor"));
            Assert.That(claim.ReportedIn, Is.EqualTo("Outlet"));
            Assert.That(claim.Metadata["via"], Is.EqualTo("BBC"));
            Assert.That(claim.DerivedFrom, Is.EqualTo(new[] { "governor" }));
        }
    }

    [Test]
    public void Extract_AccordingTo_SetsDerivedFromTheSource()
    {
        var claim = Extract.Single("About 270,000 people remain displaced, according to UNHCR figures.", outlet: "Outlet");

        Assert.That((claim.Source, claim.DerivedFrom.Single(), claim.ReportedIn), Is.EqualTo(("UNHCR", "UNHCR", "Outlet")));
    }

    [Test]
    public void Extract_UnattributedFigure_IsTheOutletsOwn()
    {
        var claim = Extract.Single("More than 100 people were killed in the attack.", outlet: "Outlet");

        Assert.That((claim.Source, claim.DerivedFrom.Count), Is.EqualTo(("Outlet", 0)));
    }

    [Test]
    public void Extract_CueSentenceAfterTheFigures_ContestsThem()
    {
        var claims = Extract.Claims("Activists said 50 people died and 120 were injured. These figures could not be independently verified.").Claims;

        Assert.That(claims.Select(c => c.Claim.IsContested), Is.All.True);
    }

    [Test]
    public void Extract_DerivedFigureWithoutItsOperands_IsNotMarkedDerived()
    {
        var claim = Extract.Single("The floods left 20,000 people homeless.");

        Assert.That(claim.Metadata.ContainsKey("derivation"), Is.False);
    }

    [Test]
    public void Extract_SumOfTwoFigures_IsMarkedDerived()
    {
        var claims = Extract.Claims("The blast killed 30 soldiers and 12 civilians, bringing the toll to 42.").Claims;

        Assert.That(claims[^1].Claim.Metadata["derivation"], Is.EqualTo("30 + 12 = 42"));
    }

    [Test]
    public void Extract_UserVaguePhrase_IsFoundInRunningText()
    {
        var figures = new FigureOptions { VagueQuantities = VagueQuantityTable.Default.With("a great many", 100, 999) };
        var extractor = new ClaimExtractor(new ExtractionOptions { Figures = figures });

        var claim = extractor.Extract("A great many people fled the town.", Extract.Published).Claims.Single().Claim;

        Assert.That(claim.Figure, Is.EqualTo(Figure.Vague(100, 999)));
    }

    [Test]
    public void Extract_RecentDaysOption_SetsWhatRecentlyCovers()
    {
        var extractor = new ClaimExtractor(new ExtractionOptions { RecentDays = 7 });

        var claim = extractor.Extract("Twelve people were killed recently.", Extract.Published).Claims.Single().Claim;

        Assert.That(claim.Period, Is.EqualTo(Period.Parse("2017-03-19/2017-03-25")));
    }

    [Test]
    public void Extract_FuturePeriod_IsNotTheClaimsPeriod()
    {
        var claim = Extract.Single("Some 3,000 troops will arrive next week.");

        Assert.That(claim.Period, Is.Null);
    }

    [Test]
    public void Extract_MonthOfPublication_EndsOnThePublicationDay()
    {
        var claim = Extract.Single("In March, 9,000 people crossed the border.");

        Assert.That(claim.Period, Is.EqualTo(Period.Parse("2017-03-01/2017-03-25")));
    }

    [Test]
    public void Extract_IncidentWithoutPlace_TakesThePlaceGivenForTheSameIncidentElsewhere()
    {
        var text = "Fighting continued in Mosul.\n\nOfficials said 40 people died in an air raid last week.\n\nThe coalition would not comment on a strike in the Jadida district.\n\nMosul remains divided.";

        var claim = Extract.Claims(text).Claims.Single().Claim;

        Assert.That(claim.Place?.Path, Is.EqualTo("al-Jadida, West Mosul, Mosul, Nineveh, Iraq"));
    }

    [Test]
    public void Extract_FigureWithoutPlace_TakesTheArticlesMainPlace()
    {
        var text = "Aid reached Mosul on Monday.\n\nMosul's hospitals are full.\n\nDoctors said 30 people were treated.";

        var claim = Extract.Claims(text).Claims.Single().Claim;

        Assert.That(claim.Place?.Path, Is.EqualTo("Mosul, Nineveh, Iraq"));
    }

    [Test]
    public void Extract_Byline_MakesNoClaim()
    {
        var result = Extract.Claims("Twelve people died on Friday.\n\nBy Jane Doe and 2 others");

        Assert.That(result.Claims, Has.Count.EqualTo(1));
    }

    [Test]
    public void Extract_ByDefault_KeepsNoMentions()
    {
        var result = new ClaimExtractor().Extract("Twelve people died in Mosul on Friday.", Extract.Published);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Claims, Has.Count.EqualTo(1));
            Assert.That(result.Mentions.Numbers, Is.Empty);
        }
    }
}

using Verification.Claims;

namespace Verification.Extraction.Tests.Languages;

/// <summary>French news sentences around figures the wires reported (Mosul 2017, the Turkey–Syria earthquake of February
/// 2023, the Derna floods of September 2023), read with <see cref="ExtractionOptions.Language"/> "fr": the figure's
/// interval, what it counts, where, when and according to whom.</summary>
[TestFixture]
public sealed class FrenchNewsTests
{
    private static readonly ClaimExtractor French = new(new ExtractionOptions { Language = "fr", KeepMentions = true });

    private static Claim Single(string sentence, DateOnly published)
    {
        var claims = French.Extract(new Article("Titre\n\n" + sentence, published) { Outlet = "AFP" }).Claims;
        Assert.That(claims, Has.Count.EqualTo(1), () => "claims: " + string.Join(" | ", claims.Select(c => c.Claim.ToString())));
        return claims[0].Claim;
    }

    [Test]
    public void Extract_MosulStrikeToll_ReadsBoundDayPlaceAndOfficials()
    {
        var claim = Single("Au moins 200 civils ont été tués le 17 mars dans une frappe aérienne à Mossoul, ont déclaré des responsables locaux.", new(2017, 3, 25));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Figure!.Low, Is.EqualTo(200));
            Assert.That(claim.Figure.High, Is.EqualTo(double.PositiveInfinity));
            Assert.That(claim.Subject.Text, Is.EqualTo("civilians killed"));
            Assert.That(claim.Period!.ToString(), Is.EqualTo("2017-03-17"));
            Assert.That(claim.Place!.Name, Is.EqualTo("Mosul"));
            Assert.That(claim.Source, Is.EqualTo("local officials"));
        }
    }

    [Test]
    public void Extract_MosulDisplacementSinceADate_ReadsGroupedDigitsAndTheIom()
    {
        var claim = Single("Plus de 355 000 personnes ont été déplacées à Mossoul depuis le 17 octobre 2016, selon l'OIM.", new(2017, 3, 25));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Figure!.Low, Is.EqualTo(355_000));
            Assert.That(claim.Figure.LowInclusive, Is.False);
            Assert.That(claim.Subject.Text, Is.EqualTo("people displaced"));
            Assert.That(claim.Period!.ToString(), Is.EqualTo("2016-10-17/2017-03-25"));
            Assert.That(claim.Place!.Name, Is.EqualTo("Mosul"));
            Assert.That(claim.Source, Is.EqualTo("IOM"));
            Assert.That(claim.DerivedFrom, Is.EqualTo(new[] { "IOM" }));
        }
    }

    [Test]
    public void Extract_EarthquakeDeathToll_ReadsNarrowNoBreakSpaceGroups()
    {
        var claim = Single("Le séisme du 6 février a fait plus de 44\u202F000 morts en Turquie, selon l'AFAD.", new(2023, 2, 24));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Figure!.Low, Is.EqualTo(44_000));
            Assert.That(claim.Subject.Text, Is.EqualTo("people killed"));
            Assert.That(claim.Period!.ToString(), Is.EqualTo("2023-02-06"));
            Assert.That(claim.Place!.Name, Is.EqualTo("Turkey"));
            Assert.That(claim.Source, Is.EqualTo("AFAD"));
        }
    }

    [Test]
    public void Extract_EarthquakeHomelessInSyria_ReadsDecimalCommaMillions()
    {
        var claim = Single("En Syrie, 5,3 millions de personnes pourraient se retrouver sans abri, a estimé le HCR vendredi.", new(2023, 2, 11));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Figure!.Low, Is.EqualTo(5_250_000));
            Assert.That(claim.Figure.High, Is.EqualTo(5_350_000));
            Assert.That(claim.Subject.Text, Is.EqualTo("people homeless"));
            Assert.That(claim.Place!.Name, Is.EqualTo("Syria"));
            Assert.That(claim.Source, Is.EqualTo("UNHCR"));
        }
    }

    [Test]
    public void Extract_DernaDeathToll_ReadsNoBreakSpaceGroupsAndSincePeriod()
    {
        var claim = Single("Au moins 3\u00A0958 personnes sont mortes à Derna depuis le 11 septembre, selon l'OMS.", new(2023, 9, 18));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Figure!.Low, Is.EqualTo(3_958));
            Assert.That(claim.Subject.Text, Is.EqualTo("people killed"));
            Assert.That(claim.Period!.ToString(), Is.EqualTo("2023-09-11/2023-09-18"));
            Assert.That(claim.Place!.Name, Is.EqualTo("Derna"));
            Assert.That(claim.Source, Is.EqualTo("WHO"));
        }
    }

    [Test]
    public void Extract_DernaMissing_ReadsSourceBeforeAStatementDay()
    {
        var claim = Single("Plus de 9 000 personnes sont toujours portées disparues à Derna, a indiqué l'ONU dimanche.", new(2023, 9, 18));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Figure!.Low, Is.EqualTo(9_000));
            Assert.That(claim.Subject.Text, Is.EqualTo("people missing"));
            Assert.That(claim.Period, Is.Null, "'dimanche' dates the statement, not the figure");
            Assert.That(claim.Place!.Name, Is.EqualTo("Derna"));
            Assert.That(claim.Source, Is.EqualTo("UN"));
        }
    }

    [Test]
    public void Extract_DernaDisplaced_ReadsHedgeAndDirectionOfACountry()
    {
        var claim = Single("Près de 43.000 personnes ont été déplacées dans le nord-est de la Libye par les inondations, selon l'OIM.", new(2023, 9, 22));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Figure!.Low, Is.EqualTo(38_700));
            Assert.That(claim.Figure.High, Is.EqualTo(43_000));
            Assert.That(claim.Subject.Text, Is.EqualTo("people displaced"));
            Assert.That(claim.Place!.Path, Does.StartWith("Northeast Libya"));
            Assert.That(claim.Source, Is.EqualTo("IOM"));
        }
    }

    [Test]
    public void Extract_FrenchClaim_SpansAndQuotePointIntoTheFrenchText()
    {
        const string text = "Titre\n\nPlus de 355 000 personnes ont été déplacées à Mossoul, selon l'OIM.";

        var claim = French.Extract(new Article(text, new DateOnly(2017, 3, 25))).Claims.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.FigureSpan!.Value.Of(text), Is.EqualTo("Plus de 355 000"));
            Assert.That(claim.PlaceSpan!.Value.Of(text), Is.EqualTo("Mossoul"));
            Assert.That(claim.Claim.Quote, Is.EqualTo("Plus de 355 000 personnes ont été déplacées à Mossoul, selon l'OIM."));
            Assert.That(claim.QuoteSpan.Of(text), Is.EqualTo(claim.Claim.Quote));
        }
    }

    [Test]
    public void Extract_FrenchTextReadAsEnglish_FindsNoFrenchClaim()
    {
        // The language is stated, not guessed: English reading of the same sentence misses its hedge and subject.
        var english = new ClaimExtractor().Extract(new Article("Titre\n\nPlus de 355 000 personnes ont été déplacées à Mossoul, selon l'OIM.", new DateOnly(2017, 3, 25)));

        Assert.That(english.Claims.Select(c => c.Claim.Subject.Text), Has.None.EqualTo("people displaced"));
    }
}

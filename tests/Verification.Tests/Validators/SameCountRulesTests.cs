using Verification.Claims;
using Verification.Figures;
using Verification.Measures;
using Verification.Verdicts;
namespace Verification.Tests.Validators;

/// <summary>The rules for which figures count the same thing, through the built-in validators end to end: measures
/// and their time rules, subjects read by the vocabulary, parts and wholes, coverage and places.</summary>
public sealed class SameCountRulesTests
{
    private static Task<ClaimVerification> VerifyAsync(Claim claim, params Claim[] evidence) =>
        Verifiers.BuiltIn(evidence).VerifyClaimAsync(claim);

    private static Claim Claim(string id, string figure, string subject, string period, string place = "Mosul, Iraq", string source = "UNHCR") =>
        Claims.Of(id, figure, source, subject, place, period);

    // --- measures ---

    [Test]
    public async Task Stock_SnapshotsADayApart_Compare()
    {
        var result = await VerifyAsync(
            Claim("c1", "about 12,400", "people displaced", "2017-05-04"),
            Claim("e1", "more than 12,000", "IDPs", "2017-05-05", source: "IOM"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.Measure, Is.EqualTo(Measure.Stock));
            Assert.That(result.Findings[0].Message, Does.EndWith("(snapshots: the as-of days lie within 7 days)."));
        }
    }

    [Test]
    public async Task Incident_DatedADayLaterByAnotherOutlet_IsTheSameIncident()
    {
        var result = await VerifyAsync(
            Claim("c1", "dozens", "civilians killed", "2017-03-17"),
            Claim("e1", "105", "civilian deaths", "2017-03-18", source: "US military"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
    }

    [Test]
    public async Task Incident_ThreeDaysApart_IsNotComparable()
    {
        var result = await VerifyAsync(
            Claim("c1", "dozens", "civilians killed", "2017-03-17"),
            Claim("e1", "105", "civilian deaths", "2017-03-20", source: "US military"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.NotComparable, Is.EqualTo(new[] { "e1" }));
            Assert.That(result.Findings[0].Message, Does.Contain("incident figures: the spans do not match within 2 days"));
        }
    }

    [Test]
    public async Task Total_LaterTotalSmallerBeyondLeeway_Contradicts()
    {
        var result = await VerifyAsync(
            Claim("c1", "30,000", "people fled", "2016-10-17/2017-03-03"),
            Claim("e1", "12,000", "people who have fled", "2016-10-17/2017-03-25", source: "IOM"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
            Assert.That(result.Findings[0].Message, Does.Contain("a running total does not shrink"));
        }
    }

    [Test]
    public async Task Total_LaterTotalLarger_IsNotComparable()
    {
        var result = await VerifyAsync(
            Claim("c1", "12,000", "people fled", "2016-10-17/2017-03-03"),
            Claim("e1", "30,000", "people who have fled", "2016-10-17/2017-03-25", source: "IOM"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.NotComparable, Is.EqualTo(new[] { "e1" }));
        }
    }

    [Test]
    public async Task Total_DaysApartAndGrown_IsNotAContradiction()
    {
        // A toll that grew from 3,432 to 7,056 in six days: both can be right.
        var result = await VerifyAsync(
            Claim("c1", "3,432", "death toll", "2015-04-25/2015-04-27", place: "Nepal"),
            Claim("e1", "7,056", "people killed", "2015-04-25/2015-05-03", place: "Nepal", source: "National Emergency Operations Centre"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public async Task Total_DaysApartAndGrown_FindingSaysTheTotalGrew()
    {
        var result = await VerifyAsync(
            Claim("c1", "3,432", "death toll", "2015-04-25/2015-04-27", place: "Nepal"),
            Claim("e1", "7,056", "people killed", "2015-04-25/2015-05-03", place: "Nepal", source: "National Emergency Operations Centre"));

        var note = result.Findings.Single(f => f.NotComparable.Count > 0);
        Assert.That(note.Message, Does.Contain("a total that grew").And.Contain("within 7 days").And.Not.Contain("more than 7 days apart"));
    }

    [Test]
    public async Task Total_DaysApartLaterLargerWithinHedge_Corroborates()
    {
        // 1,830,711 on 15 March lies inside "some 1.95 million" (±10%) on 17 March: the figures agree.
        var result = await VerifyAsync(
            Claim("c1", "1,830,711", "people fled to Poland", "2022-02-24/2022-03-15", place: "Poland"),
            Claim("e1", "some 1.95 million", "people arrived in Poland", "2022-02-24/2022-03-17", place: "Poland", source: "Border Guard"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [Test]
    public async Task Total_LaterFloorAboveAnEarlierRoundNumberWithinTheWindow_IsAGrownTotal()
    {
        // "1,250" may be rounded from 1,255, which "at least 1,252" a day later holds; but the later total states more: the
        // toll grew.
        var result = await VerifyAsync(
            Claim("c1", "1,250", "deaths", "2015-06-20/2015-06-24", place: "Karachi, Pakistan", source: "Health Department"),
            Claim("e1", "at least 1,252", "deaths", "2015-06-20/2015-06-25", place: "Karachi, Pakistan", source: "Edhi Foundation"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Findings.Single(f => f.NotComparable.Count > 0).Message, Does.Contain("a total that grew"));
        }
    }

    [Test]
    public async Task Total_LaterPlainNumberWithinAnEarlierRoundNumbersRoundingButSmaller_Agrees()
    {
        // 1,248 a day after "1,250" states less, and lies within its rounding: the two agree.
        var result = await VerifyAsync(
            Claim("c1", "1,250", "deaths", "2015-06-20/2015-06-24", place: "Karachi, Pakistan", source: "Health Department"),
            Claim("e1", "1,248", "deaths", "2015-06-20/2015-06-25", place: "Karachi, Pakistan", source: "Edhi Foundation"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [Test]
    public async Task Total_SameOriginLaterLarger_IsAnUpdateNotAnEcho()
    {
        // The same ministry's toll six days later: a newer count of a growing total, not a repeat of the claim's figure.
        var result = await VerifyAsync(
            Claim("c1", "3,815", "death toll", "2015-04-25/2015-04-27", place: "Nepal", source: "Home Ministry"),
            Claim("e1", "7,040", "death toll", "2015-04-25/2015-05-03", place: "Nepal", source: "Home Ministry"));

        Assert.That(result.Echoes, Is.Empty);
        Assert.That(result.Findings.Single(f => f.NotComparable.Count > 0).NotComparable, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public async Task Total_SameOriginLaterBeyondWindowAgreeingThroughABound_IsAnUpdateNotAnEcho()
    {
        // "More than 2,000" and, fifteen days on, 2,650 from the same agency: the bound lets them agree, but the later
        // total states a larger number, a newer count rather than a repeat of the claim's figure.
        var result = await VerifyAsync(
            Claim("c1", "more than 2,000", "cholera deaths", "2017-04-27/2017-06-20", place: "Yemen", source: "WHO"),
            Claim("e1", "2,650", "cholera deaths", "2017-04-27/2017-07-05", place: "Yemen", source: "WHO"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Echoes, Is.Empty);
            Assert.That(result.Findings.Single(f => f.NotComparable.Count > 0).NotComparable, Is.EqualTo(new[] { "e1" }));
        }
    }

    [Test]
    public async Task Total_FirstDayTollAgainstLargerTotalFromThatDay_IsAGrownTotal()
    {
        // A quake's 400 dead on its first day and 1,900 two days later: the toll grew, neither contradicts the other.
        var result = await VerifyAsync(
            Claim("c1", "400", "people killed", "2023-10-07", place: "Herat, Afghanistan"),
            Claim("e1", "1,900", "people killed", "2023-10-07/2023-10-09", place: "Herat, Afghanistan", source: "Ministry of Disasters"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Findings.Single(f => f.NotComparable.Count > 0).NotComparable, Is.EqualTo(new[] { "e1" }));
        }
    }

    [Test]
    public async Task Total_LaterPlainNumberSmallerBeyondTheWindow_Contradicts()
    {
        // "80" on 20 March may be rounded from 75, but a total of 79 eleven days later is smaller than the number stated.
        var result = await VerifyAsync(
            Claim("c1", "80", "people killed", "2019-03-04/2019-03-20", place: "Malawi", source: "Government"),
            Claim("e1", "79", "people killed", "2019-03-04/2019-03-31", place: "Malawi", source: "Red Cross"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
            Assert.That(result.Findings[0].Message, Does.StartWith("Government's '80' (75–85) for Malawi, 2019-03-04/2019-03-20 is larger as stated than Red Cross' 79 for Malawi, 2019-03-04/2019-03-31"));
        }
    }

    [Test]
    public async Task Total_LaterSmallerWithinAnEarlierHedgeBeyondTheWindow_IsNotComparable()
    {
        // A hedge says the number is not exact: "about 80" and 79 eleven days later neither confirm nor contradict.
        var result = await VerifyAsync(
            Claim("c1", "about 80", "people killed", "2019-03-04/2019-03-20", place: "Malawi", source: "Government"),
            Claim("e1", "79", "people killed", "2019-03-04/2019-03-31", place: "Malawi", source: "Red Cross"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public async Task Total_SameOriginSameFigureDaysApart_IsAnEcho()
    {
        // The same figure from the same body eight days later repeats it.
        var result = await VerifyAsync(
            Claim("c1", "259", "death toll", "2019-03-14/2019-03-30", place: "Zimbabwe", source: "IOM"),
            Claim("e1", "259", "death toll", "2019-03-14/2019-03-22", place: "Zimbabwe", source: "IOM"));

        Assert.That(result.Echoes, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public async Task Total_SameAsOfDayDifferentFigures_Contradicts()
    {
        var result = await VerifyAsync(
            Claim("c1", "3,432", "death toll", "2015-04-25/2015-04-27", place: "Nepal"),
            Claim("e1", "4,000", "people killed", "2015-04-25/2015-04-27", place: "Nepal", source: "Police"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
    }

    [Test]
    public async Task Projection_IsNeverComparedWithACount()
    {
        var projection = Claim("e1", "10,000", "death toll", "2015-04-25/2015-04-28", place: "Nepal", source: "Prime Minister") with
        {
            Figure = Figure.Exact(10_000, "could reach 10,000"),
        };

        var result = await VerifyAsync(Claim("c1", "5,057", "death toll", "2015-04-25/2015-04-28", place: "Nepal"), projection);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Findings[0].Message, Does.Contain("a projection is never compared with a count"));
        }
    }

    [Test]
    public async Task StatedMeasure_DecidesTheRule()
    {
        // Stated as snapshots, the two figures compare on their as-of days although one period is a long interval.
        var result = await VerifyAsync(
            Claim("c1", "about 270,000", "people fled", "2016-10-17/2017-03-25") with { Measure = Measure.Stock },
            Claim("e1", "255,000", "people fled", "2017-03-22", source: "IOM") with { Measure = Measure.Stock });

        Assert.That((result.Verdict, result.Measure), Is.EqualTo((Verdict.Corroborated, (Measure?)Measure.Stock)));
    }

    // --- subjects ---

    [TestCase("civilian deaths", "civilians reported killed")]
    [TestCase("death toll", "civilians killed")]
    [TestCase("people killed", "deaths conceded by the coalition")]
    public async Task Subjects_WordedDifferently_Compare(string claimSubject, string evidenceSubject)
    {
        var result = await VerifyAsync(
            Claim("c1", "105", claimSubject, "2017-03-17"),
            Claim("e1", "about 100", evidenceSubject, "2017-03-17", source: "Airwars"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [Test]
    public async Task Subjects_PopulationLeftUnspecified_FindingSaysSo()
    {
        var result = await VerifyAsync(
            Claim("c1", "105", "people killed", "2017-03-17"),
            Claim("e1", "about 100", "civilians killed", "2017-03-17", source: "Airwars"));

        Assert.That(result.Findings[0].Message, Does.Contain("one of them leaves the population unspecified"));
    }

    [Test]
    public async Task Subjects_DiseaseLeftUnnamed_CompareAndFindingSaysSo()
    {
        var result = await VerifyAsync(
            Claim("c1", "about 12,000", "cases", "2024-03-01/2024-04-30"),
            Claim("e1", "12,310", "suspected cholera cases", "2024-03-01/2024-04-30", source: "WHO"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.Findings[0].Message, Does.Contain("one of them leaves the disease or cause unspecified")
                .And.Not.Contain("population"));
        }
    }

    [Test]
    public async Task Subjects_NarrowerEvent_IsAPartNotACorroboration()
    {
        // 61 bodies recovered is part of the dead: consistent with 105 killed, neither corroborating nor contradicting.
        var result = await VerifyAsync(
            Claim("c1", "105", "civilians killed", "2017-03-17"),
            Claim("e1", "61", "bodies recovered", "2017-03-17", source: "Iraqi military"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Supporting, Is.Empty);
        }
    }

    [Test]
    public async Task Subjects_ExcessDeathsAgainstADeathToll_Compare()
    {
        var result = await VerifyAsync(
            Claim("c1", "64", "official death toll", "2017-09-20/2017-12-31", place: "Puerto Rico", source: "Puerto Rico government"),
            Claim("e1", "an estimated 4,645", "excess deaths", "2017-09-20/2017-12-31", place: "Puerto Rico", source: "Harvard T.H. Chan School of Public Health"));

        Assert.That(result.Conflicting, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public async Task Subjects_OnlyAKindOfFigure_AreReadFromTheQuoteAndTheFindingSaysSo()
    {
        const string Quote = "The report estimates the death toll was between 46,000 and 85,000, far below the government's official figure of 316,000.";
        var result = await VerifyAsync(
            Claim("c1", "316,000", "official figure", "2010-01-12", place: "Haiti", source: "Haitian government") with { Quote = Quote },
            Claim("e1", "between 46,000 and 85,000", "death toll", "2010-01-12", place: "Haiti", source: "LTL Strategies") with { Quote = Quote });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Conflicting, Is.EqualTo(new[] { "e1" }));
            Assert.That(result.Findings[0].Message, Does.Contain("what is counted was read from the quote, since 'official figure' names only a kind of figure"));
        }
    }

    [Test]
    public async Task Subjects_PartLargerThanWhole_Contradicts()
    {
        var result = await VerifyAsync(
            Claim("c1", "40", "civilians killed", "2017-03-17"),
            Claim("e1", "61", "children killed", "2017-03-17", source: "UNICEF"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
            Assert.That(result.Findings.Single(f => f.Outcome == FindingOutcome.Contradicts).Message, Does.Contain("of which it is a part"));
        }
    }

    [Test]
    public async Task Subjects_DifferentCounts_NeverMeet()
    {
        var result = await VerifyAsync(
            Claim("c1", "105", "civilians killed", "2017-03-17"),
            Claim("e1", "160,000", "buildings destroyed", "2017-03-17", source: "UN-Habitat"));

        Assert.That(result.Findings.Select(f => f.Evidence), Has.None.Contains("e1"));
    }

    // --- places and coverage ---

    [Test]
    public async Task Incident_AtAContainingPlaceOnTheSameDay_IsTheSameIncident()
    {
        var result = await VerifyAsync(
            Claim("c1", "105", "civilians killed", "2017-03-17", place: "al-Jadida, West Mosul, Mosul, Iraq"),
            Claim("e1", "about 100", "civilians killed", "2017-03-17", place: "Mosul, Iraq", source: "Airwars"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.Findings[0].Message, Does.Contain("placed less precisely"));
        }
    }

    [Test]
    public async Task Snapshot_AtAContainingPlace_IsStillAPart()
    {
        var result = await VerifyAsync(
            Claim("c1", "70,000", "people displaced", "2017-03-20", place: "East Mosul, Mosul, Iraq"),
            Claim("e1", "270,000", "people displaced", "2017-03-20", place: "Mosul, Iraq", source: "IOM"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public async Task Snapshot_AtAContainingPlaceAgreeingAsStated_IsOneFigurePlacedLessPrecisely()
    {
        var result = await VerifyAsync(
            Claim("c1", "more than 800", "people unaccounted for", "2023-08-21", place: "Lahaina, Maui, Hawaii, United States", source: "Maui police"),
            Claim("e1", "an estimated 850", "people unaccounted for", "2023-08-20", place: "Maui, Hawaii, United States", source: "Maui County"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.Findings[0].Message, Does.Contain("taken as one figure placed less precisely by one of them, since the numbers stated for Lahaina and for Maui, which contains it, agree"));
        }
    }

    [Test]
    public async Task Total_AtAContainingPlaceAgreeingOnlyThroughRounding_IsAPartAboveItsWholeAsStated()
    {
        // 4,000 reaches 3,621 only through the rounding of a round number: a city's toll and its country's stay a part
        // and a whole, not one figure; and the part, as stated, is more than the whole.
        var result = await VerifyAsync(
            Claim("c1", "4,000", "deaths", "2013-11-08/2013-11-15", place: "Tacloban, Leyte, Philippines", source: "Tacloban City Hall"),
            Claim("e1", "3,621", "death toll", "2013-11-08/2013-11-15", place: "Philippines", source: "NDRRMC"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
            Assert.That(result.Findings.Where(f => f.Outcome == FindingOutcome.Supports), Is.Empty);
            Assert.That(result.Findings.Single(f => f.Outcome == FindingOutcome.Contradicts).Validator, Is.EqualTo("PartWhole"));
        }
    }

    [Test]
    public async Task Total_SameOriginAtAContainingPlaceSameFigure_IsAnEcho()
    {
        var result = await VerifyAsync(
            Claim("c1", "11,300", "death toll", "2023-09-10/2023-09-14", place: "Derna, Libya", source: "Libyan Red Crescent"),
            Claim("e1", "at least 11,300", "people dead", "2023-09-10/2023-09-15", place: "Libya", source: "Libyan Red Crescent"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Echoes, Is.EqualTo(new[] { "e1" }));
        }
    }

    [Test]
    public async Task Coverage_PartialListFromTheClaimsOwnOriginAgreeing_IsAnEcho()
    {
        var result = await VerifyAsync(
            Claim("c1", "nearly 400", "people still unaccounted for", "2023-08-24", place: "Maui, Hawaii, United States", source: "FBI"),
            Claim("e1", "388", "names of people unaccounted for", "2023-08-24", place: "Maui, Hawaii, United States", source: "FBI") with { Coverage = Coverage.Partial });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Echoes, Is.EqualTo(new[] { "e1" }));
        }
    }

    [Test]
    public async Task Incident_InAnAreaThatMayHoldThePlaceOnTheSameDay_IsTheSameIncident()
    {
        var result = await VerifyAsync(
            Claim("c1", "27", "people died", "2021-11-24", place: "Calais, France", source: "Mayor of Calais"),
            Claim("e1", "31", "death toll", "2021-11-24", place: "northern French coast, France", source: "Mayor of Teteghem"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
            Assert.That(result.Findings[0].Message, Does.Contain("placed by one of them only in an area described in words"));
        }
    }

    [Test]
    public async Task Incident_InAnAreaAndAtAPlaceOutsideItsPlace_IsNotCompared()
    {
        var result = await VerifyAsync(
            Claim("c1", "27", "people died", "2021-11-24", place: "Dover, United Kingdom", source: "Kent Police"),
            Claim("e1", "31", "death toll", "2021-11-24", place: "northern French coast, France", source: "Mayor of Teteghem"));

        Assert.That(result.Findings.Select(f => f.Evidence), Has.None.Contains("e1"));
    }

    [Test]
    public async Task Snapshot_InAnAreaThatMayHoldThePlace_IsNeitherComparedNorAPart()
    {
        var result = await VerifyAsync(
            Claim("c1", "1,500", "migrants sleeping rough", "2021-11-24", place: "Calais, France", source: "Utopia 56"),
            Claim("e1", "800", "migrants sleeping rough", "2021-11-24", place: "northern French coast, France", source: "Prefecture"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Findings.Select(f => f.Evidence), Has.None.Contains("e1"));
        }
    }

    [Test]
    public async Task Total_AreaBelowItsPlacesTotal_IsAPartThatFits()
    {
        var result = await VerifyAsync(
            Claim("c1", "4,400", "death toll", "2023-02-06/2023-02-16", place: "rebel-held northwest, Syria", source: "United Nations"),
            Claim("e1", "5,814", "death toll", "2023-02-06/2023-02-16", place: "Syria", source: "TRT World"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Findings.Select(f => f.Outcome), Has.None.EqualTo(FindingOutcome.Contradicts));
        }
    }

    [Test]
    public async Task Total_AreaAboveItsPlacesTotal_Contradicts()
    {
        var result = await VerifyAsync(
            Claim("c1", "2,662", "death toll", "2023-02-06/2023-02-16", place: "Syria", source: "rescuers and the government"),
            Claim("e1", "4,400", "death toll", "2023-02-06/2023-02-16", place: "rebel-held northwest, Syria", source: "United Nations"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
            Assert.That(result.Findings.Single(f => f.Outcome == FindingOutcome.Contradicts).Message, Does.Contain("for rebel-held northwest alone is more than"));
        }
    }

    [Test]
    public async Task Total_AreaMarkedPartialBelowItsPlacesTotal_IsAPartThatFits()
    {
        var result = await VerifyAsync(
            Claim("c1", "1,000", "people displaced", "2017-03-20", place: "government-held areas, Syria", source: "Ministry") with { Coverage = Coverage.Partial },
            Claim("e1", "5,000", "people displaced", "2017-03-20", place: "Syria", source: "IOM"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public async Task Coverage_PartialFigureBelowTheWhole_DoesNotContradict()
    {
        var result = await VerifyAsync(
            Claim("c1", "1,000", "people displaced", "2017-03-20", source: "Ministry") with { Coverage = Coverage.Partial },
            Claim("e1", "5,000", "people displaced", "2017-03-20", source: "IOM"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public async Task Coverage_PartialFigureAboveTheWhole_Contradicts()
    {
        var result = await VerifyAsync(
            Claim("c1", "7,200", "people displaced", "2017-03-20", source: "Ministry") with { Coverage = Coverage.Partial },
            Claim("e1", "5,000", "people displaced", "2017-03-20", source: "IOM"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
            Assert.That(result.Findings.Single(f => f.Outcome == FindingOutcome.Contradicts).Message, Does.Contain("covers only part of"));
        }
    }

    [Test]
    public async Task Subjects_TheVocabularyCannotRead_FindingSaysTheyWereComparedByWords()
    {
        var result = await VerifyAsync(
            Claim("c1", "1,200", "vaccines delivered", "2017-03-17"),
            Claim("e1", "about 1,200", "delivered vaccines", "2017-03-17", source: "UNICEF"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.Findings[0].Message, Does.Contain("compared by its words: the subject vocabulary does not read 'vaccines delivered'"));
        }
    }

    [Test]
    public async Task Subjects_HxlHashtag_ComparesWithTheWordsItStandsFor()
    {
        var result = await VerifyAsync(
            Claim("c1", "105", "#affected+killed+civilians", "2017-03-17"),
            Claim("e1", "about 100", "civilian deaths", "2017-03-17", source: "Airwars"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.SubjectKey?.Tag, Is.EqualTo("#affected+killed+civilians"));
        }
    }
}

using Verification.Claims;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
using Verification.Validators;
using Verification.Verdicts;
using static Verification.Plugins.Displacement.Tests.ClaimBuilder;

namespace Verification.Plugins.Displacement.Tests;

public sealed class DisplacementValidatorTests
{
    private static readonly DisplacementValidator Validator = new(new DisplacementOptions());

    // Validates the claim as part of a report holding the other claims.
    private static async Task<IReadOnlyList<Finding>> InReport(Claim claim, params Claim[] others)
    {
        var report = new Report("r", [claim, .. others]);
        return await Validator.ValidateAsync(new ValidationContext(claim, [], new VerificationOptions(), report), CancellationToken.None);
    }

    private static async Task<IReadOnlyList<Finding>> WithEvidence(Claim claim, params Claim[] evidence) =>
        await Validator.ValidateAsync(new ValidationContext(claim, evidence, new VerificationOptions()), CancellationToken.None);

    [Test]
    public async Task ValidateAsync_SeedArticlesFigures_AddUp()
    {
        var findings = await InReport(Displaced(), Fled(), Returned());

        Assert.That(findings, Is.EqualTo(new[]
        {
            new Finding(DisplacementValidator.ValidatorName, FindingOutcome.Note,
                "The figures add up: UNHCR's 'around 340,000' (306,000–374,000) fled − UNHCR's '70,000' (65,000–75,000) returned leaves 231,000–309,000 displaced, and UNHCR's 'about 270,000' (243,000–297,000) fits.")
            {
                Code = DisplacementValidator.SumCode,
                Evidence = ["m1", "m2"],
            },
        }));
    }

    [Test]
    public async Task ValidateAsync_DisplacedFigureThatDoesNotAddUp_IsContradicted()
    {
        var findings = await InReport(Displaced("about 180,000"), Fled(), Returned());

        Assert.That(findings.Single().Message, Is.EqualTo(
            "The figures do not add up: UNHCR's 'around 340,000' (306,000–374,000) fled − UNHCR's '70,000' (65,000–75,000) returned leaves 231,000–309,000 displaced, but UNHCR's 'about 180,000' (162,000–198,000) does not fit."));
    }

    [Test]
    public async Task ValidateAsync_DisplacedFigureThatDoesNotAddUp_ContradictsTheDisplacedClaim()
    {
        var findings = await InReport(Displaced("about 180,000"), Fled(), Returned());

        Assert.That(findings.Single().Outcome, Is.EqualTo(FindingOutcome.Contradicts));
    }

    [Test]
    public async Task ValidateAsync_FledFigureInATripleThatDoesNotAddUp_OnlyGetsANote()
    {
        var findings = await InReport(Fled(), Returned(), Displaced("about 180,000"));

        Assert.That(findings.Select(f => (f.Outcome, f.Message.EndsWith("the displaced figure (m3) is contested.", StringComparison.Ordinal))),
            Is.EqualTo(new[] { (FindingOutcome.Note, true) }));
    }

    [Test]
    public async Task ValidateAsync_ExactFiguresAtTheEdgeOfWhatFledMinusReturnedAllows_Fit()
    {
        var findings = await InReport(Exact("m3", "people displaced", 200), Exact("m1", "people fled", 300), Exact("m2", "people returned", 100));

        Assert.That(findings.Single().Outcome, Is.EqualTo(FindingOutcome.Note));
    }

    [Test]
    public async Task ValidateAsync_ExactFiguresOnePastWhatFledMinusReturnedAllows_AreContradicted()
    {
        var findings = await InReport(Exact("m3", "people displaced", 201), Exact("m1", "people fled", 300), Exact("m2", "people returned", 100));

        Assert.That(findings.Single().Outcome, Is.EqualTo(FindingOutcome.Contradicts));
    }

    [Test]
    public async Task ValidateAsync_ReturnsToAPartOfThePlace_AreUsed()
    {
        var findings = await InReport(Displaced("about 180,000"), Fled(), Returned() with { Place = "East Mosul, Mosul, Iraq" });

        Assert.That(findings, Has.One.Matches<Finding>(f => f!.Outcome == FindingOutcome.Contradicts));
    }

    [Test]
    public async Task ValidateAsync_ReturnsToAnotherPlace_AreNotUsed()
    {
        var findings = await InReport(Displaced("about 180,000"), Fled(), Returned() with { Place = "Raqqa, Syria" });

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_ReturnsToTheWholeCountry_AreNotUsed()
    {
        var findings = await InReport(Displaced("about 180,000"), Fled(), Returned() with { Place = "Iraq" });

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_FledFigureAsOfAnotherTime_IsNotUsed()
    {
        var findings = await InReport(Displaced("about 180,000"), Fled() with { Period = "2016-10-17/2017-01-31" }, Returned());

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_FiguresWithoutPeriods_SayTimeWasNotChecked()
    {
        var findings = await InReport(Displaced() with { Period = null }, Fled(), Returned());

        Assert.That(findings.Single().Message, Does.EndWith("fits (time not checked: a period is missing)."));
    }

    [Test]
    public async Task ValidateAsync_SubjectsThroughSynonyms_AreRecognised()
    {
        var findings = await InReport(Displaced("about 180,000") with { Subject = "IDPs" }, Fled() with { Subject = "departures" }, Returned() with { Subject = "returnees" });

        Assert.That(findings, Has.One.Matches<Finding>(f => f!.Outcome == FindingOutcome.Contradicts));
    }

    [Test]
    public async Task ValidateAsync_ConfiguredSubjects_AreUsed()
    {
        var validator = new DisplacementValidator(new DisplacementOptions { FledSubject = "refugees", ReturnedSubject = "repatriated", DisplacedSubject = "refugees in camps" });
        Claim displaced = Displaced("about 180,000") with { Subject = "refugees in camps" };
        var report = new Report("r", [displaced, Fled() with { Subject = "refugees" }, Returned() with { Subject = "repatriated" }]);

        var findings = await validator.ValidateAsync(new ValidationContext(displaced, [], new VerificationOptions(), report), CancellationToken.None);

        Assert.That(findings, Has.One.Matches<Finding>(f => f!.Outcome == FindingOutcome.Contradicts));
    }

    [Test]
    public async Task ValidateAsync_ClaimWithoutItsReport_ChecksNoArithmetic()
    {
        var findings = await WithEvidence(Displaced("about 180,000"), Fled(), Returned());

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_SubjectOutsideDisplacement_FindsNothing()
    {
        var findings = await InReport(new ClaimBuilder("c1", "civilians killed", "dozens"), Fled(), Returned());

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_RunningTotalFromTheSameOriginFalls_IsContradicted()
    {
        var earlier = Fled("340,000", "e1") with { Period = "2016-10-17/2017-03-03" };

        var findings = await WithEvidence(Fled("310,000"), earlier);

        Assert.That(findings, Is.EqualTo(new[]
        {
            new Finding(DisplacementValidator.ValidatorName, FindingOutcome.Contradicts,
                "The running total of people fled from unhcr falls over time: UNHCR's '340,000' (335,000–345,000) as of 2017-03-03, then UNHCR's '310,000' (305,000–315,000) as of 2017-03-25; a total counted since 2016-10-17 cannot fall.")
            {
                Code = DisplacementValidator.TotalFallsCode,
                Evidence = ["e1"],
            },
        }));
    }

    [Test]
    public async Task ValidateAsync_RunningTotalFallsInTheClaimsOwnReport_IsContradicted()
    {
        var earlier = Fled("340,000", "m0") with { Period = "2016-10-17/2017-03-03" };

        var findings = await InReport(Fled("310,000"), earlier);

        Assert.That(findings, Has.One.Matches<Finding>(f => f!.Outcome == FindingOutcome.Contradicts));
    }

    [Test]
    public async Task ValidateAsync_LaterFigureOfARunningTotalFallsBelowTheClaim_IsContradicted()
    {
        var later = Fled("310,000", "e2") with { Period = "2016-10-17/2017-04-10" };

        var findings = await WithEvidence(Fled("340,000"), later);

        Assert.That(findings.Single().Message, Does.Contain("UNHCR's '340,000' (335,000–345,000) as of 2017-03-25, then UNHCR's '310,000' (305,000–315,000) as of 2017-04-10"));
    }

    [Test]
    public async Task ValidateAsync_RunningTotalGrows_FindsNothing()
    {
        var earlier = Fled("255,000", "e1") with { Period = "2016-10-17/2017-03-03" };

        Assert.That(await WithEvidence(Fled("around 340,000"), earlier), Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_RunningTotalStaysWithinRounding_FindsNothing()
    {
        var earlier = Fled("314,000", "e1") with { Period = "2016-10-17/2017-03-03" };

        Assert.That(await WithEvidence(Fled("310,000"), earlier), Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_LowerTotalFromAnotherOrigin_IsNotARunningTotalFalling()
    {
        var other = Fled("340,000", "e1") with { Period = "2016-10-17/2017-03-03", Source = "IOM" };

        Assert.That(await WithEvidence(Fled("310,000"), other), Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_EchoOfTheSameOrigin_CountsAsTheSameRunningTotal()
    {
        var relayed = Fled("340,000", "e1") with { Period = "2016-10-17/2017-03-03", Source = "AFP", DerivedFrom = ["UNHCR"] };

        Assert.That(await WithEvidence(Fled("310,000"), relayed), Has.One.Matches<Finding>(f => f!.Outcome == FindingOutcome.Contradicts));
    }

    [Test]
    public async Task ValidateAsync_TotalsCountedFromStartsAMonthApart_AreStillCompared()
    {
        var earlier = Fled("340,000", "e1") with { Period = "2016-11-17/2017-03-03" };

        Assert.That(await WithEvidence(Fled("310,000"), earlier), Has.One.Matches<Finding>(f => f!.Outcome == FindingOutcome.Contradicts));
    }

    [Test]
    public async Task ValidateAsync_TotalsCountedFromStartsMoreThanAMonthApart_AreNotCompared()
    {
        var earlier = Fled("340,000", "e1") with { Period = "2016-11-18/2017-03-03" };

        Assert.That(await WithEvidence(Fled("310,000"), earlier), Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_TotalsAsOfTheSameDay_AreNotARunningTotal()
    {
        var same = Fled("340,000", "e1");

        Assert.That(await WithEvidence(Fled("310,000"), same), Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_DisplacedStockFalls_IsNotARunningTotal()
    {
        var earlier = Displaced("340,000", "e1") with { Period = "2016-10-17/2017-03-03" };

        Assert.That(await WithEvidence(Displaced("310,000"), earlier), Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_MoreReturnedThanFled_ContradictsTheReturnedClaim()
    {
        var findings = await InReport(Returned("90,000"), Fled("70,000") with { Place = "East Mosul, Mosul, Iraq" });

        Assert.That(findings, Is.EqualTo(new[]
        {
            new Finding(DisplacementValidator.ValidatorName, FindingOutcome.Contradicts,
                "More people returned than fled: UNHCR's '90,000' (85,000–95,000) returned to East Mosul, but UNHCR's '70,000' (65,000–75,000) fled East Mosul.")
            {
                Code = DisplacementValidator.ReturnsExceedFlightCode,
                Evidence = ["m1"],
            },
        }));
    }

    [Test]
    public async Task ValidateAsync_MoreReturnedThanFled_NotesItOnTheFledClaim()
    {
        var findings = await InReport(Fled("70,000") with { Place = "East Mosul, Mosul, Iraq" }, Returned("90,000"));

        Assert.That(findings.Select(f => f.Outcome), Is.EqualTo(new[] { FindingOutcome.Note }));
    }

    [Test]
    public async Task ValidateAsync_ReturnedEqualToFled_IsNotContradicted()
    {
        var findings = await InReport(Exact("m2", "people returned", 500), Exact("m1", "people fled", 500));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_ReturnedJustAboveFled_IsContradicted()
    {
        var findings = await InReport(Exact("m2", "people returned", 501), Exact("m1", "people fled", 500));

        Assert.That(findings.Select(f => f.Outcome), Is.EqualTo(new[] { FindingOutcome.Contradicts }));
    }

    [Test]
    public async Task ValidateAsync_MoreReturnedToTheWholeThanFledFromAPart_IsNotContradicted()
    {
        var findings = await InReport(Returned("90,000") with { Place = "Mosul, Iraq" }, Fled("70,000") with { Place = "East Mosul, Mosul, Iraq" });

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Constructor_InvalidOptions_ThrowsListingEveryProblem()
    {
        var options = new DisplacementOptions { FledSubject = " ", SameStartDays = -1 };

        Assert.That(() => new DisplacementValidator(options), Throws.ArgumentException.With.Message.Contains("FledSubject must name a subject.")
            .And.Message.Contains("SameStartDays must not be negative; it was -1."));
    }

    private static Claim Exact(string id, string subject, double value) =>
        new(id, subject, Figure.Exact(value), "UNHCR") { Place = Place.Parse("Mosul, Iraq"), Period = Period.Parse("2017-03-25") };
}

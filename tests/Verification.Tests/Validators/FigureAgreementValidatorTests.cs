using Verification.Claims;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Validators;

public sealed class FigureAgreementValidatorTests
{
    private static readonly FigureAgreementValidator Validator = new();

    private static IReadOnlyList<Finding> Run(Claim claim, params Claim[] evidence) => Contexts.Run(Validator, Contexts.For(claim, evidence));

    private static IReadOnlyList<Finding> Run(Claim claim, VerificationOptions options, params Claim[] evidence) => Contexts.Run(Validator, Contexts.For(claim, options, evidence));

    private static Finding Only(IReadOnlyList<Finding> findings, FindingOutcome outcome) => findings.Single(f => f.Outcome == outcome);

    // The UNHCR figure the outlet gave, and IOM's for the same day.
    private static Claim Unhcr270 => Claims.Of("c1", "about 270,000");

    [Test]
    public void Name_IsFigureAgreement()
    {
        Assert.That(Validator.Name, Is.EqualTo("FigureAgreement"));
    }

    // --- supports / contradicts ---

    [Test]
    public void Validate_IndependentOverlappingFigure_Supports()
    {
        var findings = Run(Unhcr270, Claims.Of("e1", "255,000", source: "IOM"));

        Assert.That(findings, Has.Exactly(1).Matches<Finding>(f => f is { Outcome: FindingOutcome.Supports, Evidence: ["e1"] }));
    }

    [Test]
    public void Validate_Supports_NamesTheIndependentOrigin()
    {
        var finding = Only(Run(Unhcr270, Claims.Of("e1", "255,000", source: "IOM")), FindingOutcome.Supports);

        Assert.That(finding.Origins, Is.EqualTo(new[] { "iom" }));
    }

    [Test]
    public void Validate_Supports_MessageNamesBothSourcesFiguresAndIntervals()
    {
        var finding = Only(Run(Unhcr270, Claims.Of("e1", "270,000", source: "IOM")), FindingOutcome.Supports);

        Assert.That(finding.Message, Is.EqualTo("UNHCR's 'about 270,000' (243,000–297,000) agrees with IOM's '270,000' (265,000–275,000) for Mosul, 2017-03-20 (snapshots: the as-of days lie within 7 days)."));
    }

    [Test]
    public void Validate_IndependentDisjointFigure_Contradicts()
    {
        var claim = Claims.Of("c1", "105", source: "US military");

        var findings = Run(claim, Claims.Of("e1", "240", source: "local officials"));

        Assert.That(findings, Has.Exactly(1).Matches<Finding>(f => f is { Outcome: FindingOutcome.Contradicts, Evidence: ["e1"] }));
    }

    [Test]
    public void Validate_Contradicts_MessageNamesTheOtherSourceItsFigureAndDirection()
    {
        var claim = Claims.Of("c1", "105", source: "US military");

        var finding = Only(Run(claim, Claims.Of("e1", "240", source: "local officials")), FindingOutcome.Contradicts);

        Assert.That(finding.Message, Does.StartWith("US military's 105 conflicts with local officials' '240' (235–245) for Mosul, 2017-03-20: the independent figure is higher"));
    }

    [Test]
    public void Validate_LowerIndependentFigure_MessageSaysLower()
    {
        var claim = Claims.Of("c1", "105", source: "US military");

        var finding = Only(Run(claim, Claims.Of("e1", "61", source: "Iraqi military")), FindingOutcome.Contradicts);

        Assert.That(finding.Message, Does.Contain("the independent figure is lower"));
    }

    [Test]
    public void Validate_AgreementOnlyThroughHedge_SaysSo()
    {
        var finding = Only(Run(Unhcr270, Claims.Of("e1", "250,000", source: "IOM")), FindingOutcome.Supports);

        Assert.That(finding.Message, Does.Contain("only within the hedge or rounding"));
    }

    [Test]
    public void Validate_BoundsThatTouch_SupportOnlyThroughLeeway()
    {
        var claim = Claims.Of("c1", "nearly 4,500");

        var finding = Only(Run(claim, Claims.Of("e1", "more than 4,500", source: "IOM")), FindingOutcome.Supports);

        Assert.That(finding.Message, Does.Contain("agrees with").And.Contain("only within the hedge or rounding"));
    }

    [Test]
    public void Validate_AgreementOfStatedNumbers_DoesNotMentionLeeway()
    {
        var finding = Only(Run(Unhcr270, Claims.Of("e1", "270,000", source: "IOM")), FindingOutcome.Supports);

        Assert.That(finding.Message, Does.Not.Contain("hedge or rounding"));
    }

    [Test]
    public void Validate_SeveralIndependentSources_EachSupports()
    {
        var findings = Run(Unhcr270, Claims.Of("e1", "255,000", source: "IOM"), Claims.Of("e2", "260,000", source: "Iraqi government"));

        Assert.That(findings.Where(f => f.Outcome == FindingOutcome.Supports).SelectMany(f => f.Evidence), Is.EqualTo(new[] { "e1", "e2" }));
    }

    // --- echoes ---

    [Test]
    public void Validate_EvidenceFromTheSameSource_IsAnEchoNotSupport()
    {
        var findings = Run(Unhcr270, Claims.Of("e1", "270,000", source: "unhcr "));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(findings.Select(f => f.Outcome), Has.No.Member(FindingOutcome.Supports));
            Assert.That(findings.SelectMany(f => f.Echoes), Is.EqualTo(new[] { "e1" }));
        }
    }

    [Test]
    public void Validate_EchoWithDifferentFigure_IsNotAContradiction()
    {
        var findings = Run(Unhcr270, Claims.Of("e1", "61", source: "UNHCR"));

        Assert.That(findings.Select(f => f.Outcome), Has.No.Member(FindingOutcome.Contradicts));
    }

    [Test]
    public void Validate_EvidenceDerivedFromTheClaimsSource_IsAnEcho()
    {
        var findings = Run(Unhcr270, Claims.Of("e1", "270,000", source: "Reuters", derivedFrom: ["UNHCR"]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(findings.Select(f => f.Outcome), Has.No.Member(FindingOutcome.Supports));
            Assert.That(findings.SelectMany(f => f.Echoes), Is.EqualTo(new[] { "e1" }));
        }
    }

    [Test]
    public void Validate_ClaimDerivedFromTheEvidenceSource_IsAnEcho()
    {
        var claim = Claims.Of("c1", "about 270,000", source: "The Independent", derivedFrom: ["UNHCR"]);

        var findings = Run(claim, Claims.Of("e1", "270,000", source: "UNHCR"));

        Assert.That(findings.SelectMany(f => f.Echoes), Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public void Validate_EvidenceReachingTheClaimsOriginThroughAChain_IsAnEcho()
    {
        // AFP took the figure from Reuters, which took it from UNHCR; the derivations are stated by other claims.
        var afpFromReuters = Claims.Of("d1", figure: null, source: "AFP", derivedFrom: ["Reuters"]);
        var reutersFromUnhcr = Claims.Of("d2", figure: null, source: "Reuters", derivedFrom: ["UNHCR"]);

        var findings = Run(Unhcr270, Claims.Of("e1", "270,000", source: "AFP"), afpFromReuters, reutersFromUnhcr);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(findings.Select(f => f.Outcome), Has.No.Member(FindingOutcome.Supports));
            Assert.That(findings.SelectMany(f => f.Echoes), Is.EqualTo(new[] { "e1" }));
        }
    }

    [Test]
    public void Validate_DerivationOnAnotherSubject_DoesNotMakeAnEcho()
    {
        // AFP relays UNHCR on displacement, not on returns: its own figure for displacement stays independent.
        var afpFromUnhcrOnReturns = Claims.Of("d1", figure: null, source: "AFP", subject: "people returned", derivedFrom: ["UNHCR"]);

        var findings = Run(Unhcr270, Claims.Of("e1", "270,000", source: "AFP"), afpFromUnhcrOnReturns);

        Assert.That(findings.Select(f => f.Outcome), Has.Member(FindingOutcome.Supports));
    }

    [Test]
    public void Validate_Echo_MessageNamesTheSharedOrigin()
    {
        var findings = Run(Unhcr270, Claims.Of("e1", "270,000", source: "Reuters", derivedFrom: ["UNHCR"]));

        Assert.That(findings.Single(f => f.Echoes.Count > 0).Message, Does.Contain("e1").And.Contain("UNHCR").IgnoreCase.And.Contain("not independent"));
    }

    // --- time ---

    [Test]
    public void Validate_RunningTotalsAsOfDifferentDays_AreNotComparableNotContradictory()
    {
        // DESIGN §2: 255,708 displaced since 17 October as of 3 March vs 340,000 as of 25 March.
        var claim = Claims.Of("c1", "340,000", period: "2016-10-17/2017-03-25");
        var evidence = Claims.Of("e1", "255,708", source: "IOM", period: "2016-10-17/2017-03-03");

        var findings = Run(claim, evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(findings.Select(f => f.Outcome), Has.No.Member(FindingOutcome.Contradicts));
            Assert.That(findings.SelectMany(f => f.NotComparable), Is.EqualTo(new[] { "e1" }));
            Assert.That(findings.Single(f => f.NotComparable.Count > 0).Message, Does.Contain("not comparable"));
        }
    }

    [Test]
    public void Validate_WiderSameTimeWindow_ComparesRunningTotals()
    {
        var claim = Claims.Of("c1", "340,000", period: "2016-10-17/2017-03-25");
        var evidence = Claims.Of("e1", "255,708", source: "IOM", period: "2016-10-17/2017-03-03");

        var findings = Run(claim, new VerificationOptions { SameTimeWindowDays = 30 }, evidence);

        Assert.That(findings.Select(f => f.Outcome), Has.Member(FindingOutcome.Contradicts));
    }

    [TestCase("2017-03-01/2017-03-13", ExpectedResult = true, Description = "ends 7 days apart")]
    [TestCase("2017-03-01/2017-03-27", ExpectedResult = true, Description = "ends 7 days later")]
    [TestCase("2017-03-01/2017-03-12", ExpectedResult = false, Description = "ends 8 days apart")]
    public bool Validate_EndsAgainstDefaultWindowOfSevenDays_ComparedWhenWithinIt(string evidencePeriod)
    {
        var claim = Claims.Of("c1", "105", period: "2017-03-01/2017-03-20");

        var findings = Run(claim, Claims.Of("e1", "240", source: "IOM", period: evidencePeriod));

        return findings.Any(f => f.Outcome == FindingOutcome.Contradicts);
    }

    [Test]
    public void Validate_IncidentDayReportedLater_IsTheSameTime()
    {
        // 17 March's toll, as a day, against a figure for the week containing it, reported in May.
        var claim = Claims.Of("c1", "105", source: "US military", period: "2017-03-17");

        var findings = Run(claim, Claims.Of("e1", "240", source: "local officials", period: "2017-03-13/2017-03-19"));

        Assert.That(findings.Select(f => f.Outcome), Has.Member(FindingOutcome.Contradicts));
    }

    [Test]
    public void Validate_ClaimWithoutPeriod_ComparesAndSaysTimeWasNotChecked()
    {
        var claim = Claims.Of("c1", "about 270,000", period: null);

        var finding = Only(Run(claim, Claims.Of("e1", "255,000", source: "IOM")), FindingOutcome.Supports);

        Assert.That(finding.Message, Does.Contain("time not checked"));
    }

    [Test]
    public void Validate_EvidenceWithoutPeriod_ComparesAndSaysTimeWasNotChecked()
    {
        var finding = Only(Run(Claims.Of("c1", "105"), Claims.Of("e1", "240", source: "IOM", period: null)), FindingOutcome.Contradicts);

        Assert.That(finding.Message, Does.Contain("time not checked"));
    }

    [Test]
    public void Validate_BothPeriodsKnown_DoesNotMentionTime()
    {
        var finding = Only(Run(Unhcr270, Claims.Of("e1", "255,000", source: "IOM")), FindingOutcome.Supports);

        Assert.That(finding.Message, Does.Not.Contain("time not checked"));
    }

    // --- what is not compared ---

    [Test]
    public void Validate_ClaimWithoutFigure_NotesThereIsNothingToCompare()
    {
        var findings = Run(Claims.Of("c1", figure: null), Claims.Of("e1", "240", source: "IOM"));

        Assert.That(findings, Has.Exactly(1).Matches<Finding>(f => f is { Outcome: FindingOutcome.Note } && f.Message.Contains("no figure", StringComparison.Ordinal)));
    }

    [Test]
    public void Validate_NoEvidence_NotesThatNoFigureWasFound()
    {
        var findings = Run(Unhcr270);

        Assert.That(findings, Has.Exactly(1).Matches<Finding>(f => f is { Outcome: FindingOutcome.Note } && f.Message.StartsWith("No other source's figure", StringComparison.Ordinal)));
    }

    [Test]
    public void Validate_EvidenceWithoutFigure_IsIgnored()
    {
        var findings = Run(Unhcr270, Claims.Of("e1", figure: null, source: "IOM"));

        Assert.That(findings.SelectMany(f => f.Evidence.Concat(f.Echoes).Concat(f.NotComparable)), Is.Empty);
    }

    [Test]
    public void Validate_EvidenceAtAPlaceInsideTheClaims_IsLeftToPartWhole()
    {
        var findings = Run(Claims.Of("c1", "105"), Claims.Of("e1", "240", source: "IOM", place: "West Mosul, Mosul, Iraq"));

        Assert.That(findings.Select(f => f.Outcome), Is.All.EqualTo(FindingOutcome.Note));
    }

    [Test]
    public void Validate_OnlyEchoes_NotesThatNoIndependentFigureWasFound()
    {
        var findings = Run(Unhcr270, Claims.Of("e1", "270,000", source: "UNHCR"));

        Assert.That(findings.Select(f => f.Message), Has.Some.StartsWith("No independent figure from the same time"));
    }
}

using Verification.Claims;
using Verification.Subjects;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Validators;

public sealed class PartWholeValidatorTests
{
    private const string WestMosul = "West Mosul, Mosul, Iraq";

    private static readonly PartWholeValidator Validator = new();

    private static IReadOnlyList<Finding> Run(Claim claim, params Claim[] evidence) => Contexts.Run(Validator, Contexts.For(claim, evidence));

    [Test]
    public void Name_IsPartWhole()
    {
        Assert.That(Validator.Name, Is.EqualTo("PartWhole"));
    }

    [Test]
    public void Validate_EvidenceForAPartExceedingTheClaimsWhole_Contradicts()
    {
        var findings = Run(Claims.Exact("c1", 105), Claims.Exact("e1", 240, source: "IOM", place: WestMosul));

        Assert.That(findings, Has.Exactly(1).Matches<Finding>(f => f is { Outcome: FindingOutcome.Contradicts, Evidence: ["e1"] }));
    }

    [Test]
    public void Validate_ClaimForAPartExceedingTheEvidencesWhole_Contradicts()
    {
        var findings = Run(Claims.Exact("c1", 240, place: WestMosul), Claims.Exact("e1", 105, source: "IOM"));

        Assert.That(findings, Has.Exactly(1).Matches<Finding>(f => f is { Outcome: FindingOutcome.Contradicts, Evidence: ["e1"] }));
    }

    [Test]
    public void Validate_PartExceedingWhole_MessageNamesPartAndWhole()
    {
        var finding = Run(Claims.Exact("c1", 105), Claims.Exact("e1", 240, source: "IOM", place: WestMosul)).Single();

        Assert.That(finding.Message, Is.EqualTo("IOM's 240 for West Mosul alone is more than UNHCR's 105 for all of Mosul: a part cannot exceed the whole (snapshots: the as-of days lie within 7 days)."));
    }

    [Test]
    public void Validate_PartEqualToWhole_FindsNothing()
    {
        var findings = Run(Claims.Exact("c1", 105), Claims.Exact("e1", 105, source: "IOM", place: WestMosul));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Validate_PartBelowWhole_FindsNothing()
    {
        var findings = Run(Claims.Exact("c1", 105), Claims.Exact("e1", 61, source: "IOM", place: WestMosul));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Validate_PartsIntervalReachingIntoWholes_FindsNothing()
    {
        // 205–215 for the part may be as little as 205, which fits in a whole of up to 220 ("200": 180–220, its
        // rounding leeway capped at the hedge tolerance).
        var findings = Run(Claims.Of("c1", "200"), Claims.Of("e1", "210", source: "IOM", place: WestMosul));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Validate_PartStatedAsARoundNumberAboveTheWhole_Contradicts()
    {
        // "5,000" for West Mosul may be rounded from as little as 4,500, under the whole's 4,720; but the number stated
        // for the part is more than the whole holds.
        var finding = Run(Claims.Exact("c1", 4_720), Claims.Of("e1", "5,000", source: "IOM", place: WestMosul)).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.Contradicts));
            Assert.That(finding.Message, Does.Contain("for all of Mosul as stated, its rounding aside: a part cannot exceed the whole"));
        }
    }

    [Test]
    public void Validate_ClaimStatedAsARoundNumberAboveTheEvidencesWhole_Contradicts()
    {
        var findings = Run(Claims.Of("c1", "5,000", place: WestMosul), Claims.Exact("e1", 4_720, source: "IOM"));

        Assert.That(findings, Has.Exactly(1).Matches<Finding>(f => f is { Outcome: FindingOutcome.Contradicts, Evidence: ["e1"] }));
    }

    [Test]
    public void Validate_RoundPartWithinTheWholesHedge_FindsNothing()
    {
        // "about 4,800" reaches 5,280: a part of 5,000 fits.
        var findings = Run(Claims.Of("c1", "about 4,800"), Claims.Of("e1", "5,000", source: "IOM", place: WestMosul));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Validate_PartAboveWholeByAnOpenBound_Contradicts()
    {
        var findings = Run(Claims.Exact("c1", 105), Claims.Of("e1", "more than 110", source: "IOM", place: WestMosul));

        Assert.That(findings.Select(f => f.Outcome), Is.EqualTo(new[] { FindingOutcome.Contradicts }));
    }

    [Test]
    public void Validate_PartWhoseOpenBoundTouchesTheWhole_FindsNothing()
    {
        // "More than 105" and 105 touch: they agree through leeway (DESIGN §2), so the part does not exceed the whole.
        var findings = Run(Claims.Exact("c1", 105), Claims.Of("e1", "more than 105", source: "IOM", place: WestMosul));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Validate_PartOfADifferentTime_IsIgnored()
    {
        var claim = Claims.Exact("c1", 105, period: "2017-03-01/2017-03-20");

        var findings = Run(claim, Claims.Exact("e1", 240, source: "IOM", place: WestMosul, period: "2017-03-01/2017-03-05"));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Validate_EarlierRunningTotalOfAPartAboveALaterWhole_Contradicts()
    {
        var claim = Claims.Exact("c1", 105, period: "2017-03-01/2017-03-20") with { Subject = new Subject("people fled") };
        var part = Claims.Exact("e1", 240, source: "IOM", place: WestMosul, period: "2017-03-01/2017-03-05") with { Subject = new Subject("people fled") };

        var finding = Run(claim, part).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(finding is { Outcome: FindingOutcome.Contradicts, Evidence: ["e1"] }, Is.True);
            Assert.That(finding.Message, Does.EndWith("a part cannot exceed the whole (running totals from the same start: a part as of an earlier day cannot exceed the whole as of a later one)."));
        }
    }

    [Test]
    public void Validate_ClaimAsAnEarlierRunningTotalOfAPartAboveALaterWhole_Contradicts()
    {
        var claim = Claims.Exact("c1", 240, place: WestMosul, period: "2017-03-01/2017-03-05") with { Subject = new Subject("people fled") };
        var whole = Claims.Exact("e1", 105, source: "IOM", period: "2017-03-01/2017-03-20") with { Subject = new Subject("people fled") };

        Assert.That(Run(claim, whole), Has.Exactly(1).Matches<Finding>(f => f is { Outcome: FindingOutcome.Contradicts, Evidence: ["e1"] }));
    }

    [Test]
    public void Validate_LaterRunningTotalOfAPartAboveAnEarlierWhole_FindsNothing()
    {
        var claim = Claims.Exact("c1", 105, period: "2017-03-01/2017-03-05") with { Subject = new Subject("people fled") };
        var part = Claims.Exact("e1", 240, source: "IOM", place: WestMosul, period: "2017-03-01/2017-03-20") with { Subject = new Subject("people fled") };

        Assert.That(Run(claim, part), Is.Empty);
    }

    [Test]
    public void Validate_RunningTotalsOfAPartAndAWholeFromDifferentStarts_FindNothing()
    {
        var claim = Claims.Exact("c1", 105, period: "2017-03-01/2017-03-20") with { Subject = new Subject("people fled") };
        var part = Claims.Exact("e1", 240, source: "IOM", place: WestMosul, period: "2017-02-01/2017-03-05") with { Subject = new Subject("people fled") };

        Assert.That(Run(claim, part), Is.Empty);
    }

    [Test]
    public void Validate_PartWithoutPeriod_IsCheckedAndSaysTimeWasNotChecked()
    {
        var finding = Run(Claims.Exact("c1", 105), Claims.Exact("e1", 240, source: "IOM", place: WestMosul, period: null)).Single();

        Assert.That(finding.Message, Does.Contain("time not checked"));
    }

    [Test]
    public void Validate_EvidenceAtTheSamePlace_IsLeftToFigureAgreement()
    {
        var findings = Run(Claims.Exact("c1", 105), Claims.Exact("e1", 240, source: "IOM"));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Validate_PartFromTheSameOrigin_IsCheckedToo()
    {
        var findings = Run(Claims.Exact("c1", 105), Claims.Exact("e1", 240, source: "UNHCR", place: WestMosul));

        Assert.That(findings.Select(f => f.Outcome), Is.EqualTo(new[] { FindingOutcome.Contradicts }));
    }

    [Test]
    public void Validate_PartEvidenceWithoutFigure_IsIgnored()
    {
        var findings = Run(Claims.Exact("c1", 105), Claims.Of("e1", figure: null, source: "IOM", place: WestMosul));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Validate_ClaimWithoutFigure_FindsNothing()
    {
        var findings = Run(Claims.Of("c1", figure: null), Claims.Exact("e1", 240, source: "IOM", place: WestMosul));

        Assert.That(findings, Is.Empty);
    }
}

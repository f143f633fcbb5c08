using Verification.Claims;
using Verification.Places;
using Verification.Subjects;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Validators;

/// <summary>The built-in validators' findings carry the codes and states that docs/findings.md lists, so that tools read
/// what was found without parsing messages.</summary>
public sealed class FindingCodesTests
{
    private static readonly FigureAgreementValidator Agreement = new();

    private static IReadOnlyList<Finding> Compare(Claim claim, params Claim[] evidence) => Contexts.Run(Agreement, Contexts.For(claim, evidence));

    [Test]
    public void FigureAgreement_IndependentFigureAgrees_IsFigureAgreesWithItsComparison()
    {
        var finding = Compare(Claims.Of("c1", "about 270,000"), Claims.Of("e1", "255,000", source: "IOM")).Single(f => f.Outcome == FindingOutcome.Supports);

        Assert.Multiple(() =>
        {
            Assert.That(finding.Code, Is.EqualTo(FindingCodes.FigureAgrees));
            Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Information));
            Assert.That(finding.State, Is.TypeOf<FigureComparisonState>());
            var state = (FigureComparisonState)finding.State!;
            Assert.That(state.EvidenceId, Is.EqualTo("e1"));
            Assert.That(state.Agrees, Is.True);
            Assert.That(state.Place, Is.EqualTo(PlaceRelation.Same));
            Assert.That(state.Subject, Is.EqualTo(SubjectRelation.Same));
            Assert.That(state.TimeRule, Is.Not.Empty);
            Assert.That(finding.Message, Does.Contain(state.TimeRule));
        });
    }

    [Test]
    public void FigureAgreement_IndependentFigureExcludesTheClaims_IsFigureConflictsAsAWarning()
    {
        var finding = Compare(Claims.Of("c1", "105", source: "US military"), Claims.Of("e1", "240", source: "local officials")).Single(f => f.Outcome == FindingOutcome.Contradicts);

        Assert.Multiple(() =>
        {
            Assert.That(finding.Code, Is.EqualTo(FindingCodes.FigureConflicts));
            Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
            Assert.That(finding.State, Is.TypeOf<FigureComparisonState>().With.Property(nameof(FigureComparisonState.Agrees)).False
                .And.Property(nameof(FigureComparisonState.EvidenceId)).EqualTo("e1"));
        });
    }

    [Test]
    public void FigureAgreement_Echo_IsEchoes()
    {
        var findings = Compare(Claims.Of("c1", "about 270,000"), Claims.Of("e1", "270,000", source: "unhcr "));

        Assert.That(findings.Single(f => f.Echoes.Count > 0).Code, Is.EqualTo(FindingCodes.Echoes));
    }

    [Test]
    public void FigureAgreement_RunningTotalsOfAnotherTime_IsNotComparableInTime()
    {
        var claim = Claims.Of("c1", "340,000", period: "2016-10-17/2017-03-25");
        var evidence = Claims.Of("e1", "255,708", source: "IOM", period: "2016-10-17/2017-03-03");

        var findings = Compare(claim, evidence);

        Assert.That(findings.Single(f => f.NotComparable.Count > 0).Code, Is.EqualTo(FindingCodes.NotComparableInTime));
    }

    [Test]
    public void FigureAgreement_NoEvidence_IsNoIndependentFigure()
    {
        Assert.That(Compare(Claims.Of("c1", "about 270,000")).Single().Code, Is.EqualTo(FindingCodes.NoIndependentFigure));
    }

    [Test]
    public void FigureAgreement_ClaimWithoutFigure_IsNoFigure()
    {
        Assert.That(Compare(Claims.Of("c1", figure: null), Claims.Of("e1", "240", source: "IOM")).Single().Code, Is.EqualTo(FindingCodes.NoFigure));
    }

    [Test]
    public void PartWhole_PartAboveTheWhole_IsPartExceedsWholeNamingPartAndWhole()
    {
        var findings = Contexts.Run(new PartWholeValidator(), Contexts.For(Claims.Exact("c1", 105), Claims.Exact("e1", 240, source: "IOM", place: "West Mosul, Mosul, Iraq")));

        Assert.Multiple(() =>
        {
            Assert.That(findings.Single().Code, Is.EqualTo(FindingCodes.PartExceedsWhole));
            Assert.That(findings.Single().State, Is.EqualTo(new PartWholeState("e1", "c1", SubjectRelation.Same, PlaceRelation.Contains, false)));
        });
    }

    [Test]
    public void ReportFlag_FlaggedClaim_IsMarkedContested()
    {
        var findings = Contexts.Run(new ReportFlagValidator(), Contexts.For(Claims.Of("c1", "at least 440", source: "Airwars", contested: true)));

        Assert.That(findings.Single().Code, Is.EqualTo(FindingCodes.MarkedContested));
    }

    [Test]
    public void FindingCodes_AreDistinctLowerCaseWordsJoinedByHyphens()
    {
        var codes = typeof(FindingCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        Assert.That(codes, Is.Unique.And.All.Matches("^[a-z]+(-[a-z]+)*$"));
    }
}

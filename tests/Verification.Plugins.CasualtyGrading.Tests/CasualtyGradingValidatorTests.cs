using Verification.Claims;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
using Verification.Validators;
using Verification.Verdicts;
using static Verification.Plugins.CasualtyGrading.Tests.ClaimBuilder;

namespace Verification.Plugins.CasualtyGrading.Tests;

public sealed class CasualtyGradingValidatorTests
{
    private const string Coalition = "Coalition";

    private static async Task<IReadOnlyList<Finding>> Validate(Claim claim, IEnumerable<Claim> evidence, Action<CasualtyGradingOptions>? configure = null)
    {
        var options = new CasualtyGradingOptions();
        configure?.Invoke(options);
        var validator = new CasualtyGradingValidator(options);
        return await validator.ValidateAsync(new ValidationContext(claim, [.. evidence], new VerificationOptions()), CancellationToken.None);
    }

    private static async Task<Finding> GradeFinding(Claim claim, IEnumerable<Claim> evidence, Action<CasualtyGradingOptions>? configure = null) =>
        (await Validate(claim, evidence, configure)).Single(f => f.Code == CasualtyGradingValidator.GradeCode);

    private static async Task<string> GradeMessage(Claim claim, IEnumerable<Claim> evidence, Action<CasualtyGradingOptions>? configure = null) =>
        (await GradeFinding(claim, evidence, configure)).Message;

    // Read from the finding's state, never from its message.
    private static async Task<CasualtyGrade> Grade(Claim claim, IEnumerable<Claim> evidence, Action<CasualtyGradingOptions>? configure = null) =>
        ((CasualtyGradeState)(await GradeFinding(claim, evidence, configure)).State!).Grade;

    [Test]
    public async Task ValidateAsync_SubjectNotGraded_FindsNothing()
    {
        var claim = Claim("about 270,000", "UNHCR") with { Subject = "people displaced", Place = "Mosul, Iraq" };

        Assert.That(await Validate(claim, []), Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_SynonymOfAGradedSubject_IsGraded()
    {
        var claim = Claim() with { Subject = "civilian deaths" };

        Assert.That(await Grade(claim, []), Is.EqualTo(CasualtyGrade.Weak));
    }

    [Test]
    public async Task ValidateAsync_ConfiguredSubject_IsGraded()
    {
        var claim = Claim() with { Subject = "people buried" };

        Assert.That(await Grade(claim, [], o => o.Subjects.Add("people buried")), Is.EqualTo(CasualtyGrade.Weak));
    }

    [Test]
    public async Task Grade_Weak_IsAWarningWithItsReasonInTheState()
    {
        var finding = await GradeFinding(Claim(), []);

        Assert.Multiple(() =>
        {
            Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
            Assert.That(finding.State, Is.EqualTo(new CasualtyGradeState(CasualtyGrade.Weak, ((CasualtyGradeState)finding.State!).Reason)));
            Assert.That(((CasualtyGradeState)finding.State!).Reason, Does.StartWith("a single source reports it"));
            Assert.That(finding.Message, Does.Contain(((CasualtyGradeState)finding.State!).Reason));
        });
    }

    [Test]
    public async Task Grade_Fair_IsInformation()
    {
        var finding = await GradeFinding(Claim(), [Reported("e8", "160", "Nineveh health official")]);

        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Information));
    }

    [Test]
    public async Task Grade_SingleSource_IsWeakNamingIt()
    {
        Assert.That(await GradeMessage(Claim(), []), Does.StartWith("Casualty grade: weak — a single source reports it (local officials and residents)"));
    }

    [Test]
    public async Task Grade_NoAccusedNamed_SaysOwnFiguresCannotBeToldApart()
    {
        Assert.That(await GradeMessage(Claim(), []), Does.EndWith("no report names the party accused (metadata 'accused'), so no party's own figure can be told apart."));
    }

    [Test]
    public async Task Grade_TwoIndependentSources_IsFair()
    {
        Assert.That(await Grade(Claim(), [Reported("e8", "160", "Nineveh health official")]), Is.EqualTo(CasualtyGrade.Fair));
    }

    [Test]
    public async Task Grade_TwoIndependentSources_ListsTheEvidence()
    {
        var fair = (await Validate(Claim(), [Reported("e8", "160", "Nineveh health official")]))[0];

        Assert.That(fair.Evidence, Is.EqualTo(new[] { "e8" }));
    }

    [Test]
    public async Task Grade_EvidenceEchoingTheClaimsOrigin_DoesNotMakeItFair()
    {
        var echo = Reported("e9", "dozens", "Reuters") with { DerivedFrom = ["Mosul civil defence"] };

        Assert.That(await Grade(Claim(source: "Mosul civil defence"), [echo]), Is.EqualTo(CasualtyGrade.Weak));
    }

    [Test]
    public async Task Grade_EvidenceRelayingAnotherReportFromTheSameUnnamedSource_MakesItFair()
    {
        // "Local officials" in two reports are not one identified party: two reports, not an echo.
        var other = Reported("e9", "dozens", "Reuters") with { DerivedFrom = ["Local officials and residents"] };

        Assert.That(await Grade(Claim(), [other]), Is.EqualTo(CasualtyGrade.Fair));
    }

    [Test]
    public async Task Grade_SecondSourceNotCredible_IsWeak()
    {
        Assert.That(await Grade(Claim(), [Reported("e8", "160", "Rumour mill")], o => o.NotCredibleSources.Add("rumour  MILL")), Is.EqualTo(CasualtyGrade.Weak));
    }

    [Test]
    public async Task Grade_ThreeSourcesRequiredAndTwoReport_IsWeak()
    {
        Assert.That(await Grade(Claim(), [Reported("e8", "160", "Nineveh health official")], o => o.MinimumSourcesForFair = 3), Is.EqualTo(CasualtyGrade.Weak));
    }

    [Test]
    public async Task Grade_ThreeSourcesRequiredAndThreeReport_IsFair()
    {
        var evidence = new Claim[] { Reported("e8", "160", "Nineveh health official"), Reported("e6", "as many as 240", "Local officials and eyewitnesses") };

        Assert.That(await Grade(Claim(), evidence, o => o.MinimumSourcesForFair = 3), Is.EqualTo(CasualtyGrade.Fair));
    }

    [Test]
    public async Task Grade_SecondSourceReportsNoHarm_IsWeak()
    {
        Assert.That(await Grade(Claim(), [Reported("e8", "0", "Nineveh health official")]), Is.EqualTo(CasualtyGrade.Weak));
    }

    [Test]
    public async Task Grade_EvidenceElsewhere_DoesNotCount()
    {
        var elsewhere = Reported("e8", "160", "Nineveh health official") with { Place = "Mosul, Iraq" };

        Assert.That(await Grade(Claim(), [elsewhere]), Is.EqualTo(CasualtyGrade.Weak));
    }

    [Test]
    public async Task Grade_EvidenceAtAnotherTime_DoesNotCount()
    {
        var later = Reported("e8", "160", "Nineveh health official") with { Period = "2017-05-01" };

        Assert.That(await Grade(Claim(), [later]), Is.EqualTo(CasualtyGrade.Weak));
    }

    [Test]
    public async Task Grade_AccusedPartyConcedes_IsConfirmed()
    {
        var concession = Reported("e5", "105", "US military investigation");

        Assert.That(await GradeMessage(Claim().Accusing(Coalition), [concession]),
            Is.EqualTo("Casualty grade: confirmed — Coalition accepted responsibility: US military investigation's 105 is its own figure."));
    }

    [Test]
    public async Task Grade_AccusedPartyNamedOnlyOnTheEvidence_IsConfirmed()
    {
        var concession = Reported("e5", "105", "US military investigation").Accusing(Coalition);

        Assert.That(await Grade(Claim(), [concession]), Is.EqualTo(CasualtyGrade.Confirmed));
    }

    [Test]
    public async Task Grade_SourceStatesItsPartyInMetadata_IsThatPartysOwnFigure()
    {
        var concession = Reported("e5", "105", "Operation Inherent Resolve press desk").With("party", Coalition);

        Assert.That(await Grade(Claim().Accusing(Coalition), [concession]), Is.EqualTo(CasualtyGrade.Confirmed));
    }

    [Test]
    public async Task Grade_SourceNamedLikeTheAccusedParty_IsThatPartysOwnFigure()
    {
        Assert.That(await Grade(Claim().Accusing("Iraqi military"), [Reported("e7", "at least 61", "Iraqi military")]), Is.EqualTo(CasualtyGrade.Confirmed));
    }

    [Test]
    public async Task Grade_AccusedPartyDeniesHarm_IsNotConfirmed()
    {
        var denial = Reported("e5", "0", "US military");

        Assert.That(await Grade(Claim().Accusing(Coalition), [denial]), Is.EqualTo(CasualtyGrade.Weak));
    }

    [Test]
    public async Task Grade_AccusedPartyGivesOnlyAnUpperBound_IsNotConfirmed()
    {
        var bound = Reported("e5", "up to 10", "US military");

        Assert.That(await Grade(Claim().Accusing(Coalition), [bound]), Is.EqualTo(CasualtyGrade.Weak));
    }

    [Test]
    public async Task Grade_AccusedPartyConcedesMoreThanZero_IsConfirmed()
    {
        var bound = Reported("e5", "more than 0", "US military");

        Assert.That(await Grade(Claim().Accusing(Coalition), [bound]), Is.EqualTo(CasualtyGrade.Confirmed));
    }

    [Test]
    public async Task Grade_AccusedPartysOwnFigure_DoesNotCountAsAnIndependentSource()
    {
        var concessionDenied = Reported("e5", "0", "US military");

        Assert.That(await GradeMessage(Claim().Accusing(Coalition), [concessionDenied]), Does.Contain("a single source reports it (local officials and residents)"));
    }

    [Test]
    public async Task Grade_ReportsAccuseDifferentParties_IsContested()
    {
        var other = Reported("e9", "dozens", "Local activists").Accusing("ISIS");

        Assert.That(await GradeMessage(Claim().Accusing(Coalition), [other]),
            Is.EqualTo("Casualty grade: contested — the reports accuse different parties (Coalition, ISIS)."));
    }

    [Test]
    public async Task Grade_SamePartySpelledDifferently_IsNotContested()
    {
        var other = Reported("e9", "dozens", "Local activists").Accusing(" coalition ");

        Assert.That(await Grade(Claim().Accusing(Coalition), [other]), Is.EqualTo(CasualtyGrade.Fair));
    }

    [Test]
    public async Task Grade_CompetingAccusationsButOnePartyConcedes_IsConfirmed()
    {
        var evidence = new Claim[] { Reported("e9", "dozens", "Local activists").Accusing("ISIS"), Reported("e5", "105", "US military investigation") };

        Assert.That(await Grade(Claim().Accusing(Coalition), evidence), Is.EqualTo(CasualtyGrade.Confirmed));
    }

    [Test]
    public async Task Grade_ClaimFlaggedDiscounted_IsDiscountedEvenWhenConceded()
    {
        var claim = Claim().Accusing(Coalition).With("discounted", "true");

        Assert.That(await Grade(claim, [Reported("e5", "105", "US military investigation")]), Is.EqualTo(CasualtyGrade.Discounted));
    }

    [Test]
    public async Task Grade_EvidenceFlaggedDiscounted_IsDiscountedNamingIt()
    {
        var assessment = Reported("e10", "dozens", "Airwars").With("discounted", "true");

        Assert.That(await GradeMessage(Claim(), [assessment]),
            Is.EqualTo("Casualty grade: discounted — the reports were assessed as not credible (e10 marked 'discounted')."));
    }

    [Test]
    public async Task Grade_FlagFalse_IsNotDiscounted()
    {
        Assert.That(await Grade(Claim().With("discounted", "false"), []), Is.EqualTo(CasualtyGrade.Weak));
    }

    [Test]
    public async Task Grade_MetadataAsRawJsonFromAFile_IsRead()
    {
        var concession = Reported("e5", "105", "US military investigation");

        Assert.That(await Grade(Claim().With("accused", "\"Coalition\""), [concession]), Is.EqualTo(CasualtyGrade.Confirmed));
    }

    [Test]
    public async Task OwnFigures_AccusedPartyConcedes_AreListedApart()
    {
        var findings = await Validate(Claim().Accusing(Coalition), [Reported("e5", "105", "US military investigation"), Reported("e8", "160", "Nineveh health official")]);

        Assert.That(findings, Has.Some.EqualTo(new Finding(CasualtyGradingValidator.ValidatorName, FindingOutcome.Note,
            "The accused party's own figures, kept apart from independent sources: US military investigation's 105 (e5, for Coalition: concedes).")
        {
            Code = CasualtyGradingValidator.OwnFiguresCode,
            Evidence = ["e5"],
        }));
    }

    [Test]
    public async Task OwnFigures_AccusedPartyDenies_SaysSo()
    {
        var findings = await Validate(Claim().Accusing(Coalition), [Reported("e5", "0", "CENTCOM")]);

        Assert.That(findings.Select(f => f.Message), Has.Some.EndsWith("CENTCOM's 0 (e5, for Coalition: denies civilian harm)."));
    }

    [Test]
    public async Task OwnFigures_NoneGiven_NoSuchFinding()
    {
        var findings = await Validate(Claim().Accusing(Coalition), [Reported("e8", "160", "Nineveh health official")]);

        Assert.That(findings.Select(f => f.Message), Has.None.StartsWith("The accused party's own figures"));
    }

    [Test]
    public async Task Range_ClaimWithinWhatIndependentSourcesSupport_IsNotContradicted()
    {
        var findings = await Validate(Claim(), [Reported("e6", "as many as 240", "Local officials and eyewitnesses"), Reported("e8", "160", "Nineveh health official")]);

        Assert.That(findings.Select(f => f.Outcome), Has.None.EqualTo(FindingOutcome.Contradicts));
    }

    [Test]
    public async Task Range_ClaimBelowWhatIndependentSourcesSupport_IsContradicted()
    {
        var findings = await Validate(Claim(), [Reported("e8", "160", "Nineveh health official"), Reported("e11", "at least 150", "Hospital staff")]);

        Assert.That(findings.Where(f => f.Outcome == FindingOutcome.Contradicts), Is.EqualTo(new[]
        {
            new Finding(CasualtyGradingValidator.ValidatorName, FindingOutcome.Contradicts,
                "Local officials and residents' 'dozens' (24–99) lies below the range independent sources support (at least 150: Nineveh health official, Hospital staff).")
            {
                Code = CasualtyGradingValidator.OutsideRangeCode,
                Evidence = ["e8", "e11"],
            },
        }));
    }

    [Test]
    public async Task Range_ClaimAboveWhatIndependentSourcesSupport_IsContradicted()
    {
        var findings = await Validate(Claim("at least 440"), [Reported("e6", "as many as 240", "Local officials and eyewitnesses"), Reported("e8", "160", "Nineveh health official")]);

        Assert.That(findings.Single(f => f.Outcome == FindingOutcome.Contradicts).Message,
            Is.EqualTo("Local officials and residents' at least 440 lies above the range independent sources support (0–240: Local officials and eyewitnesses, Nineveh health official)."));
    }

    [Test]
    public async Task Range_ClaimTouchingTheRangesEnd_IsNotContradicted()
    {
        var findings = await Validate(Claim("dozens"), [Reported("e8", "between 99 and 120", "Nineveh health official")]);

        Assert.That(findings.Select(f => f.Outcome), Has.None.EqualTo(FindingOutcome.Contradicts));
    }

    [Test]
    public async Task Range_ClaimJustPastTheRangesEnd_IsContradicted()
    {
        var findings = await Validate(Claim("dozens"), [Reported("e8", "between 100 and 120", "Nineveh health official")]);

        Assert.That(findings.Select(f => f.Outcome), Has.One.EqualTo(FindingOutcome.Contradicts));
    }

    [Test]
    public async Task Range_OnlyTheAccusedPartysFigureDisagrees_IsNotContradicted()
    {
        var findings = await Validate(Claim().Accusing(Coalition), [Reported("e5", "105", "US military investigation")]);

        Assert.That(findings.Select(f => f.Outcome), Has.None.EqualTo(FindingOutcome.Contradicts));
    }

    [Test]
    public async Task Range_EchoOfTheClaimDisagrees_IsNotContradicted()
    {
        var echo = Reported("e9", "160", "Reuters") with { DerivedFrom = ["Mosul civil defence"] };

        var findings = await Validate(Claim(source: "Mosul civil defence"), [echo]);

        Assert.That(findings.Select(f => f.Outcome), Has.None.EqualTo(FindingOutcome.Contradicts));
    }

    [Test]
    public async Task Range_NotCredibleSourceDisagrees_IsNotContradicted()
    {
        var findings = await Validate(Claim(), [Reported("e9", "500", "Rumour mill")], o => o.NotCredibleSources.Add("Rumour mill"));

        Assert.That(findings.Select(f => f.Outcome), Has.None.EqualTo(FindingOutcome.Contradicts));
    }

    [Test]
    public async Task Range_EvidenceAtAContainingPlaceDisagrees_IsNotContradicted()
    {
        var wider = Reported("e9", "500", "Nineveh health official") with { Place = "Mosul, Iraq" };

        var findings = await Validate(Claim(), [wider]);

        Assert.That(findings.Select(f => f.Outcome), Has.None.EqualTo(FindingOutcome.Contradicts));
    }

    [Test]
    public void Constructor_InvalidOptions_ThrowsListingEveryProblem()
    {
        var options = new CasualtyGradingOptions { MinimumSourcesForFair = 1, AccusedField = " " };

        Assert.That(() => new CasualtyGradingValidator(options), Throws.ArgumentException.With.Message.Contains("AccusedField must name a metadata field.")
            .And.Message.Contains("MinimumSourcesForFair must be at least 2"));
    }

    [TestCase(CasualtyGrade.Confirmed, "confirmed")]
    [TestCase(CasualtyGrade.Fair, "fair")]
    [TestCase(CasualtyGrade.Weak, "weak")]
    [TestCase(CasualtyGrade.Contested, "contested")]
    [TestCase(CasualtyGrade.Discounted, "discounted")]
    public void GradeName_EachGrade_IsItsLowerCaseName(CasualtyGrade grade, string name) =>
        Assert.That(CasualtyGradingValidator.GradeName(grade), Is.EqualTo(name));
}

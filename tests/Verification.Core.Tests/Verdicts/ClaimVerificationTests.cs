using Verification.Claims;
using Verification.Figures;
using Verification.Sources;
using Verification.Subjects;
using Verification.Verdicts;
namespace Verification.Core.Tests.Verdicts;

public sealed class ClaimVerificationTests
{
    private static readonly Claim Claim = new("c1", new Subject("people displaced"), Figure.Exact(270_000), "UNHCR");

    private static Finding Supports(string message, string[]? evidence = null, params string[] origins) =>
        new("FigureAgreement", FindingOutcome.Supports, message) { Evidence = evidence ?? [], Origins = origins };

    private static Finding Contradicts(string message, params string[] evidence) =>
        new("FigureAgreement", FindingOutcome.Contradicts, message) { Evidence = evidence };

    private static Finding ContradictsFrom(string message, params string[] origins) =>
        new("FigureAgreement", FindingOutcome.Contradicts, message) { Evidence = ["e9"], Origins = origins };

    // The origin an unnamed source ("officials") stands for in evidence claim <paramref name="id"/>.
    private static string Unnamed(string id) =>
        new OriginGraph().OriginsOf(new Claim(id, new Subject("people displaced"), Figure.Exact(1), "officials"), "k").Single();

    private static Finding Note(string message) => new("Independence", FindingOutcome.Note, message);

    private static Finding Error(string message) => new("Plugin", FindingOutcome.Error, message);

    private static ClaimVerification Verify(int min, params Finding[] findings) => ClaimVerification.FromFindings(Claim, findings, min);

    private static ClaimVerification Verify(params Finding[] findings) => ClaimVerification.FromFindings(Claim, findings);

    // --- Verdict rules ---

    [Test]
    public void FromFindings_NoFindings_IsUnverified()
    {
        Assert.That(Verify().Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public void FromFindings_OneContradiction_IsContested()
    {
        Assert.That(Verify(Contradicts("IOM says 120,000", "e1")).Verdict, Is.EqualTo(Verdict.Contested));
    }

    [Test]
    public void FromFindings_ContradictionWithSupport_IsContested()
    {
        var result = Verify(Supports("IOM agrees", ["e1"], "iom"), Supports("OCHA agrees", ["e2"], "ocha"), Contradicts("Ministry disagrees", "e3"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
    }

    [Test]
    public void FromFindings_ContradictionBeforeSupport_IsContested()
    {
        Assert.That(Verify(Contradicts("no", "e3"), Supports("yes", ["e1"], "iom")).Verdict, Is.EqualTo(Verdict.Contested));
    }

    [Test]
    public void FromFindings_OneSupportingOriginWithDefaultMinimum_IsCorroborated()
    {
        Assert.That(Verify(Supports("IOM agrees", ["e1"], "iom")).Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [TestCase(1, Verdict.Corroborated)]
    [TestCase(2, Verdict.Corroborated)]
    [TestCase(3, Verdict.Unverified)]
    public void FromFindings_TwoDistinctOrigins_CorroboratedUpToMinimumTwo(int min, Verdict expected)
    {
        var result = Verify(min, Supports("IOM agrees", ["e1"], "iom"), Supports("OCHA agrees", ["e2"], "ocha"));

        Assert.That(result.Verdict, Is.EqualTo(expected));
    }

    [Test]
    public void FromFindings_TwoSupportsFromSameOriginWithMinimumTwo_IsUnverified()
    {
        var result = Verify(2, Supports("IOM agrees", ["e1"], "iom"), Supports("IOM agrees again", ["e2"], "iom"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public void FromFindings_OneSupportNamingTwoOriginsWithMinimumTwo_IsCorroborated()
    {
        Assert.That(Verify(2, Supports("IOM and OCHA agree", ["e1", "e2"], "iom", "ocha")).Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [Test]
    public void FromFindings_SupportsWithoutOrigins_EachCountsAsOwnOrigin()
    {
        Assert.That(Verify(2, Supports("a", ["e1"]), Supports("b", ["e2"])).Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [Test]
    public void FromFindings_SupportWithoutOriginsAndSupportWithOrigin_CountTwo()
    {
        Assert.That(Verify(2, Supports("a", ["e1"]), Supports("b", ["e2"], "iom")).Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [Test]
    public void FromFindings_OnlyNotes_IsUnverified()
    {
        Assert.That(Verify(Note("e4 repeats UNHCR"), Note("e5 is as of another date")).Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public void FromFindings_OnlyErrors_IsUnverified()
    {
        Assert.That(Verify(Error("the validator timed out")).Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public void FromFindings_NotesAndErrorsWithSupport_StayCorroborated()
    {
        Assert.That(Verify(Note("n"), Error("x"), Supports("IOM agrees", ["e1"], "iom")).Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [Test]
    public void FromFindings_ClaimFlaggedByItsReport_IsContested()
    {
        var flagged = Claim with { IsContested = true };

        Assert.That(ClaimVerification.FromFindings(flagged, []).Verdict, Is.EqualTo(Verdict.Contested));
    }

    [Test]
    public void FromFindings_ClaimFlaggedByItsReportWithSupport_IsContested()
    {
        var flagged = Claim with { IsContested = true };

        Assert.That(ClaimVerification.FromFindings(flagged, [Supports("IOM agrees", ["e1"], "iom")]).Verdict, Is.EqualTo(Verdict.Contested));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void FromFindings_MinimumBelowOne_ThrowsArgumentOutOfRangeException(int min)
    {
        Assert.That(() => Verify(min), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void FromFindings_NullArguments_Throw()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => ClaimVerification.FromFindings(null!, []), Throws.ArgumentNullException);
            Assert.That(() => ClaimVerification.FromFindings(Claim, null!), Throws.ArgumentNullException);
        }
    }

    [Test]
    public void FromFindings_KeepsClaimAndFindingsInOrder()
    {
        Finding[] findings = [Note("first"), Supports("second", ["e1"], "iom"), Error("third")];

        var result = Verify(findings);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Claim, Is.SameAs(Claim));
            Assert.That(result.Findings, Is.EqualTo(findings));
        }
    }

    // --- Evidence lists ---

    [Test]
    public void Supporting_CollectsSupportEvidenceWithoutDuplicatesInFirstMentionOrder()
    {
        var result = Verify(Supports("a", ["e2", "e1"], "iom"), Supports("b", ["e1", "e3"], "ocha"));

        Assert.That(result.Supporting, Is.EqualTo(new[] { "e2", "e1", "e3" }));
    }

    [Test]
    public void Conflicting_CollectsContradictionEvidenceWithoutDuplicates()
    {
        var result = Verify(Contradicts("a", "e5", "e6"), Contradicts("b", "e6"));

        Assert.That(result.Conflicting, Is.EqualTo(new[] { "e5", "e6" }));
    }

    [Test]
    public void Supporting_IgnoresEvidenceWithOtherOutcomes()
    {
        var note = new Finding("Independence", FindingOutcome.Note, "n") { Evidence = ["e9"] };
        var result = Verify(note, Contradicts("c", "e5"), Supports("s", ["e1"], "iom"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Supporting, Is.EqualTo(new[] { "e1" }));
            Assert.That(result.Conflicting, Is.EqualTo(new[] { "e5" }));
        }
    }

    [Test]
    public void Echoes_CollectedFromEveryFindingWithoutDuplicates()
    {
        var a = new Finding("Independence", FindingOutcome.Note, "echo") { Echoes = ["e4", "e7"] };
        var b = Supports("s", ["e1"], "iom") with { Echoes = ["e7", "e8"] };

        Assert.That(Verify(a, b).Echoes, Is.EqualTo(new[] { "e4", "e7", "e8" }));
    }

    [Test]
    public void NotComparable_CollectedFromEveryFindingWithoutDuplicates()
    {
        var a = new Finding("TimeWindow", FindingOutcome.Note, "as of another date") { NotComparable = ["e2"] };
        var b = new Finding("FigureAgreement", FindingOutcome.Note, "also") { NotComparable = ["e3", "e2"] };

        Assert.That(Verify(a, b).NotComparable, Is.EqualTo(new[] { "e2", "e3" }));
    }

    [Test]
    public void EvidenceLists_NoFindings_AreEmpty()
    {
        var result = Verify();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Supporting, Is.Empty);
            Assert.That(result.Conflicting, Is.Empty);
            Assert.That(result.Echoes, Is.Empty);
            Assert.That(result.NotComparable, Is.Empty);
        }
    }

    // --- Reason ---

    [Test]
    public void Reason_Contested_IsFirstContradiction()
    {
        var result = Verify(Supports("agrees", ["e1"], "iom"), Note("note"), Contradicts("first contradiction", "e2"), Contradicts("second", "e3"));

        Assert.That(result.Reason, Is.EqualTo("first contradiction"));
    }

    [Test]
    public void Reason_Corroborated_IsFirstSupport()
    {
        var result = Verify(Note("note"), Supports("first support", ["e1"], "iom"), Supports("second", ["e2"], "ocha"));

        Assert.That(result.Reason, Is.EqualTo("first support"));
    }

    [Test]
    public void Reason_Unverified_IsFirstNote()
    {
        var result = Verify(2, Supports("one support", ["e1"], "iom"), Note("first note"), Note("second note"));

        Assert.That(result.Reason, Is.EqualTo("first note"));
    }

    [Test]
    public void Reason_UnverifiedWithoutNote_IsFirstFinding()
    {
        Assert.That(Verify(Error("timed out"), Error("threw")).Reason, Is.EqualTo("timed out"));
    }

    [Test]
    public void Reason_NoFindings_SaysSo()
    {
        Assert.That(Verify().Reason, Is.EqualTo("No validator had anything to say about this claim."));
    }

    [Test]
    public void Reason_CorroboratedOnlyByUnnamedSources_SaysSo()
    {
        var result = Verify(Supports("Officials' 260,000 agrees.", ["e1"], Unnamed("e1")), Supports("Officials' 265,000 agrees.", ["e2"], Unnamed("e2")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RestsOnUnnamedSources, Is.True);
            Assert.That(result.Reason, Is.EqualTo("Officials' 260,000 agrees (the only independent figures come from unnamed sources)."));
        }
    }

    [Test]
    public void Reason_CorroboratedByANamedSourceToo_SaysNothingOfUnnamedSources()
    {
        var result = Verify(Supports("Officials agree.", ["e1"], Unnamed("e1")), Supports("IOM agrees.", ["e2"], "iom"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RestsOnUnnamedSources, Is.False);
            Assert.That(result.Reason, Is.EqualTo("Officials agree."));
        }
    }

    [Test]
    public void Reason_NamedSupportDiscounted_RestsOnTheUnnamedSources()
    {
        var discounting = Note("Rumour mill does not count.") with { DiscountedOrigins = ["rumour mill"] };

        var result = Verify(Supports("Officials agree", ["e1"], Unnamed("e1")), Supports("Rumour mill agrees", ["e2"], "rumour mill"), discounting);

        Assert.That(result.Reason, Is.EqualTo("Officials agree (the only independent figures come from unnamed sources)."));
    }

    [Test]
    public void Reason_ContestedOnlyByUnnamedSources_SaysSo()
    {
        var result = Verify(Supports("IOM agrees.", ["e1"], "iom"), ContradictsFrom("Officials' 500,000 conflicts.", Unnamed("e2")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RestsOnUnnamedSources, Is.True);
            Assert.That(result.Reason, Is.EqualTo("Officials' 500,000 conflicts (the conflicting figures come only from unnamed sources)."));
        }
    }

    [Test]
    public void Reason_ContestedByAContradictionNamingNoOrigin_SaysNothingOfUnnamedSources()
    {
        var result = Verify(ContradictsFrom("Officials' 500,000 conflicts.", Unnamed("e2")), Contradicts("The part exceeds the whole.", "e3"));

        Assert.That(result.RestsOnUnnamedSources, Is.False);
    }

    [Test]
    public void RestsOnUnnamedSources_Unverified_IsFalse()
    {
        Assert.That(Verify(2, Supports("Officials agree.", ["e1"], Unnamed("e1"))).RestsOnUnnamedSources, Is.False);
    }

    [Test]
    public void Reason_FlaggedByReportWithoutContradiction_SaysTheReportFlagsIt()
    {
        var flagged = Claim with { IsContested = true };

        var result = ClaimVerification.FromFindings(flagged, [Supports("IOM agrees", ["e1"], "iom")]);

        Assert.That(result.Reason, Does.Contain("report itself flags"));
    }

    [Test]
    public void Reason_FlaggedByReportWithContradiction_IsTheContradiction()
    {
        var flagged = Claim with { IsContested = true };

        var result = ClaimVerification.FromFindings(flagged, [Contradicts("Ministry disagrees", "e3")]);

        Assert.That(result.Reason, Is.EqualTo("Ministry disagrees"));
    }

    // --- Constructor ---

    [Test]
    public void Constructor_KeepsGivenVerdict()
    {
        var result = new ClaimVerification(Claim, Verdict.Contested, [Supports("agrees", ["e1"], "iom")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
            Assert.That(result.Supporting, Is.EqualTo(new[] { "e1" }));
        }
    }

    [Test]
    public void Constructor_NullArguments_Throw()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => new ClaimVerification(null!, Verdict.Unverified, []), Throws.ArgumentNullException);
            Assert.That(() => new ClaimVerification(Claim, Verdict.Unverified, null!), Throws.ArgumentNullException);
        }
    }

    // --- ReportVerification ---

    [Test]
    public void ReportVerification_CountsPerVerdict()
    {
        var report = new Report("r1", [Claim]);
        ClaimVerification[] results =
        [
            Verify(Supports("a", ["e1"], "iom")),
            Verify(Contradicts("b", "e2")),
            Verify(),
            Verify(Note("n")),
        ];

        var summary = new ReportVerification(report, results);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.Corroborated, Is.EqualTo(1));
            Assert.That(summary.Contested, Is.EqualTo(1));
            Assert.That(summary.Unverified, Is.EqualTo(2));
        }
    }

    // --- Equality and the id lists ---

    [Test]
    public void Equals_SameClaimVerdictAndEqualFindingsInOtherLists_AreEqual()
    {
        var a = Verify(Supports("agrees", ["e1"], "unhcr"));
        var b = Verify(Supports("agrees", ["e1"], "unhcr"));

        Assert.That(a, Is.EqualTo(b));
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
    }

    [Test]
    public void Equals_OneReadBeforeTheOther_AreStillEqual()
    {
        var a = Verify(Supports("agrees", ["e1"], "unhcr"));
        var b = Verify(Supports("agrees", ["e1"], "unhcr"));

        _ = a.Supporting;

        Assert.That(a, Is.EqualTo(b));
    }

    [Test]
    public void Equals_DifferentFindings_AreNotEqual()
    {
        var a = Verify(Supports("agrees", ["e1"], "unhcr"));
        var b = Verify(Supports("agrees", ["e2"], "unhcr"));

        Assert.That(a, Is.Not.EqualTo(b));
    }

    [Test]
    public void Supporting_ReadTwice_IsTheSameList()
    {
        var result = Verify(Supports("agrees", ["e1", "e2"], "unhcr"), Supports("agrees", ["e2"], "iom"));

        var first = result.Supporting;

        Assert.That(first, Is.EqualTo(new[] { "e1", "e2" }));
        Assert.That(result.Supporting, Is.SameAs(first));
    }
}

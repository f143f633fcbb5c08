using Verification.Verdicts;
namespace Verification.Testing.Tests;

public sealed class VerificationTextTests
{
    [Test]
    public void DescribeClaim_EveryPart_IsNamed()
    {
        var claim = Mosul.AlJadidaDozens().WithDerivedFrom("Residents").FlaggedAsContested().Build();

        Assert.That(VerificationText.DescribeClaim(claim), Is.EqualTo(
            "m4: 'dozens' (24–99) civilians killed; place: al-Jadida, West Mosul, Mosul, Iraq; period: 2017-03-17; "
            + "source: Local officials and residents; derived from: Residents; flagged as contested by its report"));
    }

    [Test]
    public void DescribeClaim_NoFigureNoPlaceNoPeriod_SaysSo()
    {
        var claim = new ClaimBuilder("m6").WithSubject("offensive began").Build();

        Assert.That(VerificationText.DescribeClaim(claim), Is.EqualTo("m6: (no figure) offensive began; source: Test source"));
    }

    [Test]
    public void DescribeClaim_ExactFigure_ShowsTheNumberOnce()
    {
        Assert.That(VerificationText.DescribeClaim(Mosul.UsInvestigation105().Build()), Does.StartWith("e5: 105 civilian deaths;"));
    }

    [Test]
    public void Describe_ContestedClaim_ShowsVerdictReasonFindingsAndEvidence()
    {
        var result = Contested();

        var text = VerificationText.Describe(result, id => id == "e5" ? Mosul.UsInvestigation105().Build() : null);

        Assert.That(text, Does.Contain("verdict: contested"));
        Assert.That(text, Does.Contain("reason:  'dozens' conflicts with 105"));
        Assert.That(text, Does.Contain("[FigureAgreement] contradicts: 'dozens' conflicts with 105 (evidence: e5)"));
        Assert.That(text, Does.Contain("conflicting: e5: 105 civilian deaths; place: al-Jadida"));
    }

    [Test]
    public void Describe_EvidenceNotFound_ShowsItsId()
    {
        var text = VerificationText.Describe(Contested());

        Assert.That(text, Does.Contain("conflicting: e5" + Environment.NewLine).Or.EndsWith("conflicting: e5"));
    }

    [Test]
    public void Describe_NoFindings_SaysNoneAndNoEvidence()
    {
        var result = ClaimVerification.FromFindings(Mosul.AlJadidaDozens().Build(), []);

        var text = VerificationText.Describe(result);

        Assert.That(text, Does.Contain("findings: none"));
        Assert.That(text, Does.Contain("evidence: none comparable"));
    }

    [Test]
    public void DescribeAll_TwoResults_PutsEachUnderTheHeading()
    {
        var text = VerificationText.DescribeAll("2 claims:", [Contested(), Contested() ]);

        Assert.That(text, Does.StartWith("2 claims:"));
        Assert.That(text.Split("verdict: contested").Length - 1, Is.EqualTo(2));
    }

    [TestCase(Verdict.Corroborated, "corroborated")]
    [TestCase(Verdict.Contested, "contested")]
    [TestCase(Verdict.Unverified, "unverified")]
    public void Name_EachVerdict_IsLowerCase(Verdict verdict, string expected)
    {
        Assert.That(VerificationText.Name(verdict), Is.EqualTo(expected));
    }

    internal static ClaimVerification Contested() => ClaimVerification.FromFindings(
        Mosul.AlJadidaDozens().Build(),
        [new Finding("FigureAgreement", FindingOutcome.Contradicts, "'dozens' conflicts with 105") { Evidence = ["e5"] }]);
}

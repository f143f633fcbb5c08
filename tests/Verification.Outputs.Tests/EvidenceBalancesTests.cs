using Verification.Outputs.Tests.TestSupport;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.Outputs.Tests;

public sealed class EvidenceBalancesTests
{
    [Test]
    public void Of_Corroborated_IsSupported()
    {
        var result = Results.Verify(Results.Claim(), Results.Finding(FindingOutcome.Supports, "e1"));

        Assert.That(EvidenceBalances.Of(result), Is.EqualTo(EvidenceBalance.Supported));
    }

    [Test]
    public void Of_ContestedAndNothingSupports_IsRefuted()
    {
        var result = Results.Verify(Results.Claim(), Results.Finding(FindingOutcome.Contradicts, "e1"), Results.Finding(FindingOutcome.Note, "e2"));

        Assert.That(EvidenceBalances.Of(result), Is.EqualTo(EvidenceBalance.Refuted));
    }

    [Test]
    public void Of_ContestedWithEvidenceOnBothSides_IsConflicting()
    {
        var result = Results.Verify(Results.Claim(), Results.Finding(FindingOutcome.Supports, "e1"), Results.Finding(FindingOutcome.Contradicts, "e2"));

        Assert.That(EvidenceBalances.Of(result), Is.EqualTo(EvidenceBalance.Conflicting));
    }

    [Test]
    public void Of_FlaggedByItsReportWithoutEvidence_IsNotEnoughEvidence()
    {
        var claim = ClaimBuilder.FromClaim(Results.Claim()).FlaggedAsContested().Build();
        var result = Results.Verify(claim, new Finding("ReportFlag", FindingOutcome.Contradicts, "The report itself says so."));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
        Assert.That(EvidenceBalances.Of(result), Is.EqualTo(EvidenceBalance.NotEnoughEvidence));
    }

    [Test]
    public void Of_FlaggedByItsReportWhileEvidenceAgrees_IsConflicting()
    {
        var claim = ClaimBuilder.FromClaim(Results.Claim()).FlaggedAsContested().Build();
        var result = Results.Verify(claim, Results.Finding(FindingOutcome.Supports, "e1"), new Finding("ReportFlag", FindingOutcome.Contradicts, "The report itself says so."));

        Assert.That(EvidenceBalances.Of(result), Is.EqualTo(EvidenceBalance.Conflicting));
    }

    [Test]
    public void Of_UnverifiedWithOnlyAnEcho_IsNotEnoughEvidence()
    {
        var echo = new Finding("FigureAgreement", FindingOutcome.Note, "e1 repeats the claim's origin.") { Evidence = ["e1"], Echoes = ["e1"] };
        var result = Results.Verify(Results.Claim(), echo);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
        Assert.That(EvidenceBalances.Of(result), Is.EqualTo(EvidenceBalance.NotEnoughEvidence));
    }

    [Test]
    public async Task Of_MosulExample_GivesEachClaimItsBalance()
    {
        var result = await Mosul.ResultAsync();

        var balances = result.Claims.ToDictionary(c => c.Claim.Id, EvidenceBalances.Of);

        Assert.That(balances, Is.EquivalentTo(new Dictionary<string, EvidenceBalance>
        {
            ["m1"] = EvidenceBalance.Supported,
            ["m2"] = EvidenceBalance.NotEnoughEvidence,
            ["m3"] = EvidenceBalance.Supported,
            ["m4"] = EvidenceBalance.Conflicting,
            ["m5"] = EvidenceBalance.NotEnoughEvidence,
            ["m6"] = EvidenceBalance.NotEnoughEvidence,
        }));
    }
}

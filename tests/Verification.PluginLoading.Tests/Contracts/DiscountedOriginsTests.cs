using Verification.Claims;
using Verification.Figures;
using Verification.Verdicts;
namespace Verification.PluginLoading.Tests.Contracts;

/// <summary>The verdict rule plugins use to keep sources from corroborating: <see cref="Finding.DiscountedOrigins"/>.</summary>
public sealed class DiscountedOriginsTests
{
    private static readonly Claim Claim = new("c1", "people displaced", Figure.Parse("about 270,000"), "UNHCR");

    private static Finding Supports(params string[] origins) =>
        new("FigureAgreement", FindingOutcome.Supports, "agrees") { Origins = origins };

    private static Finding Discounts(params string[] origins) =>
        new("SourceReliability", FindingOutcome.Note, "discounted") { DiscountedOrigins = origins };

    [Test]
    public void FromFindings_OnlySupportingOriginDiscounted_IsUnverified() =>
        Assert.That(ClaimVerification.FromFindings(Claim, [Supports("rumour mill"), Discounts("rumour mill")]).Verdict, Is.EqualTo(Verdict.Unverified));

    [Test]
    public void FromFindings_DiscountBeforeTheSupport_StillApplies() =>
        Assert.That(ClaimVerification.FromFindings(Claim, [Discounts("rumour mill"), Supports("rumour mill")]).Verdict, Is.EqualTo(Verdict.Unverified));

    [Test]
    public void FromFindings_AnotherOriginStillSupports_IsCorroborated() =>
        Assert.That(ClaimVerification.FromFindings(Claim, [Supports("rumour mill"), Supports("ocha"), Discounts("rumour mill")]).Verdict, Is.EqualTo(Verdict.Corroborated));

    [Test]
    public void FromFindings_DiscountLeavesFewerOriginsThanRequired_IsUnverified() =>
        Assert.That(ClaimVerification.FromFindings(Claim, [Supports("rumour mill", "ocha"), Discounts("rumour mill")], minIndependentOrigins: 2).Verdict, Is.EqualTo(Verdict.Unverified));

    [Test]
    public void FromFindings_DiscountedSourceContradicts_IsStillContested() =>
        Assert.That(ClaimVerification.FromFindings(Claim, [new Finding("FigureAgreement", FindingOutcome.Contradicts, "conflicts") { Origins = ["rumour mill"] }, Discounts("rumour mill")]).Verdict,
            Is.EqualTo(Verdict.Contested));

    [Test]
    public void FromFindings_DiscountedEvidence_StaysListedAsSupporting() =>
        Assert.That(ClaimVerification.FromFindings(Claim, [Supports("rumour mill") with { Evidence = ["e9"] }, Discounts("rumour mill")]).Supporting, Is.EqualTo(new[] { "e9" }));

    [Test]
    public void Equals_FindingsDifferingOnlyInDiscountedOrigins_AreNotEqual() =>
        Assert.That(Discounts("a"), Is.Not.EqualTo(Discounts("b")));
}

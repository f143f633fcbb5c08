using Verification.Claims;
using Verification.Periods;
using Verification.Places;
using Verification.Sources;
using Verification.Validators;
using Verification.Verdicts;
using static Verification.Plugins.SourceReliability.Tests.ClaimBuilder;

namespace Verification.Plugins.SourceReliability.Tests;

public sealed class SourceReliabilityValidatorTests
{
    private static SourceReliabilityValidator Validator(Action<SourceReliabilityOptions>? configure = null)
    {
        var options = new SourceReliabilityOptions();
        options.Grades["UNHCR"] = SourceReliabilityGrade.A;
        options.Grades["OCHA"] = SourceReliabilityGrade.B;
        options.Grades["Provincial council"] = SourceReliabilityGrade.C;
        options.Grades["Anonymous blog"] = SourceReliabilityGrade.D;
        options.Grades["Rumour mill"] = SourceReliabilityGrade.E;
        configure?.Invoke(options);
        return new SourceReliabilityValidator(options);
    }

    private static async Task<IReadOnlyList<Finding>> Validate(Claim claim, Claim[] evidence, Action<SourceReliabilityOptions>? configure = null) =>
        await Validator(configure).ValidateAsync(new ValidationContext(claim, evidence, new VerificationOptions()), CancellationToken.None);

    private static async Task<IReadOnlyList<string>> Discounted(Claim claim, Claim[] evidence, Action<SourceReliabilityOptions>? configure = null) =>
        [.. (await Validate(claim, evidence, configure)).SelectMany(f => f.DiscountedOrigins)];

    [TestCase(SourceReliabilityGrade.A, ExpectedResult = true)]
    [TestCase(SourceReliabilityGrade.C, ExpectedResult = true)]
    [TestCase(SourceReliabilityGrade.D, ExpectedResult = false)]
    [TestCase(SourceReliabilityGrade.E, ExpectedResult = false)]
    [TestCase(SourceReliabilityGrade.F, ExpectedResult = true)]
    public bool Counts_DefaultThresholdC_CountsAToCAndUnjudged(SourceReliabilityGrade grade) => Validator().Counts(grade);

    [Test]
    public void Counts_ThresholdA_DoesNotCountB() =>
        Assert.That(Validator(o => o.Threshold = SourceReliabilityGrade.A).Counts(SourceReliabilityGrade.B), Is.False);

    [Test]
    public void Counts_ThresholdE_CountsE() =>
        Assert.That(Validator(o => o.Threshold = SourceReliabilityGrade.E).Counts(SourceReliabilityGrade.E), Is.True);

    [Test]
    public void Counts_UnjudgedDiscounted_DoesNotCountF() =>
        Assert.That(Validator(o => o.DiscountUnjudged = true).Counts(SourceReliabilityGrade.F), Is.False);

    [Test]
    public void GradeOf_NameInAnotherCaseAndSpacing_FindsTheGrade() =>
        Assert.That(Validator().GradeOf("  rumour   MILL "), Is.EqualTo(SourceReliabilityGrade.E));

    [Test]
    public void GradeOf_SourceNotInTheTable_IsF() =>
        Assert.That(Validator().GradeOf("IOM"), Is.EqualTo(SourceReliabilityGrade.F));

    [Test]
    public async Task ValidateAsync_EvidenceFromASourceBelowTheThreshold_IsDiscounted()
    {
        Assert.That(await Discounted(Claim(), [Reported("e9", "270,000", "Anonymous blog")]), Is.EqualTo(new[] { "anonymous blog" }));
    }

    [Test]
    public async Task ValidateAsync_BodyGradedWithoutJurisdiction_GradesThatBodyOfTheClaimsCountry()
    {
        // "Health Ministry" in the table; the evidence names Iraq's ministry its own way, in a claim about Mosul.
        var findings = await Validate(Claim(), [Reported("e9", "270,000", "Iraqi Ministry of Health")], o => o.Grades["Health Ministry"] = SourceReliabilityGrade.E);
        var discounting = findings.Single(f => f.DiscountedOrigins.Count > 0);

        Assert.That(discounting.Message, Does.StartWith("e9 (iraq health ministry: E"));
    }

    [Test]
    public void GradeOf_BodyWithoutJurisdictionInAPlace_IsTheGradeOfThatCountrysBody()
    {
        var validator = new SourceReliabilityValidator(new SourceReliabilityOptions { Grades = { ["Health Ministry"] = SourceReliabilityGrade.B } });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(validator.GradeOf("yemen health ministry", Place.Parse("Saada, Yemen")), Is.EqualTo(SourceReliabilityGrade.B));
            Assert.That(validator.GradeOf("yemen health ministry", Place.Parse("Mosul, Iraq")), Is.EqualTo(SourceReliabilityGrade.F));
            Assert.That(validator.GradeOf("yemen health ministry"), Is.EqualTo(SourceReliabilityGrade.F));
        }
    }

    [Test]
    public async Task ValidateAsync_EvidenceFromAnUnnamedSourceBelowTheThreshold_IsGradedAndNamedByTheSourcesName()
    {
        var findings = await Validate(Claim(), [Reported("e9", "270,000", "Local sources")], o => o.Grades["local sources"] = SourceReliabilityGrade.E);
        var discounting = findings.Single(f => f.DiscountedOrigins.Count > 0);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(OriginGraph.SourceNameOf(discounting.DiscountedOrigins.Single()), Is.EqualTo("local sources"));
            Assert.That(discounting.Message, Does.StartWith("e9 (local sources: E"));
        }
    }

    [Test]
    public async Task ValidateAsync_EvidenceFromASourceBelowTheThreshold_FindingSaysSo()
    {
        var findings = await Validate(Claim(), [Reported("e9", "270,000", "Anonymous blog"), Reported("e10", "275,000", "Rumour mill")]);

        Assert.That(findings.Single(f => f.DiscountedOrigins.Count > 0), Is.EqualTo(new Finding(SourceReliabilityValidator.ValidatorName, FindingOutcome.Note,
            "e9, e10 (anonymous blog: D (not usually reliable); rumour mill: E (unreliable)) do not count towards corroboration: sources graded below C (fairly reliable) are discounted. A contradiction from such a source still stands.")
        {
            Code = SourceReliabilityValidator.DiscountedCode,
            Evidence = ["e9", "e10"],
            DiscountedOrigins = ["anonymous blog", "rumour mill"],
        }));
    }

    [Test]
    public async Task ValidateAsync_EvidenceAtTheThreshold_IsNotDiscounted()
    {
        Assert.That(await Discounted(Claim(), [Reported("e9", "270,000", "Provincial council")]), Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_UngradedEvidence_IsNotDiscountedByDefault()
    {
        Assert.That(await Discounted(Claim(), [Reported("e9", "270,000", "IOM")]), Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_UngradedEvidenceWhenUnjudgedIsDiscounted_IsDiscountedAndSaysWhy()
    {
        var findings = await Validate(Claim(), [Reported("e9", "270,000", "IOM")], o => o.DiscountUnjudged = true);

        Assert.That(findings.Single(f => f.DiscountedOrigins.Count > 0).Message, Does.Contain("iom: F (reliability cannot be judged)")
            .And.Contain("sources graded below C (fairly reliable), or whose reliability cannot be judged, are discounted"));
    }

    [Test]
    public async Task ValidateAsync_OutletRelayingALowGradedSource_IsGradedByThatOrigin()
    {
        var relayed = Reported("e9", "270,000", "OCHA") with { DerivedFrom = ["Rumour mill"] };

        Assert.That(await Discounted(Claim(), [relayed]), Is.EqualTo(new[] { "rumour mill" }));
    }

    [Test]
    public async Task ValidateAsync_ReliableOutletRelayingAReliableSource_IsNotDiscounted()
    {
        var relayed = Reported("e9", "270,000", "Anonymous blog") with { DerivedFrom = ["OCHA"] };

        Assert.That(await Discounted(Claim(), [relayed]), Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_EchoOfTheClaimsOwnOrigin_IsNotConsidered()
    {
        var echo = Reported("e9", "270,000", "Rumour mill") with { DerivedFrom = ["UNHCR"] };

        Assert.That(await Discounted(Claim(), [echo]), Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_EvidenceElsewhere_IsNotConsidered()
    {
        var elsewhere = Reported("e9", "270,000", "Rumour mill") with { Place = "Raqqa, Syria" };

        Assert.That(await Discounted(Claim(), [elsewhere]), Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_EvidenceAtAnotherTime_IsNotConsidered()
    {
        var earlier = Reported("e9", "270,000", "Rumour mill") with { Period = "2016-10-17/2017-01-10" };

        Assert.That(await Discounted(Claim(), [earlier]), Is.Empty);
    }

    [Test]
    public async Task ValidateAsync_ClaimsSourceInTheTable_NotesItsGrade()
    {
        var findings = await Validate(Claim(), []);

        Assert.That(findings, Is.EqualTo(new[]
        {
            new Finding(SourceReliabilityValidator.ValidatorName, FindingOutcome.Note,
                "Source reliability of the claim: unhcr: A (completely reliable). This grades the source, not the figure, which the other findings judge.")
            {
                Code = SourceReliabilityValidator.ClaimSourcesCode,
            },
        }));
    }

    [Test]
    public async Task ValidateAsync_ClaimsSourceNotInTheTable_FindsNothing()
    {
        Assert.That(await Validate(Claim(source: "IOM"), []), Is.Empty);
    }

    [Test]
    public void Constructor_ThresholdF_Throws()
    {
        Assert.That(() => Validator(o => o.Threshold = SourceReliabilityGrade.F),
            Throws.ArgumentException.With.Message.StartsWith("Invalid source reliability options: Threshold must be a grade from A to E; it was F."));
    }

    [TestCase(SourceReliabilityGrade.A, "A (completely reliable)")]
    [TestCase(SourceReliabilityGrade.B, "B (usually reliable)")]
    [TestCase(SourceReliabilityGrade.C, "C (fairly reliable)")]
    [TestCase(SourceReliabilityGrade.D, "D (not usually reliable)")]
    [TestCase(SourceReliabilityGrade.E, "E (unreliable)")]
    [TestCase(SourceReliabilityGrade.F, "F (reliability cannot be judged)")]
    public void Describe_EachGrade_NamesItOnTheScale(SourceReliabilityGrade grade, string expected) =>
        Assert.That(SourceReliabilityValidator.Describe(grade), Is.EqualTo(expected));
}

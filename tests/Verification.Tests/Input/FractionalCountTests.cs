using System.Globalization;
using System.Text.Json.Nodes;
using Verification.Claims;
using Verification.Engine;
using Verification.Figures;
using Verification.Input;
using Verification.Json;
using Verification.Validators;

namespace Verification.Tests.Input;

/// <summary>A fractional count is flagged, never silently kept (DESIGN §2): rule <c>figure-fractional</c>.</summary>
public sealed class FractionalCountTests
{
    private static readonly ReportRules Rules = new();

    private static IReadOnlyList<ClaimProblem> Check(Claim claim) => Rules.Check(Claims.Report(claim));

    private static IReadOnlyList<ClaimProblem> Read(JsonNode figure, string subject = Claims.Subject, VerificationOptions? options = null)
    {
        using var stream = ClaimsJson.Stream(ClaimsJson.File(ClaimsJson.Claim("c1").With("figure", figure).With("subject", subject)));
        ClaimsFile.TryRead(stream, options, out _, out var problems);
        return problems;
    }

    [Test]
    public void Read_DotGroupedTextWithTheInvariantCulture_IsFigureFractionalSuggestingTheCulture()
    {
        var problems = Read("44.218");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems.Select(p => (p.ClaimId, p.Field, p.Code)), Is.EqualTo(new[] { ((string?)"c1", "figure", "figure-fractional") }));
            Assert.That(problems[0].Message, Does.StartWith("claim 1 (id 'c1'), field 'figure': '44.218' reads as 44.218, not a whole number"));
            Assert.That(problems[0].Message, Does.Contain("culture").And.Contain("--culture de-DE"));
        }
    }

    [Test]
    public void Read_DotGroupedTextWithADotGroupingCulture_IsAWholeCount()
    {
        var options = new VerificationOptions { Figures = new FigureOptions { Culture = new CultureInfo("tr-TR") } };

        Assert.That(Read("44.218", options: options), Is.Empty);
    }

    [Test]
    public void Read_FractionalObjectFigure_IsFigureFractional()
    {
        var problems = Read(new JsonObject { ["low"] = 2.5 });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems.Select(p => (p.ClaimId, p.Field, p.Code)), Is.EqualTo(new[] { ((string?)"c1", "figure", "figure-fractional") }));
            Assert.That(problems[0].Message, Does.Contain("2.5 reads as 2.5, not a whole number").And.Contain("rate or share"));
        }
    }

    [Test]
    public void Read_FractionalHighOfAnObjectFigure_IsFigureFractional()
    {
        Assert.That(Read(new JsonObject { ["low"] = 2, ["high"] = 3.5 }).Select(p => p.Code), Is.EqualTo(new[] { "figure-fractional" }));
    }

    [TestCase("1.5 million")]
    [TestCase("2.3m")]
    [TestCase("1.2345 thousand")]
    [TestCase("12.5%")]
    [TestCase("12.5 per cent")]
    [TestCase("12.5% (95% CI 10.1 to 14.9)")]
    [TestCase("dozens")]
    [TestCase("105")]
    [TestCase("more than 400")]
    [TestCase("$99.95")]
    [TestCase("£12.50")]
    public void Read_FigureWithAScaleOrPercentOrWholeCore_IsAccepted(string figure)
    {
        Assert.That(Read(figure), Is.Empty);
    }

    [TestCase("literacy rate")]
    [TestCase("percent of households displaced")]
    [TestCase("per cent of children enrolled")]
    [TestCase("share of the population")]
    [TestCase("% of homes damaged")]
    [TestCase("deaths per 1,000 people")]
    [TestCase("deaths per capita")]
    [TestCase("average household size")]
    [TestCase("dependency ratio")]
    public void Read_FractionalFigureOfARateOrShare_IsAccepted(string subject)
    {
        Assert.That(Read("2.5", subject), Is.Empty);
    }

    [TestCase("2.5")]
    [TestCase("about 2.5")]
    [TestCase("between 2.5 and 3")]
    [TestCase("at least 0.5")]
    public void Read_FractionalTextFigureOfACount_IsFigureFractional(string figure)
    {
        Assert.That(Read(figure).Select(p => p.Code), Is.EqualTo(new[] { "figure-fractional" }));
    }

    [Test]
    public void Read_FractionalTextNotLikeDotGrouping_DoesNotSuggestTheCulture()
    {
        Assert.That(Read("2.5")[0].Message, Does.Not.Contain("culture"));
    }

    [Test]
    public void Check_ClaimMadeInCodeWithAFractionalCount_IsFigureFractional()
    {
        var claim = Claims.Exact("c1", 44.218);

        Assert.That(Check(claim).Select(p => (p.ClaimId, p.Field, p.Code)), Is.EqualTo(new[] { ((string?)"c1", "figure", "figure-fractional") }));
    }

    [Test]
    public void ClaimRules_FractionalCount_FailsOnFigure()
    {
        var result = new ClaimRules().Validate(Claims.Exact("c1", 2.5));

        Assert.That(result.Errors.Select(e => (e.PropertyName, e.ErrorCode)), Is.EqualTo(new[] { ("figure", "figure-fractional") }));
    }

    [Test]
    public async Task VerifyAsync_FractionalCount_IsRejectedBeforeAnythingIsVerified()
    {
        var verifier = new ClaimVerifier([], [], Microsoft.Extensions.Options.Options.Create(new VerificationOptions()));

        var exception = await Assert.ThrowsAsync<InvalidClaimsException>(() => verifier.VerifyAsync(Claims.Report(Claims.Exact("c1", 2.5))));

        Assert.That(exception!.Problems.Select(p => p.Code), Is.EqualTo(new[] { "figure-fractional" }));
    }

    [TestCase("1.234.567")]
    [TestCase("1,5 million")]
    [TestCase("between 1,5 and 2,25 million")]
    public void Read_TextUnreadableWithTheInvariantCultureButLikeAnother_IsFigureUnreadableSuggestingTheCulture(string figure)
    {
        var problems = Read(figure);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems.Select(p => p.Code), Is.EqualTo(new[] { "figure-unreadable" }));
            Assert.That(problems[0].Message, Does.Contain("--culture de-DE"));
        }
    }

    [TestCase("many")]
    [TestCase("12 apples")]
    public void Read_UnreadableTextUnlikeAnotherCulture_DoesNotSuggestTheCulture(string figure)
    {
        Assert.That(Read(figure)[0].Message, Does.Not.Contain("culture"));
    }

    [TestCase("44.218", ExpectedResult = true)]
    [TestCase("1.234.567", ExpectedResult = true)]
    [TestCase("about 44.218 people", ExpectedResult = true)]
    [TestCase("44.2", ExpectedResult = false)]
    [TestCase("44.2181", ExpectedResult = false)]
    [TestCase(".218", ExpectedResult = false)]
    public bool LooksLikeDotGrouping_ThreeDigitsAfterAFullStop(string text) => FractionalCount.LooksLikeDotGrouping(text);
}

using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Validators;

public sealed class ReportFlagValidatorTests
{
    private static readonly ReportFlagValidator Validator = new();

    [Test]
    public void Name_IsReportFlag()
    {
        Assert.That(Validator.Name, Is.EqualTo("ReportFlag"));
    }

    [Test]
    public void Validate_ClaimFlaggedByItsReport_Contradicts()
    {
        var findings = Contexts.Run(Validator, Contexts.For(Claims.Of("c1", "at least 440", source: "Airwars", contested: true)));

        Assert.That(findings.Select(f => f.Outcome), Is.EqualTo(new[] { FindingOutcome.Contradicts }));
    }

    [Test]
    public void Validate_FlaggedClaim_MessageNamesTheSourceAndOutlet()
    {
        var claim = Claims.Of("c1", "at least 440", source: "Airwars", contested: true) with { ReportedIn = "The Independent" };

        var finding = Contexts.Run(Validator, Contexts.For(claim)).Single();

        Assert.That(finding.Message, Does.Contain("Airwars").And.Contain("(The Independent)").And.Contain("contested"));
    }

    [Test]
    public void Validate_UnflaggedClaim_FindsNothing()
    {
        var findings = Contexts.Run(Validator, Contexts.For(Claims.Of("c1"), Claims.Of("e1", "61", source: "IOM")));

        Assert.That(findings, Is.Empty);
    }
}

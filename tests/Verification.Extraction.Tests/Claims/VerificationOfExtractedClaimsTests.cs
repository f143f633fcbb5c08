using Microsoft.Extensions.DependencyInjection;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Extraction.Tests.TestSupport;
using Verification.Plugins.Displacement;
using Verification.Verdicts;

namespace Verification.Extraction.Tests.Claims;

/// <summary>Claims read from the bundled article go through the engine and its plugins as written claims do.</summary>
[TestFixture]
public sealed class VerificationOfExtractedClaimsTests
{
    private static async Task<ReportVerification> VerifyReportAsync(Action<IVerificationBuilder> configure)
    {
        var text = await File.ReadAllTextAsync(Repository.File("docs", "examples", "mosul-2017", "report.txt").FullName);
        var report = Extract.Claims(text, outlet: "Example outlet").ToReport();
        await using var provider = new ServiceCollection()
            .AddVerification(v => configure(v.AddEvidenceFile(Repository.File("docs", "examples", "mosul-2017", "evidence.json").FullName)))
            .BuildServiceProvider();
        return await provider.GetRequiredService<IClaimVerifier>().VerifyAsync(report);
    }

    [Test]
    public async Task Verify_ExtractedDisplacedFigure_IsConsistentWithFledMinusReturned()
    {
        var result = await VerifyReportAsync(v => v.AddDisplacement());

        var displaced = result.Claims.Single(c => c.Claim.Subject.Text == "people displaced");

        Assert.That(displaced.Findings.Where(f => f.Validator == "Displacement").Select(f => f.Outcome), Does.Contain(FindingOutcome.Note).And.No.Contain(FindingOutcome.Contradicts));
    }

    [Test]
    public async Task Verify_ExtractedClaims_ContestTheAirwarsFigureAndCorroborateTheDisplacedFigure()
    {
        var result = await VerifyReportAsync(_ => { });

        var verdicts = result.Claims.ToDictionary(c => c.Claim.Subject.Text, c => c.Verdict);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdicts["civilians killed"], Is.EqualTo(Verdict.Contested));
            Assert.That(verdicts["people displaced"], Is.EqualTo(Verdict.Corroborated));
        }
    }
}

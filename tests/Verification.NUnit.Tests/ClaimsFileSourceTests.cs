using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using Verification.Claims;

namespace Verification.NUnit.Tests;

public sealed class ClaimsFileSourceTests
{
    [ClaimsFileSource(Mosul.ClaimsFile)]
    public void ClaimsFileSource_ExampleClaim_HasItsDocumentedVerdict(Claim claim)
    {
        Assert.That(claim, new VerdictConstraint(Mosul.Verdicts[claim.Id]).By(Mosul.Verifier));
    }

    [ClaimsFileSource(Mosul.ClaimsFile)]
    public void ClaimsFileSource_ClaimAndReport_PassesTheClaimsReport(Claim claim, Report report)
    {
        Assert.That(report.Id, Is.EqualTo("mosul-air-raids-2017-03-25"));
        Assert.That(report.Claims, Does.Contain(claim));
    }

    [TestCaseSource(typeof(ClaimTestCases), nameof(ClaimTestCases.FromFile), new object[] { Mosul.ClaimsFile })]
    public void FromFile_AsTestCaseSource_GivesEachClaim(Claim claim)
    {
        Assert.That(Mosul.Verdicts.Keys, Does.Contain(claim.Id));
    }

    [Test]
    public void BuildFrom_ExampleFile_MakesOneRunnableTestPerClaimNamedByItsId()
    {
        var tests = Build(new ClaimsFileSourceAttribute(Mosul.ClaimsFile), nameof(ClaimsFileSource_ExampleClaim_HasItsDocumentedVerdict));

        Assert.That(tests.Select(t => t.Name), Is.EqualTo(Mosul.Verdicts.Keys.Select(id => $"{nameof(ClaimsFileSource_ExampleClaim_HasItsDocumentedVerdict)}({id})")));
        Assert.That(tests.Select(t => t.RunState), Is.All.EqualTo(RunState.Runnable));
        Assert.That(tests[3].Properties.Get(ClaimTestCases.ClaimIdProperty), Is.EqualTo("m4"));
        Assert.That(tests[3].Properties.Get(PropertyNames.Description), Does.StartWith("m4: 'dozens' (24–99) civilians killed"));
    }

    [Test]
    public void BuildFrom_AbsolutePath_ReadsIt()
    {
        var tests = Build(new ClaimsFileSourceAttribute(Mosul.ClaimsPath), nameof(ClaimsFileSource_ExampleClaim_HasItsDocumentedVerdict));

        Assert.That(tests, Has.Count.EqualTo(6));
    }

    [Test]
    public void BuildFrom_MissingFile_MakesOneTestThatIsNotRunnable()
    {
        var tests = Build(new ClaimsFileSourceAttribute("no-such-claims.json"), nameof(ClaimsFileSource_ExampleClaim_HasItsDocumentedVerdict));

        Assert.That(tests, Has.Count.EqualTo(1));
        Assert.That(tests[0].RunState, Is.EqualTo(RunState.NotRunnable));
        Assert.That(tests[0].Properties.Get(PropertyNames.SkipReason), Does.Contain("no-such-claims.json"));
    }

    [Test]
    public void BuildFrom_InvalidFile_NotRunnableTestListsEveryProblem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claims-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "claims": [ { "id": "c1", "subject": "", "source": "UNHCR" }, { "id": "c2", "subject": "people", "source": "" } ] }""");
        try
        {
            var tests = Build(new ClaimsFileSourceAttribute(path), nameof(ClaimsFileSource_ExampleClaim_HasItsDocumentedVerdict));

            var reason = (string?)tests[0].Properties.Get(PropertyNames.SkipReason);
            Assert.That(tests[0].RunState, Is.EqualTo(RunState.NotRunnable));
            Assert.That(reason, Does.Contain("'c1'").And.Contain("'c2'"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void FromFile_MissingFile_Throws()
    {
        Assert.That(() => ClaimTestCases.FromFile("no-such-claims.json"), Throws.Exception.AssignableTo<IOException>());
    }

    [Test]
    public void FromReport_TwoClaims_ShowsIdsAsArguments()
    {
        var report = new Testing.ReportBuilder().WithClaim(c => c.WithFigure("10")).WithClaim(c => c.WithFigure("20")).Build();

        var cases = ClaimTestCases.FromReport(report).ToList();

        Assert.That(cases.Select(c => c.ArgDisplayNames!.Single()), Is.EqualTo(new[] { "c1", "c2" }));
        Assert.That(cases.Select(c => c.Arguments.Single()), Is.EqualTo(report.Claims));
    }

    private static List<TestMethod> Build(ClaimsFileSourceAttribute source, string methodName) =>
        [.. source.BuildFrom(new MethodWrapper(typeof(ClaimsFileSourceTests), methodName), null)];
}

using Verification.Claims;
using Verification.Input;
using Verification.Periods;
using Verification.Subjects;
namespace Verification.Tests.Input;

public sealed class ReportRulesTests
{
    private static readonly ReportRules Rules = new();

    private static IEnumerable<(string? ClaimId, string Field, string Code)> Check(Report report) =>
        Rules.Check(report).Select(p => (p.ClaimId, p.Field, p.Code));

    [Test]
    public void Check_ValidReport_FindsNothing()
    {
        Assert.That(Rules.Check(Claims.Report(Claims.Of("c1"), Claims.Of("c2"))), Is.Empty);
    }

    [Test]
    public void Check_EmptyId_IsIdMissingLabelledByPosition()
    {
        var problems = Check(Claims.Report(Claims.Of("c1"), Claims.Of(" ")));

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"#2", "id", "id-missing") }));
    }

    [Test]
    public void Check_DuplicateId_IsIdDuplicate()
    {
        var problems = Check(Claims.Report(Claims.Of("c1"), Claims.Of("c1")));

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"c1", "id", "id-duplicate") }));
    }

    [Test]
    public void Check_IdUsedThreeTimes_IsReportedForEachRepeat()
    {
        var problems = Check(Claims.Report(Claims.Of("c1"), Claims.Of("c1"), Claims.Of("c1")));

        Assert.That(problems.Count(p => p.Code == "id-duplicate"), Is.EqualTo(2));
    }

    [Test]
    public void Check_EmptySubject_IsSubjectMissing()
    {
        var problems = Check(Claims.Report(Claims.Of("c1", subject: "the")));

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"c1", "subject", "subject-missing") }));
    }

    [Test]
    public void Check_EmptySource_IsSourceMissing()
    {
        var problems = Check(Claims.Report(Claims.Of("c1", source: "")));

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"c1", "source", "source-missing") }));
    }

    [Test]
    public void Check_EmptyDerivedFromName_IsDerivedFromEmpty()
    {
        var problems = Check(Claims.Report(Claims.Of("c1", derivedFrom: ["UNHCR", " "])));

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"c1", "derivedFrom", "derived-from-empty") }));
    }

    [Test]
    public void Check_PeriodEndingAfterPublication_IsPeriodAfterPublication()
    {
        var problems = Check(Claims.Report(Claims.Of("c1", period: "2017-03-20/2017-03-26")));

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"c1", "period", "period-after-publication") }));
    }

    [Test]
    public void Check_PeriodEndingOnPublicationDay_IsAccepted()
    {
        Assert.That(Rules.Check(Claims.Report(Claims.Of("c1", period: "2017-03-25"))), Is.Empty);
    }

    [Test]
    public void Check_ReportWithoutPublicationDate_DoesNotCheckPeriods()
    {
        var report = Claims.Report(Claims.Of("c1", period: "2030")) with { Published = null };

        Assert.That(Rules.Check(report), Is.Empty);
    }

    [Test]
    public void Check_ClaimBreakingSeveralRules_ListsEveryProblem()
    {
        var problems = Check(Claims.Report(Claims.Of("", subject: "", source: "", period: "2018")));

        Assert.That(problems, Is.EquivalentTo(new[]
        {
            ((string?)"#1", "id", "id-missing"),
            ("#1", "subject", "subject-missing"),
            ("#1", "source", "source-missing"),
            ("#1", "period", "period-after-publication"),
        }));
    }

    [Test]
    public void Check_ProblemsOfSeveralClaims_AreInClaimOrder()
    {
        var problems = Check(Claims.Report(Claims.Of("c1"), Claims.Of("c1"), Claims.Of("c3", source: "")));

        Assert.That(problems, Is.EqualTo(new[]
        {
            ((string?)"c1", "id", "id-duplicate"),
            ("c3", "source", "source-missing"),
        }));
    }

    [Test]
    public void Check_Message_NamesClaimAndField()
    {
        var problem = Rules.Check(Claims.Report(Claims.Of("c1", source: ""))).Single();

        Assert.That(problem.Message, Does.StartWith("claim 1 (id 'c1'), field 'source':"));
    }

    [Test]
    public void Check_PeriodProblem_MessageGivesBothDates()
    {
        var problem = Rules.Check(Claims.Report(Claims.Of("c1", period: "2017-04-02"))).Single();

        Assert.That(problem.Message, Does.Contain("2017-04-02").And.Contain("2017-03-25"));
    }

    [Test]
    public void EnsureValid_ValidReport_DoesNotThrow()
    {
        Assert.That(() => Rules.EnsureValid(Claims.Report(Claims.Of("c1"))), Throws.Nothing);
    }

    [Test]
    public void EnsureValid_InvalidReport_ThrowsWithEveryProblemAndTheReportId()
    {
        var report = Claims.Report(Claims.Of("c1", source: ""), Claims.Of("c2", subject: ""));

        var e = Assert.Throws<InvalidClaimsException>(() => Rules.EnsureValid(report))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(e.Problems.Select(p => p.Code), Is.EqualTo(new[] { "source-missing", "subject-missing" }));
            Assert.That(e.InputSource, Is.EqualTo("r1"));
            Assert.That(e.Message, Does.Contain("2 problems").And.Contain("claim 1 (id 'c1'), field 'source'").And.Contain("claim 2 (id 'c2'), field 'subject'"));
        }
    }

    [Test]
    public void Validate_AsAFluentValidationValidator_ReportsDuplicateIds()
    {
        var result = Rules.Validate(Claims.Report(Claims.Of("c1"), Claims.Of("c1")));

        Assert.That(result.Errors.Select(e => e.ErrorCode), Is.EqualTo(new[] { "id-duplicate" }));
    }

    [Test]
    public void ClaimRules_WithoutContextData_CheckFieldsButNotThePeriod()
    {
        var result = new ClaimRules().Validate(Claims.Of("c1", source: "", period: "2030"));

        Assert.That(result.Errors.Select(e => e.ErrorCode), Is.EqualTo(new[] { "source-missing" }));
    }

    [Test]
    public void Check_LongReport_ListsProblemsInClaimOrder()
    {
        // Problems far apart in a long report, and a duplicate id found only near the end.
        const int n = 10_000;
        var claims = Claims.Many(n);
        foreach (var i in new[] { n - 1, 5_000, 0, 4_999 })
        {
            claims[i] = claims[i] with { Source = "" };
        }

        claims[n - 2] = claims[n - 2] with { Id = "c0", Subject = new Subject("the") };

        var problems = Check(Claims.Report(claims));

        Assert.That(problems, Is.EqualTo(new[]
        {
            ((string?)"c0", "source", "source-missing"),
            ("c4999", "source", "source-missing"),
            ("c5000", "source", "source-missing"),
            ("c0", "subject", "subject-missing"),
            ("c0", "id", "id-duplicate"),
            ($"c{n - 1}", "source", "source-missing"),
        }));
    }

    [Test]
    public void Check_DuplicateId_MessageNamesBothPositions()
    {
        var problem = Rules.Check(Claims.Report(Claims.Of("c1"), Claims.Of("c2"), Claims.Of("c1"))).Single();

        Assert.That(problem.Message, Is.EqualTo("claim 3 (id 'c1'), field 'id': the id is used again by claim #3; it was first used by claim #1."));
    }

    [Test]
    public void Check_LongReport_FindsWhatItsPartsFindAlone()
    {
        // A long report lists the problems its claims have when checked in short reports.
        var claims = Claims.Many(10_007);
        for (var i = 0; i < claims.Length; i += 97)
        {
            claims[i] = claims[i] with { Subject = new Subject("the"), Period = i % 2 == 0 ? Period.Parse("2018") : null };
        }

        var whole = Check(Claims.Report(claims)).ToList();
        var parts = claims.Chunk(1000).SelectMany(part => Check(Claims.Report(part)));

        Assert.That(whole, Is.EqualTo(parts).And.Count.GreaterThan(100));
    }

    [Test]
    public void Check_NullClaim_ThrowsNamingItsPosition()
    {
        var claims = Claims.Many(3);
        claims[1] = null!;

        Assert.That(() => Rules.Check(Claims.Report(claims)), Throws.ArgumentException.With.Message.Contains("claim #2 is null"));
    }

    [Test]
    public void ClaimRules_WithContextData_FindTheSameProblemsAsReportRules()
    {
        // The same rules, applied claim by claim through a validator of their own.
        var claim = Claims.Of("c1", subject: "the", source: " ", period: "2018", derivedFrom: [""]);
        var context = new FluentValidation.ValidationContext<Claim>(claim);
        context.RootContextData[ClaimRules.PublishedKey] = new DateOnly(2017, 3, 25);
        context.RootContextData[ClaimRules.IndexKey] = 0;

        var byClaim = new ClaimRules().Validate(context).Errors.Select(e => (e.ErrorCode, e.ErrorMessage)).ToList();
        var byReport = Rules.Check(Claims.Report(claim)).Select(p => (p.Code, p.Message)).ToList();

        Assert.That(byClaim, Is.EqualTo(byReport).And.Count.EqualTo(4));
    }
}

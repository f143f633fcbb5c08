using Verification.Claims;
using Verification.Input;
namespace Verification.Tests.Json;

/// <summary>What a claims file must not leave to interpretation: keys given twice, numbers out of range.</summary>
public sealed class ClaimsFileStrictnessTests
{
    private const string Claim = """{ "id": "c1", "subject": "people displaced", "figure": "about 270,000", "place": "Mosul, Iraq", "period": "2017-03-20", "source": "UNHCR" }""";

    private static string File(string claims) => $$"""{ "report": { "id": "r1", "published": "2017-03-25" }, "claims": [ {{claims}} ] }""";

    private static string ClaimWith(string fields) => Claim[..^1] + ", " + fields + " }";

    private static IEnumerable<(string? ClaimId, string Field, string Code)> ProblemsOf(string json) =>
        ClaimsJson.Problems(json).Select(p => (p.ClaimId, p.Field, p.Code));

    // --- keys given twice ---

    [Test]
    public void Read_ClaimsArrayGivenTwice_IsKeyDuplicate()
    {
        var json = $$"""{ "claims": [ {{Claim}} ], "claims": [] }""";

        Assert.That(ProblemsOf(json), Is.EqualTo(new[] { ((string?)null, "claims", "key-duplicate") }));
    }

    [Test]
    public void Read_ClaimIdGivenTwice_IsKeyDuplicateOfTheClaim()
    {
        var json = File(ClaimWith("\"id\": \"c2\""));

        Assert.That(ProblemsOf(json).Select(p => (p.Field, p.Code)), Is.EqualTo(new[] { ("id", "key-duplicate") }));
    }

    [Test]
    public void Read_ClaimIdGivenTwice_IsRejectedRatherThanReadAsEitherValue()
    {
        var json = File(ClaimWith("\"id\": \"c2\""));

        Assert.That(() => ClaimsJson.Read(json), Throws.TypeOf<InvalidClaimsException>());
    }

    [Test]
    public void Read_FigureLowGivenTwice_IsKeyDuplicateOfFigureLow()
    {
        var json = File(Claim.Replace("\"about 270,000\"", """{ "low": 105, "low": 5 }""", StringComparison.Ordinal));

        Assert.That(ProblemsOf(json).Select(p => (p.Field, p.Code)), Is.EqualTo(new[] { ("figure.low", "key-duplicate") }));
    }

    [Test]
    public void Read_ReportFieldGivenTwice_IsKeyDuplicateOfTheReportField()
    {
        var json = $$"""{ "report": { "id": "r1", "published": "2017-03-25", "published": "2017-03-26" }, "claims": [ {{Claim}} ] }""";

        Assert.That(ProblemsOf(json), Is.EqualTo(new[] { ((string?)null, "report.published", "key-duplicate") }));
    }

    [Test]
    public void Read_KeyGivenTwiceInsideUnknownField_IsKeyDuplicateWithItsPath()
    {
        var json = File(ClaimWith("""
            "notes": [ { "by": "desk" }, { "by": "desk", "by": "editor" } ]
            """));

        Assert.That(ProblemsOf(json).Select(p => (p.Field, p.Code)), Is.EqualTo(new[] { ("notes[1].by", "key-duplicate") }));
    }

    [Test]
    public void Read_SameKeyInTwoClaims_IsNoProblem()
    {
        var json = File(Claim + ", " + Claim.Replace("\"c1\"", "\"c2\"", StringComparison.Ordinal));

        Assert.That(ClaimsJson.Problems(json), Is.Empty);
    }

    // --- numbers out of range ---

    [TestCase("low", "1e400")]
    [TestCase("low", "1e309")]
    [TestCase("high", "1e309")]
    [TestCase("high", "-1e309")]
    public void Read_FigureBoundBeyondTheLargestNumber_IsNumberNotFinite(string bound, string number)
    {
        var figure = bound == "low" ? $$"""{ "low": {{number}} }""" : $$"""{ "low": 105, "high": {{number}} }""";
        var json = File(Claim.Replace("\"about 270,000\"", figure, StringComparison.Ordinal));

        Assert.That(ProblemsOf(json).Select(p => (p.Field, p.Code)), Is.EqualTo(new[] { ($"figure.{bound}", "number-not-finite") }));
    }

    [Test]
    public void Read_HighBeyondTheLargestNumber_IsNotReadAsNoUpperBound()
    {
        var json = File(Claim.Replace("\"about 270,000\"", """{ "low": 105, "high": 1e309 }""", StringComparison.Ordinal));

        Assert.That(() => ClaimsJson.Read(json), Throws.TypeOf<InvalidClaimsException>());
    }

    [Test]
    public void Read_LargeFiniteHigh_IsThatBound()
    {
        var json = File(Claim.Replace("\"about 270,000\"", """{ "low": 105, "high": 1e300 }""", StringComparison.Ordinal));

        Assert.That(ClaimsJson.Read(json).Claims[0].Figure!.High, Is.EqualTo(1e300));
    }

    // --- long values ---

    [TestCase("figure")]
    [TestCase("place")]
    [TestCase("period")]
    [TestCase("measure")]
    [TestCase("coverage")]
    public void Read_HugeUnreadableValue_IsQuotedCutWithAnEllipsis(string field)
    {
        // Ends with empty names, so that it is no place either.
        var value = "x" + new string('9', 1024 * 1024) + ", ,";
        var claim = ClaimsJson.Claim().With(field, value);

        var problem = ClaimsJson.Problems(ClaimsJson.File(claim)).Single(p => p.Field == field);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.Message, Has.Length.LessThan(600));
            Assert.That(problem.Message, Does.Contain("'x999").And.Contain("…'"));
        }
    }

    [Test]
    public void Read_HugeNegativeFigure_IsQuotedCut()
    {
        var problem = ClaimsJson.Problems(ClaimsJson.File(ClaimsJson.Claim().With("figure", "-" + new string('1', 100_000)))).Single();

        Assert.That(problem.Message, Has.Length.LessThan(300).And.Contain("…"));
    }

    [Test]
    public void Read_HugeNumberOutOfRange_IsQuotedCut()
    {
        var json = File(Claim.Replace("\"about 270,000\"", $$"""{ "low": 1{{new string('0', 100_000)}} }""", StringComparison.Ordinal));

        var problem = ClaimsJson.Problems(json).Single();

        Assert.That(problem.Message, Has.Length.LessThan(300).And.Contain("…"));
    }

    [Test]
    public void Read_ShortUnreadableValue_IsQuotedWhole()
    {
        var problem = ClaimsJson.Problems(ClaimsJson.File(ClaimsJson.Claim().With("place", ","))).Single();

        Assert.That(problem.Message, Does.Contain("',' is not a place").And.Not.Contain("…"));
    }
}

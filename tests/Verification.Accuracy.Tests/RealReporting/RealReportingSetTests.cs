using System.Globalization;

namespace Verification.Accuracy.Tests.RealReporting;

/// <summary>The event files: well formed, and enough of them.</summary>
[TestFixture]
public sealed class RealReportingSetTests
{
    [Test]
    public void EventFiles_AreAllValid()
    {
        var set = RealReportingSet.Current;

        Assert.That(set.Files, Is.Not.Empty, "no event file was copied beside the tests");
        Assert.That(set.Problems, Is.Empty, string.Join("\n", set.Problems));
    }

    [Test]
    public void EventFiles_HoldAtLeastTheFloorOfEventsAndClaims()
    {
        var set = RealReportingSet.Current;
        var claims = set.Events.Sum(e => e.Claims.Count);
        var pairs = set.Events.SelectMany(e => e.Pairs).ToList();
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{set.Events.Count} events, {claims} claims, {pairs.Count} pairs (floors: {RealReportingSet.MinEvents} events, {RealReportingSet.MinClaims} claims)"));
        foreach (var j in Judgements.All)
        {
            var n = pairs.Count(p => p.Judgement == j);
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Judgements.Text(j)}: {n} ({(pairs.Count == 0 ? 0 : (double)n / pairs.Count):P0})"));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(set.Events, Has.Count.GreaterThanOrEqualTo(RealReportingSet.MinEvents));
            Assert.That(claims, Is.GreaterThanOrEqualTo(RealReportingSet.MinClaims));
        }
    }

    [Test]
    public void Load_FileWithBrokenPairAndClaim_ListsEveryProblem()
    {
        var directory = Directory.CreateTempSubdirectory("real-reporting-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "broken.json"), """
                { "event": { "id": "broken", "title": "t", "kind": "conflict", "countries": ["X"] },
                  "claims": [
                    { "id": "br-01", "subject": "people killed", "figure": "at least 12", "place": "X", "period": "2020-01-02",
                      "source": "A", "reportedIn": "O", "quote": "q", "url": "https://example.org/a", "published": "2020-01-03",
                      "expected": "maybe" },
                    { "id": "br-02", "subject": "people killed", "figure": "twelve-ish", "place": "X", "period": "2020-01-02",
                      "source": "B", "reportedIn": "O", "quote": "q", "url": "https://example.org/b", "published": "2020-01-03",
                      "expected": "unverified", "measure": "incident" } ],
                  "pairs": [ { "claim": "br-01", "evidence": "br-03", "judgement": "agrees", "why": "w" } ] }
                """);

            var set = RealReportingSet.Load(directory.FullName);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(set.Events, Is.Empty);
                Assert.That(set.Problems, Has.Some.Contains("'br-01', field 'expected'"));
                Assert.That(set.Problems, Has.Some.Contains("'br-02', field 'measure'"));
                Assert.That(set.Problems, Has.Some.Contains("br-02").And.Contains("figure"));
                Assert.That(set.Problems, Has.Some.Contains("field 'evidence'"));
                Assert.That(set.Problems, Has.Some.Contains("field 'judgement'"));
            }
        }
        finally
        {
            directory.Delete(true);
        }
    }

    [Test]
    public void Load_FigureGivenAsInterval_IsReadWithItsText()
    {
        var directory = Directory.CreateTempSubdirectory("real-reporting-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "interval.json"), """
                { "event": { "id": "interval", "title": "t", "kind": "conflict", "countries": ["X"] },
                  "claims": [
                    { "id": "iv-01", "subject": "people killed", "figure": { "low": 58, "text": "58 at least" }, "place": "X",
                      "period": "2020-01-02", "source": "A", "reportedIn": "O", "quote": "q", "url": "https://example.org/a",
                      "published": "2020-01-03", "expected": "unverified" } ],
                  "pairs": [] }
                """);

            var set = RealReportingSet.Load(directory.FullName);

            Assert.That(set.Problems, Is.Empty, string.Join("\n", set.Problems));
            var figure = set.Events.Single().Claims.Single().Figure!;
            using (Assert.EnterMultipleScope())
            {
                Assert.That(figure.Low, Is.EqualTo(58));
                Assert.That(figure.High, Is.EqualTo(double.PositiveInfinity));
                Assert.That(figure.ToString(), Is.EqualTo("58 at least"));
            }
        }
        finally
        {
            directory.Delete(true);
        }
    }
}

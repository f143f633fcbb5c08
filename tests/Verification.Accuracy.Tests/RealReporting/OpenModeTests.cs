using System.Text;
using Verification.Verdicts;

namespace Verification.Accuracy.Tests.RealReporting;

/// <summary>Open mode: each claim against all the other claims of its event, as a newsroom checks a story.</summary>
[TestFixture]
public sealed class OpenModeTests
{
    /// <summary>A guard just under the share of verdicts the rules reach today in open mode.</summary>
    public const double AccuracyFloor = 0.85;

    [Test]
    public async Task OpenMode_EveryClaim_GetsAVerdictAtTheFloor()
    {
        var set = RealReportingSet.Current;
        var outcomes = await RealReportingRun.CurrentOpen;
        var table = new ConfusionTable<Verdict, Verdict>(Judgements.Verdicts, Judgements.Verdicts, Judgements.Text, Judgements.Text, (a, p) => a == p);
        foreach (var o in outcomes)
        {
            table.Add(o.Expected, o.Result.Verdict);
        }

        TestContext.Out.WriteLine("Open mode (rows: expected verdict; columns: the engine's verdict)");
        TestContext.Out.WriteLine(table.ToString());
        TestContext.Out.WriteLine(RealReportingRun.LeftOut(RealReportingSet.Current));
        TestContext.Out.WriteLine(Misses(outcomes));

        var claims = set.Events.SelectMany(e => e.Claims.Select(c => c.Id)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes.Select(o => o.Result.Claim.Id), Is.EqualTo(claims), "one result per claim, in set order");
            Assert.That(outcomes.Select(o => o.Result.Verdict), Has.All.AnyOf(Verdict.Corroborated, Verdict.Contested, Verdict.Unverified));
            Assert.That(table.Accuracy, Is.GreaterThanOrEqualTo(AccuracyFloor), $"{table.Right} of {table.Total} verdicts as expected");
        }
    }

    private static string Misses(IEnumerable<OpenOutcome> outcomes)
    {
        var text = new StringBuilder();
        foreach (var o in outcomes.Where(o => !o.IsRight))
        {
            text.Append("miss ").Append(o.Result.Claim.Id)
                .Append(": expected ").Append(Judgements.Text(o.Expected))
                .Append(", verdict ").Append(Judgements.Text(o.Result.Verdict)).Append('\n')
                .Append("    claim: ").Append(RealReportingRun.Describe(o.Result.Claim)).Append('\n')
                .Append("    findings:\n").Append(RealReportingRun.Findings(o.Result));
        }

        return text.Length == 0 ? "no misses" : text.ToString();
    }
}

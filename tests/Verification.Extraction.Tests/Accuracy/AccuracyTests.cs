using System.Globalization;
using System.Text;

namespace Verification.Extraction.Tests.Accuracy;

/// <summary>The public accuracy suite: every case of Accuracy/Cases as a test, and precision and recall per category.</summary>
[TestFixture]
public sealed class AccuracyTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        AccuracyCase.All.Where(c => !c.KnownGap).Select(c => new TestCaseData(c).SetName($"Extract_{c.Category}_{c}").SetDescription(c.Text));

    [TestCaseSource(nameof(Cases))]
    public void Extract_NewsPhrasing_FindsExactlyTheExpected(AccuracyCase c)
    {
        var found = AccuracyScorer.Found(c);

        Assert.That(Describe(found), Is.EquivalentTo(Describe(c.Expected)), c.Text);
    }

    [Test]
    public void AccuracySuite_HasAtLeast300Cases()
    {
        Assert.That(AccuracyCase.All, Has.Count.GreaterThanOrEqualTo(300));
    }

    [Test]
    public void AccuracySuite_PrecisionAndRecallPerCategory_StayAboveFloor()
    {
        var report = new StringBuilder("| category | cases | expected | found | correct | precision | recall |\n|---|---|---|---|---|---|---|\n");
        var floors = new List<(string Category, double Precision, double Recall)>();
        foreach (var category in AccuracyCase.Categories)
        {
            var cases = AccuracyCase.All.Where(c => c.Category == category).ToList();
            int expected = 0, found = 0, correct = 0;
            foreach (var c in cases)
            {
                var f = AccuracyScorer.Found(c);
                expected += c.Expected.Count;
                found += f.Count;
                correct += AccuracyScorer.TruePositives(c.Expected, f);
            }

            var precision = found == 0 ? 1 : (double)correct / found;
            var recall = expected == 0 ? 1 : (double)correct / expected;
            floors.Add((category, precision, recall));
            report.Append(CultureInfo.InvariantCulture, $"| {category} | {cases.Count} | {expected} | {found} | {correct} | {precision:P1} | {recall:P1} |\n");
        }

        TestContext.Out.WriteLine(report.ToString());
        Assert.That(floors, Has.All.Matches<(string Category, double Precision, double Recall)>(x => x.Precision >= 0.9 && x.Recall >= 0.9), report.ToString());
    }

    private static List<string> Describe(IEnumerable<KeyValuePair<string, string>> pairs) =>
        [.. pairs.Select(p => p.Value.Length == 0 ? p.Key : $"{p.Key} = {p.Value}")];
}

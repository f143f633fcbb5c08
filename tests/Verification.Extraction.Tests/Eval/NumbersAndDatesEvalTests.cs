using System.Globalization;
using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Eval;

/// <summary>The numbers-and-dates evaluation (Eval/Cases/numbers-and-dates.json): sentences written around real
/// figures and dates, each with the numbers and periods the annotator should read; every case must be read, and
/// the misses are listed when one is not.</summary>
[TestFixture]
public sealed class NumbersAndDatesEvalTests
{
    [Test]
    public void Annotate_NumbersAndDatesEval_ReadsEveryCase()
    {
        var json = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Eval", "Cases", "numbers-and-dates.json"));

        var result = NumbersEval.Run(json, new TextAnnotator(), Extract.Published);

        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"items matched: {result.ItemsMatched}/{result.Items} ({(double)result.ItemsMatched / result.Items:P1}); expectations met: {result.ExpectedMatched}/{result.Expected} ({(double)result.ExpectedMatched / result.Expected:P1})"));
        foreach (var miss in result.Misses)
        {
            TestContext.Out.WriteLine("miss: " + miss);
        }

        Assert.That(result.Misses, Is.Empty);
    }
}

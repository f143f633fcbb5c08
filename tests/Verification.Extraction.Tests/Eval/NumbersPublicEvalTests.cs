using System.Globalization;
using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Eval;

/// <summary>The public numbers evaluation (shared/eval/numbers-public.json): the share of items and of expected numbers
/// the annotator finds, reported and held above a floor.</summary>
[TestFixture]
public sealed class NumbersPublicEvalTests
{
    [Test]
    public void Annotate_NumbersPublicEval_MatchesAtLeastFourFifthsOfItems()
    {
        var file = Repository.Shared("eval", "numbers-public.json");
        if (file is null)
        {
            Assert.Ignore("shared/eval/numbers-public.json was not found beside the repository (expected ../shared/eval); the public evaluation needs it.");
        }

        var result = NumbersEval.Run(File.ReadAllText(file.FullName), new TextAnnotator(), Extract.Published);

        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"items matched: {result.ItemsMatched}/{result.Items} ({(double)result.ItemsMatched / result.Items:P1}); expected numbers found: {result.ExpectedMatched}/{result.Expected} ({(double)result.ExpectedMatched / result.Expected:P1})"));
        foreach (var miss in result.Misses)
        {
            TestContext.Out.WriteLine("miss: " + miss);
        }

        Assert.That((double)result.ItemsMatched / result.Items, Is.GreaterThanOrEqualTo(0.8));
    }
}

using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Numbers;

/// <summary>Two amounts joined by "to" become one range only when the range's figure runs low to high: "$4 to $1T" reads
/// 4 to a trillion by value, but its figures (4, and 1 with a suffix the figure grammar does not scale) would run
/// backwards, which once threw while the sentence was read.</summary>
[TestFixture]
public sealed class RangeMergeTests
{
    [TestCase("$4 to $1T")]
    [TestCase("$4to$1T")]
    public void Annotate_AmountsWhoseFiguresRunBackwards_AreTwoAmounts(string text)
    {
        var mentions = Extract.Mentions(text);

        Assert.That(mentions.Numbers.Select(n => n.Text), Is.EqualTo(new[] { "$4", "$1T" }));
    }

    [Test]
    public void Annotate_AmountsInOrder_AreOneRange()
    {
        var mentions = Extract.Mentions("The repairs cost $4 to $9 million.");

        Assert.That(mentions.Numbers.Select(n => n.Text), Is.EqualTo(new[] { "$4 to $9 million" }));
    }
}

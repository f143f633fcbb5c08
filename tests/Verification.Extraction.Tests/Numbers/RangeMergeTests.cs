using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Numbers;

/// <summary>Two amounts joined by "to" become one range only when the range's figure runs low to high. "$4 to $1T" once
/// read 4 to a trillion by value while its figures (4, and 1 with a suffix the figure grammar did not scale) ran
/// backwards, which threw while the sentence was read; the grammar now scales "$1T" too, and the two make one range.</summary>
[TestFixture]
public sealed class RangeMergeTests
{
    [TestCase("$4 to $1T")]
    [TestCase("$4to$1T")]
    public void Annotate_AmountUpToATrillion_IsOneRange(string text)
    {
        var mentions = Extract.Mentions(text);

        Assert.That(mentions.Numbers.Select(n => (n.Text, n.Value, n.HighValue)), Is.EqualTo(new[] { (text, 4d, 1e12) }));
    }

    [Test]
    public void Annotate_AmountsThatRunBackwards_AreTwoAmounts()
    {
        var mentions = Extract.Mentions("The tickets cost $40 to $1.");

        Assert.That(mentions.Numbers.Select(n => n.Text), Is.EqualTo(new[] { "$40", "$1" }));
    }

    [Test]
    public void Annotate_AmountsInOrder_AreOneRange()
    {
        var mentions = Extract.Mentions("The repairs cost $4 to $9 million.");

        Assert.That(mentions.Numbers.Select(n => n.Text), Is.EqualTo(new[] { "$4 to $9 million" }));
    }
}

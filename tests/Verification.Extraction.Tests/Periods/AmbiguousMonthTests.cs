using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Periods;

/// <summary>"May" and "March" are months only beside a day or a year or after a month cue; abbreviated months only
/// before a number.</summary>
[TestFixture]
public sealed class AmbiguousMonthTests
{
    [TestCase("Aid deliveries resumed in March.", "March")]
    [TestCase("Aid deliveries resumed last May.", "last May")]
    [TestCase("Aid deliveries resumed on May 3.", "May 3")]
    [TestCase("Aid deliveries resumed on Mar. 3.", "Mar. 3")]
    public void Annotate_MonthWithCueOrDay_IsPeriod(string text, string period)
    {
        var mentions = Extract.Mentions(text);

        Assert.That(mentions.Periods.Select(p => p.Text), Is.EqualTo(new[] { period }));
    }

    [TestCase("Officials said residents May return soon.")]
    [TestCase("Thousands joined the March through the capital.")]
    [TestCase("Thousands joined the Mar rally in the capital.")]
    public void Annotate_MonthNameAsCommonWord_IsNoPeriod(string text)
    {
        var mentions = Extract.Mentions(text);

        Assert.That(mentions.Periods, Is.Empty);
    }
}

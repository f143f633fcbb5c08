using Verification.Extraction.Mentions;
using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Numbers;

/// <summary>A four-digit number before a count noun is a year only after a month, a comma or a strong year cue ("in",
/// "since", "during"); elsewhere it is a count, and no year is read outside 1000 to 2100.</summary>
[TestFixture]
public sealed class YearOrCountTests
{
    [TestCase("The 2000 people who fled the town returned on Monday.", "2000")]
    [TestCase("After 2000 people fled the town, the army withdrew.", "2000")]
    [TestCase("From 1500 families in the camp, only a few remain.", "1500")]
    public void Annotate_NumberBeforeCountNounWithoutStrongCue_IsCount(string text, string figure)
    {
        var mentions = Extract.Mentions(text);

        Assert.That(mentions.Figures.Select(n => n.Text), Does.Contain(figure));
    }

    [TestCase("In 2016 people fled the town in their thousands.")]
    [TestCase("Since 2014 civilians have left the old city.")]
    public void Annotate_NumberBeforeCountNounAfterStrongCue_IsYear(string text)
    {
        var mentions = Extract.Mentions(text);

        Assert.That(mentions.Numbers.Where(n => n.Text.StartsWith("20", StringComparison.Ordinal)).Select(n => n.Kind), Is.EqualTo(new[] { NumberKind.Year }));
    }

    [TestCase("Aid deliveries fell after 2003, officials said.", 2003)]
    [TestCase("Attacks were rare until 2100, the report projects.", 2100)]
    public void Annotate_YearAfterWeakCue_IsPeriod(string text, int year)
    {
        var mentions = Extract.Mentions(text);

        Assert.That(mentions.Periods.Select(p => p.Period.Start.Year), Does.Contain(year));
    }

    [Test]
    public void Annotate_DateAfterLastNewsYear_IsNotRead()
    {
        var mentions = Extract.Mentions("The plan, dated 2150-03-18, was leaked.");

        Assert.That(mentions.Periods, Is.Empty);
    }
}

using Verification.Periods;
namespace Verification.Core.Tests.Periods;

/// <summary>The one list of month names, read by the measure rules and by the extraction's lexicon.</summary>
public sealed class MonthNamesTests
{
    [TestCase("january", 1)]
    [TestCase("Sept", 9)]
    [TestCase("MAY", 5)]
    [TestCase("dec", 12)]
    public void Of_MonthName_IsItsNumber(string word, int month)
    {
        Assert.That(MonthNames.Of(word), Is.EqualTo(month));
    }

    [TestCase("ma")]
    [TestCase("monday")]
    [TestCase("")]
    public void Of_OtherWord_IsZero(string word)
    {
        Assert.That(MonthNames.Of(word), Is.Zero);
    }

    [Test]
    public void BuiltInEntries_EveryLanguage_NamesEachMonthOnceAndEachNameOnce()
    {
        foreach (var language in MonthNames.BuiltInEntries().GroupBy(e => e.Language))
        {
            Assert.That(language.Select(e => e.Month).Order(), Is.EqualTo(Enumerable.Range(1, 12)), language.Key);
            Assert.That(language.SelectMany(e => e.Names), Is.Unique, language.Key);
        }
    }
}

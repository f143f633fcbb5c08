using Verification.Extraction.Mentions;
using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Numbers.Rules;

/// <summary>The number forms built on digits, read in running text: where each ends and the value it names.</summary>
[TestFixture]
public sealed class EnglishNumberRulesTests
{
    private static NumberMention Only(string text)
    {
        var numbers = Extract.Mentions(text).Numbers;
        Assert.That(numbers, Has.Count.EqualTo(1), () => "numbers: " + string.Join(" | ", numbers.Select(n => $"{n.Text} = {n.Kind} {n.Value}")));
        return numbers[0];
    }

    [TestCase("The pipe burst after 2 1/2 days of frost.", "2 1/2 days", 2.5)]
    [TestCase("Only 1/5 of the wells still work.", "1/5", 0.2)]
    public void Annotate_FractionInDigits_IsItsValue(string text, string span, double value)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Value), Is.EqualTo((span, value)));
    }

    [Test]
    public void Annotate_FractionOverZero_IsNoNumber() =>
        Assert.That(Extract.Mentions("The form marked the score as 1/0 on Tuesday.").Numbers.Select(n => n.Text), Has.None.Contains("1/0"));

    [TestCase("Flood relief reached 30 lakh people, the state said.", "30 lakh", 3_000_000)]
    [TestCase("Volunteers planted 2 dozen trees along the bank.", "2 dozen", 24)]
    public void Annotate_ScaleTheFigureRulesDoNotRead_CarriesItsValue(string text, string span, double value)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Kind, n.Value), Is.EqualTo((span, NumberKind.Count, value)));
    }

    [TestCase("Regulators logged 1.5e3 complaints last quarter.", "1.5e3", 1_500)]
    [TestCase("The fund holds 12 500k shares.", "12 500k", 12_500_000)]
    public void Annotate_ScaleOrPowerOnDigits_IsReadWhole(string text, string span, double value)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Value), Is.EqualTo((span, value)));
    }

    [Test]
    public void Annotate_PowerGluedToAWord_IsNotAPowerOfTen() =>
        Assert.That(Extract.Mentions("The part is coded 4e5x in the manual.").Numbers.Select(n => n.Text), Has.None.EqualTo("4e5"));

    [TestCase("The war displaced a quarter of a million people.", "a quarter of a million", 250_000)]
    [TestCase("Floods cut power to a third of a million homes.", "a third of a million", 1_000_000 / 3d)]
    [TestCase("The appeal raised half a million pounds in a week.", "half a million", 500_000)]
    public void Annotate_ShareOfAScaleInWords_IsItsValue(string text, string core, double value)
    {
        var n = Extract.Mentions(text).Numbers[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(n.Text, Does.Contain(core));
            Assert.That(n.Value, Is.EqualTo(value).Within(1e-6));
        }
    }

    [Test]
    public void Annotate_HalfAScaleAsTheHighEndOfARange_IsOneRange()
    {
        var n = Only("Estimates ran from 300,000 to half a million refugees.");

        Assert.That((n.Value, n.HighValue), Is.EqualTo((300_000d, 500_000d)));
    }
}

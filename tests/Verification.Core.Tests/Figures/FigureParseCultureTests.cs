using System.Globalization;
using Verification.Figures;

namespace Verification.Core.Tests.Figures;

/// <summary>Reading digits with a culture's separators (<see cref="FigureOptions.Culture"/>, DESIGN §2): "44.218" where
/// full stops group thousands, "1,5 million" where a comma starts decimals.</summary>
[TestFixture]
public sealed class FigureParseCultureTests
{
    private const double Tolerance = 1e-6;

    private static FigureOptions In(string culture) => FigureOptions.Default with { Culture = new CultureInfo(culture) };

    [TestCase("de-DE")]
    [TestCase("tr-TR")]
    public void Parse_DotGroupsInADotGroupingCulture_AreThousands(string culture)
    {
        Assert.That(Figure.Parse("44.218", In(culture)), Is.EqualTo(Figure.Exact(44_218)));
    }

    [Test]
    public void Parse_DotGroupsInTheInvariantCulture_AreDecimals()
    {
        var figure = Figure.Parse("44.218");

        Assert.That((figure.CoreLow, figure.Low, figure.High), Is.EqualTo((44.218, 44.2175, 44.2185)).Within(Tolerance));
    }

    [TestCase("340.000", 340_000, 335_000, 345_000)]
    [TestCase("1.234.567", 1_234_567, 1_234_567, 1_234_567)]
    [TestCase("1.234,5", 1_234.5, 1_234.45, 1_234.55)]
    [TestCase("44,218", 44.218, 44.2175, 44.2185)]
    public void Parse_GermanDigits_ReadWithGermanSeparators(string text, double core, double low, double high)
    {
        var figure = Figure.Parse(text, In("de-DE"));

        Assert.That((figure.CoreLow, figure.Low, figure.High), Is.EqualTo((core, low, high)).Within(Tolerance));
    }

    [TestCase("1,5 million")]
    [TestCase("1,5 Million")]
    [TestCase("1.5 million")]
    [TestCase("1,5m")]
    public void Parse_DecimalCommaWithAScale_IsScaled(string text)
    {
        Assert.That(Figure.Parse(text, In("de-DE")), Is.EqualTo(Figure.Rounded(1_500_000, 100_000)));
    }

    [Test]
    public void Parse_DecimalCommaInTheInvariantCulture_IsNotAFigure()
    {
        Assert.That(Figure.TryParse("1,5 million", out _), Is.False);
    }

    [TestCase("about 44.218", 44_218)]
    [TestCase("more than 44.218", 44_218)]
    [TestCase("[44.218]", 44_218)]
    public void Parse_WordsAroundDotGroups_ReadAsEnglish(string text, double value)
    {
        Assert.That(Figure.Parse(text, In("tr-TR")).CoreLow, Is.EqualTo(value));
    }

    [Test]
    public void Parse_RangeOfDotGroups_IsARange()
    {
        Assert.That(Figure.Parse("44.218-50.000", In("de-DE")), Is.EqualTo(Figure.Between(44_218, 50_000)));
    }

    [Test]
    public void Parse_EstimateWithDotGroups_ReadsBothParts()
    {
        Assert.That(Figure.Parse("1.230 (95% CI 610 to 2.040)", In("de-DE")), Is.EqualTo(Figure.Estimate(1_230, 610, 2_040)));
    }

    [TestCase("1 234,5", 1_234.5)]
    [TestCase("1\u202F234", 1_234)]
    [TestCase("12\u00A0345\u00A0678", 12_345_678)]
    public void Parse_FrenchDigits_GroupWithSpacesAndADecimalComma(string text, double value)
    {
        Assert.That(Figure.Parse(text, In("fr-FR")).CoreLow, Is.EqualTo(value).Within(Tolerance));
    }

    [TestCase("1'234'567")]
    [TestCase("1\u2019234\u2019567")]
    public void Parse_SwissDigits_GroupWithApostrophes(string text)
    {
        Assert.That(Figure.Parse(text, In("de-CH")), Is.EqualTo(Figure.Exact(1_234_567)));
    }

    [Test]
    public void Parse_NumberFormatSetByHand_IsUsed()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.NumberDecimalSeparator = ",";

        Assert.That(Figure.Parse("44.218", FigureOptions.Default with { Culture = culture }), Is.EqualTo(Figure.Exact(44_218)));
    }

    [Test]
    public void Parse_IndianGroupsInADotGroupingCulture_AreNotGroups()
    {
        Assert.That(Figure.TryParse("3,50,000", In("de-DE"), out _), Is.False);
    }

    [Test]
    public void Parse_CultureLeavesCommaGroupsToTheInvariantCulture()
    {
        Assert.That(Figure.Parse("340,000", In("en-GB")), Is.EqualTo(Figure.Parse("340,000")));
    }
}

using Verification.Figures;
namespace Verification.Core.Tests.Figures;

/// <summary>Number forms of news and business copy that the figure text of a claims file reads as in an article: fractions
/// joined by "and", shares in words, comparison signs, two bounds, "through" and "~" ranges, powers of ten, finance
/// abbreviations of scales, and currency signs.</summary>
[TestFixture]
public sealed class FigureParseNewsNotationTests
{
    private const double Tolerance = 1e-6;

    // ---- A whole number and a fraction ------------------------------------------------------------

    [Test]
    public void Parse_ScaleAndAHalf_TakesHalfOfTheScale()
    {
        // "Some 2 million and a half Syrians are registered in Turkey."
        var figure = Figure.Parse("2 million and a half");

        Assert.That(figure.CoreLow, Is.EqualTo(2_500_000));
        Assert.That(figure.Low, Is.EqualTo(2_450_000).Within(Tolerance));
        Assert.That(figure.High, Is.EqualTo(2_550_000).Within(Tolerance));
    }

    [TestCase("one and a half million", 1_500_000)]
    [TestCase("a million and a quarter", 1_250_000)]
    [TestCase("two and a half thousand", 2_500)]
    public void Parse_FractionOfAScaledNumber_ReadsTheWhole(string text, double value)
    {
        Assert.That(Figure.Parse(text).CoreLow, Is.EqualTo(value).Within(Tolerance));
    }

    [TestCase("two and a fourth", 2.25)]
    [TestCase("two and a half", 2.5)]
    [TestCase("three and a third", 3 + (1.0 / 3))]
    [TestCase("6 and a quarter", 6.25)]
    public void Parse_WholeAndAFraction_IsExact(string text, double value)
    {
        // "The river rose two and a fourth metres overnight."
        var figure = Figure.Parse(text);

        Assert.That(figure.Low, Is.EqualTo(value).Within(Tolerance));
        Assert.That(figure.High, Is.EqualTo(value).Within(Tolerance));
    }

    [Test]
    public void Parse_HalfAMillion_IsFiveHundredThousand()
    {
        Assert.That(Figure.Parse("half a million").CoreLow, Is.EqualTo(500_000));
    }

    [TestCase("and a half")]
    [TestCase("two and a")]
    [TestCase("two and a million")]
    [TestCase("2 million and a half million")]
    public void TryParse_BrokenFraction_IsNoFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    // ---- Shares in words -----------------------------------------------------------------------

    [Test]
    public void Parse_MoreThanHalf_IsMoreThanFiftyPercent()
    {
        // "More than half of the city's residents have fled."
        var figure = Figure.Parse("more than half");

        Assert.That(figure, Is.EqualTo(Figure.MoreThan(50)));
        Assert.That(figure.Reading, Is.EqualTo(FigureReading.Percent));
    }

    [TestCase("half", 50)]
    [TestCase("a third", 100.0 / 3)]
    [TestCase("two thirds", 200.0 / 3)]
    [TestCase("two-thirds", 200.0 / 3)]
    [TestCase("three quarters", 75)]
    [TestCase("a quarter", 25)]
    [TestCase("three fifths", 60)]
    public void Parse_Share_IsThePercentage(string text, double percent)
    {
        var figure = Figure.Parse(text);

        Assert.That(figure.CoreLow, Is.EqualTo(percent).Within(Tolerance));
        Assert.That(figure.Reading & FigureReading.Percent, Is.EqualTo(FigureReading.Percent));
    }

    [TestCase("nearly half", 45, 50)]
    [TestCase("about a third", 30, 36.666667)]
    public void Parse_HedgedShare_IsWidenedLikeAnyNumber(string text, double low, double high)
    {
        var figure = Figure.Parse(text);

        Assert.That(figure.Low, Is.EqualTo(low).Within(1e-4));
        Assert.That(figure.High, Is.EqualTo(high).Within(1e-4));
    }

    [TestCase("four thirds")]
    [TestCase("two third")]
    [TestCase("a quarters")]
    public void TryParse_NoShare_IsNoFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    // ---- Signs and two bounds --------------------------------------------------------------------

    [TestCase("> 1,000")]
    [TestCase(">1,000")]
    public void Parse_GreaterThanSign_IsMoreThan(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.MoreThan(1000)));
    }

    [TestCase(">= 40")]
    [TestCase("≥ 40")]
    [TestCase("≥40")]
    public void Parse_AtLeastSign_IsAtLeast(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.AtLeast(40)));
    }

    [TestCase("<40", false)]
    [TestCase("<= 40", true)]
    [TestCase("≤ 40", true)]
    public void Parse_LessThanSigns_AreUpperBounds(string text, bool inclusive)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(inclusive ? Figure.UpTo(40) : Figure.FewerThan(40)));
    }

    [Test]
    public void Parse_TildeBefore_IsAHedge()
    {
        Assert.That(Figure.Parse("~150"), Is.EqualTo(Figure.Parse("about 150")));
    }

    [TestCase("greater than 50 and smaller than 200", false, false)]
    [TestCase("more than 50 but fewer than 200", false, false)]
    [TestCase("at least 50 but no more than 200", true, true)]
    [TestCase("over 50 and under 200", false, false)]
    public void Parse_TwoBounds_AreOneInterval(string text, bool lowInclusive, bool highInclusive)
    {
        // "Officials counted more than 50 but fewer than 200 bodies."
        var figure = Figure.Parse(text);

        Assert.That(figure.Bounds, Is.EqualTo(new FigureBounds(50, lowInclusive, 200, highInclusive)));
        Assert.That(figure.Kind, Is.EqualTo(FigureKind.Range));
    }

    [TestCase("more than 200 but fewer than 50")]
    [TestCase("fewer than 200 and more than 50")]
    public void TryParse_BoundsThatDoNotMeet_AreNoFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    // ---- Ranges ----------------------------------------------------------------------------------

    [TestCase("30 through 200")]
    [TestCase("30 thru 200")]
    [TestCase("30~150", 150)]
    [TestCase("from 30 through 200")]
    public void Parse_RangeWords_AreARange(string text, double high = 200)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Between(30, high)));
    }

    // ---- Notation ------------------------------------------------------------------------------

    [TestCase("2.4e6", 2_400_000, 2_350_000, 2_450_000)]
    [TestCase("4E14", 4e14, 3.6e14, 4.4e14)]
    [TestCase("7 bln", 7e9, 6.5e9, 7.5e9)]
    [TestCase("7bln", 7e9, 6.5e9, 7.5e9)]
    [TestCase("3mil", 3e6, 2.7e6, 3.3e6)]
    [TestCase("2 mln", 2e6, 1.8e6, 2.2e6)]
    [TestCase("5MM", 5e6, 4.5e6, 5.5e6)]
    [TestCase("1.2bn", 1.2e9, 1.15e9, 1.25e9)]
    [TestCase("1.3tn", 1.3e12, 1.25e12, 1.35e12)]
    public void Parse_ScaleNotation_ReadsTheScale(string text, double value, double low, double high)
    {
        var figure = Figure.Parse(text);

        Assert.That(figure.CoreLow, Is.EqualTo(value).Within(value * 1e-12));
        Assert.That(figure.Low, Is.EqualTo(low).Within(value * 1e-12));
        Assert.That(figure.High, Is.EqualTo(high).Within(value * 1e-12));
    }

    [Test]
    public void Parse_LowerCaseMm_IsNoScale()
    {
        // "5mm" is five millimetres, not five million.
        Assert.That(Figure.TryParse("5mm", out _), Is.False);
    }

    [TestCase("1e-3", 0.001)]
    [TestCase("2.5e-2", 0.025)]
    public void Parse_NegativePowerOfTen_IsASmallNumber(string text, double value)
    {
        Assert.That(Figure.Parse(text).CoreLow, Is.EqualTo(value).Within(1e-15));
    }

    // ---- What is no figure ---------------------------------------------------------------------

    [TestCase("+964 770 123 4567")]
    [TestCase("(212) 555-0100")]
    [TestCase("212-555-0100")]
    [TestCase("555-0100")]
    public void TryParse_TelephoneNumber_IsNoFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    // ---- Currency ------------------------------------------------------------------------------

    [TestCase("$4.2 billion", 4.2e9)]
    [TestCase("€3m", 3e6)]
    [TestCase("$1T", 1e12)]
    [TestCase("£2.5m", 2.5e6)]
    [TestCase("US$ 5 million", 5e6)]
    [TestCase("about $4.2 billion", 4.2e9)]
    [TestCase("15€", 15)]
    public void Parse_Amount_ReadsTheNumberAndSaysItIsMoney(string text, double value)
    {
        var figure = Figure.Parse(text);

        Assert.That(figure.CoreLow, Is.EqualTo(value).Within(value * 1e-12));
        Assert.That(figure.Reading & FigureReading.Money, Is.EqualTo(FigureReading.Money));
        Assert.That(figure.Text, Is.EqualTo(text), "the currency stays in the text");
    }

    [Test]
    public void Parse_PlainNumber_IsNoMoney()
    {
        Assert.That(Figure.Parse("4.2 billion").Reading & FigureReading.Money, Is.EqualTo(FigureReading.None));
    }

    [Test]
    public void TryParse_NegativeAmount_IsNoFigure()
    {
        Assert.That(Figure.TryParse("-$5 million", FigureOptions.Default, out _, out var error), Is.False);
        Assert.That(error, Does.Contain("negative"));
    }
}

using System.Diagnostics;
using Verification.Figures;

namespace Verification.Core.Tests.Figures;

/// <summary>Reading figure text into intervals: DESIGN §2 "Figure".</summary>
[TestFixture]
public sealed class FigureParseTests
{
    private const double Tolerance = 1e-6;

    // ---- Plain numbers and rounding -------------------------------------------------------------

    [TestCase("105", 105)]
    [TestCase("7", 7)]
    [TestCase("1,201", 1201)]
    [TestCase("255,708", 255708)]
    [TestCase("0", 0)]
    public void Parse_NumberWithoutTrailingZero_IsExact(string text, double value)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Exact(value)));
    }

    [TestCase("340,000", 340_000, 10_000)]
    [TestCase("70,000", 70_000, 10_000)]
    [TestCase("1,200", 1_200, 100)]
    [TestCase("250", 250, 10)]
    [TestCase("1,500,000", 1_500_000, 100_000)]
    public void Parse_TrailingZeros_GiveTheRoundingUnit(string text, double value, double unit)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Rounded(value, unit)));
    }

    // DESIGN §2: a bare round number's rounding leeway is capped at the hedge tolerance.
    [TestCase("1,000", 900, 1_100)]
    [TestCase("100", 90, 110)]
    [TestCase("10", 9, 11)]
    [TestCase("1,000,000", 900_000, 1_100_000)]
    [TestCase("2 million", 1_800_000, 2_200_000)]
    [TestCase("20 million", 18_000_000, 22_000_000)]
    [TestCase("3 thousand", 2_700, 3_300)]
    [TestCase("2 hundred", 180, 220)]
    [TestCase("10k", 9_000, 11_000)]
    [TestCase("4mn", 3_600_000, 4_400_000)]
    [TestCase("three hundred", 270, 330)]
    [TestCase("a hundred", 90, 110)]
    [TestCase("ten", 9, 11)]
    [TestCase("3,00,000", 270_000, 330_000)]
    [TestCase("1,00,00,000", 9_000_000, 11_000_000)]
    public void Parse_RoundNumberWhoseRoundingExceedsTheTolerance_IsCappedAtTheTolerance(string text, double low, double high)
    {
        var figure = Figure.Parse(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.Kind, Is.EqualTo(FigureKind.Rounded));
            Assert.That(figure.Low, Is.EqualTo(low).Within(Tolerance));
            Assert.That(figure.High, Is.EqualTo(high).Within(Tolerance));
            Assert.That((figure.CoreLow, figure.CoreHigh), Is.EqualTo(((low + high) / 2, (low + high) / 2)).Within(Tolerance));
        }
    }

    [TestCase("349,000", 348_500, 349_500)]
    [TestCase("50", 45, 55)]
    [TestCase("40", 36, 44)]
    public void Parse_RoundingLeewayAtOrBelowTheTolerance_IsKept(string text, double low, double high)
    {
        var figure = Figure.Parse(text);

        Assert.That((figure.Low, figure.High), Is.EqualTo((low, high)).Within(Tolerance));
    }

    [Test]
    public void Parse_RoundingLeeway_FollowsAConfiguredTolerance()
    {
        var figure = Figure.Parse("1,000", FigureOptions.Default with { HedgeTolerance = 0.2 });

        Assert.That((figure.Low, figure.High), Is.EqualTo((800d, 1_200d)).Within(Tolerance));
    }

    [Test]
    public void Parse_ZeroTolerance_ReadsRoundNumbersExactly()
    {
        Assert.That(Figure.Parse("1,000", FigureOptions.Default with { HedgeTolerance = 0 }), Is.EqualTo(Figure.Exact(1_000)));
    }

    [Test]
    public void Parse_340000_Covers335000To345000()
    {
        var figure = Figure.Parse("340,000");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.Kind, Is.EqualTo(FigureKind.Rounded));
            Assert.That(figure.Low, Is.EqualTo(335_000));
            Assert.That(figure.High, Is.EqualTo(345_000));
            Assert.That(figure.CoreLow, Is.EqualTo(340_000));
            Assert.That(figure.CoreHigh, Is.EqualTo(340_000));
        }
    }

    [Test]
    public void Parse_105_IsExactly105()
    {
        var figure = Figure.Parse("105");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.Kind, Is.EqualTo(FigureKind.Exact));
            Assert.That(figure.Low, Is.EqualTo(105));
            Assert.That(figure.High, Is.EqualTo(105));
        }
    }

    [Test]
    public void Parse_100_Covers90To110()
    {
        var figure = Figure.Parse("100");

        Assert.That((figure.Low, figure.High), Is.EqualTo((90d, 110d)));
    }

    [Test]
    public void Parse_OnePointFiveMillion_Covers1450000To1550000()
    {
        var figure = Figure.Parse("1.5 million");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.Low, Is.EqualTo(1_450_000).Within(Tolerance));
            Assert.That(figure.High, Is.EqualTo(1_550_000).Within(Tolerance));
            Assert.That(figure.CoreLow, Is.EqualTo(1_500_000));
        }
    }

    [Test]
    public void Parse_Decimal_IsRoundedToItsLastDecimalPlace()
    {
        var figure = Figure.Parse("1.5");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.Low, Is.EqualTo(1.45).Within(Tolerance));
            Assert.That(figure.High, Is.EqualTo(1.55).Within(Tolerance));
        }
    }

    [Test]
    public void Parse_DecimalWithScale_IsRoundedToTheScaledDecimalPlace()
    {
        Assert.That(Figure.Parse("0.5 thousand"), Is.EqualTo(Figure.Rounded(500, 100)));
    }

    [Test]
    public void Parse_RoundedZero_NeverGoesBelowZero()
    {
        Assert.That(Figure.Parse("0.0").Low, Is.Zero);
    }

    [TestCase("340,000", 340_000)]
    [TestCase("1.5 million", 1_500_000)]
    [TestCase("three hundred", 300)]
    [TestCase("2.3m", 2_300_000)]
    public void Parse_WithoutRounding_PlainNumbersAreExact(string text, double value)
    {
        var options = FigureOptions.Default with { ApplyRounding = false };

        Assert.That(Figure.Parse(text, options), Is.EqualTo(Figure.Exact(value)));
    }

    // ---- Thousands separators, scales, suffixes ---------------------------------------------------

    [TestCase("340,000", 340_000)]
    [TestCase("1 200", 1_200)]
    [TestCase("1\u00A0200", 1_200)]
    [TestCase("1\u202F200", 1_200)]
    [TestCase("1,234,567", 1_234_567)]
    [TestCase("12 345 678", 12_345_678)]
    [TestCase("1200", 1_200)]
    public void Parse_ThousandsSeparators_AreRemoved(string text, double value)
    {
        Assert.That(Figure.Parse(text).CoreLow, Is.EqualTo(value));
    }

    [TestCase("3,50,000", 350_000, 10_000)]
    [TestCase("1,20,000", 120_000, 10_000)]
    [TestCase("12,34,567", 1_234_567, 1)]
    [TestCase("1,20,00,000", 12_000_000, 1_000_000)]
    [TestCase("1,05,00,000", 10_500_000, 100_000)]
    public void Parse_IndianDigitGroups_AreOneNumber(string text, double value, double unit)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(unit == 1 ? Figure.Exact(value) : Figure.Rounded(value, unit)));
    }

    [TestCase("3,00")]
    [TestCase("3,00,00")]
    [TestCase("123,45,678")]
    [TestCase("1,23,4567")]
    [TestCase("1,0000")]
    [TestCase("5,10,15")]
    [TestCase("1,20 000")]
    public void Parse_BrokenDigitGroups_AreNotAFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    [TestCase("1.5 million", 1_500_000, 100_000)]
    [TestCase("25 million", 25_000_000, 1_000_000)]
    [TestCase("35 thousand", 35_000, 1_000)]
    [TestCase("340 thousand", 340_000, 10_000)]
    [TestCase("1.2 billion", 1_200_000_000, 100_000_000)]
    [TestCase("12 hundred", 1_200, 100)]
    public void Parse_ScaleWord_MultipliesAndRoundsToTheLastPlace(string text, double value, double unit)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Rounded(value, unit)));
    }

    [TestCase("2.3m", 2_300_000, 100_000)]
    [TestCase("2.30m", 2_300_000, 10_000)]
    [TestCase("1.2bn", 1_200_000_000, 100_000_000)]
    [TestCase("5b", 5_000_000_000, 1_000_000_000)]
    [TestCase("15k", 15_000, 1_000)]
    [TestCase("12k", 12_000, 1_000)]
    [TestCase("1.2 bn", 1_200_000_000, 100_000_000)]
    [TestCase("14mn", 14_000_000, 1_000_000)]
    public void Parse_ScaleSuffix_MultipliesAndRoundsToTheLastPlace(string text, double value, double unit)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Rounded(value, unit)));
    }

    [Test]
    public void Parse_DecimalScale_HasNoBinaryRoundingError()
    {
        Assert.That(Figure.Parse("2.3m").CoreLow, Is.EqualTo(2_300_000d));
    }

    [TestCase("10km")]
    [TestCase("1.5 millions")]
    [TestCase("2m million")]
    public void Parse_UnknownOrDoubledScale_IsNotAFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    // ---- Number words -----------------------------------------------------------------------------

    [TestCase("three hundred", 300)]
    [TestCase("three hundred and forty thousand", 340_000)]
    [TestCase("twenty-five", 25)]
    [TestCase("twenty five", 25)]
    [TestCase("a hundred", 100)]
    [TestCase("a thousand", 1_000)]
    [TestCase("one million", 1_000_000)]
    [TestCase("half a million", 500_000)]
    [TestCase("one hundred and five", 105)]
    [TestCase("nineteen", 19)]
    [TestCase("zero", 0)]
    [TestCase("one million two hundred thousand", 1_200_000)]
    [TestCase("one thousand and five", 1_005)]
    [TestCase("twenty-five hundred", 2_500)]
    [TestCase("Three Hundred", 300)]
    public void Parse_NumberWords_ReadTheirValue(string text, double value)
    {
        Assert.That(Figure.Parse(text).CoreLow, Is.EqualTo(value));
    }

    [TestCase("three hundred and forty thousand", 340_000, 10_000)]
    [TestCase("half a million", 500_000, 100_000)]
    [TestCase("fifteen hundred", 1_500, 100)]
    [TestCase("seventy", 70, 10)]
    public void Parse_NumberWords_AreRoundedByTheirValue(string text, double value, double unit)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Rounded(value, unit)));
    }

    [TestCase("a quarter of a million", 250_000)]
    [TestCase("a quarter million", 250_000)]
    [TestCase("a quarter-million", 250_000)]
    [TestCase("quarter of a million", 250_000)]
    [TestCase("A Quarter Of A Million", 250_000)]
    [TestCase("three quarters of a million", 750_000)]
    [TestCase("three-quarters of a million", 750_000)]
    [TestCase("a half million", 500_000)]
    [TestCase("a half-million", 500_000)]
    [TestCase("half of a million", 500_000)]
    [TestCase("a quarter of a billion", 250_000_000)]
    [TestCase("a quarter of a thousand", 250)]
    [TestCase("half a hundred", 50)]
    public void Parse_FractionOfAScaleWord_ReadsItsValue(string text, double value)
    {
        Assert.That(Figure.Parse(text).CoreLow, Is.EqualTo(value));
    }

    [TestCase("a quarter of a million", 250_000)]
    [TestCase("three quarters of a million", 750_000)]
    [TestCase("a half million", 500_000)]
    public void Parse_FractionOfAScaleWord_IsStatedToATenthOfTheScale(string text, double value)
    {
        // A tenth of a million is 100,000; the leeway is capped at the hedge tolerance, as for any plain number.
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Rounded(value, Math.Min(100_000, 2 * value * 0.10))));
    }

    [Test]
    public void Parse_MoreThanAQuarterMillion_IsOpenAboveIt()
    {
        Assert.That(Figure.Parse("more than a quarter million"), Is.EqualTo(Figure.MoreThan(250_000)));
    }

    [Test]
    public void Parse_AboutAQuarterOfAMillion_WidensByTheTolerance()
    {
        Assert.That(Figure.Parse("about a quarter of a million"), Is.EqualTo(Figure.Hedged(250_000, 0.10)));
    }

    [TestCase("quarter")]
    [TestCase("a quarter of")]
    [TestCase("a quarter of a")]
    [TestCase("quarter a million")]
    [TestCase("a three quarters of a million")]
    [TestCase("two quarters of a million")]
    [TestCase("three quarters million")]
    [TestCase("three-quarters million")]
    [TestCase("three quarter of a million")]
    [TestCase("quarters of a million")]
    [TestCase("a quarters million")]
    [TestCase("a half a million")]
    [TestCase("half a quarter million")]
    [TestCase("a quarter of a million and five")]
    [TestCase("a quarter of a million thousand")]
    public void Parse_FractionWithoutAScaleWordOrMalformed_IsNotAFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    [TestCase("twenty-five", 25)]
    [TestCase("one hundred and five", 105)]
    [TestCase("seven", 7)]
    public void Parse_NumberWordsWithoutTrailingZero_AreExact(string text, double value)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Exact(value)));
    }

    [Test]
    public void Parse_DigitsWithScaleWord_EqualTheDigitsWrittenOut()
    {
        Assert.That(Figure.Parse("340 thousand"), Is.EqualTo(Figure.Parse("340,000")));
    }

    [TestCase("hundred")]
    [TestCase("thousand")]
    [TestCase("three three")]
    [TestCase("twenty twenty")]
    [TestCase("ten five")]
    [TestCase("one thousand million")]
    [TestCase("three hundred hundred")]
    [TestCase("and five")]
    [TestCase("five and")]
    [TestCase("a")]
    [TestCase("a five")]
    [TestCase("twenty-")]
    [TestCase("zero hundred")]
    public void Parse_MalformedNumberWords_AreNotAFigure(string text)
    {
        Assert.That(() => Figure.Parse(text), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void Parse_ADozen_IsReadFromTheVagueTable()
    {
        Assert.That(Figure.Parse("a dozen"), Is.EqualTo(Figure.Vague(12, 12)));
    }

    // ---- Arabic-Indic digits ----------------------------------------------------------------------

    [Test]
    public void Parse_ArabicIndicDigits_AreDigits()
    {
        Assert.That(Figure.Parse("\u0661\u0660\u0665"), Is.EqualTo(Figure.Exact(105)));
    }

    [Test]
    public void Parse_ArabicIndicDigitsWithArabicThousandsSeparator_AreRounded()
    {
        Assert.That(Figure.Parse("\u0663\u0664\u0660\u066C\u0660\u0660\u0660"), Is.EqualTo(Figure.Rounded(340_000, 10_000)));
    }

    [Test]
    public void Parse_ArabicIndicDigitsWithComma_AreRounded()
    {
        Assert.That(Figure.Parse("\u0663\u0664\u0660,\u0660\u0660\u0660"), Is.EqualTo(Figure.Rounded(340_000, 10_000)));
    }

    [Test]
    public void Parse_ArabicIndicDigitsWithArabicDecimalSeparatorAndScale_AreScaled()
    {
        Assert.That(Figure.Parse("\u0661\u066B\u0665 million"), Is.EqualTo(Figure.Rounded(1_500_000, 100_000)));
    }

    [Test]
    public void Parse_ArabicIndicDigitsAfterHedge_AreHedged()
    {
        Assert.That(Figure.Parse("around \u0663\u0664\u0660\u066C\u0660\u0660\u0660"), Is.EqualTo(Figure.Parse("around 340,000")));
    }

    [Test]
    public void Parse_ArabicIndicRange_IsARange()
    {
        Assert.That(Figure.Parse("\u0661\u0660\u0665-\u0661\u0664\u0661"), Is.EqualTo(Figure.Between(105, 141)));
    }

    // ---- Hedges -----------------------------------------------------------------------------------

    [Test]
    public void Parse_AroundHedge_WidensByTolerance()
    {
        var figure = Figure.Parse("around 340,000");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.Kind, Is.EqualTo(FigureKind.Hedged));
            Assert.That(figure.Low, Is.EqualTo(306_000).Within(Tolerance));
            Assert.That(figure.High, Is.EqualTo(374_000).Within(Tolerance));
            Assert.That(figure.CoreLow, Is.EqualTo(340_000));
            Assert.That(figure.CoreHigh, Is.EqualTo(340_000));
        }
    }

    [TestCase("around 340,000")]
    [TestCase("about 340,000")]
    [TestCase("approximately 340,000")]
    [TestCase("approx. 340,000")]
    [TestCase("approx 340,000")]
    [TestCase("roughly 340,000")]
    [TestCase("some 340,000")]
    [TestCase("an estimated 340,000")]
    [TestCase("estimated 340,000")]
    [TestCase("circa 340,000")]
    [TestCase("ca. 340,000")]
    [TestCase("ca 340,000")]
    [TestCase("in the region of 340,000")]
    public void Parse_EveryHedge_WidensByTolerance(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Hedged(340_000, 0.10, 10_000)));
    }

    [Test]
    public void Parse_AboutHedge_Gives243000To297000()
    {
        var figure = Figure.Parse("about 270,000");

        Assert.That(figure.DescribeInterval(), Is.EqualTo("243,000–297,000"));
    }

    [Test]
    public void Parse_HedgeOnCoarselyRoundedNumber_WidensByTheToleranceNotTheRounding()
    {
        // "about 30" holds 27 to 33, not 25 to 35: a number's rounding never widens it beyond the hedge tolerance.
        var figure = Figure.Parse("about 2 million");
        var thirty = Figure.Parse("about 30");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.Low, Is.EqualTo(1_800_000).Within(Tolerance));
            Assert.That(figure.High, Is.EqualTo(2_200_000).Within(Tolerance));
            Assert.That((thirty.Low, thirty.High), Is.EqualTo((27d, 33d)).Within(Tolerance));
            Assert.That(figure.Compare(Figure.Parse("2.4 million")).Agrees, Is.False);
        }
    }

    [Test]
    public void Parse_HedgeWithoutRounding_UsesOnlyTheTolerance()
    {
        var options = FigureOptions.Default with { ApplyRounding = false };

        var figure = Figure.Parse("about 2 million", options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.Low, Is.EqualTo(1_800_000).Within(Tolerance));
            Assert.That(figure.High, Is.EqualTo(2_200_000).Within(Tolerance));
        }
    }

    [Test]
    public void Parse_HedgeWithACustomTolerance_WidensByTheGivenTolerance()
    {
        var options = FigureOptions.Default with { HedgeTolerance = 0.2 };

        var figure = Figure.Parse("about 105", options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.Low, Is.EqualTo(84).Within(Tolerance));
            Assert.That(figure.High, Is.EqualTo(126).Within(Tolerance));
        }
    }

    [Test]
    public void Parse_ZeroHedgeTolerance_KeepsTheStatedNumber()
    {
        var options = FigureOptions.Default with { HedgeTolerance = 0 };

        var figure = Figure.Parse("about 105", options);

        Assert.That((figure.Low, figure.High, figure.Kind), Is.EqualTo((105d, 105d, FigureKind.Hedged)));
    }

    [Test]
    public void Parse_HedgeOnNumberWords_WidensTheirValue()
    {
        Assert.That(Figure.Parse("about three hundred"), Is.EqualTo(Figure.Hedged(300, 0.10)));
    }

    [Test]
    public void Parse_HedgeOnSingleValuedVagueQuantity_WidensIt()
    {
        Assert.That(Figure.Parse("about a dozen"), Is.EqualTo(Figure.Hedged(12, 0.10)));
    }

    [TestCase("nearly 100")]
    [TestCase("almost 100")]
    [TestCase("close to 100")]
    [TestCase("just under 100")]
    public void Parse_NearlyHedge_CoversToleranceBelowOnly(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Nearly(100, 0.10)));
    }

    [Test]
    public void Parse_Nearly_Covers90To100()
    {
        var figure = Figure.Parse("nearly 100");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.Low, Is.EqualTo(90).Within(Tolerance));
            Assert.That(figure.High, Is.EqualTo(100));
            Assert.That(figure.Contains(101), Is.False);
        }
    }

    [Test]
    public void Parse_NearlyWithACustomTolerance_UsesTheGivenTolerance()
    {
        var options = FigureOptions.Default with { HedgeTolerance = 0.05 };

        Assert.That(Figure.Parse("nearly 100", options).Low, Is.EqualTo(95).Within(Tolerance));
    }

    [TestCase("around")]
    [TestCase("about")]
    [TestCase("an estimated")]
    [TestCase("nearly")]
    public void Parse_HedgeWithoutNumber_IsNotAFigure(string text)
    {
        Assert.That(() => Figure.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains($"expected a number after '{text}'"));
    }

    [TestCase("about 200-300")]
    [TestCase("around dozens")]
    [TestCase("about about 5")]
    public void Parse_HedgeOnSomethingOtherThanOneNumber_IsNotAFigure(string text)
    {
        Assert.That(() => Figure.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains("expected one number after"));
    }

    // ---- Bounds -----------------------------------------------------------------------------------

    [TestCase("at least 440")]
    [TestCase("440+")]
    [TestCase("440 +")]
    [TestCase("440 or more")]
    [TestCase("no fewer than 440")]
    [TestCase("no less than 440")]
    [TestCase("not fewer than 440")]
    [TestCase("not less than 440")]
    [TestCase("a minimum of 440")]
    [TestCase("at least 440+")]
    [TestCase("AT LEAST 440")]
    public void Parse_AtLeastBound_IsClosedBelowAndUnbounded(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.AtLeast(440)));
    }

    [TestCase(440, true)]
    [TestCase(1e9, true)]
    [TestCase(439.9, false)]
    public void Parse_AtLeast_ContainsItsBoundAndAbove(double value, bool contained)
    {
        Assert.That(Figure.Parse("at least 440").Contains(value), Is.EqualTo(contained));
    }

    [Test]
    public void Parse_AtLeast_IsUnbounded()
    {
        var figure = Figure.Parse("at least 440+");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.IsUnbounded, Is.True);
            Assert.That(figure.High, Is.EqualTo(double.PositiveInfinity));
            Assert.That(figure.HighInclusive, Is.False);
            Assert.That(figure.Kind, Is.EqualTo(FigureKind.LowerBound));
        }
    }

    [TestCase("more than 400")]
    [TestCase("over 400")]
    [TestCase("upwards of 400")]
    [TestCase("in excess of 400")]
    [TestCase("above 400")]
    [TestCase("greater than 400")]
    public void Parse_MoreThanBound_IsOpenBelow(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.MoreThan(400)));
    }

    [TestCase(400, false)]
    [TestCase(400.5, true)]
    [TestCase(1e9, true)]
    public void Parse_MoreThan_DoesNotContainItsBound(double value, bool contained)
    {
        Assert.That(Figure.Parse("more than 400").Contains(value), Is.EqualTo(contained));
    }

    [TestCase("up to 240")]
    [TestCase("at most 240")]
    [TestCase("no more than 240")]
    [TestCase("not more than 240")]
    [TestCase("as many as 240")]
    [TestCase("a maximum of 240")]
    [TestCase("240 or fewer")]
    [TestCase("240 or less")]
    public void Parse_UpToBound_IsClosedFromZero(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.UpTo(240)));
    }

    [TestCase(0, true)]
    [TestCase(240, true)]
    [TestCase(240.1, false)]
    public void Parse_UpTo_ContainsZeroToItsBound(double value, bool contained)
    {
        Assert.That(Figure.Parse("as many as 240").Contains(value), Is.EqualTo(contained));
    }

    [TestCase("fewer than 100")]
    [TestCase("less than 100")]
    [TestCase("under 100")]
    [TestCase("below 100")]
    public void Parse_FewerThanBound_IsOpenAbove(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.FewerThan(100)));
    }

    [TestCase(0, true)]
    [TestCase(99.9, true)]
    [TestCase(100, false)]
    public void Parse_FewerThan_DoesNotContainItsBound(double value, bool contained)
    {
        Assert.That(Figure.Parse("fewer than 100").Contains(value), Is.EqualTo(contained));
    }

    [Test]
    public void Parse_Bound_IgnoresRoundingOfItsNumber()
    {
        Assert.That(Figure.Parse("more than 100,000"), Is.EqualTo(Figure.MoreThan(100_000)));
    }

    [TestCase("more than 1.5 million", 1_500_000)]
    [TestCase("over 2.3m", 2_300_000)]
    [TestCase("more than three hundred", 300)]
    [TestCase("more than a dozen", 12)]
    public void Parse_BoundOnScaledOrWordNumber_UsesItsValue(string text, double value)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.MoreThan(value)));
    }

    [Test]
    public void Parse_UpToZero_IsExactlyZero()
    {
        Assert.That(Figure.Parse("up to 0").Contains(0), Is.True);
    }

    [Test]
    public void Parse_FewerThanZero_IsNotAFigure()
    {
        Assert.That(() => Figure.Parse("fewer than 0"), Throws.TypeOf<FormatException>().With.Message.Contains("'fewer than 0'"));
    }

    [TestCase("more than 440+")]
    [TestCase("up to 440+")]
    [TestCase("at least 440 or more")]
    [TestCase("more than dozens")]
    [TestCase("at least")]
    [TestCase("+")]
    [TestCase("or more")]
    public void Parse_MalformedBound_IsNotAFigure(string text)
    {
        Assert.That(() => Figure.Parse(text), Throws.TypeOf<FormatException>());
    }

    // ---- Ranges -----------------------------------------------------------------------------------

    [TestCase("between 200 and 300")]
    [TestCase("200-300")]
    [TestCase("200 - 300")]
    [TestCase("200\u2013300")]
    [TestCase("200 \u2013 300")]
    [TestCase("200 to 300")]
    [TestCase("from 200 to 300")]
    [TestCase("from 200-300")]
    [TestCase("between 200-300")]
    [TestCase("200 or 300")]
    [TestCase("Between 200 And 300")]
    public void Parse_Range_CoversBothEndsWithoutRounding(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Between(200, 300)));
    }

    [TestCase("two or three", 2, 3)]
    [TestCase("2 or 3", 2, 3)]
    [TestCase("five-six", 5, 6)]
    [TestCase("twenty-thirty", 20, 30)]
    [TestCase("twenty-five-thirty", 25, 30)]
    [TestCase("between three hundred and four hundred", 300, 400)]
    [TestCase("between three hundred and forty and five hundred", 340, 500)]
    [TestCase("105-141", 105, 141)]
    [TestCase("340,000-350,000", 340_000, 350_000)]
    public void Parse_Range_ReadsBothEnds(string text, double low, double high)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Between(low, high)));
    }

    [TestCase("1.2-1.5 million", 1_200_000, 1_500_000)]
    [TestCase("1.2-1.5m", 1_200_000, 1_500_000)]
    [TestCase("between 3 and 4 million", 3_000_000, 4_000_000)]
    [TestCase("two or three million", 2_000_000, 3_000_000)]
    [TestCase("200 to 300 thousand", 200_000, 300_000)]
    [TestCase("two to three hundred", 200, 300)]
    public void Parse_RangeWithScaleOnHighEndOnly_ScalesBothEnds(string text, double low, double high)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Between(low, high)));
    }

    [TestCase("1.2m-1.5m", 1_200_000, 1_500_000)]
    [TestCase("900,000 to 1.2 million", 900_000, 1_200_000)]
    [TestCase("500 to 1.5 million", 500, 1_500_000)]
    [TestCase("three hundred to four hundred thousand", 300, 400_000)]
    public void Parse_RangeWhoseLowEndHasItsOwnScaleOrWouldExceedTheHighEnd_KeepsTheLowEnd(string text, double low, double high)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Between(low, high)));
    }

    [Test]
    public void Parse_RangeWithEqualEnds_IsOneValue()
    {
        Assert.That(Figure.Parse("5-5"), Is.EqualTo(Figure.Between(5, 5)));
    }

    [TestCase("300-200")]
    [TestCase("between 300 and 200")]
    [TestCase("three or two")]
    public void Parse_RangeWithLowAboveHigh_IsNotAFigure(string text)
    {
        Assert.That(() => Figure.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains($"'{text}'").And.Message.Contains("low end"));
    }

    [TestCase("between 200")]
    [TestCase("between 200 and")]
    [TestCase("200 to")]
    [TestCase("from 200")]
    [TestCase("200-300-400")]
    [TestCase("between 200 to 300")]
    [TestCase("from 200 and 300")]
    public void Parse_IncompleteRange_IsNotAFigure(string text)
    {
        Assert.That(() => Figure.Parse(text), Throws.TypeOf<FormatException>());
    }

    // ---- Vague quantities -------------------------------------------------------------------------

    [TestCase("dozens", 24, 99)]
    [TestCase("dozens of", 24, 99)]
    [TestCase("scores", 40, 99)]
    [TestCase("hundreds", 200, 999)]
    [TestCase("hundreds of", 200, 999)]
    [TestCase("thousands", 2_000, 9_999)]
    [TestCase("tens of thousands", 20_000, 99_999)]
    [TestCase("hundreds of thousands", 200_000, 999_999)]
    [TestCase("millions", 2_000_000, 9_999_999)]
    [TestCase("several", 3, 9)]
    [TestCase("a few", 2, 5)]
    [TestCase("a handful", 2, 6)]
    [TestCase("a couple", 2, 2)]
    [TestCase("a score", 20, 20)]
    [TestCase("a dozen", 12, 12)]
    [TestCase("Dozens Of", 24, 99)]
    [TestCase("  tens   of  thousands  ", 20_000, 99_999)]
    public void Parse_VagueQuantity_ReadsTheTable(string text, double low, double high)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Vague(low, high)));
    }

    [TestCase("several hundred", 300, 900)]
    [TestCase("several thousand", 3_000, 9_000)]
    [TestCase("a few hundred", 200, 500)]
    [TestCase("a few thousand", 2_000, 5_000)]
    [TestCase("several hundred thousand", 300_000, 900_000)]
    [TestCase("several million", 3_000_000, 9_000_000)]
    [TestCase("dozens of thousands", 24_000, 99_000)]
    [TestCase("hundreds of millions", 200_000_000, 999_000_000)]
    [TestCase("several hundred of", 300, 900)]
    public void Parse_VagueQuantityTimesScale_MultipliesTheInterval(string text, double low, double high)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Vague(low, high)));
    }

    [Test]
    public void Parse_UserOverrideOfDozens_UsesTheUserInterval()
    {
        var options = new FigureOptions { VagueQuantities = VagueQuantityTable.Default.With("dozens", 13, 99) };

        Assert.That(Figure.Parse("dozens", options), Is.EqualTo(Figure.Vague(13, 99)));
    }

    [Test]
    public void Parse_UserOverrideOfSeveral_AppliesToSeveralHundred()
    {
        var options = new FigureOptions { VagueQuantities = VagueQuantityTable.Default.With("several", 2, 7) };

        Assert.That(Figure.Parse("several hundred", options), Is.EqualTo(Figure.Vague(200, 700)));
    }

    [Test]
    public void Parse_UserAddedPhrase_IsAVagueQuantity()
    {
        var options = new FigureOptions { VagueQuantities = VagueQuantityTable.Default.With("a great many", 50, 500) };

        Assert.That(Figure.Parse("a great many of", options), Is.EqualTo(Figure.Vague(50, 500)));
    }

    [Test]
    public void Parse_UserAddedSingleValuedPhrase_CanBeHedged()
    {
        var options = new FigureOptions { VagueQuantities = VagueQuantityTable.Default.With("a gross", 144, 144) };

        Assert.That(Figure.Parse("about a gross", options), Is.EqualTo(Figure.Hedged(144, 0.10)));
    }

    [Test]
    public void Parse_UserPhrase_WinsOverNumberWords()
    {
        var options = new FigureOptions { VagueQuantities = VagueQuantityTable.Default.With("a hundred", 90, 110) };

        Assert.That(Figure.Parse("a hundred", options), Is.EqualTo(Figure.Vague(90, 110)));
    }

    [Test]
    public void Parse_RemovedPhrase_IsNotAFigure()
    {
        var options = new FigureOptions { VagueQuantities = VagueQuantityTable.Default.Without("dozens") };

        Assert.That(Figure.TryParse("dozens", options, out _), Is.False);
    }

    [Test]
    public void Parse_EmptyTable_StillReadsNumbers()
    {
        var options = new FigureOptions { VagueQuantities = VagueQuantityTable.Empty };

        Assert.That(Figure.Parse("around 340,000", options), Is.EqualTo(Figure.Hedged(340_000, 0.10, 10_000)));
    }

    [TestCase("a dozen")]
    [TestCase("several hundred")]
    public void Parse_EmptyTable_RecognisesNoVagueQuantity(string text)
    {
        var options = new FigureOptions { VagueQuantities = VagueQuantityTable.Empty };

        Assert.That(Figure.TryParse(text, options, out _), Is.False);
    }

    [TestCase("many")]
    [TestCase("tens")]
    [TestCase("hundred of thousands")]
    [TestCase("several thousand hundred")]
    [TestCase("of")]
    public void Parse_UnknownVagueQuantity_IsNotAFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    // ---- Text, case and whitespace ----------------------------------------------------------------

    [TestCase("around 340,000")]
    [TestCase("  about 270,000  ")]
    [TestCase("dozens")]
    public void Parse_KeepsTheOriginalText(string text)
    {
        Assert.That(Figure.Parse(text).Text, Is.EqualTo(text));
    }

    [Test]
    public void Parse_IsCaseInsensitive()
    {
        Assert.That(Figure.Parse("AROUND 340,000"), Is.EqualTo(Figure.Parse("around 340,000")));
    }

    [Test]
    public void Parse_IgnoresSurroundingWhitespace()
    {
        Assert.That(Figure.Parse("\t about 270,000 \n"), Is.EqualTo(Figure.Parse("about 270,000")));
    }

    [Test]
    public void Parse_IgnoresExtraWhitespaceBetweenWords()
    {
        Assert.That(Figure.Parse("at   least  440"), Is.EqualTo(Figure.AtLeast(440)));
    }

    [Test]
    public void Parse_ToString_ReturnsTheText()
    {
        Assert.That(Figure.Parse("about 270,000").ToString(), Is.EqualTo("about 270,000"));
    }

    // ---- Errors -----------------------------------------------------------------------------------

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("many")]
    [TestCase("a lot")]
    [TestCase("abc")]
    [TestCase("12 apples and 13 pears")]
    [TestCase("340,000 people")]
    [TestCase("around 340,000 people")]
    [TestCase("1,5")]
    [TestCase("1000,000")]
    [TestCase("1.000.000")]
    [TestCase("340,000.")]
    [TestCase("(340,000)")]
    [TestCase("12 13")]
    [TestCase("about 12 and 13")]
    [TestCase("1 2000")]
    [TestCase("déjà vu")]
    public void Parse_NotAFigure_ThrowsFormatExceptionNamingTheText(string text)
    {
        Assert.That(() => Figure.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains($"'{text}' is not a figure"));
    }

    [Test]
    public void Parse_NotAFigure_SaysWhatWasExpected()
    {
        Assert.That(
            () => Figure.Parse("many"),
            Throws.TypeOf<FormatException>().With.Message.EqualTo("'many' is not a figure: expected a number, a range, a bound ('at least 10') or a vague quantity ('dozens')."));
    }

    [TestCase("-5")]
    [TestCase("\u22125")]
    [TestCase("-340,000")]
    [TestCase("- 5")]
    [TestCase("-five")]
    [TestCase("between -5 and 10")]
    [TestCase("-5 to 10")]
    [TestCase("at least -5")]
    [TestCase("about -5")]
    public void Parse_NegativeNumber_IsNotACount(string text)
    {
        Assert.That(
            () => Figure.Parse(text),
            Throws.TypeOf<FormatException>().With.Message.Contains($"'{text}'").And.Message.Contains("a count cannot be negative"));
    }

    [Test]
    public void Parse_NumberTooLargeForItsDigits_IsNotAFigure()
    {
        Assert.That(
            () => Figure.Parse("1,000,000,000,000,000,000,000"),
            Throws.TypeOf<FormatException>().With.Message.Contains("too large"));
    }

    [Test]
    public void Parse_TextWithTooManyWords_IsNotAFigure()
    {
        var text = string.Join(' ', Enumerable.Repeat("very", 40)) + " many";

        Assert.That(() => Figure.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains("too long"));
    }

    [Test]
    public void Parse_Null_Throws()
    {
        Assert.That(() => Figure.Parse(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void TryParse_Null_ReturnsFalse()
    {
        var parsed = Figure.TryParse(null, out var figure);

        Assert.That((parsed, figure), Is.EqualTo((false, (Figure?)null)));
    }

    [Test]
    public void TryParse_Figure_ReturnsTrueAndTheFigure()
    {
        var parsed = Figure.TryParse("around 340,000", out var figure);

        Assert.That((parsed, figure), Is.EqualTo((true, Figure.Hedged(340_000, 0.10, 10_000))));
    }

    [Test]
    public void TryParse_NotAFigure_ReturnsFalseAndTheReason()
    {
        var parsed = Figure.TryParse("12 apples and 13 pears", FigureOptions.Default, out var figure, out var error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.False);
            Assert.That(figure, Is.Null);
            Assert.That(error, Does.StartWith("'12 apples and 13 pears' is not a figure: expected"));
        }
    }

    [Test]
    public void TryParse_Figure_ReturnsNoError()
    {
        var parsed = Figure.TryParse("dozens", FigureOptions.Default, out _, out var error);

        Assert.That((parsed, error), Is.EqualTo((true, (string?)null)));
    }

    [Test]
    public void Parse_NullOptions_UsesTheDefaults()
    {
        Assert.That(Figure.Parse("about 105", null), Is.EqualTo(Figure.Parse("about 105", FigureOptions.Default)));
    }

    [Test]
    [CancelAfter(5_000)]
    public void Parse_LongAdversarialText_FailsFast()
    {
        var texts = new[]
        {
            new string('1', 100_000),
            string.Concat(Enumerable.Repeat("1,000", 20_000)),
            string.Concat(Enumerable.Repeat("and ", 20_000)),
            string.Concat(Enumerable.Repeat("twenty-", 20_000)),
            "between " + string.Concat(Enumerable.Repeat("1 and ", 20_000)),
        };

        var stopwatch = Stopwatch.StartNew();
        var parsed = 0;
        foreach (var text in texts)
        {
            parsed += Figure.TryParse(text, out _) ? 1 : 0;
        }

        Assert.That((parsed, stopwatch.Elapsed < TimeSpan.FromSeconds(2)), Is.EqualTo((0, true)));
    }

    [Test]
    public void Parse_ManyFigures_AllocatesOnlyTheFigures()
    {
        const int Count = 10_000;
        string[] texts = ["around 340,000", "at least 440+", "1.2-1.5 million", "three hundred and forty thousand", "dozens of", "several hundred"];
        foreach (var text in texts)
        {
            Figure.Parse(text);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Count; i++)
        {
            Figure.Parse(texts[i % texts.Length]);
        }

        var perParse = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Count;

        Assert.That(perParse, Is.LessThanOrEqualTo(128));
    }
}

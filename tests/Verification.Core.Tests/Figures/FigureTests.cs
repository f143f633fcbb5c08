using Verification.Figures;
namespace Verification.Core.Tests.Figures;

/// <summary>The figure value type: factories, invariants, equality and description.</summary>
[TestFixture]
public sealed class FigureTests
{
    private const double Tolerance = 1e-6;

    // ---- Factories --------------------------------------------------------------------------------

    [Test]
    public void Rounded_CoversHalfAUnitEitherSide()
    {
        var figure = Figure.Rounded(340_000, 10_000);

        Assert.That((figure.Low, figure.High, figure.Kind), Is.EqualTo((335_000d, 345_000d, FigureKind.Rounded)));
    }

    [Test]
    public void Rounded_ZeroUnit_IsExact()
    {
        Assert.That(Figure.Rounded(105, 0), Is.EqualTo(Figure.Exact(105)));
    }

    [Test]
    public void Rounded_NearZero_IsClampedAtZero()
    {
        Assert.That(Figure.Rounded(20, 100).Low, Is.Zero);
    }

    [Test]
    public void Hedged_WidensByTheToleranceEitherSide()
    {
        var figure = Figure.Hedged(270_000, 0.10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.Low, Is.EqualTo(243_000).Within(Tolerance));
            Assert.That(figure.High, Is.EqualTo(297_000).Within(Tolerance));
        }
    }

    [Test]
    public void Hedged_RoundingWiderThanTolerance_UsesTheRounding()
    {
        var figure = Figure.Hedged(2_000_000, 0.10, 1_000_000);

        Assert.That((figure.Low, figure.High), Is.EqualTo((1_500_000d, 2_500_000d)));
    }

    [Test]
    public void Nearly_CoversBelowTheValueOnly()
    {
        var figure = Figure.Nearly(100, 0.10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.Low, Is.EqualTo(90).Within(Tolerance));
            Assert.That(figure.High, Is.EqualTo(100));
        }
    }

    [Test]
    public void Interval_WithoutHigh_IsUnbounded()
    {
        var figure = Figure.Interval(440, null);

        Assert.That((figure.IsUnbounded, figure.LowInclusive, figure.Kind), Is.EqualTo((true, true, FigureKind.Interval)));
    }

    [Test]
    public void Interval_WithHigh_IsClosed()
    {
        var figure = Figure.Interval(105, 141);

        Assert.That((figure.Low, figure.High, figure.HighInclusive), Is.EqualTo((105d, 141d, true)));
    }

    [Test]
    public void UpperBound_CoreRunsFromZeroToTheBound()
    {
        var figure = Figure.UpTo(240);

        Assert.That((figure.CoreLow, figure.CoreHigh), Is.EqualTo((0d, 240d)));
    }

    [Test]
    public void LowerBound_CoreRunsFromTheBoundToInfinity()
    {
        var figure = Figure.AtLeast(440);

        Assert.That((figure.CoreLow, figure.CoreHigh), Is.EqualTo((440d, double.PositiveInfinity)));
    }

    // ---- Invalid figures cannot exist -------------------------------------------------------------

    [Test]
    public void Exact_Negative_Throws()
    {
        Assert.That(() => Figure.Exact(-1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Exact_NaN_Throws()
    {
        Assert.That(() => Figure.Exact(double.NaN), Throws.ArgumentException);
    }

    [Test]
    public void Exact_Infinity_Throws()
    {
        Assert.That(() => Figure.Exact(double.PositiveInfinity), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void AtLeast_Infinity_Throws()
    {
        Assert.That(() => Figure.AtLeast(double.PositiveInfinity), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Rounded_NegativeValue_Throws()
    {
        Assert.That(() => Figure.Rounded(-50, 100), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [TestCase(-1d)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Rounded_InvalidUnit_Throws(double unit)
    {
        Assert.That(() => Figure.Rounded(100, unit), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Hedged_NegativeValue_Throws()
    {
        Assert.That(() => Figure.Hedged(-5, 0.10), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [TestCase(-0.1)]
    [TestCase(1.0)]
    [TestCase(double.NaN)]
    public void Hedged_InvalidTolerance_Throws(double tolerance)
    {
        Assert.That(() => Figure.Hedged(100, tolerance), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Hedged_NegativeRoundingUnit_Throws()
    {
        Assert.That(() => Figure.Hedged(100, 0.1, -10), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Nearly_InvalidTolerance_Throws()
    {
        Assert.That(() => Figure.Nearly(100, 1.5), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void UpTo_Negative_Throws()
    {
        Assert.That(() => Figure.UpTo(-1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void FewerThan_Zero_Throws()
    {
        Assert.That(() => Figure.FewerThan(0), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Between_LowAboveHigh_Throws()
    {
        Assert.That(() => Figure.Between(300, 200), Throws.ArgumentException);
    }

    [Test]
    public void Vague_NegativeLow_Throws()
    {
        Assert.That(() => Figure.Vague(-1, 5), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    // ---- Equality ---------------------------------------------------------------------------------

    [Test]
    public void Equals_SameFigureDifferentText_AreEqual()
    {
        Assert.That(Figure.Exact(105, "105"), Is.EqualTo(Figure.Exact(105, "one hundred and five")));
    }

    [Test]
    public void GetHashCode_SameFigureDifferentText_IsEqual()
    {
        Assert.That(Figure.Parse("around 340,000").GetHashCode(), Is.EqualTo(Figure.Hedged(340_000, 0.10, 10_000).GetHashCode()));
    }

    [Test]
    public void EqualityOperator_SameFigureDifferentText_IsTrue()
    {
        Assert.That(Figure.Parse("at least 440+") == Figure.Parse("440 or more"), Is.True);
    }

    [Test]
    public void Equals_SameIntervalDifferentKind_AreNotEqual()
    {
        Assert.That(Figure.Exact(12), Is.Not.EqualTo(Figure.Vague(12, 12)));
    }

    [Test]
    public void Equals_SameIntervalDifferentCore_AreNotEqual()
    {
        // Both cover 50–100, but one states 100 and the other the range 50–100.
        Assert.That(Figure.Nearly(100, 0.5), Is.Not.EqualTo(Figure.Between(50, 100)));
    }

    [Test]
    public void Equals_OpenAndClosedBound_AreNotEqual()
    {
        Assert.That(Figure.AtLeast(400), Is.Not.EqualTo(Figure.MoreThan(400)));
    }

    [Test]
    public void InequalityOperator_DifferentFigures_IsTrue()
    {
        Assert.That(Figure.UpTo(100) != Figure.FewerThan(100), Is.True);
    }

    [Test]
    public void EqualityOperator_Null_IsFalseUnlessBothAreNull()
    {
        Figure? none = null;

        Assert.That((Figure.Exact(1) == none, none == Figure.Exact(1), none == null), Is.EqualTo((false, false, true)));
    }

    [Test]
    public void Equals_Object_ComparesAsFigure()
    {
        object other = Figure.Exact(105);

        Assert.That(Figure.Exact(105).Equals(other), Is.True);
    }

    // ---- Description ------------------------------------------------------------------------------

    [TestCase("340,000", "335,000–345,000")]
    [TestCase("about 270,000", "243,000–297,000")]
    [TestCase("105", "105")]
    [TestCase("at least 440+", "at least 440")]
    [TestCase("more than 400", "more than 400")]
    [TestCase("fewer than 100", "under 100")]
    [TestCase("as many as 240", "0–240")]
    [TestCase("105-141", "105–141")]
    [TestCase("dozens", "24–99")]
    [TestCase("1.5", "1.45–1.55")]
    [TestCase("1.5 million", "1,450,000–1,550,000")]
    public void DescribeInterval_WritesTheIntervalInWords(string text, string description)
    {
        Assert.That(Figure.Parse(text).DescribeInterval(), Is.EqualTo(description));
    }

    [Test]
    public void ToString_WithoutText_DescribesTheInterval()
    {
        Assert.That(Figure.AtLeast(440).ToString(), Is.EqualTo("at least 440"));
    }

    [Test]
    public void ToString_WithText_ReturnsTheText()
    {
        Assert.That(Figure.AtLeast(440, "at least 440+").ToString(), Is.EqualTo("at least 440+"));
    }

    [TestCase(1234567.891, "1,234,567.89")]
    [TestCase(0, "0")]
    [TestCase(double.PositiveInfinity, "∞")]
    public void FormatNumber_UsesInvariantThousandsSeparatorsAndTwoDecimals(double value, string formatted)
    {
        Assert.That(Figure.FormatNumber(value), Is.EqualTo(formatted));
    }
}

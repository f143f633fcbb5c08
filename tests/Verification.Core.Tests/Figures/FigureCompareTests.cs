using Verification.Figures;
namespace Verification.Core.Tests.Figures;

/// <summary>Comparing figures: agreement is overlap of intervals; leeway, gap and relative gap (DESIGN §2).</summary>
[TestFixture]
public sealed class FigureCompareTests
{
    private const double Tolerance = 1e-6;

    private static IEnumerable<TestCaseData> FigurePairs()
    {
        yield return new TestCaseData(Figure.Parse("about 270,000"), Figure.Parse("255,000")).SetArgDisplayNames("about 270,000", "255,000");
        yield return new TestCaseData(Figure.Exact(105), Figure.Parse("as many as 240")).SetArgDisplayNames("105", "as many as 240");
        yield return new TestCaseData(Figure.Exact(105), Figure.Parse("at least 440")).SetArgDisplayNames("105", "at least 440");
        yield return new TestCaseData(Figure.MoreThan(400), Figure.Exact(400)).SetArgDisplayNames("more than 400", "400");
        yield return new TestCaseData(Figure.FewerThan(100), Figure.Exact(100)).SetArgDisplayNames("fewer than 100", "100");
        yield return new TestCaseData(Figure.Between(1, 5), Figure.Between(5, 9)).SetArgDisplayNames("1-5", "5-9");
        yield return new TestCaseData(Figure.FewerThan(5), Figure.Between(5, 9)).SetArgDisplayNames("fewer than 5", "5-9");
        yield return new TestCaseData(Figure.Parse("dozens"), Figure.Exact(105)).SetArgDisplayNames("dozens", "105");
        yield return new TestCaseData(Figure.AtLeast(10), Figure.MoreThan(1_000)).SetArgDisplayNames("at least 10", "more than 1,000");
        yield return new TestCaseData(Figure.UpTo(10), Figure.MoreThan(10)).SetArgDisplayNames("up to 10", "more than 10");
        yield return new TestCaseData(Figure.UpTo(10), Figure.AtLeast(10)).SetArgDisplayNames("up to 10", "at least 10");
    }

    // ---- Agreement --------------------------------------------------------------------------------

    [Test]
    public void Compare_HedgedFigureOverlappingOnlyThroughTheHedge_AgreesOnlyThroughLeeway()
    {
        var comparison = Figure.Parse("about 270,000").Compare(Figure.Parse("255,000"));

        Assert.That(comparison, Is.EqualTo(new FigureComparison(true, true, 0, 0)));
    }

    [Test]
    public void Compare_SameStatedNumber_AgreesWithoutLeeway()
    {
        var comparison = Figure.Parse("about 270,000").Compare(Figure.Exact(270_000));

        Assert.That(comparison, Is.EqualTo(new FigureComparison(true, false, 0, 0)));
    }

    [Test]
    public void Compare_RoundedFigureCoveringAnExactValue_AgreesOnlyThroughLeeway()
    {
        var comparison = Figure.Parse("340,000").Compare(Figure.Exact(344_000));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway), Is.EqualTo((true, true)));
    }

    [Test]
    public void Compare_RangeContainingTheValue_AgreesWithoutLeeway()
    {
        var comparison = Figure.Between(105, 141).Compare(Figure.Exact(120));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway), Is.EqualTo((true, false)));
    }

    [Test]
    public void Compare_UpperBoundCoveringTheValue_Agrees()
    {
        var comparison = Figure.Parse("as many as 240").Compare(Figure.Exact(105));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway, comparison.Gap), Is.EqualTo((true, false, 0d)));
    }

    [Test]
    public void Compare_AtLeastAndItsBound_Agree()
    {
        var comparison = Figure.AtLeast(440).Compare(Figure.Exact(440));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway), Is.EqualTo((true, false)));
    }

    [Test]
    public void Compare_UpToAndItsBound_Agree()
    {
        Assert.That(Figure.UpTo(240).Compare(Figure.Exact(240)).Agrees, Is.True);
    }

    [Test]
    public void Compare_OpenLowerBoundAndALargeValue_Agree()
    {
        Assert.That(Figure.Parse("more than 400").Compare(Figure.Exact(1_000_000)).Agrees, Is.True);
    }

    [Test]
    public void Compare_TwoLowerBounds_Agree()
    {
        Assert.That(Figure.AtLeast(10).Compare(Figure.MoreThan(1_000)).Agrees, Is.True);
    }

    [Test]
    public void Compare_VagueQuantityAndAValueInside_Agree()
    {
        var comparison = Figure.Parse("dozens").Compare(Figure.Exact(61));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway), Is.EqualTo((true, false)));
    }

    [Test]
    public void Compare_NearlyAndTheValueItApproaches_AgreeWithoutLeeway()
    {
        var comparison = Figure.Parse("nearly 100").Compare(Figure.Exact(100));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway), Is.EqualTo((true, false)));
    }

    [Test]
    public void Compare_NearlyAndAValueJustBelow_AgreesOnlyThroughLeeway()
    {
        var comparison = Figure.Parse("nearly 100").Compare(Figure.Exact(95));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway), Is.EqualTo((true, true)));
    }

    // ---- Open ends --------------------------------------------------------------------------------

    // DESIGN §2: bounds that touch agree through leeway. These three pairs share no value, but meet at their bound.
    [Test]
    public void Compare_MoreThanAndItsOwnBound_TouchAndAgreeOnlyThroughLeeway()
    {
        var comparison = Figure.Parse("more than 400").Compare(Figure.Exact(400));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway, comparison.Gap), Is.EqualTo((true, true, 0d)));
    }

    [Test]
    public void Compare_FewerThanAndItsOwnBound_TouchAndAgreeOnlyThroughLeeway()
    {
        var comparison = Figure.Parse("fewer than 100").Compare(Figure.Exact(100));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway, comparison.Gap), Is.EqualTo((true, true, 0d)));
    }

    [Test]
    public void Compare_UpToAndMoreThanTheSameNumber_TouchAndAgreeOnlyThroughLeeway()
    {
        var comparison = Figure.UpTo(10).Compare(Figure.MoreThan(10));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway), Is.EqualTo((true, true)));
    }

    [Test]
    public void Compare_NearlyAndMoreThanTheSameNumber_TouchAndAgreeOnlyThroughLeeway()
    {
        var nearly = Figure.Parse("nearly 4,500");
        var comparison = nearly.Compare(Figure.Parse("more than 4,500"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((nearly.Low, nearly.High), Is.EqualTo((4_050d, 4_500d)).Within(1e-9));
            Assert.That(nearly.Overlaps(Figure.Parse("more than 4,500")), Is.False, "no value is shared");
            Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway, comparison.Gap, comparison.RelativeGap), Is.EqualTo((true, true, 0d, 0d)));
        }
    }

    [Test]
    public void Compare_FewerThanAndAtLeastTheSameNumber_TouchAndAgreeOnlyThroughLeeway()
    {
        var comparison = Figure.FewerThan(100).Compare(Figure.AtLeast(100));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway), Is.EqualTo((true, true)));
    }

    [Test]
    public void Compare_MoreThanAndAValueJustBelowItsBound_Disagree()
    {
        var comparison = Figure.MoreThan(4_500).Compare(Figure.Exact(4_499));

        Assert.That((comparison.Agrees, comparison.Gap), Is.EqualTo((false, 1d)));
    }

    [Test]
    public void Compare_TwoOpenEndsAtTheSameNumberOnTheSameSide_OverlapWithoutLeeway()
    {
        var comparison = Figure.MoreThan(4_500).Compare(Figure.MoreThan(4_500));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway), Is.EqualTo((true, false)));
    }

    [Test]
    public void Compare_MoreThanAndAHedgedBound_AgreesOnlyThroughLeeway()
    {
        var comparison = Figure.Parse("more than 400").Compare(Figure.Parse("about 400"));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway), Is.EqualTo((true, true)));
    }

    [Test]
    public void Compare_FewerThanAndAHedgedBound_AgreesOnlyThroughLeeway()
    {
        var comparison = Figure.Parse("fewer than 100").Compare(Figure.Parse("about 100"));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway), Is.EqualTo((true, true)));
    }

    // ---- Disagreement, gap and relative gap -------------------------------------------------------

    [Test]
    public void Compare_DisjointExactValues_Disagree()
    {
        var comparison = Figure.Exact(100).Compare(Figure.Exact(150));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway), Is.EqualTo((false, false)));
    }

    [Test]
    public void Compare_DisjointExactValues_GapIsTheirDistance()
    {
        Assert.That(Figure.Exact(100).Compare(Figure.Exact(150)).Gap, Is.EqualTo(50));
    }

    [Test]
    public void Compare_DisjointExactValues_RelativeGapDividesByTheLargerValue()
    {
        Assert.That(Figure.Exact(100).Compare(Figure.Exact(150)).RelativeGap, Is.EqualTo(50.0 / 150).Within(Tolerance));
    }

    [Test]
    public void Compare_DisjointIntervals_GapIsBetweenTheNearerEnds()
    {
        // 340,000 → 335,000–345,000; about 420,000 → 378,000–462,000.
        var comparison = Figure.Parse("340,000").Compare(Figure.Parse("about 420,000"));

        Assert.That(comparison.Gap, Is.EqualTo(33_000).Within(Tolerance));
    }

    [Test]
    public void Compare_DisjointIntervals_RelativeGapDividesByTheLargerStatedValue()
    {
        var comparison = Figure.Parse("340,000").Compare(Figure.Parse("about 420,000"));

        Assert.That(comparison.RelativeGap, Is.EqualTo(33_000.0 / 420_000).Within(Tolerance));
    }

    [Test]
    public void Compare_LowerBoundAboveAValue_GapIsFromTheValueToTheBound()
    {
        var comparison = Figure.Parse("at least 440").Compare(Figure.Exact(105));

        Assert.That((comparison.Agrees, comparison.Gap), Is.EqualTo((false, 335d)));
    }

    [Test]
    public void Compare_LowerBoundAboveAValue_RelativeGapDividesByTheBound()
    {
        var comparison = Figure.Parse("at least 440").Compare(Figure.Exact(105));

        Assert.That(comparison.RelativeGap, Is.EqualTo(335.0 / 440).Within(Tolerance));
    }

    [Test]
    public void Compare_VagueQuantityBelowAValue_GapIsFromItsHighEnd()
    {
        var comparison = Figure.Parse("dozens").Compare(Figure.Exact(105));

        Assert.That((comparison.Agrees, comparison.Gap), Is.EqualTo((false, 6d)));
    }

    [Test]
    public void Compare_NearlyAndAValueAbove_Disagree()
    {
        var comparison = Figure.Parse("nearly 100").Compare(Figure.Exact(101));

        Assert.That((comparison.Agrees, comparison.Gap), Is.EqualTo((false, 1d)));
    }

    [Test]
    public void Compare_ValuesBelowOne_RelativeGapDividesByAtLeastOne()
    {
        var comparison = Figure.Exact(0).Compare(Figure.Exact(0.5));

        Assert.That(comparison.RelativeGap, Is.EqualTo(0.5).Within(Tolerance));
    }

    [TestCaseSource(nameof(FigurePairs))]
    public void Compare_IsSymmetric(Figure a, Figure b)
    {
        Assert.That(a.Compare(b), Is.EqualTo(b.Compare(a)));
    }

    [Test]
    public void Compare_Null_Throws()
    {
        Assert.That(() => Figure.Exact(1).Compare(null!), Throws.ArgumentNullException);
    }

    // ---- Overlaps and Contains --------------------------------------------------------------------

    [TestCaseSource(nameof(FigurePairs))]
    public void Overlaps_IsSymmetric(Figure a, Figure b)
    {
        Assert.That(a.Overlaps(b), Is.EqualTo(b.Overlaps(a)));
    }

    [Test]
    public void Overlaps_TouchingClosedEnds_Overlap()
    {
        Assert.That(Figure.Between(1, 5).Overlaps(Figure.Between(5, 9)), Is.True);
    }

    [Test]
    public void Overlaps_TouchingAnOpenEnd_DoNotOverlap()
    {
        Assert.That(Figure.FewerThan(5).Overlaps(Figure.Between(5, 9)), Is.False);
    }

    [Test]
    public void Overlaps_Itself_Overlaps()
    {
        var figure = Figure.Parse("more than 400");

        Assert.That(figure.Overlaps(figure), Is.True);
    }

    [Test]
    public void Overlaps_Null_Throws()
    {
        Assert.That(() => Figure.Exact(1).Overlaps(null!), Throws.ArgumentNullException);
    }

    [TestCase(335_000, true)]
    [TestCase(345_000, true)]
    [TestCase(334_999, false)]
    [TestCase(345_001, false)]
    public void Contains_RoundedFigure_IncludesBothEnds(double value, bool contained)
    {
        Assert.That(Figure.Parse("340,000").Contains(value), Is.EqualTo(contained));
    }

    [Test]
    public void Contains_Infinity_IsNotInAnUnboundedFigure()
    {
        Assert.That(Figure.AtLeast(440).Contains(double.PositiveInfinity), Is.False);
    }
}

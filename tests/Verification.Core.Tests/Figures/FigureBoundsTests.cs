using Verification.Figures;
namespace Verification.Core.Tests.Figures;

/// <summary>A figure's interval on its own: overlap and "entirely above" at inclusive and exclusive ends, as the figures
/// themselves compare.</summary>
[TestFixture]
public sealed class FigureBoundsTests
{
    [Test]
    public void Bounds_AreTheFiguresInterval()
    {
        Assert.That(Figure.MoreThan(400).Bounds, Is.EqualTo(new FigureBounds(400, false, double.PositiveInfinity, false)));
    }

    [TestCase(1, true, 5, true, 5, true, 9, true, ExpectedResult = true)]
    [TestCase(1, true, 5, false, 5, true, 9, true, ExpectedResult = false)]
    [TestCase(1, true, 5, true, 5, false, 9, true, ExpectedResult = false)]
    [TestCase(1, true, 5, true, 6, true, 9, true, ExpectedResult = false)]
    [TestCase(1, true, 9, true, 3, true, 4, true, ExpectedResult = true)]
    [TestCase(5, true, 5, true, 5, true, 5, true, ExpectedResult = true)]
    [TestCase(400, false, double.PositiveInfinity, false, 400, true, 400, true, ExpectedResult = false)]
    [TestCase(400, false, double.PositiveInfinity, false, 1_000_000, true, 1_000_000, true, ExpectedResult = true)]
    public bool Overlaps_AtTheEnds(double aLow, bool aLowIn, double aHigh, bool aHighIn, double bLow, bool bLowIn, double bHigh, bool bHighIn)
    {
        var a = new FigureBounds(aLow, aLowIn, aHigh, aHighIn);
        var b = new FigureBounds(bLow, bLowIn, bHigh, bHighIn);

        Assert.That(b.Overlaps(a), Is.EqualTo(a.Overlaps(b)), "overlap is symmetric");
        return a.Overlaps(b);
    }

    [TestCase(6, true, 9, true, 1, true, 5, true, ExpectedResult = true)]
    [TestCase(5, true, 9, true, 1, true, 5, true, ExpectedResult = false)]
    [TestCase(5, false, 9, true, 1, true, 5, true, ExpectedResult = false)]
    [TestCase(5, true, 9, true, 1, true, 5, false, ExpectedResult = false)]
    [TestCase(5.001, true, 9, true, 1, true, 5, true, ExpectedResult = true)]
    [TestCase(4, true, 9, true, 1, true, 5, true, ExpectedResult = false)]
    [TestCase(1, true, 5, true, 1, true, double.PositiveInfinity, false, ExpectedResult = false)]
    public bool IsAbove_AtTheEnds(double aLow, bool aLowIn, double aHigh, bool aHighIn, double bLow, bool bLowIn, double bHigh, bool bHighIn) =>
        new FigureBounds(aLow, aLowIn, aHigh, aHighIn).IsAbove(new FigureBounds(bLow, bLowIn, bHigh, bHighIn));

    // Touching intervals share no value but agree through leeway (DESIGN §2).
    [TestCase(1, true, 5, true, 5, false, 9, true, ExpectedResult = true)]
    [TestCase(1, true, 5, false, 5, true, 9, true, ExpectedResult = true)]
    [TestCase(1, true, 5, false, 5, false, 9, true, ExpectedResult = true)]
    [TestCase(1, true, 5, true, 5, true, 9, true, ExpectedResult = false)]
    [TestCase(1, true, 5, true, 6, true, 9, true, ExpectedResult = false)]
    [TestCase(400, false, double.PositiveInfinity, false, 401, true, 500, true, ExpectedResult = false)]
    [TestCase(400, false, double.PositiveInfinity, false, 360, true, 400, true, ExpectedResult = true)]
    public bool Touches_AtTheEnds(double aLow, bool aLowIn, double aHigh, bool aHighIn, double bLow, bool bLowIn, double bHigh, bool bHighIn)
    {
        var a = new FigureBounds(aLow, aLowIn, aHigh, aHighIn);
        var b = new FigureBounds(bLow, bLowIn, bHigh, bHighIn);

        Assert.That(b.Touches(a), Is.EqualTo(a.Touches(b)), "touching is symmetric");
        return a.Touches(b);
    }

    [Test]
    public void Agrees_OverlappingOrTouching()
    {
        var nearly = new FigureBounds(4_050, true, 4_500, true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(nearly.Agrees(new FigureBounds(4_500, false, double.PositiveInfinity, false)), Is.True);
            Assert.That(nearly.Agrees(new FigureBounds(4_400, true, 4_400, true)), Is.True);
            Assert.That(nearly.Agrees(new FigureBounds(4_501, true, 4_600, true)), Is.False);
        }
    }

    [Test]
    public void Agrees_AgreesWithFigureCompare_ForEveryPairOfShapes()
    {
        Figure[] figures =
        [
            Figure.Exact(100), Figure.MoreThan(100), Figure.AtLeast(100), Figure.FewerThan(100), Figure.UpTo(100),
            Figure.Between(50, 100), Figure.Between(100, 150), Figure.Parse("about 100"), Figure.Parse("nearly 100"),
            Figure.Parse("dozens"), Figure.Exact(101), Figure.Exact(99),
        ];

        var disagreements = (from a in figures
                             from b in figures
                             where a.Bounds.Agrees(b.Bounds) != a.Compare(b).Agrees
                             select $"{a} / {b}").ToList();

        Assert.That(disagreements, Is.Empty);
    }
}

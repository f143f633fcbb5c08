using Verification.Figures;
using Verification.Outputs.Html;
namespace Verification.Outputs.Tests.Html;

public sealed class ChartAxisTests
{
    [Test]
    public void For_MosulStrikeFigures_CoversEveryEndWithRoundTicks()
    {
        var axis = ChartAxis.For([Figure.Vague(24, 99), Figure.Exact(105), Figure.UpTo(240), Figure.Exact(160)]);

        Assert.That(axis.Min, Is.Zero);
        Assert.That(axis.Max, Is.GreaterThanOrEqualTo(240));
        Assert.That(axis.Step, Is.EqualTo(50));
        Assert.That(axis.Ticks, Is.EqualTo(new double[] { 0, 50, 100, 150, 200, 250, 300 }));
    }

    [Test]
    public void For_OpenUpperBound_LeavesRoomPastItsLowEnd()
    {
        var axis = ChartAxis.For([Figure.Hedged(340_000, 0.1), Figure.MoreThan(355_000)]);

        Assert.That(axis.Min, Is.LessThanOrEqualTo(306_000));
        Assert.That(axis.Max, Is.GreaterThan(374_000 + (0.2 * (374_000 - 306_000)) - 1));
        Assert.That(axis.Position(double.PositiveInfinity, 0, 100), Is.EqualTo(100));
    }

    [Test]
    public void For_OneExactFigure_GivesAnAxisAroundIt()
    {
        var axis = ChartAxis.For([Figure.Exact(70_000)]);

        Assert.That(axis.Min, Is.LessThan(70_000));
        Assert.That(axis.Max, Is.GreaterThan(70_000));
        Assert.That(axis.Position(70_000, 0, 100), Is.InRange(1, 99));
    }

    [Test]
    public void For_Zero_GivesAnAxisFromZero()
    {
        var axis = ChartAxis.For([Figure.Exact(0)]);

        Assert.That(axis.Min, Is.Zero);
        Assert.That(axis.Max, Is.GreaterThan(0));
    }

    [Test]
    public void Position_ValuesOutsideTheAxis_AreClamped()
    {
        var axis = ChartAxis.For([Figure.Between(100, 200)]);

        Assert.That(axis.Position(-50, 10, 110), Is.EqualTo(10));
        Assert.That(axis.Position(1e9, 10, 110), Is.EqualTo(110));
    }

    [TestCase(0, "0")]
    [TestCase(250_000, "250,000")]
    [TestCase(1_500_000, "1.5M")]
    [TestCase(0.5, "0.5")]
    public void Label_Value_IsWrittenForReaders(double value, string expected)
    {
        Assert.That(ChartAxis.Label(value), Is.EqualTo(expected));
    }
}

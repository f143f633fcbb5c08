using System.Globalization;
using Verification.Figures;

namespace Verification.Core.Tests.Figures;

/// <summary>The options that say how figure text is read.</summary>
[TestFixture]
public sealed class FigureOptionsTests
{
    [Test]
    public void Default_HedgeToleranceIsTenPercent()
    {
        Assert.That(FigureOptions.Default.HedgeTolerance, Is.EqualTo(0.10));
    }

    [Test]
    public void Default_AppliesRounding()
    {
        Assert.That(FigureOptions.Default.ApplyRounding, Is.True);
    }

    [Test]
    public void Default_UsesTheDefaultVagueQuantityTable()
    {
        Assert.That(FigureOptions.Default.VagueQuantities, Is.SameAs(VagueQuantityTable.Default));
    }

    [TestCase(-0.1)]
    [TestCase(1.0)]
    [TestCase(2.0)]
    [TestCase(double.NaN)]
    public void HedgeTolerance_OutOfRange_Throws(double tolerance)
    {
        Assert.That(() => FigureOptions.Default with { HedgeTolerance = tolerance }, Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void VagueQuantities_Null_Throws()
    {
        Assert.That(() => new FigureOptions { VagueQuantities = null! }, Throws.ArgumentNullException);
    }

    [Test]
    public void Default_CultureIsInvariant()
    {
        Assert.That(FigureOptions.Default.Culture, Is.SameAs(CultureInfo.InvariantCulture));
    }

    [Test]
    public void Culture_Null_Throws()
    {
        Assert.That(() => new FigureOptions { Culture = null! }, Throws.ArgumentNullException);
    }

    [Test]
    public void Culture_Changed_MakesOptionsThatDiffer()
    {
        var german = FigureOptions.Default with { Culture = new CultureInfo("de-DE") };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(german, Is.Not.EqualTo(FigureOptions.Default));
            Assert.That(german.Digits, Is.EqualTo(new DigitSeparators(',', '.')));
            Assert.That(german with { Culture = CultureInfo.InvariantCulture }, Is.EqualTo(FigureOptions.Default));
        }
    }

    [Test]
    public void With_LeavesTheDefaultsUnchanged()
    {
        _ = FigureOptions.Default with { HedgeTolerance = 0.25 };

        Assert.That(FigureOptions.Default.HedgeTolerance, Is.EqualTo(0.10));
    }
}

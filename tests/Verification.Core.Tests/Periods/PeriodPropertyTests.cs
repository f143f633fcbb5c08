using CsCheck;
using Verification.Periods;

namespace Verification.Core.Tests.Periods;

/// <summary>Laws of periods on generated ones (CsCheck shrinks a failing case): "the same time" reads the same from either
/// side, and a period parses back from its text.</summary>
[TestFixture]
public sealed class PeriodPropertyTests
{
    private static readonly DateOnly Origin = new(2016, 1, 1);

    /// <summary>A day, a month, a year or an interval of days, around 2016–2018.</summary>
    internal static readonly Gen<Period> AnyPeriod = Gen.OneOf(
        Gen.Int[0, 1_000].Select(d => Period.Day(Origin.AddDays(d))),
        Gen.Int[2015, 2018].Select(Gen.Int[1, 12], (y, m) => Period.Month(y, m)),
        Gen.Int[2015, 2018].Select(y => Period.Year(y)),
        Gen.Int[0, 1_000].Select(Gen.Int[0, 120], (d, length) => Period.Between(Origin.AddDays(d), Origin.AddDays(d + length))));

    [Test]
    public void IsSameTimeAs_AnyTwoPeriods_IsSymmetric()
    {
        AnyPeriod.Select(AnyPeriod, Gen.Int[0, 30]).Sample((a, b, window) => a.IsSameTimeAs(b, window) == b.IsSameTimeAs(a, window),
            iter: 10_000, threads: 1, print: t => $"{t.Item1} and {t.Item2} within {t.Item3} days");
    }

    [Test]
    public void Parse_FormattedPeriod_GivesItBack()
    {
        AnyPeriod.Sample(p => Period.Parse(p.ToString()) == p, iter: 5_000, threads: 1, print: p => p.ToString());
    }
}

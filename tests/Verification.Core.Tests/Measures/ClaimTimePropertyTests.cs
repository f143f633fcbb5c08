using CsCheck;
using Verification.Measures;

namespace Verification.Core.Tests.Measures;

/// <summary>The same-time rules seen from either side (CsCheck shrinks a failing pair): comparing a claim's time with
/// the evidence's and the evidence's with the claim's gives the same rule and window, the same relation (an earlier
/// total one way is a later one the other), and the opposite difference of as-of days.</summary>
[TestFixture]
public sealed class ClaimTimePropertyTests
{
    private static readonly Gen<ClaimTime> AnyTime =
        Gen.Select(Gen.Enum<Measure>(), Gen.Int[736_000, 737_000], Gen.Int[0, 60], Gen.Bool, Gen.Frequency((9, Gen.Const(true)), (1, Gen.Const(false))))
            .Select(t => new ClaimTime(t.Item1, t.Item2, t.Item2 + t.Item3, t.Item4, t.Item5));

    private static TimeRelation Inverse(TimeRelation relation) => relation switch
    {
        TimeRelation.Earlier => TimeRelation.Later,
        TimeRelation.Later => TimeRelation.Earlier,
        _ => relation,
    };

    [Test]
    public void CompareWith_AnyTwoTimes_IsTheSameRuleFromEitherSide()
    {
        Gen.Select(AnyTime, AnyTime, Gen.Int[0, 14], Gen.Int[0, 3]).Sample((a, b, window, lag) =>
        {
            var ab = a.CompareWith(b, window, lag);
            var ba = b.CompareWith(a, window, lag);
            return ab.Measure == ba.Measure && ab.Window == ba.Window && ba.Relation == Inverse(ab.Relation) && ba.AsOfDifference == -ab.AsOfDifference;
        }, iter: 10_000, threads: 1, print: t => $"{t.Item1} vs {t.Item2}, window {t.Item3}, lag {t.Item4}: {t.Item1.CompareWith(t.Item2, t.Item3, t.Item4)} / {t.Item2.CompareWith(t.Item1, t.Item3, t.Item4)}");
    }
}

using System.Globalization;
using CsCheck;
using Verification.Figures;

namespace Verification.Core.Tests.Figures;

/// <summary>Laws of figures checked on generated figures (CsCheck shrinks a failing case to a small one): comparison is
/// symmetric, and a figure's formatted numbers and interval parse back to it.</summary>
[TestFixture]
public sealed class FigurePropertyTests
{
    private const long Iterations = 5_000;

    /// <summary>Counts as reports state them: small ones, round ones, large ones.</summary>
    private static readonly Gen<long> Count = Gen.Frequency(
        (3, Gen.Long[0, 200]),
        (3, Gen.Long[1, 999].Select(Gen.OneOf(10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L), (n, scale) => n * scale)),
        (2, Gen.Long[0, 10_000_000_000]));

    private static readonly Gen<double> Tolerance = Gen.OneOf(0.0, 0.05, 0.1, 0.2, 0.5);

    private static readonly Gen<double> Unit = Gen.OneOf(0.0, 1.0, 10.0, 100.0, 1_000.0, 10_000.0);

    /// <summary>A figure from every factory.</summary>
    private static readonly Gen<Figure> AnyFigure = Gen.OneOf(
        Count.Select(v => Figure.Exact(v)),
        Count.Select(Unit, (v, u) => Figure.Rounded(v, u)),
        Count.Select(Tolerance, Unit, (v, t, u) => Figure.Hedged(v, t, u)),
        Count.Select(Tolerance, (v, t) => Figure.Nearly(v, t)),
        Count.Select(v => Figure.AtLeast(v)),
        Count.Select(v => Figure.MoreThan(v)),
        Count.Select(v => Figure.UpTo(v)),
        Count.Where(v => v > 0).Select(v => Figure.FewerThan(v)),
        Count.Select(Count, (a, b) => Figure.Between(Math.Min(a, b), Math.Max(a, b))),
        Count.Select(Count, Count, (a, b, c) => Estimate(a, b, c)),
        Count.Select(Count, (a, b) => Figure.Vague(Math.Min(a, b), Math.Max(a, b))),
        Count.Select(Gen.Bool, Count, (a, open, b) => Figure.Interval(Math.Min(a, b), open ? null : Math.Max(a, b))));

    private static Figure Estimate(long a, long b, long c)
    {
        long[] sorted = [a, b, c];
        Array.Sort(sorted);
        return Figure.Estimate(sorted[1], sorted[0], sorted[2]);
    }

    private static bool IsWhole(double value) => value == Math.Floor(value);

    private static string Show(Figure f) => string.Create(CultureInfo.InvariantCulture,
        $"{f.Kind} {(f.LowInclusive ? "[" : "(")}{f.Low}, {f.High}{(f.HighInclusive ? "]" : ")")} core {f.CoreLow}–{f.CoreHigh}");

    [Test]
    public void Compare_AnyTwoFigures_IsSymmetric()
    {
        AnyFigure.Select(AnyFigure).Sample((a, b) =>
        {
            var ab = a.Compare(b);
            var ba = b.Compare(a);
            return ab.Agrees == ba.Agrees
                && ab.AgreesOnlyThroughLeeway == ba.AgreesOnlyThroughLeeway
                && ab.Gap == ba.Gap
                && ab.RelativeGap == ba.RelativeGap;
        }, iter: Iterations, threads: 1, print: t => Show(t.Item1) + " vs " + Show(t.Item2));
    }

    [Test]
    public void Overlaps_AnyTwoFigures_IsSymmetric()
    {
        AnyFigure.Select(AnyFigure).Sample((a, b) => a.Overlaps(b) == b.Overlaps(a),
            iter: Iterations, threads: 1, print: t => Show(t.Item1) + " vs " + Show(t.Item2));
    }

    [Test]
    public void Parse_FormattedCount_StatesThatCount()
    {
        Count.Sample(n =>
        {
            var figure = Figure.Parse(Figure.FormatNumber(n));
            return figure.CoreLow == n && figure.CoreHigh == n && figure.Contains(n);
        }, iter: Iterations, threads: 1, print: n => Figure.FormatNumber(n));
    }

    [Test]
    public void Parse_DescribedInterval_GivesTheIntervalBack()
    {
        // A single value describes itself as a plain number, which parses with its rounding: only intervals come back
        // whole. Description rounds to two decimals, so the law holds for whole-number bounds, the bounds of counts.
        AnyFigure.Where(f => f.Low != f.High && IsWhole(f.Low) && (f.IsUnbounded || IsWhole(f.High))).Sample(f =>
        {
            var text = f.DescribeInterval();
            var back = Figure.Parse(text);
            return back.Low == f.Low && back.High == f.High && back.LowInclusive == f.LowInclusive && back.HighInclusive == f.HighInclusive;
        }, iter: Iterations, threads: 1, print: f => Show(f) + " described as '" + f.DescribeInterval() + "'");
    }
}

using System.Globalization;
using Verification.Figures;

namespace Verification.Outputs.Html;

/// <summary>The value axis of a figure chart: a linear scale over every finite end of the figures, widened to round
/// ticks, with room past the largest value for open upper bounds.</summary>
internal sealed class ChartAxis
{
    private const int TargetTicks = 6;

    private ChartAxis(double min, double max, double step)
    {
        Min = min;
        Max = max;
        Step = step;
    }

    /// <summary>The smallest value on the axis: a multiple of <see cref="Step"/>, never below zero.</summary>
    public double Min { get; }

    /// <summary>The largest value on the axis: a multiple of <see cref="Step"/>.</summary>
    public double Max { get; }

    /// <summary>The distance between ticks: 1, 2 or 5 times a power of ten.</summary>
    public double Step { get; }

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IEnumerable<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Max - Min) / Step);
            for (var i = 0; i <= count; i++)
            {
                yield return Min + (i * Step);
            }
        }
    }

    /// <summary>An axis that shows every figure: each finite low and high end, and past the low end of each figure with
    /// no upper bound.</summary>
    /// <param name="figures">The figures; at least one.</param>
    public static ChartAxis For(IReadOnlyCollection<Figure> figures)
    {
        ArgumentOutOfRangeException.ThrowIfZero(figures.Count);
        var ends = figures.SelectMany(f => f.IsUnbounded ? new[] { f.Low } : [f.Low, f.High]).ToList();
        double low = ends.Min(), high = ends.Max();
        var range = high - low;
        if (range == 0)
        {
            range = low == 0 ? 1 : low * 0.2;
        }

        // An open upper bound points past everything else: leave it a fifth of the range to point into.
        if (figures.Any(f => f.IsUnbounded))
        {
            high += range * 0.2;
        }

        low = Math.Max(0, low - (range * 0.05));
        high += range * 0.05;
        var step = NiceStep((high - low) / TargetTicks);
        return new ChartAxis(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    /// <summary>Where <paramref name="value"/> lies between <paramref name="left"/> and <paramref name="right"/>, clamped
    /// to them (an open end lies at <paramref name="right"/>).</summary>
    public double Position(double value, double left, double right)
    {
        if (double.IsPositiveInfinity(value))
        {
            return right;
        }

        var share = (value - Min) / (Max - Min);
        return left + (Math.Clamp(share, 0, 1) * (right - left));
    }

    /// <summary>A tick's label: "250,000", "1.5M", "0.5".</summary>
    public static string Label(double value) =>
        value >= 1_000_000
            ? (value / 1_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "M"
            : Figure.FormatNumber(value);

    // The smallest of 1, 2 and 5 times a power of ten that is at least the rough step.
    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (var factor in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (factor * power >= rough)
            {
                return factor * power;
            }
        }

        return 10 * power;
    }
}

namespace Verification.Figures;

/// <summary>A figure's interval alone: its two ends and whether each is included. What comparing two figures for
/// agreement, or a part with its whole, needs of them.</summary>
/// <remarks>A value rather than the <see cref="Figure"/> itself so that whoever holds many figures (an evidence index)
/// can keep their intervals next to the rest of what it reads, and decide agreement without reading each figure from
/// memory again. The semantics are <see cref="Figure"/>'s: <see cref="Low"/> is finite, <see cref="High"/> may be
/// <see cref="double.PositiveInfinity"/> (then never included), and <c>Low &lt;= High</c>.</remarks>
/// <param name="Low">The lowest value allowed, or the exclusive lower limit.</param>
/// <param name="LowInclusive">Whether <paramref name="Low"/> itself is allowed.</param>
/// <param name="High">The highest value allowed, or the exclusive upper limit.</param>
/// <param name="HighInclusive">Whether <paramref name="High"/> itself is allowed.</param>
public readonly record struct FigureBounds(double Low, bool LowInclusive, double High, bool HighInclusive)
{
    /// <summary>Whether the two intervals share at least one value.</summary>
    /// <param name="other">The other interval.</param>
    public bool Overlaps(in FigureBounds other) =>
        Overlap(Low, LowInclusive, High, HighInclusive, other.Low, other.LowInclusive, other.High, other.HighInclusive);

    /// <summary>Whether the two intervals share no value but meet at one: an end of one is an end of the other, and at
    /// least one of them leaves it out ("nearly 4,500" = [4,050, 4,500] and "more than 4,500" = (4,500, ∞)).</summary>
    /// <param name="other">The other interval.</param>
    public bool Touches(in FigureBounds other) =>
        (High == other.Low && !(HighInclusive && other.LowInclusive)) || (other.High == Low && !(other.HighInclusive && LowInclusive));

    /// <summary>Whether figures with these intervals agree: the intervals overlap, or they touch (<see cref="Touches"/>),
    /// which is agreement only through leeway.</summary>
    /// <param name="other">The other interval.</param>
    public bool Agrees(in FigureBounds other) => Overlaps(other) || Touches(other);

    /// <summary>Whether every value of this interval lies above every value of <paramref name="other"/>, beyond the
    /// point where two intervals touch: its low end exceeds the other's high end.</summary>
    /// <remarks>Intervals that touch agree (<see cref="Agrees"/>), so neither is above the other: a part stated as "more
    /// than 4,500" does not exceed a whole stated as "nearly 4,500".</remarks>
    /// <param name="other">The other interval.</param>
    public bool IsAbove(in FigureBounds other) => Low > other.High;

    /// <summary>Whether two intervals, given by their ends, share at least one value.</summary>
    public static bool Overlap(double aLow, bool aLowIn, double aHigh, bool aHighIn, double bLow, bool bLowIn, double bHigh, bool bHighIn)
    {
        // The overlap's low end is the larger low; it is inclusive only if every interval that has that low includes it.
        double low; bool lowIn;
        if (aLow > bLow) { low = aLow; lowIn = aLowIn; }
        else if (bLow > aLow) { low = bLow; lowIn = bLowIn; }
        else { low = aLow; lowIn = aLowIn && bLowIn; }

        double high; bool highIn;
        if (aHigh < bHigh) { high = aHigh; highIn = aHighIn; }
        else if (bHigh < aHigh) { high = bHigh; highIn = bHighIn; }
        else { high = aHigh; highIn = aHighIn && bHighIn; }

        return low < high || (low == high && lowIn && highIn);
    }
}

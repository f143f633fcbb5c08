namespace Verification.Extraction.Periods;

/// <summary>The years a number in news text may be read as: 1000 to 2100, for bare years ("in 2016"), decades ("the
/// 1990s"), dates ("2017-03-18") and the years inside them alike.</summary>
/// <remarks>Outside these bounds a four-digit number is a count or a measure ("2500 people").</remarks>
internal static class NewsYears
{
    /// <summary>The earliest year read.</summary>
    public const int First = 1000;

    /// <summary>The latest year read.</summary>
    public const int Last = 2100;

    /// <summary>Whether <paramref name="value"/> is a year news text may give.</summary>
    public static bool Contains(double value) => value is >= First and <= Last;
}

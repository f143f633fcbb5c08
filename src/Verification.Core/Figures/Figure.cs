using System.Globalization;

namespace Verification.Figures;

/// <summary>
/// A reported figure: the interval of true values that the words used to state it allow, plus how it was stated.
/// </summary>
/// <remarks>
/// <para>
/// The interval runs from <see cref="Low"/> to <see cref="High"/>; each end is inclusive unless
/// <see cref="LowInclusive"/> or <see cref="HighInclusive"/> says otherwise. An open upper end is
/// <see cref="double.PositiveInfinity"/>. Counts are never negative, and <c>Low &lt;= High</c> always holds:
/// the factory methods reject anything else, so an invalid figure cannot exist.
/// </para>
/// <para>
/// Besides the interval, a figure keeps its <em>core</em> (<see cref="CoreLow"/>–<see cref="CoreHigh"/>): the
/// numbers literally stated, before rounding and hedges widened them. Comparing cores tells whether two figures
/// agree only because of a hedge or rounding (see <see cref="Compare"/>).
/// </para>
/// <para>Figures are immutable and value-equal: two figures are equal when their intervals, cores and kinds are.
/// The original <see cref="Text"/> is not part of equality.</para>
/// </remarks>
public sealed class Figure : IEquatable<Figure>
{
    private Figure(FigureKind kind, double low, bool lowInclusive, double high, bool highInclusive, double coreLow, double coreHigh, string? text)
    {
        if (double.IsNaN(low) || double.IsNaN(high))
        {
            throw new ArgumentException("A figure's bounds must be numbers.");
        }

        if (low < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(low), low, "A count cannot be negative.");
        }

        if (double.IsPositiveInfinity(low))
        {
            throw new ArgumentOutOfRangeException(nameof(low), low, "A figure's low end must be finite.");
        }

        if (low > high || (low == high && !(lowInclusive && highInclusive)))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A figure's low ({low}) must not exceed its high ({high})."));
        }

        Kind = kind;
        Low = low;
        High = high;
        LowInclusive = lowInclusive;
        HighInclusive = highInclusive && !double.IsPositiveInfinity(high);
        CoreLow = Math.Clamp(coreLow, low, high);
        CoreHigh = Math.Clamp(coreHigh, CoreLow, high);
        Text = text;
    }

    /// <summary>How the figure was stated.</summary>
    public FigureKind Kind { get; }

    /// <summary>The lowest value the figure allows (or its exclusive lower limit when <see cref="LowInclusive"/> is false).</summary>
    public double Low { get; }

    /// <summary>The highest value the figure allows; <see cref="double.PositiveInfinity"/> when it has no upper bound.</summary>
    public double High { get; }

    /// <summary>Whether <see cref="Low"/> itself is allowed ("more than 400" excludes 400).</summary>
    public bool LowInclusive { get; }

    /// <summary>Whether <see cref="High"/> itself is allowed ("fewer than 100" excludes 100); false for an open upper end.</summary>
    public bool HighInclusive { get; }

    /// <summary>The low end of the numbers literally stated, before rounding or a hedge widened them.</summary>
    public double CoreLow { get; }

    /// <summary>The high end of the numbers literally stated, before rounding or a hedge widened them.</summary>
    public double CoreHigh { get; }

    /// <summary>The interval alone.</summary>
    public FigureBounds Bounds => new(Low, LowInclusive, High, HighInclusive);

    /// <summary>Whether the figure has no upper bound.</summary>
    public bool IsUnbounded => double.IsPositiveInfinity(High);

    /// <summary>The text the figure was parsed from, when it came from text.</summary>
    public string? Text { get; }

    /// <summary>The options the figure's text was read with; null for a figure made from numbers.</summary>
    /// <remarks>Not part of the figure's value: a run reads text figures again under its own options when they differ
    /// (see <c>ClaimVerifier</c>).</remarks>
    public FigureOptions? ReadWith { get; private set; }

    /// <summary>How the figure's numbers were written, when it was read from text.</summary>
    public FigureReading Reading { get; private set; }

    /// <summary>Records how the figure was read; called by the parser on the figure it has just made, before anyone else
    /// can see it.</summary>
    internal Figure ReadFrom(FigureOptions options, FigureReading reading)
    {
        ReadWith = options;
        Reading = reading;
        return this;
    }

    /// <summary>A number stated exactly ("105" in a data set): the interval [value, value].</summary>
    /// <param name="value">The value; not negative.</param>
    /// <param name="text">The text it came from, if any.</param>
    public static Figure Exact(double value, string? text = null) =>
        new(FigureKind.Exact, value, true, value, true, value, value, text);

    /// <summary>A plain number stated to the nearest <paramref name="unit"/>: [value − unit/2, value + unit/2], never below zero.</summary>
    /// <param name="value">The stated value.</param>
    /// <param name="unit">The rounding unit (10,000 for "340,000"; 0.1 million for "1.5 million"). Zero means exact.</param>
    /// <param name="text">The text it came from, if any.</param>
    public static Figure Rounded(double value, double unit, string? text = null)
    {
        ValidateCount(value);
        ValidateUnit(unit, nameof(unit));

        if (unit == 0)
        {
            return Exact(value, text);
        }

        var half = unit / 2;
        return new(FigureKind.Rounded, Math.Max(0, value - half), true, value + half, true, value, value, text);
    }

    /// <summary>
    /// A hedged number ("around 340,000"): [value·(1 − tolerance), value·(1 + tolerance)], widened further to the
    /// rounding interval when that is wider.
    /// </summary>
    /// <param name="value">The stated value.</param>
    /// <param name="tolerance">The relative tolerance, e.g. 0.1 for ±10%.</param>
    /// <param name="roundingUnit">The rounding unit of the stated number, or zero.</param>
    /// <param name="text">The text it came from, if any.</param>
    public static Figure Hedged(double value, double tolerance, double roundingUnit = 0, string? text = null)
    {
        ValidateCount(value);
        ValidateTolerance(tolerance);
        ValidateUnit(roundingUnit, nameof(roundingUnit));
        var spread = Math.Max(value * tolerance, roundingUnit / 2);
        return new(FigureKind.Hedged, Math.Max(0, value - spread), true, value + spread, true, value, value, text);
    }

    /// <summary>"Nearly / almost / close to N": [value·(1 − tolerance), value].</summary>
    /// <param name="value">The stated value.</param>
    /// <param name="tolerance">The relative tolerance, e.g. 0.1 for 10% below.</param>
    /// <param name="text">The text it came from, if any.</param>
    public static Figure Nearly(double value, double tolerance, string? text = null)
    {
        ValidateTolerance(tolerance);
        return new(FigureKind.Hedged, value * (1 - tolerance), true, value, true, value, value, text);
    }

    /// <summary>"At least N", "N+", "no fewer than N": [N, ∞).</summary>
    /// <param name="value">The bound.</param>
    /// <param name="text">The text it came from, if any.</param>
    public static Figure AtLeast(double value, string? text = null) =>
        new(FigureKind.LowerBound, value, true, double.PositiveInfinity, false, value, double.PositiveInfinity, text);

    /// <summary>"More than / over N": (N, ∞).</summary>
    /// <param name="value">The bound.</param>
    /// <param name="text">The text it came from, if any.</param>
    public static Figure MoreThan(double value, string? text = null) =>
        new(FigureKind.LowerBound, value, false, double.PositiveInfinity, false, value, double.PositiveInfinity, text);

    /// <summary>"Up to / at most / no more than / as many as N": [0, N].</summary>
    /// <param name="value">The bound.</param>
    /// <param name="text">The text it came from, if any.</param>
    public static Figure UpTo(double value, string? text = null)
    {
        ValidateCount(value);
        return new(FigureKind.UpperBound, 0, true, value, true, 0, value, text);
    }

    /// <summary>"Fewer than / less than / under N": [0, N).</summary>
    /// <param name="value">The bound; greater than zero.</param>
    /// <param name="text">The text it came from, if any.</param>
    public static Figure FewerThan(double value, string? text = null)
    {
        if (!(value > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "'Fewer than' needs a bound greater than zero.");
        }

        return new(FigureKind.UpperBound, 0, true, value, false, 0, value, text);
    }

    /// <summary>"Between A and B", "A-B", "A to B": [A, B].</summary>
    /// <param name="low">The low end.</param>
    /// <param name="high">The high end; not below <paramref name="low"/>.</param>
    /// <param name="text">The text it came from, if any.</param>
    public static Figure Between(double low, double high, string? text = null) =>
        new(FigureKind.Range, low, true, high, true, low, high, text);

    /// <summary>Two bounds of one figure ("more than 50 but fewer than 200" = (50, 200)), each end inclusive or not.</summary>
    internal static Figure Within(double low, bool lowInclusive, double high, bool highInclusive, string? text) =>
        new(FigureKind.Range, low, lowInclusive, high, highInclusive, low, high, text);

    /// <summary>An estimate stated with its interval ("1,230 (95% CI 610 to 2,040)"): the interval [low, high], whose core
    /// is the one stated value.</summary>
    /// <param name="value">The stated estimate; from <paramref name="low"/> to <paramref name="high"/>.</param>
    /// <param name="low">The interval's low end; not negative.</param>
    /// <param name="high">The interval's high end.</param>
    /// <param name="text">The text it came from, if any.</param>
    /// <remarks>Another figure that overlaps the interval agrees; when it does not also cover the estimate itself, it
    /// agrees only through leeway (<see cref="Compare"/>).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The estimate lies outside the interval.</exception>
    public static Figure Estimate(double value, double low, double high, string? text = null)
    {
        if (!(value >= low && value <= high))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An estimate must lie within its interval.");
        }

        return new(FigureKind.Estimate, low, true, high, true, value, value, text);
    }

    /// <summary>A vague quantity ("dozens" = [24, 99]) read from the vague-quantity table.</summary>
    /// <param name="low">The low end.</param>
    /// <param name="high">The high end.</param>
    /// <param name="text">The text it came from, if any.</param>
    public static Figure Vague(double low, double high, string? text = null) =>
        new(FigureKind.Vague, low, true, high, true, low, high, text);

    /// <summary>An interval given as numbers by a data set: [low, high], or [low, ∞) when <paramref name="high"/> is null.</summary>
    /// <param name="low">The low end.</param>
    /// <param name="high">The high end, or null for no upper bound.</param>
    /// <param name="text">The text it came from, if any.</param>
    public static Figure Interval(double low, double? high, string? text = null) =>
        high is { } h
            ? new(FigureKind.Interval, low, true, h, true, low, h, text)
            : new(FigureKind.Interval, low, true, double.PositiveInfinity, false, low, double.PositiveInfinity, text);

    /// <summary>Parses a figure stated in English ("around 340,000", "at least 440+", "dozens", "1.5 million").</summary>
    /// <param name="text">The text of the figure.</param>
    /// <param name="options">Hedge tolerance and vague-quantity table; <see cref="FigureOptions.Default"/> when null.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="FormatException">The text is not a figure; the message says why.</exception>
    public static Figure Parse(string text, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FigureParser.TryParse(text, options ?? FigureOptions.Default, out var figure, out var error)
            ? figure
            : throw new FormatException(error);
    }

    /// <summary>Parses a figure stated in English, without throwing, with the default options.</summary>
    /// <param name="text">The text of the figure.</param>
    /// <param name="figure">The figure, when the text is one.</param>
    /// <returns>Whether the text is a figure.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Figure? figure) =>
        TryParse(text, null, out figure);

    /// <summary>Parses a figure stated in English, without throwing.</summary>
    /// <param name="text">The text of the figure.</param>
    /// <param name="options">Hedge tolerance and vague-quantity table; <see cref="FigureOptions.Default"/> when null.</param>
    /// <param name="figure">The figure, when the text is one.</param>
    /// <returns>Whether the text is a figure.</returns>
    public static bool TryParse(string? text, FigureOptions? options, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Figure? figure)
    {
        if (text is null)
        {
            figure = null;
            return false;
        }

        return FigureParser.TryParse(text, options ?? FigureOptions.Default, out figure, out _);
    }

    /// <summary>Parses a figure, returning why the text is not a figure on failure.</summary>
    /// <param name="text">The text of the figure.</param>
    /// <param name="options">Hedge tolerance and vague-quantity table.</param>
    /// <param name="figure">The figure, when the text is one.</param>
    /// <param name="error">Why the text is not a figure, when it is not.</param>
    /// <returns>Whether the text is a figure.</returns>
    public static bool TryParse(string text, FigureOptions options, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Figure? figure, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        return FigureParser.TryParse(text, options, out figure, out error);
    }

    /// <summary>Whether <paramref name="value"/> lies in the figure's interval.</summary>
    /// <param name="value">The value to test.</param>
    public bool Contains(double value) =>
        (LowInclusive ? value >= Low : value > Low) && (HighInclusive ? value <= High : value < High);

    /// <summary>Whether the two figures' intervals share at least one value.</summary>
    /// <param name="other">The other figure.</param>
    /// <remarks>Agreement is wider: intervals that only touch ("nearly 4,500" and "more than 4,500") do not overlap, but
    /// the figures agree through leeway (see <see cref="Compare"/>).</remarks>
    public bool Overlaps(Figure other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Bounds.Overlaps(other.Bounds);
    }

    /// <summary>Compares this figure with another: whether they agree, whether only through a hedge or rounding, and by how much they differ.</summary>
    /// <param name="other">The other figure.</param>
    /// <returns>The comparison.</returns>
    /// <remarks>
    /// <para>Two figures agree when their intervals overlap, or when they <em>touch</em>: they share no value, but an end
    /// of one is an end of the other and at least one of them leaves it out. "Nearly 4,500" (4,050–4,500) and "more than
    /// 4,500" (above 4,500) touch at 4,500; so do "fewer than 100" and "100". Sources that put a figure on either side
    /// of the same number are taken to state it within their leeway.</para>
    /// <para>They agree <em>only through leeway</em> when they touch, or when their intervals overlap but their cores
    /// (the numbers literally stated) do not. The gap is the distance between the intervals (zero when they agree); the
    /// relative gap divides it by the larger of the two figures' core values.</para>
    /// </remarks>
    public FigureComparison Compare(Figure other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var overlaps = Overlaps(other);
        var agrees = overlaps || Bounds.Touches(other.Bounds);

        // A core end that is also an open end of the interval is open too: "more than 400" does not state 400.
        var coresOverlap = overlaps && FigureBounds.Overlap(
            CoreLow, CoreLow > Low || LowInclusive, CoreHigh, CoreHigh < High || HighInclusive,
            other.CoreLow, other.CoreLow > other.Low || other.LowInclusive, other.CoreHigh, other.CoreHigh < other.High || other.HighInclusive);
        double gap = 0;
        if (!agrees)
        {
            gap = High < other.Low ? other.Low - High : Low - other.High;
            gap = Math.Max(0, gap);
        }

        var scale = Math.Max(Math.Max(CoreHigh, other.CoreHigh) is var m && double.IsPositiveInfinity(m) ? Math.Max(CoreLow, other.CoreLow) : m, 1);
        return new FigureComparison(agrees, agrees && !coresOverlap, gap, gap / scale);
    }

    /// <summary>The interval in words, e.g. "335,000–345,000", "at least 440", "more than 400", "under 100".</summary>
    public string DescribeInterval()
    {
        if (IsUnbounded)
        {
            return (LowInclusive ? "at least " : "more than ") + FormatNumber(Low);
        }

        if (Low == High)
        {
            return FormatNumber(Low);
        }

        if (Low == 0 && !HighInclusive)
        {
            return "under " + FormatNumber(High);
        }

        return FormatNumber(Low) + "–" + FormatNumber(High);
    }

    /// <summary>Formats a count with thousands separators and at most two decimals, invariant culture.</summary>
    /// <param name="value">The value.</param>
    public static string FormatNumber(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : Math.Round(value, 2).ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>The original text when known, else the interval in words.</summary>
    public override string ToString() => Text ?? DescribeInterval();

    /// <inheritdoc />
    public bool Equals(Figure? other) =>
        other is not null
        && Kind == other.Kind
        && Low.Equals(other.Low) && High.Equals(other.High)
        && LowInclusive == other.LowInclusive && HighInclusive == other.HighInclusive
        && CoreLow.Equals(other.CoreLow) && CoreHigh.Equals(other.CoreHigh);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Figure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Low, High, LowInclusive, HighInclusive, CoreLow, CoreHigh);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Figure? left, Figure? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Figure? left, Figure? right) => !(left == right);

    private static void ValidateCount(double value)
    {
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A count must be a finite number, not negative.");
        }
    }

    private static void ValidateUnit(double unit, string paramName)
    {
        if (!(unit >= 0) || double.IsPositiveInfinity(unit))
        {
            throw new ArgumentOutOfRangeException(paramName, unit, "A rounding unit must be a finite number, not negative.");
        }
    }

    private static void ValidateTolerance(double tolerance)
    {
        if (!(tolerance >= 0 && tolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "A tolerance must be at least 0 and below 1.");
        }
    }
}

using System.Globalization;
using Verification.Validators;

namespace Verification.Figures;

/// <summary>How figure text is read: the hedge tolerance, rounding, the culture of digits and the vague-quantity table.</summary>
/// <remarks>Instances are immutable once made; derive a changed copy with a <c>with</c> expression. (A configuration
/// binder can still set the properties of an instance it is handed: <see cref="VerificationOptions"/> hands it one of
/// its own, never <see cref="Default"/>.)</remarks>
public sealed record FigureOptions
{
    /// <summary>The defaults: ±10% for hedges, rounding, the invariant culture, the built-in vague-quantity table.</summary>
    public static FigureOptions Default { get; } = new();

    /// <summary>
    /// The relative tolerance a hedge adds ("around", "about", "approximately", "roughly", "some", "an estimated"):
    /// 0.1 means ±10%. "Nearly / almost / close to N" uses it below N only. It also caps the rounding leeway of a plain
    /// number: "1,000" reads 900–1,100 rather than 500–1,500 (see <see cref="ApplyRounding"/>). Must be at least 0 and
    /// below 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, 1 or more, or not a number.</exception>
    public double HedgeTolerance
    {
        get;
        init => field = value is >= 0 and < 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(HedgeTolerance), value, "A hedge tolerance must be at least 0 and below 1.");
    } = 0.10;

    /// <summary>Whether plain numbers carry the rounding their trailing zeros or decimals imply ("340,000" =
    /// 335,000–345,000). Default true.</summary>
    /// <remarks>The leeway (half the rounding unit) is capped at <see cref="HedgeTolerance"/> of the number: "1,000" is
    /// stated to the nearest 1,000, but reads 900–1,100, not 500–1,500; "2 million" reads 1.8–2.2 million. A hedged
    /// number widens by the tolerance alone, its rounding capped the same way ("about 2 million" = 1.8–2.2 million,
    /// "about 30" = 27–33). When false, plain numbers are exact.</remarks>
    public bool ApplyRounding { get; init; } = true;

    /// <summary>The culture whose digit grouping figure text follows. Default: the invariant culture ("340,000": commas
    /// between groups of thousands, a decimal point).</summary>
    /// <remarks>
    /// <para>With a culture that groups with full stops (de-DE, tr-TR), "44.218" reads 44,218 and "1,5 million" reads 1.5
    /// million; a full stop before anything but exactly three digits still starts decimals ("1.5 million"). With one that
    /// groups with spaces (fr-FR), "1 234,5" reads 1,234.5. The separators come from the culture's number format, or,
    /// where the runtime has no culture data (globalization-invariant mode), from a small table by language (see "Figures"
    /// in docs/concepts.md). In that mode a named culture can only be made when the application
    /// allows it (<c>&lt;PredefinedCulturesOnly&gt;false&lt;/PredefinedCulturesOnly&gt;</c>); a clone of the invariant
    /// culture whose <see cref="NumberFormatInfo.NumberGroupSeparator"/> and
    /// <see cref="NumberFormatInfo.NumberDecimalSeparator"/> are set works everywhere.</para>
    /// <para>Words are read as English whatever the culture.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public CultureInfo Culture
    {
        get;
        init
        {
            field = value ?? throw new ArgumentNullException(nameof(Culture));
            Digits = DigitSeparators.For(value);
        }
    } = CultureInfo.InvariantCulture;

    /// <summary>The separators of <see cref="Culture"/>, worked out once.</summary>
    internal DigitSeparators Digits { get; private init; } = DigitSeparators.Invariant;

    /// <summary>The phrases for vague quantities and the intervals they stand for.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public VagueQuantityTable VagueQuantities
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(VagueQuantities));
    } = VagueQuantityTable.Default;
}

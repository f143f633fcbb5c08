using System.Globalization;

namespace Verification.Figures;

/// <summary>The characters a culture writes between groups of thousands and before decimals, as figure text is read
/// with them (<see cref="FigureOptions.Culture"/>).</summary>
/// <remarks>
/// <para>The separators of a culture are, in order:</para>
/// <list type="number">
/// <item>its <see cref="NumberFormatInfo"/>'s, when they differ from the invariant culture's ("." decimal, ","
/// group): a culture the runtime has data for, or one whose number format was set by hand (a clone of the invariant
/// culture with <c>NumberGroupSeparator = "."</c> and <c>NumberDecimalSeparator = ","</c> works everywhere);</item>
/// <item>for a named culture whose data the runtime lacks (globalization-invariant mode, where every culture carries the
/// invariant culture's formats and reports its language as "iv"), the table below, by language, then region;</item>
/// <item>otherwise the invariant culture's.</item>
/// </list>
/// <para>The table, for cultures without data: a decimal comma and a full stop between groups for Danish, German,
/// Greek, Croatian, Indonesian, Italian, Dutch, Portuguese, Romanian, Serbian, Slovenian, Spanish, Turkish and
/// Vietnamese; a decimal comma and a space between groups for Bulgarian, Czech, Estonian, Finnish, French, Hungarian,
/// Lithuanian, Latvian, Norwegian, Polish, Russian, Slovak, Swedish and Ukrainian. Exceptions by region: de-CH, de-LI
/// and it-CH write a decimal point and an apostrophe between groups; es-MX and es-US a decimal point and a comma;
/// pt-PT a decimal comma and a space. Any other culture reads as the invariant one.</para>
/// <para>Whatever the culture, figure text also reads the Arabic separators (U+066B decimal, U+066C thousands) and
/// spaces (including no-break and thin spaces) between groups of thousands.</para>
/// </remarks>
/// <param name="Decimal">The decimal separator.</param>
/// <param name="Group">The separator between groups of thousands; a space for cultures that group with any space.</param>
internal readonly record struct DigitSeparators(char Decimal, char Group)
{
    /// <summary>The invariant culture's: a decimal point, commas between groups.</summary>
    public static DigitSeparators Invariant { get; } = new('.', ',');

    private static readonly DigitSeparators CommaDot = new(',', '.');
    private static readonly DigitSeparators CommaSpace = new(',', ' ');
    private static readonly DigitSeparators PointApostrophe = new('.', '\'');

    /// <summary>The separators of <paramref name="culture"/>, by the rule in the remarks.</summary>
    /// <param name="culture">The culture.</param>
    public static DigitSeparators For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var format = culture.NumberFormat;
        if (format.NumberDecimalSeparator != "." || format.NumberGroupSeparator != ",")
        {
            return new(One(format.NumberDecimalSeparator, '.'), One(format.NumberGroupSeparator, ','));
        }

        var name = culture.Name;
        if (name.Length == 0 || culture.TwoLetterISOLanguageName != "iv")
        {
            return Invariant;
        }

        return ForName(name);
    }

    /// <summary>The table of the remarks, for a culture name such as "de-DE" or "tr".</summary>
    internal static DigitSeparators ForName(string name)
    {
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        var language = (dash < 0 ? name : name[..dash]).ToLowerInvariant();
        var region = dash < 0 ? string.Empty : name[(dash + 1)..].ToUpperInvariant();
        return (language, region) switch
        {
            ("de", "CH") or ("de", "LI") or ("it", "CH") => PointApostrophe,
            ("es", "MX") or ("es", "US") => Invariant,
            ("pt", "PT") => CommaSpace,
            ("da" or "de" or "el" or "hr" or "id" or "it" or "nl" or "pt" or "ro" or "sr" or "sl" or "es" or "tr" or "vi", _) => CommaDot,
            ("bg" or "cs" or "et" or "fi" or "fr" or "hu" or "lt" or "lv" or "nb" or "nn" or "no" or "pl" or "ru" or "sk" or "sv" or "uk", _) => CommaSpace,
            _ => Invariant,
        };
    }

    /// <summary>Whether <paramref name="c"/> separates groups of thousands here: the culture's group separator, the Arabic
    /// thousands separator, or a space of any width (no-break, narrow no-break, thin, plain).</summary>
    public bool IsGroup(char c) =>
        c == Group || c is '\u066C' or ' ' or '\u00A0' or '\u202F' or '\u2009' || (Group == '\'' && c == '\u2019');

    /// <summary>Whether <paramref name="c"/>, after digits that no group of thousands follows, starts decimals: the
    /// culture's decimal separator, the Arabic decimal separator, or a full stop. Figure text is English, so "1.5 million"
    /// reads 1.5 million even where "44.218" reads 44,218: a full stop there separates groups only when exactly three
    /// digits follow it.</summary>
    public bool IsDecimal(char c) => c == Decimal || c is '\u066B' or '.';

    // The first character of a separator; a culture's space-like group separators all read as a space.
    private static char One(string separator, char fallback)
    {
        if (separator.Length == 0)
        {
            return fallback;
        }

        var c = separator[0];
        return c is '\u00A0' or '\u202F' or '\u2009' ? ' ' : c;
    }
}

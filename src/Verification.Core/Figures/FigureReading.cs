namespace Verification.Figures;

/// <summary>What reading a figure's text found besides its interval: how its numbers were written. Kept on the figure for
/// the input rules (a fractional count is flagged unless written with a scale or as a percentage); not part of the
/// figure's value.</summary>
[Flags]
public enum FigureReading : byte
{
    /// <summary>Nothing besides the interval.</summary>
    None = 0,

    /// <summary>A number carried a scale word or suffix ("1.5 million", "2.3m", "3 thousand").</summary>
    Scaled = 1,

    /// <summary>A number was written as a percentage ("18%", "18 per cent").</summary>
    Percent = 2,

    /// <summary>A number was written as an amount of money, with a currency sign ("$4.2 billion", "€3m", "15€"). The
    /// figure's interval is the amount; which currency stays in <see cref="Figure.Text"/>.</summary>
    Money = 4,
}

using Verification.Measures;
namespace Verification.Extraction.Mentions;

/// <summary>What a number in running text is: only <see cref="Count"/> numbers become claims.</summary>
public enum NumberKind
{
    /// <summary>A count of something ("340,000 people", "dozens of people"): the figures claims are made of.</summary>
    Count,

    /// <summary>A year ("in 2016", "the 1990s").</summary>
    Year,

    /// <summary>Part of a date ("March 18", "18/03/2017").</summary>
    Date,

    /// <summary>A time of day ("2 pm", "14:30").</summary>
    Time,

    /// <summary>An age ("aged 12", "a 12-year-old", "Ahmed, 34,").</summary>
    Age,

    /// <summary>A percentage ("35%", "12 per cent").</summary>
    Percentage,

    /// <summary>An amount of money ("$15 million", "2,000 dinars").</summary>
    Money,

    /// <summary>An ordinal or a rank ("second", "21st", "the top 10").</summary>
    Ordinal,

    /// <summary>A measurement or duration with a unit ("27 km", "three days").</summary>
    Measure,

    /// <summary>Part of a name or code ("Resolution 2334", "MH17", "F-16").</summary>
    Identifier,

    /// <summary>Any other number (a negative value, a fraction, a ratio).</summary>
    Other,
}

namespace Verification.Extraction.Numbers;

/// <summary>What the tokens of a number core are, which decides how its figure is read.</summary>
internal enum NumberCoreType : byte
{
    /// <summary>Digits, with what the figure rules read against them ("3 million", "10k", "2.4e6").</summary>
    Digits,

    /// <summary>Number words ("twenty-five thousand").</summary>
    Words,

    /// <summary>A vague phrase of the table ("dozens", "a few hundred").</summary>
    Vague,

    /// <summary>A form the figure rules do not read; the core carries its value ("30 lakh", "2 dozen").</summary>
    Special,

    /// <summary>A fraction in signs or digits ("2½", "1/5", "2 1/2"); the core carries its value.</summary>
    Fraction,

    /// <summary>Digits no one states as a figure; skipped with what is glued to them.</summary>
    TooLong,

    /// <summary>A share of a whole in words ("half", "a third", "two thirds"), read by the figure rules as a percentage.</summary>
    Share,
}

/// <summary>The tokens of a number without its hedges, bounds and units, and what is known of its value.</summary>
internal struct NumberCore
{
    public int First;
    public int End;
    public NumberCoreType Type;
    public double Value;
    public double Unit;
    public bool HasIndianScale;

    /// <summary>A fraction in words or signs ("two thirds", "2½"): not a count.</summary>
    public bool IsFraction;
}

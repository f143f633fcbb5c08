namespace Verification.Figures;

/// <summary>How a <see cref="Figure"/> was stated; decides how its interval was derived from the text.</summary>
public enum FigureKind
{
    /// <summary>A number stated exactly, with no rounding ("105").</summary>
    Exact,

    /// <summary>A plain number whose trailing zeros or decimals carry rounding ("340,000" means 335,000–345,000).</summary>
    Rounded,

    /// <summary>A number with a hedge ("around", "about", "nearly"), widened by the hedge tolerance.</summary>
    Hedged,

    /// <summary>A lower bound with no upper bound ("at least 440", "440+", "more than 400").</summary>
    LowerBound,

    /// <summary>An upper bound ("up to 240", "fewer than 100"); the lower end is zero.</summary>
    UpperBound,

    /// <summary>An explicit range ("between 200 and 300", "105-141").</summary>
    Range,

    /// <summary>A vague quantity from the vague-quantity table ("dozens", "hundreds of", "several").</summary>
    Vague,

    /// <summary>An interval given directly as numbers, as in a data set (<c>{"low": 105, "high": 141}</c>).</summary>
    Interval,

    /// <summary>An estimate stated with its interval ("1,230 (95% CI 610 to 2,040)"): the interval, with the estimate as
    /// its core.</summary>
    Estimate,
}

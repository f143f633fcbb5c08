namespace Verification.Periods;

/// <summary>How precisely a <see cref="Period"/> was stated.</summary>
public enum PeriodPrecision
{
    /// <summary>One day: "2017-03-18".</summary>
    Day,

    /// <summary>One calendar month: "2017-03" covers 1–31 March.</summary>
    Month,

    /// <summary>One calendar year: "2017" covers 1 January–31 December.</summary>
    Year,

    /// <summary>An explicit interval: "2016-10-17/2017-03-25".</summary>
    Interval,
}

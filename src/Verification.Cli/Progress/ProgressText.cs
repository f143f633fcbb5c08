using System.Globalization;

namespace Verification.Cli.Progress;

/// <summary>The words of progress: counts, rates and times left, as a person reads them.</summary>
internal static class ProgressText
{
    /// <summary>"12,000 claims, 5,230 claims/s, 12%, about 17 s left" (the last two when the total is known).</summary>
    public static string Describe(long done, double? fraction, TimeSpan elapsed, string unit)
    {
        var text = $"{Count(done)} {unit}, {Rate(done, elapsed, unit)}";
        if (fraction is { } f)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", {f * 100:0}%");
            if (f < 1 && Left(f, elapsed) is { } left)
            {
                text += $", about {Duration(left)} left";
            }
        }

        return text;
    }

    /// <summary>"5,230 claims/s".</summary>
    public static string Rate(long done, TimeSpan elapsed, string unit) =>
        $"{Count(elapsed.TotalSeconds > 0 ? (long)Math.Round(done / elapsed.TotalSeconds) : 0)} {unit}/s";

    /// <summary>The time left at the pace so far; null before any progress.</summary>
    public static TimeSpan? Left(double fraction, TimeSpan elapsed) =>
        fraction > 0 && fraction < 1 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - fraction) / fraction) : fraction >= 1 ? TimeSpan.Zero : null;

    /// <summary>"17 s", "4 min 05 s", "2 h 03 min".</summary>
    public static string Duration(TimeSpan time) => time.TotalSeconds < 60
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(time.TotalSeconds):0} s")
        : time.TotalHours < 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes} min {time.Seconds:00} s")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours} h {time.Minutes:00} min");

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

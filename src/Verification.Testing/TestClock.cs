using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Verification.Claims;

namespace Verification.Testing;

/// <summary>Fake clocks for testing code of your own that reads the time through <see cref="TimeProvider"/>.</summary>
/// <remarks>
/// <para>The verification engine reads no clock: a verdict depends only on the claims, their periods, the report's
/// publication date and the options, so verifying the same input gives the same verdict on any day. A clock matters
/// for code around it, such as a validator that flags figures older than a month, or a pipeline that dates a draft
/// "as of today". Write such code against <see cref="TimeProvider"/> and give it one of these clocks in tests.</para>
/// <para>Each method returns a <see cref="FakeTimeProvider"/> (Microsoft.Extensions.TimeProvider.Testing): its time
/// stands still until the test calls <see cref="FakeTimeProvider.Advance"/> or <see cref="FakeTimeProvider.SetUtcNow"/>,
/// and its local time zone is UTC.</para>
/// </remarks>
public static class TestClock
{
    /// <summary>A clock standing at midnight UTC at the start of <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    public static FakeTimeProvider At(DateOnly day) =>
        new(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    /// <summary>A clock standing at midnight UTC at the start of a day given as YYYY-MM-DD.</summary>
    /// <param name="day">The day, e.g. "2017-03-25".</param>
    /// <exception cref="FormatException">The text is not a YYYY-MM-DD date.</exception>
    public static FakeTimeProvider At(string day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return At(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>A clock standing at midnight UTC at the start of the day a report was published.</summary>
    /// <param name="report">The report; it must have a publication date.</param>
    /// <exception cref="ArgumentException">The report has no publication date.</exception>
    public static FakeTimeProvider AtPublication(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Published is { } published
            ? At(published)
            : throw new ArgumentException($"Report '{report.Id}' has no publication date.", nameof(report));
    }
}

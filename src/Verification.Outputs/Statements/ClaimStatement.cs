using System.Globalization;
using System.Text;
using Verification.Claims;
using Verification.Periods;

namespace Verification.Outputs.Statements;

/// <summary>A claim in words, for formats that carry a claim as text rather than as fields.</summary>
/// <remarks>Composed from the claim's fields, never from its verdict, so that the text states the claim and not what the
/// check found.</remarks>
internal static class ClaimStatement
{
    /// <summary>The longest summary Google's fact-check markup shows without wrapping on a phone.</summary>
    public const int SummaryLimit = 75;

    /// <summary>"According to UNHCR, around 340,000 people fled in Mosul, Nineveh, Iraq from 17 October 2016 to
    /// 25 March 2017.": source, figure, subject, place and time in one sentence that stands alone.</summary>
    /// <param name="claim">The claim.</param>
    public static string Sentence(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = new StringBuilder();
        text.Append("According to ").Append(claim.Source.Trim()).Append(", ");
        text.Append(What(claim));
        if (claim.Place is { } place)
        {
            text.Append(" in ").Append(place.Path);
        }

        if (claim.Period is { } period)
        {
            text.Append(' ').Append(PeriodInWords(period, abbreviated: false));
        }

        return text.Append('.').ToString();
    }

    /// <summary>The claim in at most <paramref name="limit"/> characters: figure and subject, then the most specific
    /// place and the time while they fit; cut at a word and ended with "…" only when figure and subject alone are too long.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="limit">The longest text allowed; at least 2.</param>
    public static string Summary(Claim claim, int limit = SummaryLimit)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        var what = OneLine(What(claim));
        var place = claim.Place is { } p ? " in " + OneLine(p.Name) : string.Empty;
        var time = claim.Period is { } period ? ", " + PeriodInWords(period, abbreviated: true, withPreposition: false) : string.Empty;
        foreach (var candidate in new[] { what + place + time, what + place, what })
        {
            if (candidate.Length <= limit)
            {
                return candidate;
            }
        }

        return Shorten(what, limit);
    }

    /// <summary>"on 17 March 2017", "in March 2017", "in 2017", "from 17 October 2016 to 25 March 2017"; abbreviated:
    /// "17 Mar 2017", "Mar 2017", "2017", "17 Oct 2016 – 25 Mar 2017".</summary>
    /// <param name="period">The period.</param>
    /// <param name="abbreviated">Whether months are written in three letters.</param>
    /// <param name="withPreposition">Whether "on", "in" or "from … to" is written.</param>
    public static string PeriodInWords(Period period, bool abbreviated, bool withPreposition = true)
    {
        ArgumentNullException.ThrowIfNull(period);
        var day = abbreviated ? "d MMM yyyy" : "d MMMM yyyy";
        var month = abbreviated ? "MMM yyyy" : "MMMM yyyy";
        string Format(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);
        return (period.Precision, withPreposition) switch
        {
            (PeriodPrecision.Day, true) => "on " + Format(period.Start, day),
            (PeriodPrecision.Day, false) => Format(period.Start, day),
            (PeriodPrecision.Month, true) => "in " + Format(period.Start, month),
            (PeriodPrecision.Month, false) => Format(period.Start, month),
            (PeriodPrecision.Year, true) => "in " + Format(period.Start, "yyyy"),
            (PeriodPrecision.Year, false) => Format(period.Start, "yyyy"),
            (_, true) => "from " + Format(period.Start, day) + " to " + Format(period.End, day),
            _ => Format(period.Start, day) + " – " + Format(period.End, day),
        };
    }

    // "around 340,000 people fled"; a claim without a figure is its subject alone ("western Mosul offensive began").
    private static string What(Claim claim) =>
        claim.Figure is { } figure ? figure.ToString().Trim() + " " + claim.Subject.Text.Trim() : claim.Subject.Text.Trim();

    // Input text may hold line breaks; a summary is one line.
    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Cut at the last space that leaves room for the ellipsis; a single word too long is cut inside it.
    private static string Shorten(string text, int limit)
    {
        var room = limit - 1;
        var cut = text.LastIndexOf(' ', Math.Min(room, text.Length - 1));
        var kept = cut > 0 ? text[..cut] : text[..room];
        return kept.TrimEnd(' ', ',', ';', ':') + "…";
    }
}

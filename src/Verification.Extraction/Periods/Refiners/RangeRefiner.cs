using Verification.Periods;
using static Verification.Extraction.Periods.DateTokens;

namespace Verification.Extraction.Periods.Refiners;

/// <summary>Merges two periods joined as a range into one: "1 January to 31 March 2016", "3 May - 9 June 2015",
/// "from last week until today". A year written only at the end is the start's too.</summary>
/// <remarks>The ends must be in order once the year is shared; "from" or "between" before the first end belongs to
/// the range ("and" joins only after "between").</remarks>
internal sealed class RangeRefiner : IPeriodRefiner
{
    public void Refine(in PeriodSentence sentence, List<PeriodHit> hits)
    {
        var text = sentence.Text;
        var t = sentence.Tokens;
        for (var h = 0; h + 1 < hits.Count; h++)
        {
            var a = hits[h];
            var b = hits[h + 1];
            if (a.Dropped || b.Dropped || b.First != a.Last + 2)
            {
                continue;
            }

            var join = a.Last + 1;
            var between = a.First > 0 && Is(text, t[a.First - 1], "between");
            var joins = IsDash(text, t, join) || Is(text, t[join], "to") || Is(text, t[join], "thru") || Is(text, t[join], "through")
                || Is(text, t[join], "until") || Is(text, t[join], "till") || (between && Is(text, t[join], "and"));
            if (!joins)
            {
                continue;
            }

            var start = a.Value;
            if (!HasWrittenYear(text, t, a) && HasWrittenYear(text, t, b) && start.Precision is PeriodPrecision.Day or PeriodPrecision.Month)
            {
                start = InYear(start, b.Value.End.Year);
                if (start.Start > b.Value.Start)
                {
                    start = InYear(start, b.Value.End.Year - 1);
                }
            }

            // "1 March to 10 April": the end without a year follows the start.
            var end = b.Value;
            if (!HasWrittenYear(text, t, b) && end.Start < start.Start && end.Precision is PeriodPrecision.Day or PeriodPrecision.Month)
            {
                end = InYear(end, start.Start.Year);
                if (end.Start < start.Start)
                {
                    end = InYear(end, start.Start.Year + 1);
                }
            }

            if (start.Start > end.Start || start.End > end.End)
            {
                continue;
            }

            if (a.First > 0 && (between || Is(text, t[a.First - 1], "from")))
            {
                a.First--;
            }

            a.Last = b.Last;
            a.Value = new ResolvedPeriod(start.Start, end.End, PeriodPrecision.Interval);
            a.RunsForward |= b.RunsForward;
            b.Dropped = true;
            h++;
        }
    }

    private static ResolvedPeriod InYear(ResolvedPeriod value, int year)
    {
        if (value.Precision == PeriodPrecision.Month)
        {
            return ResolvedPeriod.Month(year, value.Start.Month);
        }

        var day = Math.Min(value.Start.Day, DateTime.DaysInMonth(year, value.Start.Month));
        return ResolvedPeriod.Day(new DateOnly(year, value.Start.Month, day));
    }

    private static bool HasWrittenYear(string text, ReadOnlySpan<Text.Token> t, PeriodHit hit)
    {
        for (var k = hit.First; k <= hit.Last; k++)
        {
            if (IsYearAt(text, t, k))
            {
                return true;
            }
        }

        return false;
    }
}

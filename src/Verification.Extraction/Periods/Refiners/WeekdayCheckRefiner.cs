using System.Globalization;
using Verification.Extraction.Mentions;
using Verification.Extraction.Text;
using Verification.Figures;
using Verification.Periods;

namespace Verification.Extraction.Periods.Refiners;

/// <summary>Checks a weekday written with a date ("Tuesday, March 18, 2017"): when the date falls on another day, the
/// date is kept and the hit says so (<see cref="PeriodMention.Note"/>).</summary>
internal sealed class WeekdayCheckRefiner : IPeriodRefiner
{
    public void Refine(in PeriodSentence sentence, List<PeriodHit> hits)
    {
        var t = sentence.Tokens;
        foreach (var hit in hits)
        {
            if (hit.Dropped || hit.Value.Precision != PeriodPrecision.Day || hit.Last == hit.First || !t[hit.First].Has(Lex.Weekday))
            {
                continue;
            }

            var written = Lexicon.Entries[t[hit.First].Entry].Weekday;
            var day = hit.Value.Start;
            if (written != NewsCalendar.WeekdayOf(day) && HasDate(t, hit))
            {
                hit.Note = string.Create(CultureInfo.InvariantCulture,
                    $"the text says {Name(written)} but {day:yyyy-MM-dd} is a {day.DayOfWeek}; the date is kept");
            }
        }
    }

    // The weekday stands before a written date, not alone ("Monday" read as a day of its own has nothing to contradict).
    private static bool HasDate(ReadOnlySpan<Token> t, PeriodHit hit)
    {
        for (var k = hit.First + 1; k <= hit.Last; k++)
        {
            if (t[k].IsNumber)
            {
                return true;
            }
        }

        return false;
    }

    private static string Name(int weekday) => ((DayOfWeek)(weekday % 7)).ToString();
}

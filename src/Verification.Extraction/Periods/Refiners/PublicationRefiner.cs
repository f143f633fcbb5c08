using Verification.Periods;
namespace Verification.Extraction.Periods.Refiners;

/// <summary>Reads each period against the publication day: one still running then ends on it ("this month", "since
/// October") unless the text says it runs on ("within 6 months", "the next 5 days"); one ending after it is future.
/// </summary>
internal sealed class PublicationRefiner : IPeriodRefiner
{
    public void Refine(in PeriodSentence sentence, List<PeriodHit> hits)
    {
        var published = sentence.Published;
        foreach (var hit in hits)
        {
            var value = hit.Value;
            hit.IsFuture = value.End > published;
            if (!hit.RunsForward && value.Start <= published && value.End > published)
            {
                hit.Value = new ResolvedPeriod(value.Start, published, value.Start == published ? PeriodPrecision.Day : PeriodPrecision.Interval);
                hit.IsFuture = false;
            }
        }
    }
}

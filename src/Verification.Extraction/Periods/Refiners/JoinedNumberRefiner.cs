using Verification.Extraction.Text;
using Verification.Figures;

namespace Verification.Extraction.Periods.Refiners;

/// <summary>Drops a date that is only part of a longer run of digits joined by punctuation: "020-2017-03-18",
/// "12.03.2017.4", "+44 2016/10/17/3" are references or telephone numbers, not dates.</summary>
internal sealed class JoinedNumberRefiner : IPeriodRefiner
{
    public void Refine(in PeriodSentence sentence, List<PeriodHit> hits)
    {
        var t = sentence.Tokens;
        foreach (var hit in hits)
        {
            if (hit.Dropped || !t[hit.First].IsNumber || !t[hit.Last].IsNumber)
            {
                continue;
            }

            var before = hit.First >= 2 && t[hit.First].Attached && t[hit.First - 1].Kind == TokenKind.Punct && t[hit.First - 1].Attached && t[hit.First - 2].IsNumber
                && sentence.Text[t[hit.First - 1].Start] is '-' or '/' or '.';
            var after = hit.Last + 2 < t.Length && t[hit.Last + 1].Attached && t[hit.Last + 1].Kind == TokenKind.Punct && t[hit.Last + 2].Attached && t[hit.Last + 2].IsNumber
                && sentence.Text[t[hit.Last + 1].Start] is '-' or '/' or '.';
            hit.Dropped = before || after;
        }
    }
}

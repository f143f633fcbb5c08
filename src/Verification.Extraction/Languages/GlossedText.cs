namespace Verification.Extraction.Languages;

/// <summary>A text as the readers take it (its phrases replaced by their canonical text), and the way back from a span
/// of it to the span of the original text it was read from.</summary>
internal sealed class GlossedText
{
    // The replaced pieces, in order: where each was in the original and where its canonical text is; the text between
    // them is the original's, shifted.
    private readonly List<(int OriginalStart, int OriginalEnd, int Start, int End)> _pieces;

    internal GlossedText(string text, List<(int OriginalStart, int OriginalEnd, int Start, int End)> pieces)
    {
        Text = text;
        _pieces = pieces;
    }

    /// <summary>The text the readers read.</summary>
    public string Text { get; }

    /// <summary>The span of the original text that <paramref name="span"/> of <see cref="Text"/> was read from: a span
    /// that starts or ends inside a replaced phrase covers the whole phrase.</summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        var start = Map(span.Start, end: false);
        var end = Map(span.End, end: true);
        return new TextSpan(start, Math.Max(start, end));
    }

    private int Map(int position, bool end)
    {
        // The last piece that starts before the position (at or before it, for a start).
        int lo = 0, hi = _pieces.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (end ? _pieces[mid].Start < position : _pieces[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            return position;
        }

        // A start at a phrase's number takes in the words of the phrase dropped before it ("Il y a 3 jours" read as
        // "3 days ago").
        while (!end && found > 0 && _pieces[found - 1].Start == position && _pieces[found - 1].End == position)
        {
            found--;
        }

        var piece = _pieces[found];
        if (!end && piece.Start == position && piece.End == position)
        {
            return piece.OriginalStart;
        }

        if (end ? position <= piece.End : position < piece.End)
        {
            return end ? piece.OriginalEnd : piece.OriginalStart;
        }

        return piece.OriginalEnd + (position - piece.End);
    }
}

using System.Text;

namespace Verification.Extraction.Languages;

/// <summary>Rewrites a text in a language other than the readers' own as the readers take it: each listed phrase by
/// its canonical text (<see cref="GlossTable"/>), the longest first; each number by the language's digit writing
/// (<see cref="DigitWriting"/>); guillemets as quotation marks. Everything else is kept as written.</summary>
/// <remarks>Linear in the length of the text: at each word, at most <see cref="GlossTable.MaxPhraseTokens"/> phrases are
/// looked up. A phrase does not run across a line break.</remarks>
internal sealed class Glosser
{
    private readonly GlossTable _table;
    private readonly DigitWriting _digits;

    public Glosser(GlossTable table, DigitWriting digits)
    {
        _table = table;
        _digits = digits;
    }

    private enum Kind : byte
    {
        Word,
        Number,
        Sign,
    }

    private readonly record struct Piece(int Start, int End, Kind Kind, string Key, string? Canonical, bool LineBefore);

    /// <summary>The text as the readers take it.</summary>
    public GlossedText Gloss(string text)
    {
        var pieces = Cut(text);
        var sb = new StringBuilder(text.Length + (text.Length / 8));
        var replaced = new List<(int, int, int, int)>();
        var copied = 0;
        var keys = new List<string>(GlossTable.MaxPhraseTokens);
        for (var k = 0; k < pieces.Count;)
        {
            var piece = pieces[k];
            string? output = null;
            var count = 1;
            if (piece.Kind == Kind.Word && Longest(pieces, k, keys) is { } match)
            {
                (var gloss, count) = match;
                output = Fill(gloss.Canonical, pieces, k, count);
                output = piece.Key.Length > 0 && char.IsUpper(text[piece.Start]) && !gloss.Canonical.Any(char.IsUpper) && output.Length > 0
                    ? char.ToUpperInvariant(output[0]) + output[1..]
                    : output;

                // An elided word glossed ("l'OIM" → "the IOM") is parted from the next.
                var last = pieces[k + count - 1];
                if (output.Length > 0 && last.Key.EndsWith('\'') && k + count < pieces.Count && pieces[k + count].Start == last.End)
                {
                    output += " ";
                }
            }
            else if (piece.Canonical is not null)
            {
                output = piece.Canonical;
            }

            if (output is not null)
            {
                var end = pieces[k + count - 1].End;
                sb.Append(text, copied, piece.Start - copied);
                replaced.Add((piece.Start, end, sb.Length, sb.Length + output.Length));
                sb.Append(output);
                copied = end;
            }

            k += count;
        }

        sb.Append(text, copied, text.Length - copied);
        return new GlossedText(sb.ToString(), replaced);
    }

    // The longest listed phrase that starts at piece k, and how many pieces it takes.
    private (GlossTable.Gloss Gloss, int Count)? Longest(List<Piece> pieces, int k, List<string> keys)
    {
        keys.Clear();
        for (var n = 0; n < GlossTable.MaxPhraseTokens && k + n < pieces.Count && (n == 0 || !pieces[k + n].LineBefore); n++)
        {
            keys.Add(pieces[k + n].Kind == Kind.Number ? "#" : pieces[k + n].Key);
        }

        for (var n = keys.Count; n >= 1; n--)
        {
            if (_table.TryGet(string.Join(' ', keys.Take(n)), out var gloss))
            {
                return (gloss, n);
            }
        }

        return null;
    }

    // The canonical text with each '#' replaced by the phrase's numbers in order, as the readers take them.
    private static string Fill(string canonical, List<Piece> pieces, int k, int count)
    {
        if (!canonical.Contains('#', StringComparison.Ordinal))
        {
            return canonical;
        }

        var numbers = pieces.Skip(k).Take(count).Where(p => p.Kind == Kind.Number).Select(p => p.Canonical ?? p.Key).GetEnumerator();
        var sb = new StringBuilder();
        foreach (var c in canonical)
        {
            if (c == '#' && numbers.MoveNext())
            {
                sb.Append(numbers.Current);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private List<Piece> Cut(string text)
    {
        var pieces = new List<Piece>(text.Length / 4);
        var line = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                line |= c is '\n' or '\r' or '\u2028' or '\u2029';
                i++;
                continue;
            }

            if (GlossTokens.IsWordChar(c))
            {
                var end = GlossTokens.WordEnd(text, i);
                pieces.Add(new Piece(i, end, Kind.Word, GlossTokens.Key(text.AsSpan(i, end - i)), null, line));
                i = end;
            }
            else if (char.IsAsciiDigit(c) && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
            {
                var (end, canonical) = _digits.Read(text, i);
                pieces.Add(new Piece(i, end, Kind.Number, text[i..end], canonical, line));
                i = end;
            }
            else
            {
                var canonical = c switch { '«' => "\u201C", '»' => "\u201D", _ => null };
                pieces.Add(new Piece(i, i + 1, Kind.Sign, GlossTokens.Key(text.AsSpan(i, 1)), canonical, line));
                i++;
            }

            line = false;
        }

        return pieces;
    }
}

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

    // A word, number or sign of the text: its key in phrases ("#" for a number, "#er" for an ordinal), what the readers
    // take it as on its own (null: as written), and for a number, its digits as the readers take them inside a phrase.
    private readonly record struct Piece(int Start, int End, Kind Kind, string Key, string? Canonical, bool LineBefore, string Digits = "");

    /// <summary>The text as the readers take it.</summary>
    public GlossedText Gloss(string text)
    {
        var pieces = Cut(text);
        var sb = new StringBuilder(text.Length + (text.Length / 8));
        var replaced = new List<(int, int, int, int)>();
        var copied = 0;
        var keys = new List<string>(GlossTable.MaxPhraseTokens);

        // Writes `output` in place of text[from..to].
        void Replace(int from, int to, string output)
        {
            sb.Append(text, copied, from - copied);
            replaced.Add((from, to, sb.Length, sb.Length + output.Length));
            sb.Append(output);
            copied = to;
        }

        for (var k = 0; k < pieces.Count;)
        {
            var piece = pieces[k];
            if (Longest(pieces, k, keys) is var (gloss, count))
            {
                Write(text, gloss, pieces, k, count, Replace);
                k += count;
                continue;
            }

            if (piece.Canonical is not null)
            {
                Replace(piece.Start, piece.End, piece.Canonical);
            }

            k++;
        }

        sb.Append(text, copied, text.Length - copied);
        return new GlossedText(sb.ToString(), replaced);
    }

    // Writes a phrase's canonical text: the words between its numbers in place of the phrase's words between them, each
    // number in place of its own, so that a number's span stays its own.
    private static void Write(string text, GlossTable.Gloss gloss, List<Piece> pieces, int k, int count, Action<int, int, string> replace)
    {
        var parts = gloss.Canonical.Split('#');
        var numbers = pieces.GetRange(k, count).Where(p => p.Kind == Kind.Number).ToList();
        var first = pieces[k];
        var last = pieces[k + count - 1];
        var from = first.Start;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i == 0 && part.Length > 0 && first.Kind == Kind.Word && char.IsUpper(text[first.Start]) && !gloss.Canonical.Any(char.IsUpper))
            {
                part = char.ToUpperInvariant(part[0]) + part[1..];
            }

            var to = i < numbers.Count ? numbers[i].Start : last.End;

            // An elided word glossed ("l'OIM" → "the IOM") is parted from the next.
            if (i == parts.Length - 1 && part.Length > 0 && last.Key.EndsWith('\'') && k + count < pieces.Count && pieces[k + count].Start == last.End)
            {
                part += " ";
            }

            if (to > from || part.Length > 0)
            {
                replace(from, to, part);
            }

            if (i < numbers.Count)
            {
                replace(numbers[i].Start, numbers[i].End, numbers[i].Digits);
                from = numbers[i].End;
            }
        }
    }

    // The longest listed phrase that starts at piece k, and how many pieces it takes.
    private (GlossTable.Gloss Gloss, int Count)? Longest(List<Piece> pieces, int k, List<string> keys)
    {
        keys.Clear();
        for (var n = 0; n < GlossTable.MaxPhraseTokens && k + n < pieces.Count && (n == 0 || !pieces[k + n].LineBefore); n++)
        {
            keys.Add(pieces[k + n].Key);
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
                var number = _digits.Read(text, i);
                pieces.Add(new Piece(i, number.End, Kind.Number, "#" + number.Suffix, number.Canonical, line, number.Digits));
                i = number.End;
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

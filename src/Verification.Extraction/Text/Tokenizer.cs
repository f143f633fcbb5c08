using Verification.Figures;
namespace Verification.Extraction.Text;

/// <summary>Splits text into words, numbers and punctuation, in one pass, classifying each word once.</summary>
/// <remarks>Linear in the length of the text; allocates only the token list it fills.</remarks>
internal static class Tokenizer
{
    private const int MaxLookupLength = 24;

    /// <summary>Appends the tokens of <c>text[start..end]</c> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        Span<char> lower = stackalloc char[MaxLookupLength];
        Span<char> scratch = stackalloc char[16];
        var flags = TokenFlags.SpaceBefore | TokenFlags.NewlineBefore;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                flags |= TokenFlags.SpaceBefore;
                if (c is '\n' or '\r' or '\u2028' or '\u2029')
                {
                    flags |= TokenFlags.NewlineBefore;
                }

                i++;
                continue;
            }

            var token = new Token { Start = i, Flags = flags, Entry = -1 };
            flags = TokenFlags.None;
            if (FigureScanner.DigitValue(c) >= 0 || (c == '.' && (token.Flags & TokenFlags.SpaceBefore) != 0 && i + 1 < end && FigureScanner.DigitValue(text[i + 1]) >= 0))
            {
                token.Kind = TokenKind.Number;
                i = ScanNumber(text, i, end, ref token);
            }
            else if (char.IsLetter(c))
            {
                var j = i + 1;
                while (j < end && (char.IsLetter(text[j]) || IsMark(text[j])))
                {
                    j++;
                }

                token.Kind = TokenKind.Word;
                Classify(text, i, j, ref token, lower, scratch);
                i = j;
            }
            else
            {
                token.Kind = TokenKind.Punct;
                i++;
            }

            token.End = i;
            tokens.Add(token);
        }
    }

    private static bool IsMark(char c)
    {
        if (c < '\u0300')
        {
            return false;
        }

        var category = char.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    private static int ScanNumber(string text, int i, int end, ref Token token)
    {
        var run = 0;
        while (i < end && FigureScanner.DigitValue(text[i]) >= 0)
        {
            i++;
            run++;
        }

        // Groups separated by a plain space are separate tokens here: the number recogniser joins them.
        var groupsEnd = FigureScanner.GroupsEnd(text.AsSpan(0, end), i, run, plainSpace: false);
        if (groupsEnd > i)
        {
            token.Flags |= TokenFlags.HasGroups;
            i = groupsEnd;
        }

        if (i + 1 < end && text[i] is '.' or '\u066B' && FigureScanner.DigitValue(text[i + 1]) >= 0)
        {
            i++;
            token.Flags |= TokenFlags.HasDecimals;
            while (i < end && FigureScanner.DigitValue(text[i]) >= 0)
            {
                i++;
            }
        }

        return i;
    }

    private static void Classify(string text, int start, int end, ref Token token, Span<char> lower, Span<char> scratch)
    {
        var first = text[start];
        var upper = 0;
        var letters = 0;
        var length = end - start;
        var fits = length <= MaxLookupLength;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            char l;
            if (c < 128)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    upper++;
                    l = (char)(c | 0x20);
                }
                else
                {
                    l = c;
                }
            }
            else
            {
                if (char.IsUpper(c))
                {
                    upper++;
                }

                l = char.ToLowerInvariant(c);
            }

            letters++;
            if (fits)
            {
                lower[k - start] = l;
            }
        }

        if (first < 128 ? (uint)(first - 'A') <= 'Z' - 'A' : char.IsUpper(first))
        {
            token.Flags |= TokenFlags.Capitalized;
        }

        if (letters >= 2 && upper == letters)
        {
            token.Flags |= TokenFlags.AllCaps;
        }

        if (!fits)
        {
            return;
        }

        ReadOnlySpan<char> word = lower[..length];
        token.Entry = Lexicon.Find(word);
        if (token.Entry >= 0)
        {
            token.Lex = Lexicon.Entries[token.Entry].Flags;
        }

        // The figure grammar's words are at most 13 letters long ("approximately").
        if (length <= 13)
        {
            token.FigureWord = FigureScanner.Classify(word, scratch, out token.FigureValue);
        }
    }
}

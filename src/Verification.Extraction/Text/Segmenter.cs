using Verification.Figures;
namespace Verification.Extraction.Text;

/// <summary>Finds paragraphs in a text and sentences in a paragraph's tokens.</summary>
/// <remarks>
/// Paragraphs are separated by blank lines; a text without blank lines has one paragraph per line. A paragraph longer
/// than <see cref="MaxParagraphLength"/> characters is cut at white space, and a sentence longer than
/// <see cref="MaxSentenceTokens"/> tokens is cut, so that a text without line breaks or full stops is still processed
/// in bounded pieces, in time linear in its length.
/// </remarks>
internal static class Segmenter
{
    public const int MaxParagraphLength = 32_768;
    public const int MaxSentenceTokens = 200;

    /// <summary>The paragraphs of the text, as character ranges, in order.</summary>
    public static List<(int Start, int End)> Paragraphs(string text)
    {
        var hasBlankLine = HasBlankLine(text);
        var result = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            // Skip white space between paragraphs.
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            var end = FindParagraphEnd(text, i, hasBlankLine);
            while (end - start > MaxParagraphLength)
            {
                var cut = start + MaxParagraphLength;
                var k = cut;
                while (k > start + (MaxParagraphLength / 2) && !char.IsWhiteSpace(text[k]))
                {
                    k--;
                }

                if (k <= start + (MaxParagraphLength / 2))
                {
                    k = cut;
                }

                result.Add((start, TrimEnd(text, start, k)));
                start = k;
            }

            result.Add((start, TrimEnd(text, start, end)));
            i = end;
        }

        return result;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool HasBlankLine(string text)
    {
        var index = 0;
        while ((index = text.IndexOf('\n', index)) >= 0)
        {
            var k = index + 1;
            while (k < text.Length && text[k] is ' ' or '\t' or '\r')
            {
                k++;
            }

            if (k < text.Length && text[k] == '\n')
            {
                return true;
            }

            index = k;
        }

        return false;
    }

    private static int FindParagraphEnd(string text, int i, bool blankLineSeparated)
    {
        while (true)
        {
            var newline = text.IndexOf('\n', i);
            if (newline < 0)
            {
                return text.Length;
            }

            if (!blankLineSeparated)
            {
                return newline;
            }

            var k = newline + 1;
            while (k < text.Length && text[k] is ' ' or '\t' or '\r')
            {
                k++;
            }

            if (k >= text.Length || text[k] == '\n')
            {
                return newline;
            }

            i = k;
        }
    }

    /// <summary>Splits a paragraph's tokens into sentences: (first token, token count) pairs.</summary>
    public static void Sentences(string text, List<Token> tokens, List<(int First, int Count)> sentences)
    {
        var start = 0;
        var n = tokens.Count;
        for (var t = 0; t < n; t++)
        {
            var tok = tokens[t];
            var boundaryAfter = -1;
            if (tok.Kind == TokenKind.Punct && text[tok.Start] is '.' or '!' or '?' or '…')
            {
                var k = t + 1;
                while (k < n && tokens[k].Kind == TokenKind.Punct && text[tokens[k].Start] is '"' or '\'' or '”' or '’' or ')' or ']' or '.' or '!' or '?')
                {
                    k++;
                }

                if (k >= n)
                {
                    boundaryAfter = n - 1;
                }
                else if (IsSentenceStart(text, tokens[k], tokens, k) && !IsAbbreviation(text, tokens, t))
                {
                    boundaryAfter = k - 1;
                }
            }
            else if (t + 1 < n && tokens[t + 1].Is(TokenFlags.NewlineBefore) && !(tok.Kind == TokenKind.Punct && text[tok.Start] is ',' or '-')
                && !(tokens[t + 1].IsWord && char.IsLower(text[tokens[t + 1].Start])))
            {
                boundaryAfter = t;
            }

            if (boundaryAfter < 0 && t - start + 1 >= MaxSentenceTokens)
            {
                boundaryAfter = t;
            }

            if (boundaryAfter >= 0)
            {
                sentences.Add((start, boundaryAfter - start + 1));
                start = boundaryAfter + 1;
                t = boundaryAfter;
            }
        }

        if (start < n)
        {
            sentences.Add((start, n - start));
        }
    }

    private static bool IsSentenceStart(string text, Token next, List<Token> tokens, int k)
    {
        if (next.Is(TokenFlags.NewlineBefore))
        {
            return true;
        }

        if (!next.Is(TokenFlags.SpaceBefore))
        {
            return false;
        }

        if (next.Kind == TokenKind.Word)
        {
            return char.IsUpper(text[next.Start]) || !char.IsLetter(text[next.Start]) || char.GetUnicodeCategory(text[next.Start]) == System.Globalization.UnicodeCategory.OtherLetter;
        }

        if (next.Kind == TokenKind.Number)
        {
            return true;
        }

        // An opening quote or bracket followed by a capital.
        return text[next.Start] is '"' or '“' or '\'' or '‘' or '(' or '['
            && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[k + 1].Start]);
    }

    private static bool IsAbbreviation(string text, List<Token> tokens, int dot)
    {
        if (text[tokens[dot].Start] != '.' || dot == 0)
        {
            return false;
        }

        var previous = tokens[dot - 1];
        if (previous.Kind != TokenKind.Word || previous.Is(TokenFlags.SpaceBefore) && previous.Length > 1 && !previous.Has(Lex.Abbreviation))
        {
            return false;
        }

        if (previous.End != tokens[dot].Start)
        {
            return false;
        }

        // "U.S.", "Mr.", "Gen.": a single letter, or a listed abbreviation, or a letter group with dots ("a.m.").
        return previous.Length == 1 || previous.Has(Lex.Abbreviation);
    }
}

namespace Verification.Extraction.Languages;

/// <summary>How glossed text is cut into the tokens phrases are matched on: words (letters, with an elided article or
/// pronoun keeping its apostrophe: "l'", "qu'"), numbers and single signs.</summary>
internal static class GlossTokens
{
    /// <summary>The words an apostrophe may end when they are elided ("jusqu'à", "lorsqu'il").</summary>
    private static readonly string[] ElidedWords = ["qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"];

    /// <summary>Whether a character is part of a word.</summary>
    public static bool IsWordChar(char c) => char.IsLetter(c) || c is '\u0300' or '\u0301' or '\u0302' or '\u0308' or '\u0327';

    /// <summary>Whether a character is an apostrophe (typewriter or typographic).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Where the word starting at <paramref name="i"/> ends, with its apostrophe when it is elided.</summary>
    public static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && IsWordChar(text[j]))
        {
            j++;
        }

        // In a table, an elided word stands alone ("l'"); in text, a word follows it.
        if (j < text.Length && IsApostrophe(text[j]) && (j + 1 == text.Length || IsWordChar(text[j + 1])))
        {
            var word = text[i..j];
            var elided = word.Length == 1;
            foreach (var e in ElidedWords)
            {
                elided |= word.Equals(e, StringComparison.OrdinalIgnoreCase);
            }

            if (elided)
            {
                j++;
            }
        }

        return j;
    }

    /// <summary>The lower-case form a token is matched with: an apostrophe is always "'".</summary>
    public static string Key(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        for (var k = 0; k < token.Length; k++)
        {
            buffer[k] = IsApostrophe(token[k]) ? '\'' : char.ToLowerInvariant(token[k]);
        }

        return new string(buffer);
    }

    /// <summary>The tokens of a phrase as a table writes it; runs of digits and "#" are each a number, written "#", with
    /// the ordinal suffix written against it ("#er").</summary>
    public static List<string> Split(string phrase)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < phrase.Length)
        {
            var c = phrase[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (IsWordChar(c))
            {
                var end = WordEnd(phrase, i);
                tokens.Add(Key(phrase.AsSpan(i, end - i)));
                i = end;
            }
            else if (c == '#' || char.IsAsciiDigit(c))
            {
                while (i < phrase.Length && (phrase[i] == '#' || char.IsAsciiDigit(phrase[i])))
                {
                    i++;
                }

                // An ordinal suffix written against the number is part of it ("#er").
                var suffix = i;
                while (suffix < phrase.Length && char.IsLetter(phrase[suffix]))
                {
                    suffix++;
                }

                tokens.Add("#" + phrase[i..suffix]);
                i = suffix;
            }
            else
            {
                tokens.Add(Key(phrase.AsSpan(i, 1)));
                i++;
            }
        }

        return tokens;
    }
}

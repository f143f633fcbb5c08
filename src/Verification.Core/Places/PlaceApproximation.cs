namespace Verification.Places;

/// <summary>The wordings that make a place name approximate: "Mosul and surrounding areas", "greater Mosul", "around
/// Mosul" are Mosul, approximately (see <see cref="Place.IsApproximate"/>).</summary>
internal static class PlaceApproximation
{
    // Words before the name. Longest first, so that "in and around" is not read as "around".
    private static readonly string[][] Before =
    [
        ["in", "and", "around"],
        ["the", "area", "around"],
        ["the", "areas", "around"],
        ["the", "vicinity", "of"],
        ["the", "outskirts", "of"],
        ["areas", "around"],
        ["outskirts", "of"],
        ["the", "greater"],
        ["greater"],
        ["around"],
    ];

    // Words after the name. Longest first.
    private static readonly string[][] After =
    [
        ["and", "the", "surrounding", "areas"],
        ["and", "the", "surrounding", "area"],
        ["and", "the", "surrounding", "region"],
        ["and", "the", "surrounding", "villages"],
        ["and", "surrounding", "areas"],
        ["and", "surrounding", "area"],
        ["and", "surrounding", "region"],
        ["and", "surrounding", "villages"],
        ["and", "nearby", "villages"],
        ["and", "nearby", "areas"],
        ["and", "its", "surroundings"],
        ["and", "its", "environs"],
        ["and", "its", "vicinity"],
        ["and", "its", "outskirts"],
        ["and", "its", "suburbs"],
        ["and", "the", "vicinity"],
        ["and", "surroundings"],
        ["and", "environs"],
        ["and", "vicinity"],
        ["and", "outskirts"],
        ["and", "suburbs"],
    ];

    // Words after the name that are also part of many places' own names ("Kurdistan Region", "Yangon Region"): read only
    // by a gazetteer that knows the name before them and not the whole (see Gazetteer.Complete).
    private static readonly string[][] AfterWhenKnown =
    [
        ["area"],
        ["region"],
    ];

    /// <summary>Reads the wordings of an approximation around a name: the text before the name, the name, and the text
    /// after it, each as written (the name trimmed). A name without one comes back whole, with empty text around it.</summary>
    /// <param name="written">The most specific name as written, trimmed ("Mosul and surrounding areas").</param>
    public static (string Before, string Name, string After) Read(string written)
    {
        var words = Words(written);
        var first = MatchBefore(written, words);
        var last = MatchAfter(written, words, first, After);
        return Split(written, words, first, last);
    }

    /// <summary>Reads "X area" or "X region" as X with the word after it, when there is a name before the word.</summary>
    /// <param name="written">A name as written, trimmed.</param>
    /// <param name="name">The name before the word.</param>
    /// <param name="after">The word, with the space before it, as written.</param>
    public static bool TryReadArea(string written, out string name, out string after)
    {
        var words = Words(written);
        var last = MatchAfter(written, words, 0, AfterWhenKnown);
        (_, name, after) = Split(written, words, 0, last);
        return after.Length > 0;
    }

    // The index of the first word of the name, after any wording before it.
    private static int MatchBefore(string text, List<Range> words)
    {
        foreach (var form in Before)
        {
            // Something must be left for the name.
            if (words.Count > form.Length && Matches(text, words, 0, form))
            {
                return form.Length;
            }
        }

        return 0;
    }

    // The index after the last word of the name, before any wording after it.
    private static int MatchAfter(string text, List<Range> words, int first, string[][] forms)
    {
        foreach (var form in forms)
        {
            if (words.Count - first > form.Length && Matches(text, words, words.Count - form.Length, form))
            {
                return words.Count - form.Length;
            }
        }

        return words.Count;
    }

    private static (string Before, string Name, string After) Split(string text, List<Range> words, int first, int last)
    {
        if (words.Count == 0 || (first == 0 && last == words.Count))
        {
            return (string.Empty, text, string.Empty);
        }

        var start = words[first].Start.Value;
        var end = words[last - 1].End.Value;
        return (text[..start], text[start..end], text[end..]);
    }

    private static bool Matches(string text, List<Range> words, int at, string[] form)
    {
        for (var i = 0; i < form.Length; i++)
        {
            if (!text.AsSpan()[words[at + i]].Equals(form[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    // The words of the text: runs of characters other than white space.
    private static List<Range> Words(string text)
    {
        var words = new List<Range>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(start..i);
            }
        }

        return words;
    }
}

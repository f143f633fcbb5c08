using Verification.Extraction.Mentions;
using Verification.Extraction.Text;
using Verification.Figures;

namespace Verification.Extraction.Sources;

/// <summary>One attribution found in a sentence.</summary>
internal sealed class SourceHit
{
    public int First { get; set; }

    public int Last { get; set; }

    /// <summary>The attributing word ("said", "according"), sentence-relative.</summary>
    public int Verb { get; set; }

    public required SourceMention Mention { get; set; }

    /// <summary>A pronoun ("he said"): the name is resolved from what came before.</summary>
    public bool IsPronoun { get; set; }
}

/// <summary>Finds who a sentence attributes its figures to: "according to UNHCR figures", "X said", "said X",
/// "X told the Y", "X estimated", "citing X", "X figures show".</summary>
internal static class SourceRecognizer
{
    private const int MaxNameTokens = 10;

    public static void Recognize(string text, ReadOnlySpan<Token> t, List<SourceHit> hits, StringPool pool)
    {
        for (var v = 0; v < t.Length; v++)
        {
            var token = t[v];
            if (!token.Has(Lex.SpeechVerb) && !IsCountingVerb(text, t, v))
            {
                continue;
            }

            if (Is(text, token, "according"))
            {
                if (v + 1 < t.Length && Is(text, t[v + 1], "to") && TryNameAfter(text, t, v + 2, pool, relay: true, out var f, out var l, out var name))
                {
                    hits.Add(Hit(text, t, f, l, v, name, AttributionKind.AccordingTo));
                    v = l;
                }

                continue;
            }

            if (Is(text, token, "citing") || Is(text, token, "quoting"))
            {
                if (TryNameAfter(text, t, v + 1, pool, relay: true, out var f, out var l, out var name))
                {
                    hits.Add(Hit(text, t, f, l, v, name, AttributionKind.AccordingTo));
                    v = l;
                }

                continue;
            }

            // "UN figures show", "data from the ministry showed"
            if ((Is(text, token, "show") || Is(text, token, "shows") || Is(text, token, "showed") || Is(text, token, "suggest") || Is(text, token, "suggests") || Is(text, token, "suggested"))
                && v > 0 && t[v - 1].Has(Lex.RelayNoun))
            {
                if (TryNameBefore(text, t, v - 1, pool, out var f, out var l, out var name, out _))
                {
                    hits.Add(Hit(text, t, f, l, v, name, AttributionKind.AccordingTo));
                }

                continue;
            }

            if (Is(text, token, "put") || Is(text, token, "puts") || Is(text, token, "found") || Is(text, token, "show") || Is(text, token, "shows") || Is(text, token, "showed")
                || Is(text, token, "suggest") || Is(text, token, "suggests") || Is(text, token, "suggested") || Is(text, token, "claims") || Is(text, token, "claim")
                || Is(text, token, "reports") && v > 0 && !t[v - 1].IsCapitalized && !t[v - 1].Has(Lex.SourceNoun))
            {
                // "put the toll at": the subject before is the source, as for "said".
                if (!(Is(text, token, "put") || Is(text, token, "puts")))
                {
                    continue;
                }
            }

            // "X said", "X, the organisation ..., said", "X also told the Y"
            if (TryNameBefore(text, t, v, pool, out var first, out var last, out var before, out var pronoun))
            {
                var hit = Hit(text, t, first, last, v, before, Is(text, token, "told") ? AttributionKind.Told : AttributionKind.Said);
                hit.IsPronoun = pronoun;
                if (Is(text, token, "told") && TryNameAfter(text, t, v + 1, pool, relay: false, out _, out _, out var via) && !IsAudience(via))
                {
                    hit.Mention = hit.Mention with { Via = via };
                }

                hits.Add(hit);
                continue;
            }

            // ", said X", "\" said X"
            if (v > 0 && t[v - 1].Kind == TokenKind.Punct && text[t[v - 1].Start] is ',' or '"' or '”' or '\'' or '’'
                && TryNameAfter(text, t, v + 1, pool, relay: false, out var f2, out var l2, out var after))
            {
                hits.Add(Hit(text, t, f2, l2, v, after, AttributionKind.SaidAfter));
                v = l2;
            }
        }
    }

    // "in" inside a name read backwards from its verb: "officials in Russia's Belgorod region", "the UN mission in
    // Ukraine", "the Health Ministry in the Hamas-run territory" (after a source noun), not "fighting in Mosul".
    private static bool InName(string text, ReadOnlySpan<Token> t, int m, int last)
    {
        var afterSourceNoun = m > 0 && t[m - 1].Has(Lex.SourceNoun);
        return (t[m + 1].IsCapitalized && (m < last - 1 || afterSourceNoun))
            || (afterSourceNoun && m + 2 <= last && Is(text, t[m + 1], "the"));
    }

    // "The mission has verified 10,582 civilian deaths", "the ministry registered about 3,200 new cases": verbs that
    // name a source only right before a figure, or a hedge and a figure ("could not be independently verified" names
    // none, nor does "verified in 2019").
    private static bool IsCountingVerb(string text, ReadOnlySpan<Token> t, int v)
    {
        if (!(Is(text, t[v], "verified") || Is(text, t[v], "registered") || Is(text, t[v], "logged") || Is(text, t[v], "tracked")))
        {
            return false;
        }

        var k = v + 1;
        if (k < t.Length && t[k].FigureWord is FigureWord.About or FigureWord.Around or FigureWord.Nearly or FigureWord.Almost
            or FigureWord.Approximately or FigureWord.Roughly or FigureWord.Some or FigureWord.Over or FigureWord.More)
        {
            k++;
        }

        return k < t.Length && (t[k].IsNumber || t[k].FigureWord is FigureWord.Unit or FigureWord.Tens);
    }

    private static bool IsAudience(string name) =>
        name.StartsWith("reporter", StringComparison.OrdinalIgnoreCase) || name.StartsWith("journalist", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("press", StringComparison.OrdinalIgnoreCase) || name.StartsWith("parliament", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("lawmakers", StringComparison.OrdinalIgnoreCase) || name.StartsWith("a news", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("news", StringComparison.OrdinalIgnoreCase) || name.StartsWith("him", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("her", StringComparison.OrdinalIgnoreCase) || name.StartsWith("them", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("us", StringComparison.Ordinal) || name.StartsWith("crowd", StringComparison.OrdinalIgnoreCase);

    private static SourceHit Hit(string text, ReadOnlySpan<Token> t, int first, int last, int verb, string name, AttributionKind kind) => new()
    {
        First = first,
        Last = last,
        Verb = verb,
        Mention = new SourceMention(new TextSpan(t[first].Start, t[last].End), name, kind),
    };

    private static bool Is(string text, in Token token, string word) =>
        token.Kind == TokenKind.Word && token.Length == word.Length && text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>A name after "according to", "citing", "told", "said": up to a comma, a full stop, "that" or a verb;
    /// "figures", "data" … at its end are dropped, and "figures from X" reads X.</summary>
    private static bool TryNameAfter(string text, ReadOnlySpan<Token> t, int start, StringPool pool, bool relay, out int first, out int last, out string name)
    {
        first = start;
        last = -1;
        name = string.Empty;
        var k = start;
        while (k < t.Length && k - start < MaxNameTokens)
        {
            var token = t[k];
            if (token.Kind == TokenKind.Punct)
            {
                if (text[token.Start] is '-' or '&' or '\'' or '’' or '.' && token.Attached && k + 1 < t.Length && t[k + 1].Attached && t[k + 1].IsWord)
                {
                    k++;
                    continue;
                }

                break;
            }

            if (token.IsNumber)
            {
                break;
            }

            if (k > start && (token.Has(Lex.SpeechVerb) || token.Has(Lex.Relative) || token.Has(Lex.Auxiliary) && !token.Has(Lex.Preposition) || token.Has(Lex.SubjectVerb)
                || (token.Has(Lex.Conjunction) && !Is(text, token, "and")) || (token.Has(Lex.Preposition) && !(Is(text, token, "of") || Is(text, token, "for") || Is(text, token, "from") || Is(text, token, "by")))))
            {
                break;
            }

            if (k == start && (token.Has(Lex.Pronoun) && !Is(text, token, "us") || Is(text, token, "that")))
            {
                return false;
            }

            last = k;
            k++;
        }

        if (last < first)
        {
            return false;
        }

        // "figures from UNHCR", "a report by Human Rights Watch": the source follows the relay noun.
        for (var r = first; r < last; r++)
        {
            if (t[r].Has(Lex.RelayNoun) && (Is(text, t[r + 1], "from") || Is(text, t[r + 1], "by") || Is(text, t[r + 1], "of")) && r + 2 <= last)
            {
                first = r + 2;
                break;
            }
        }

        // Trailing relay nouns and prepositions: "UNHCR figures", "the UN's latest count".
        while (last >= first && (t[last].Has(Lex.RelayNoun) || Is(text, t[last], "of") || Is(text, t[last], "for") || Is(text, t[last], "from") || Is(text, t[last], "by")
            || Is(text, t[last], "and") || t[last].Kind == TokenKind.Punct || (relay && (Is(text, t[last], "latest") || Is(text, t[last], "official")))))
        {
            last--;
        }

        // Possessive: "the UN's" → "the UN"
        if (last - 1 >= first && Is(text, t[last], "s") && t[last - 1].Kind == TokenKind.Punct)
        {
            last -= 2;
        }

        first = SkipLeading(text, t, first, last);
        if (last < first)
        {
            return false;
        }

        if (!LooksLikeSource(text, t, first, last))
        {
            return false;
        }

        name = Clean(text, t, first, last, pool);
        return name.Length > 0;
    }

    private static int SkipLeading(string text, ReadOnlySpan<Token> t, int first, int last)
    {
        while (first <= last && (Is(text, t[first], "the") || Is(text, t[first], "a") || Is(text, t[first], "an") || Is(text, t[first], "latest")
            || Is(text, t[first], "new") || Is(text, t[first], "preliminary") || Is(text, t[first], "initial") || Is(text, t[first], "updated")
            || Is(text, t[first], "its") || Is(text, t[first], "their") || Is(text, t[first], "recent") || Is(text, t[first], "moreover")
            || Is(text, t[first], "however") || Is(text, t[first], "meanwhile")))
        {
            first++;
        }

        return first;
    }

    private static bool LooksLikeSource(string text, ReadOnlySpan<Token> t, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (t[k].IsWord && (t[k].IsCapitalized || t[k].Is(TokenFlags.AllCaps) || t[k].Has(Lex.SourceNoun)))
            {
                return true;
            }
        }

        _ = text;
        return false;
    }

    /// <summary>A name ending just before the verb at <paramref name="verb"/>: "Local officials and residents said",
    /// "Airwars, the organisation monitoring …, said", "Isler also told".</summary>
    private static bool TryNameBefore(string text, ReadOnlySpan<Token> t, int verb, StringPool pool, out int first, out int last, out string name, out bool pronoun)
    {
        first = last = -1;
        name = string.Empty;
        pronoun = false;
        var k = verb - 1;

        // Adverbs between the name and the verb: "also", "later", "previously", "had", "has".
        while (k >= 0 && t[k].IsWord && (Is(text, t[k], "also") || Is(text, t[k], "later") || Is(text, t[k], "previously") || Is(text, t[k], "earlier")
            || Is(text, t[k], "had") || Is(text, t[k], "has") || Is(text, t[k], "have") || Is(text, t[k], "separately") || Is(text, t[k], "have")
            || Is(text, t[k], "initially") || Is(text, t[k], "first") || Is(text, t[k], "now") || Is(text, t[k], "further")))
        {
            k--;
        }

        if (k < 0)
        {
            return false;
        }

        // An appositive between commas: "Airwars, the organisation monitoring …, said".
        if (t[k].IsPunct(text, ','))
        {
            var c = k - 1;
            while (c >= 0 && k - c <= 25 && !t[c].IsPunct(text, ',') && !(t[c].Kind == TokenKind.Punct && text[t[c].Start] is '.' or ';' or '"' or '“' or '”'))
            {
                c--;
            }

            if (c < 0 || !t[c].IsPunct(text, ','))
            {
                return false;
            }

            // An appositive is a noun phrase ("the organisation monitoring …"), not a clause with a verb or a number.
            if (!(c + 1 < k && (t[c + 1].Has(Lex.Determiner) || t[c + 1].IsCapitalized)))
            {
                return false;
            }

            for (var a = c + 1; a < k; a++)
            {
                if (t[a].IsNumber || (t[a].Has(Lex.Auxiliary) && !t[a].Has(Lex.Preposition) && !t[a].Has(Lex.SourceNoun)) || t[a].Has(Lex.SpeechVerb))
                {
                    return false;
                }
            }

            k = c - 1;
        }

        if (k < 0 || !t[k].IsWord)
        {
            return false;
        }

        if (t[k].Has(Lex.Pronoun) && !Is(text, t[k], "it"))
        {
            first = last = k;
            name = pool.Get(text, t[k].Start, t[k].End);
            pronoun = true;
            return Is(text, t[k], "he") || Is(text, t[k], "she") || Is(text, t[k], "they") || Is(text, t[k], "we");
        }

        last = k;
        first = k;
        var m = k;
        while (m >= 0 && last - m < MaxNameTokens)
        {
            var token = t[m];
            if (token.IsWord)
            {
                if (token.Has(Lex.SpeechVerb) || token.Has(Lex.SubjectVerb) || token.Has(Lex.Relative) || token.Has(Lex.Pronoun)
                    || (token.Has(Lex.Conjunction) && !Is(text, token, "and")) || (token.Has(Lex.Auxiliary) && !token.Has(Lex.SourceNoun) && !Is(text, token, "all"))
                    || (token.Has(Lex.Preposition) && !(Is(text, token, "of") || Is(text, token, "for") || Is(text, token, "at") || Is(text, token, "in") && InName(text, t, m, last)))
                    || token.Has(Lex.ContestCue) || token.Has(Lex.TimeUnit) || token.Has(Lex.Weekday) || token.Has(Lex.Month))
                {
                    break;
                }

                first = m;
                m--;
                continue;
            }

            if (token.Kind == TokenKind.Punct && text[token.Start] is '-' or '\'' or '’' or '&' or '.' && token.Attached && m + 1 <= last)
            {
                m--;
                continue;
            }

            break;
        }

        first = SkipLeading(text, t, first, last);
        while (first <= last && (Is(text, t[first], "and") || Is(text, t[first], "of") || Is(text, t[first], "for") || Is(text, t[first], "in")))
        {
            // "… and the UN mission has verified": the article after the joining word goes too.
            first = SkipLeading(text, t, first + 1, last);
        }

        if (first > last || !LooksLikeSource(text, t, first, last))
        {
            return false;
        }

        // A name ends with a word: "the ministry said", not "the strike on the ministry's said".
        name = Clean(text, t, first, last, pool);
        return name.Length > 0;
    }

    /// <summary>The name as written, single-spaced; a leading capital that only starts the sentence is lowered
    /// ("Local officials and residents" → "local officials and residents").</summary>
    private static string Clean(string text, ReadOnlySpan<Token> t, int first, int last, StringPool pool)
    {
        Span<char> buffer = stackalloc char[160];
        var length = 0;
        for (var k = first; k <= last; k++)
        {
            var piece = text.AsSpan(t[k].Start, t[k].Length);
            var space = k > first && t[k].Is(TokenFlags.SpaceBefore) ? 1 : 0;
            if (length + space + piece.Length > buffer.Length)
            {
                break;
            }

            if (space == 1)
            {
                buffer[length++] = ' ';
            }

            piece.CopyTo(buffer[length..]);
            length += piece.Length;
        }

        if (first == 0 || (first > 0 && t[first - 1].Kind == TokenKind.Punct && text[t[first - 1].Start] is '"' or '“' or '(' or ','))
        {
            // Only a common word is lowered: one followed by a lower-case word, and not an acronym.
            var laterCapital = false;
            for (var k = first + 1; k <= last; k++)
            {
                laterCapital |= t[k].IsCapitalized;
            }

            if (t[first].IsCapitalized && !t[first].Is(TokenFlags.AllCaps) && !t[first].Has(Lex.Demonym) && !laterCapital
                && ((first < last && t[first + 1].IsWord && !t[first + 1].IsCapitalized) || (first == last && t[first].Has(Lex.SourceNoun))))
            {
                buffer[0] = char.ToLowerInvariant(buffer[0]);
            }
        }

        // "monitoring group Airwars", "aid agency Oxfam": a description, then the name; the name is the source.
        for (var k = first + 1; k <= last; k++)
        {
            if (t[k].IsCapitalized && t[k - 1].IsWord && !t[k - 1].IsCapitalized && t[k - 1].Has(Lex.SourceNoun) && !Is(text, t[k - 1], "of"))
            {
                var tail = true;
                for (var m = k; m <= last; m++)
                {
                    tail &= t[m].IsCapitalized || Is(text, t[m], "of") || Is(text, t[m], "for") || Is(text, t[m], "and") || t[m].Kind == TokenKind.Punct;
                }

                if (tail)
                {
                    return Clean(text, t, k, last, pool);
                }
            }
        }

        return pool.Get(buffer[..length]);
    }
}

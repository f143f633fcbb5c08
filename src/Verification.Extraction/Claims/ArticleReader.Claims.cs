using System.Text;
using Verification.Extraction.Mentions;
using Verification.Extraction.Numbers;
using Verification.Extraction.Periods;
using Verification.Extraction.Places;
using Verification.Extraction.Sources;
using Verification.Extraction.Text;
using Verification.Extraction.Vocabulary;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
using W = Verification.Figures.FigureWord;

namespace Verification.Extraction.Claims;

internal sealed partial class ArticleReader
{
    private const int VerbWindow = 8;

    private static void AssembleClaims(string text, ReadOnlySpan<Token> t, State state)
    {
        // Most sentences carry no figure and no date: only what later sentences need from them is kept.
        if (state.NumberHits.Count == 0 && state.PeriodHits.Count == 0)
        {
            if (state.PreviousSentenceClaims.Count > 0 && HasContestCue(text, t) && RefersBack(text, t))
            {
                foreach (var previous in state.PreviousSentenceClaims)
                {
                    previous.Contested = true;
                }
            }

            RememberSource(state);
            state.PreviousSentencePeriod = null;
            state.PreviousSentencePeriodSpan = null;
            return;
        }

        var sentenceSpan = new TextSpan(t[0].Start, t[^1].End);
        var contested = HasContestCue(text, t);
        var hasIncident = false;
        foreach (var token in t)
        {
            if (token.Has(Lex.Incident))
            {
                hasIncident = true;
                break;
            }
        }

        // The sentence's attribution: the first named source; else the one named earlier in the paragraph.
        SourceHit? sentenceSource = null;
        foreach (var s in state.SourceHits)
        {
            if (!s.IsPronoun || state.ParagraphSource is not null)
            {
                sentenceSource = s;
                break;
            }
        }

        var claims = new List<Draft>();
        ulong usedPlaces = 0;
        var hits = state.NumberHits;
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            if (!IsClaimFigure(hit))
            {
                continue;
            }

            if (!TrySubject(text, t, hits, h, state, claims, out var noun, out var verb))
            {
                continue;
            }

            var draft = new Draft
            {
                Hit = hit,
                Mention = hit.Mention,
                Sentence = state.SentenceIndex,
                Paragraph = state.ParagraphIndex,
                Subject = state.Share(SubjectText(noun, verb, hit)),
                Noun = noun,
                Verb = verb,
                Quote = sentenceSpan,
                Contested = contested,
                HasIncident = hasIncident,
            };
            state.LastNoun = noun ?? state.LastNoun;

            AttachPlace(text, t, state, hits, h, draft, ref usedPlaces);
            AttachPeriod(state, hits, h, draft, t, text);
            AttachSource(state, sentenceSource, draft, hit);
            claims.Add(draft);
        }

        MarkDerived(text, t, state, claims);

        // A dated event without a figure: "In mid-February, Iraqi ground forces … began fresh operations".
        if (claims.Count == 0 && TryEvent(text, t, state, sentenceSpan, sentenceSource, hasIncident, out var ev))
        {
            claims.Add(ev);
        }

        // A cue sentence about the figures before it: "The figures could not be independently verified."
        if (contested && claims.Count == 0 && RefersBack(text, t))
        {
            foreach (var previous in state.PreviousSentenceClaims)
            {
                previous.Contested = true;
            }
        }

        state.Add(claims);
        if (claims.Count > 0 || state.PeriodHits.Count > 0)
        {
            state.PreviousSentenceClaims = claims;
        }

        var sentencePeriod = FirstEventPeriod(state.PeriodHits);
        state.PreviousSentencePeriod = sentencePeriod?.Mention.Period;
        state.PreviousSentencePeriodSpan = sentencePeriod?.Mention.Span;
        if (sentenceSource is not null && !sentenceSource.IsPronoun)
        {
            state.ParagraphSource = sentenceSource.Mention;
            state.ParagraphSourceSpan = sentenceSource.Mention.Span;
        }
    }

    private static void RememberSource(State state)
    {
        foreach (var s in state.SourceHits)
        {
            if (!s.IsPronoun)
            {
                state.ParagraphSource = s.Mention;
                state.ParagraphSourceSpan = s.Mention.Span;
                return;
            }
        }
    }

    /// <summary>Where the clause of figure <paramref name="h"/> ends: at the next number that is a quantity of its own.</summary>
    private static int NextClauseNumber(List<NumberHit> hits, int h)
    {
        for (var n = h + 1; n < hits.Count; n++)
        {
            if (hits[n].Mention.Kind is NumberKind.Count or NumberKind.Money or NumberKind.Percentage or NumberKind.Measure)
            {
                return hits[n].First;
            }
        }

        return int.MaxValue;
    }

    private static bool IsClaimFigure(NumberHit hit) =>
        hit.Mention.Kind == NumberKind.Count && hit.Mention.Figure is not null && !hit.IsDeterminer;

    private static bool Is(string text, in Token token, string word) =>
        token.Kind == TokenKind.Word && token.Length == word.Length && text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool HasContestCue(string text, ReadOnlySpan<Token> t)
    {
        for (var k = 0; k < t.Length; k++)
        {
            var token = t[k];
            if (token.Has(Lex.ContestCue))
            {
                // "undisputed" is one word and not a cue; "not disputed" negates one.
                if (k > 0 && (Is(text, t[k - 1], "not") || Is(text, t[k - 1], "never")) && !Is(text, token, "unverified"))
                {
                    continue;
                }

                return true;
            }

            // "could not be independently verified", "cannot be confirmed", "not independently verified"
            if ((Is(text, token, "verified") || Is(text, token, "confirmed") || Is(text, token, "corroborated") || Is(text, token, "verify") || Is(text, token, "confirm"))
                && k >= 1)
            {
                for (var b = k - 1; b >= 0 && b >= k - 4; b--)
                {
                    if (Is(text, t[b], "not") || Is(text, t[b], "cannot") || Is(text, t[b], "unable") || Is(text, t[b], "impossible") || (t[b].Kind == TokenKind.Punct && b > 0 && Is(text, t[b + 1], "t")))
                    {
                        return true;
                    }
                }
            }

            // "poorly reported", "poorly sourced", "poorly documented"
            if (Is(text, token, "poorly") && k + 1 < t.Length && t[k + 1].IsWord)
            {
                return true;
            }
        }

        return false;
    }

    private static bool RefersBack(string text, ReadOnlySpan<Token> t)
    {
        for (var k = 0; k < Math.Min(t.Length, 6); k++)
        {
            if (t[k].Has(Lex.RelayNoun) || t[k].Has(Lex.Toll) || Is(text, t[k], "claims") || Is(text, t[k], "claim") || Is(text, t[k], "numbers"))
            {
                return true;
            }
        }

        return t.Length > 0 && (Is(text, t[0], "this") || Is(text, t[0], "it") || Is(text, t[0], "these") || Is(text, t[0], "those") || Is(text, t[0], "that"));
    }

    // Words that open a parenthesis after a figure's noun, before its verb.
    private static bool IsParentheticalStart(string text, in Token token) =>
        Is(text, token, "including") || Is(text, token, "among") || Is(text, token, "mostly") || Is(text, token, "most") || Is(text, token, "many")
        || Is(text, token, "or") || Is(text, token, "about") || Is(text, token, "around") || Is(text, token, "roughly") || Is(text, token, "nearly")
        || Is(text, token, "almost");

    /// <summary>What the figure counts: the noun after it ("340,000 people", "dozens of people"), the verb that tells what
    /// happened to them ("have fled", "were killed", "displaced"), or a verb before it ("killed 20").</summary>
    private static bool TrySubject(string text, ReadOnlySpan<Token> t, List<NumberHit> hits, int h, State state, List<Draft> claims, out string? noun, out string? verb)
    {
        var hit = hits[h];
        noun = null;
        verb = null;
        var k = hit.Last + 1;
        if (k < t.Length && Is(text, t[k], "of"))
        {
            k++;
            if (k < t.Length && (Is(text, t[k], "the") || Is(text, t[k], "those") || Is(text, t[k], "them") || Is(text, t[k], "these")))
            {
                if (Is(text, t[k], "them") || Is(text, t[k], "those") || Is(text, t[k], "these"))
                {
                    noun = state.LastNoun;
                }

                k++;
            }
        }

        // The noun phrase: up to four words, a head noun last; participles ("displaced people") move to the verb.
        Span<(int Start, int End, int Index)> words = stackalloc (int, int, int)[4];
        var wordCount = 0;
        while (noun is null && k < t.Length && wordCount < 4)
        {
            var token = t[k];
            if (!token.IsWord)
            {
                if (token.Kind == TokenKind.Punct && text[token.Start] is '-' && token.Attached && k + 1 < t.Length && t[k + 1].Attached && t[k + 1].IsWord && wordCount > 0)
                {
                    words[wordCount - 1].End = t[k + 1].End;
                    k += 2;
                    continue;
                }

                break;
            }

            // A participle before a noun is an adjective: "displaced people", "wounded soldiers".
            if (token.Has(Lex.SubjectVerb) && verb is null && wordCount == 0 && k + 1 < t.Length && t[k + 1].IsWord
                && (t[k + 1].Has(Lex.CountNoun) || (t[k + 1].Lex == Lex.None && !t[k + 1].IsCapitalized)))
            {
                verb = Lexicon.Entries[token.Entry].Canonical;
                k++;
                continue;
            }

            if (token.Has(Lex.Auxiliary) && !token.Has(Lex.CountNoun) || token.Has(Lex.Preposition) || token.Has(Lex.Relative) || token.Has(Lex.SpeechVerb) && !token.Has(Lex.CountNoun)
                || (token.Has(Lex.Conjunction)) || token.Has(Lex.Pronoun) || token.Has(Lex.TimeModifier) && !token.Has(Lex.CountNoun) || token.Has(Lex.Determiner)
                || token.Has(Lex.Month) || token.Has(Lex.Weekday) || token.Has(Lex.RelativeDay))
            {
                break;
            }

            if (token.Has(Lex.SubjectVerb) && !token.Has(Lex.CountNoun))
            {
                // A participle before a noun is an adjective: "displaced people", "wounded soldiers".
                if (k + 1 < t.Length && t[k + 1].IsWord && (t[k + 1].Has(Lex.CountNoun) || (t[k + 1].Lex == Lex.None && !t[k + 1].IsCapitalized)) && verb is null)
                {
                    verb = Lexicon.Entries[token.Entry].Canonical;
                    k++;
                    continue;
                }

                break;
            }

            if (token.IsCapitalized && !token.Has(Lex.Demonym) && !token.Is(TokenFlags.AllCaps) && wordCount == 0 && token.Has(Lex.CountNoun) == false && token.Lex != Lex.None)
            {
                break;
            }

            words[wordCount++] = (token.Start, token.End, k);
            k++;
            if (token.Has(Lex.CountNoun) && !(k < t.Length && t[k].IsWord && t[k].Has(Lex.CountNoun) && !t[k].Has(Lex.SubjectVerb)))
            {
                break; // "340,000 people have fled", "families remain": the noun ends the phrase
            }
        }

        // Drop leading words that do not say what is counted ("new", "more", "other").
        var head = wordCount - 1;
        if (head >= 0)
        {
            var headToken = t[words[head].Index];
            if (headToken.Has(Lex.NotCountNoun) || headToken.Has(Lex.TimeUnit) || headToken.Has(Lex.Unit) || headToken.Has(Lex.Dropped))
            {
                return false;
            }

            var first = 0;
            while (first < head && t[words[first].Index].Has(Lex.Dropped))
            {
                first++;
            }

            var kept = words[first..wordCount];
            if (headToken.Has(Lex.SubjectVerb) && headToken.Has(Lex.CountNoun) && wordCount == 1)
            {
                // "20 dead", "3 million displaced": the word is both.
                verb = Lexicon.Entries[headToken.Entry].Canonical;
                kept = [];
            }

            if (kept.Length == 1 && (IsText(text, kept[0], "others") || IsText(text, kept[0], "more")))
            {
                kept = []; // "wounded 30 others": the noun of the figure before
            }

            if (kept.Length > 0)
            {
                noun = state.Noun(text, t, kept);
            }
        }

        // A verb before the figure: "killed at least 20 people", "killing 12", "displacing some 3 million".
        if (verb is null)
        {
            for (var b = hit.First - 1; b >= 0 && b >= hit.First - 3; b--)
            {
                var token = t[b];
                if (token.Has(Lex.SubjectVerb))
                {
                    verb = Lexicon.Entries[token.Entry].Canonical;
                    break;
                }

                if (!(token.Has(Lex.Auxiliary) || Is(text, token, "an") || Is(text, token, "a")))
                {
                    break;
                }
            }
        }

        // The verb: after the noun phrase, past auxiliaries ("have", "were", "reportedly", "believed to have").
        if (verb is null || noun is null)
        {
            var limit = Math.Min(t.Length, k + VerbWindow);
            for (var v = k; v < limit; v++)
            {
                var token = t[v];
                if (token.Has(Lex.SubjectVerb) && !(noun is null && wordCount > 0 && token.Has(Lex.CountNoun) && v == k))
                {
                    verb ??= Lexicon.Entries[token.Entry].Canonical;
                    break;
                }

                if (token.Kind == TokenKind.Punct && text[token.Start] == ',' && v + 1 < limit && (t[v + 1].Has(Lex.Auxiliary) && !Is(text, t[v + 1], "said") || t[v + 1].Has(Lex.SubjectVerb)))
                {
                    continue; // "2.1 million people, are displaced"
                }

                if (token.Kind == TokenKind.Punct && text[token.Start] == ',' && hit.First >= 1 && (Is(text, t[hit.First - 1], "including") || Is(text, t[hit.First - 1], "among")))
                {
                    continue; // "20 people, including five children, were killed": the figure in the parenthesis
                }

                if (token.Kind == TokenKind.Punct && text[token.Start] == ',' && v + 1 < limit && IsParentheticalStart(text, t[v + 1]))
                {
                    // Skip a parenthetical: "20 people, including five children, were killed", "33 million people, or
                    // about one in seven Pakistanis, were affected".
                    var close = v + 2;
                    while (close < t.Length && close < v + 14 && !t[close].IsPunct(text, ','))
                    {
                        close++;
                    }

                    v = close;
                    limit = Math.Min(t.Length, close + VerbWindow);
                    continue;
                }

                if (!(token.Has(Lex.Auxiliary) || Is(text, token, "forced") || Is(text, token, "to") || Is(text, token, "been") || (token.IsWord && token.Length > 3 && text.AsSpan(token.Start, token.Length).EndsWith("ly", StringComparison.OrdinalIgnoreCase))))
                {
                    break;
                }
            }
        }

        // "the death toll rose to 105", "the number of displaced people reached 3 million".
        if (noun is null && verb is null)
        {
            for (var b = hit.First - 1; b >= 0 && b >= hit.First - 8; b--)
            {
                if (t[b].Kind == TokenKind.Punct && text[t[b].Start] is '.' or ';')
                {
                    break;
                }

                if (Is(text, t[b], "toll") || Is(text, t[b], "tolls"))
                {
                    var qualifier = b > 0 ? text[t[b - 1].Start..t[b - 1].End].ToLowerInvariant() : string.Empty;
                    (noun, verb) = qualifier switch
                    {
                        "death" => b > 1 && Is(text, t[b - 2], "civilian") ? ("civilians", "killed") : ("people", "killed"),
                        "casualty" => ("casualties", null),
                        _ => ("people", "killed"),
                    };
                    break;
                }

                if (t[b].Has(Lex.Toll) && b + 1 < t.Length && Is(text, t[b + 1], "of") && b + 2 < hit.First)
                {
                    // "the number of displaced people"
                    var m = b + 2;
                    if (t[m].Has(Lex.SubjectVerb))
                    {
                        verb = Lexicon.Entries[t[m].Entry].Canonical;
                        m++;
                    }

                    if (m < hit.First && t[m].IsWord && !t[m].Has(Lex.Auxiliary) && !t[m].Has(Lex.Preposition))
                    {
                        noun = text[t[m].Start..t[m].End].ToLowerInvariant();
                    }

                    if (noun is null && verb is not null)
                    {
                        noun = "people";
                    }

                    break;
                }
            }
        }

        if (noun is null && verb is null)
        {
            return false;
        }

        // A small number in words needs its own noun: "two of the", "one day" are not counts.
        if (hit.IsSmallWord && noun is null && !(verb is not null && hit.First > 0 && t[hit.First - 1].Has(Lex.SubjectVerb)))
        {
            return false;
        }

        // "Two of the victims": a part of a count already made, not a count of its own.
        if (hit.IsSmallWord && hit.TakesOf && hit.Last + 2 < t.Length && Is(text, t[hit.Last + 2], "the"))
        {
            return false;
        }

        if (noun is null)
        {
            // Carried over: from the figure before in this sentence, else from the sentence before.
            for (var c = claims.Count - 1; c >= 0 && noun is null; c--)
            {
                noun = claims[c].Noun;
            }

            noun ??= state.LastNoun;
            if (noun is null && verb is not null && Lexicon.Has(verb, Lex.PeopleVerb))
            {
                noun = "people";
            }

            if (noun is null)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsText(string text, (int Start, int End, int Index) word, string value) =>
        text.AsSpan(word.Start, word.End - word.Start).Equals(value, StringComparison.OrdinalIgnoreCase);

    private static string SubjectText(string? noun, string? verb, NumberHit hit)
    {
        var n = noun ?? "people";
        var figure = hit.Mention.Figure;
        if (figure is not null && (figure.CoreHigh > 1 || figure.Kind == FigureKind.Vague || figure.IsUnbounded))
        {
            n = Plural(n);
        }

        return verb is null ? n : n + " " + verb;
    }

    private static string Plural(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        var head = space < 0 ? phrase : phrase[(space + 1)..];
        string plural;
        if (Plurals.TryPlural(head, out var irregular))
        {
            plural = irregular;
        }
        else if (PluralEndings.HasOne(head) || head.Length < 3 || !char.IsLetter(head[^1]) || char.IsUpper(head[0]))
        {
            plural = head;
        }
        else
        {
            plural = head + "s";
        }

        return space < 0 ? plural : phrase[..(space + 1)] + plural;
    }

    /// <summary>The figure's place: named after it in its clause, else before it (not taken by an earlier figure), else
    /// the sentence's first place; parts joined by "and" are kept together ("Syria and Iraq").</summary>
    private static void AttachPlace(string text, ReadOnlySpan<Token> t, State state, List<NumberHit> hits, int h, Draft draft, ref ulong used)
    {
        var places = state.PlaceHits;
        if (places.Count == 0)
        {
            return;
        }

        var hit = hits[h];
        var windowEnd = Math.Min(t.Length, NextClauseNumber(hits, h));

        var windowStart = 0;
        for (var n = h - 1; n >= 0; n--)
        {
            if (IsClaimFigure(hits[n]))
            {
                windowStart = hits[n].Last + 1;
                break;
            }
        }

        var chosen = -1;
        for (var p = 0; p < places.Count; p++)
        {
            var ph = places[p];
            if (!ph.Mention.IsModifier && ph.First > hit.Last && ph.First < windowEnd)
            {
                chosen = p;
                break;
            }
        }

        if (chosen < 0)
        {
            for (var p = places.Count - 1; p >= 0; p--)
            {
                var ph = places[p];
                if (!ph.Mention.IsModifier && ph.Last < hit.First && ph.First >= windowStart && !(p < 64 && (used & (1UL << p)) != 0))
                {
                    chosen = p;
                    break;
                }
            }
        }

        if (chosen < 0)
        {
            for (var p = 0; p < places.Count; p++)
            {
                if (!places[p].Mention.IsModifier)
                {
                    chosen = p;
                    break;
                }
            }
        }

        if (chosen < 0)
        {
            return;
        }

        var mention = places[chosen];
        Use(ref used, chosen);
        var place = mention.Mention.Place;
        var span = mention.Mention.Span;

        // "Syria and Iraq"
        if (chosen + 1 < places.Count && places[chosen + 1].First == mention.Last + 2 && Is(text, t[mention.Last + 1], "and")
            && !places[chosen + 1].Mention.IsModifier && place.RelationTo(places[chosen + 1].Mention.Place) == PlaceRelation.Unrelated)
        {
            var second = places[chosen + 1];
            place = Place.Of(mention.Mention.Text + " and " + second.Mention.Text);
            span = new TextSpan(span.Start, second.Mention.Span.End);
            Use(ref used, chosen + 1);
        }
        else if (chosen > 0 && places[chosen - 1].Last + 2 == mention.First && Is(text, t[mention.First - 1], "and")
            && !places[chosen - 1].Mention.IsModifier && place.RelationTo(places[chosen - 1].Mention.Place) == PlaceRelation.Unrelated)
        {
            var before = places[chosen - 1];
            place = Place.Of(before.Mention.Text + " and " + mention.Mention.Text);
            span = new TextSpan(before.Mention.Span.Start, span.End);
            Use(ref used, chosen - 1);
        }

        draft.Place = place;
        draft.PlaceSpan = span;
    }

    private static void Use(ref ulong used, int index)
    {
        if (index < 64)
        {
            used |= 1UL << index;
        }
    }

    private static PeriodHit? FirstEventPeriod(List<PeriodHit> periods)
    {
        foreach (var p in periods)
        {
            if (!p.Mention.IsStatementDate && !p.Mention.IsFuture)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The figure's period: the nearest in its clause that does not date a statement or lie ahead, else the
    /// sentence's first such, else the previous sentence's when this one continues it ("Of those, …").</summary>
    private static void AttachPeriod(State state, List<NumberHit> hits, int h, Draft draft, ReadOnlySpan<Token> t, string text)
    {
        var hit = hits[h];
        PeriodHit? chosen = null;
        var windowEnd = NextClauseNumber(hits, h);
        foreach (var p in state.PeriodHits)
        {
            if (p.Mention.IsStatementDate || p.Mention.IsFuture)
            {
                continue;
            }

            if (p.First > hit.Last && p.First < windowEnd)
            {
                chosen = p;
                break;
            }

            if (p.Last < hit.First)
            {
                chosen = p; // the nearest before, unless one follows in the clause
            }
        }

        // Else the first after it in the sentence, unless another kind of quantity stands between ("… people, up from $1.2bn
        // last year": the year is the money's).
        if (chosen is null)
        {
            foreach (var p in state.PeriodHits)
            {
                if (p.Mention.IsStatementDate || p.Mention.IsFuture || p.First <= hit.Last)
                {
                    continue;
                }

                var blocked = false;
                for (var n = h + 1; n < hits.Count && hits[n].First < p.First; n++)
                {
                    blocked |= hits[n].Mention.Kind is NumberKind.Money or NumberKind.Percentage or NumberKind.Measure;
                }

                if (!blocked)
                {
                    chosen = p;
                }

                break;
            }
        }
        if (chosen is not null)
        {
            draft.Period = chosen.Mention.Period;
            draft.PeriodSpan = chosen.Mention.Span;
        }
        else if (state.PreviousSentencePeriod is not null && t.Length > 0
            && (Is(text, t[0], "of") || Is(text, t[0], "among") || Is(text, t[0], "they") || Is(text, t[0], "most") || Is(text, t[0], "many")
                || Is(text, t[0], "another") || Is(text, t[0], "some") || Is(text, t[0], "the")))
        {
            draft.Period = state.PreviousSentencePeriod;
            draft.PeriodSpan = state.PreviousSentencePeriodSpan;
        }

        foreach (var p in state.PeriodHits)
        {
            if (p.Mention.IsStatementDate && p.Mention.Period.Precision == PeriodPrecision.Day)
            {
                draft.StatedOn = p.Mention.Period;
                break;
            }
        }
    }

    private static void AttachSource(State state, SourceHit? sentenceSource, Draft draft, NumberHit hit)
    {
        SourceHit? chosen = null;
        if (state.SourceHits.Count > 1)
        {
            // The attribution closest before the figure ("X said that N"), else the first after it.
            foreach (var s in state.SourceHits)
            {
                if (s.IsPronoun && state.ParagraphSource is null)
                {
                    continue;
                }

                if (s.Verb < hit.First)
                {
                    chosen = s;
                }
                else
                {
                    chosen ??= s;
                    break;
                }
            }
        }

        chosen ??= sentenceSource;
        if (chosen is not null)
        {
            draft.Source = chosen.IsPronoun ? state.ParagraphSource?.Name : chosen.Mention.Name;
            draft.SourceSpan = chosen.IsPronoun ? state.ParagraphSourceSpan : chosen.Mention.Span;
            draft.Relayed = chosen.Mention.Kind == AttributionKind.AccordingTo;
            draft.Via = chosen.Mention.Via;
            return;
        }

        if (state.ParagraphSource is { } earlier)
        {
            draft.Source = earlier.Name;
            draft.SourceSpan = state.ParagraphSourceSpan;
            draft.Relayed = earlier.Kind == AttributionKind.AccordingTo;
            draft.Via = earlier.Via;
        }
    }

    /// <summary>A figure after "leaving", "bringing", "a net" … that two figures before it give by subtraction or
    /// addition ("340,000 fled … 70,000 returned …, leaving about 270,000 displaced") is marked as derived from them.</summary>
    private static void MarkDerived(string text, ReadOnlySpan<Token> t, State state, List<Draft> claims)
    {
        for (var c = 0; c < claims.Count; c++)
        {
            var d = claims[c];
            var hit = d.Hit!;
            var cue = false;
            for (var b = hit.First - 1; b >= 0 && b >= hit.First - 4; b--)
            {
                if (t[b].Has(Lex.DerivedCue) || Is(text, t[b], "total") || Is(text, t[b], "all"))
                {
                    cue = true;
                    break;
                }
            }

            if (!cue)
            {
                continue;
            }

            var candidates = new List<Draft>(claims.Take(c));
            if (candidates.Count < 2)
            {
                candidates.InsertRange(0, state.PreviousSentenceClaims.Where(p => p.Mention is not null));
            }

            var figure = hit.Mention.Figure!;
            for (var a = 0; a < candidates.Count && d.Operands is null; a++)
            {
                for (var b = a + 1; b < candidates.Count; b++)
                {
                    var x = candidates[a].Mention!.Figure!;
                    var y = candidates[b].Mention!.Figure!;
                    if (x.IsUnbounded || y.IsUnbounded)
                    {
                        continue;
                    }

                    var difference = x.CoreLow - y.CoreLow;
                    var sum = x.CoreLow + y.CoreLow;
                    string? op = null;
                    double result = 0;
                    if (difference > 0 && figure.Contains(difference))
                    {
                        op = "−";
                        result = difference;
                    }
                    else if (figure.Contains(sum))
                    {
                        op = "+";
                        result = sum;
                    }

                    if (op is null)
                    {
                        continue;
                    }

                    d.Operands = [candidates[a], candidates[b]];
                    d.Metadata["derivation"] = $"{FormatNumber(x.CoreLow)} {op} {FormatNumber(y.CoreLow)} = {FormatNumber(result)}";
                    if (d.PlaceSpan is null || (candidates[a].Place is { } whole && d.Place is { } part && part.RelationTo(whole, state.Options.Gazetteer.Names) == PlaceRelation.Within))
                    {
                        d.Place = candidates[a].Place;
                        d.PlaceSpan = candidates[a].PlaceSpan;
                    }

                    if (d.Source is null && candidates[a].Source is not null)
                    {
                        d.Source = candidates[a].Source;
                        d.SourceSpan = candidates[a].SourceSpan;
                        d.Relayed = candidates[a].Relayed;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>A dated event: a period that dates what happened, and a verb that starts or ends something.</summary>
    private static bool TryEvent(string text, ReadOnlySpan<Token> t, State state, TextSpan sentence, SourceHit? source, bool hasIncident, out Draft draft)
    {
        draft = null!;
        var period = FirstEventPeriod(state.PeriodHits);
        if (period is null)
        {
            return false;
        }

        var verbAt = -1;
        for (var k = 0; k < t.Length; k++)
        {
            if (t[k].Has(Lex.EventVerb) && !(k > 0 && (Is(text, t[k - 1], "had") || Is(text, t[k - 1], "to"))))
            {
                verbAt = k;
                break;
            }
        }

        if (verbAt < 0)
        {
            return false;
        }

        var verb = t[verbAt];
        var ends = Is(text, verb, "ended") || Is(text, verb, "halted") || Is(text, verb, "stopped") || Is(text, verb, "concluded");
        var what = new StringBuilder(text, verb.Start, verb.Length, 64);
        var k2 = verbAt + 1;
        if (Is(text, verb, "kicked") && k2 < t.Length && Is(text, t[k2], "off"))
        {
            what.Append(" off");
            k2++;
        }

        for (var n = 0; k2 < t.Length && n < 4; k2++, n++)
        {
            var token = t[k2];
            if (!token.IsWord || token.Has(Lex.Preposition) || token.Has(Lex.Relative) || token.Has(Lex.Conjunction) || (token.Has(Lex.SubjectVerb) && n > 0)
                || Is(text, token, "aimed"))
            {
                break;
            }

            what.Append(' ').Append(text, token.Start, token.Length);
        }

        draft = new Draft
        {
            Sentence = state.SentenceIndex,
            Paragraph = state.ParagraphIndex,
            Subject = ends ? "event end" : "event start",
            Quote = sentence,
            Contested = HasContestCue(text, t),
            HasIncident = hasIncident,
            Period = period.Mention.Period,
            PeriodSpan = period.Mention.Span,
        };
        draft.Metadata["event"] = what.ToString();

        // The place the event is about: the first named after the verb, else any.
        PlaceHit? place = null;
        foreach (var p in state.PlaceHits)
        {
            if (!p.Mention.IsModifier && p.First > verbAt)
            {
                place = p;
                break;
            }
        }

        place ??= state.PlaceHits.FirstOrDefault(p => !p.Mention.IsModifier);
        if (place is not null)
        {
            draft.Place = place.Mention.Place;
            draft.PlaceSpan = place.Mention.Span;
        }

        if (source is not null)
        {
            draft.Source = source.IsPronoun ? state.ParagraphSource?.Name : source.Mention.Name;
            draft.SourceSpan = source.Mention.Span;
            draft.Relayed = source.Mention.Kind == AttributionKind.AccordingTo;
        }

        return true;
    }
}

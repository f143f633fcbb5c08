using System.Text;
using Verification.Places;

namespace Verification.Sources;

/// <summary>Reads a source name as a body or office of a jurisdiction, or as a person, so that one origin under its
/// several names compares as one (see <see cref="SourceReading"/>).</summary>
/// <remarks>
/// <para>A body is named by a kind (<see cref="SourceBodyWords.Kinds"/>: "ministry", "army", "authorities", "president"),
/// with around it, in any of the usual orders:</para>
/// <list type="bullet">
/// <item>a jurisdiction: a country or the adjective of its people (<see cref="Jurisdictions"/>: "Somali", "U.S."), a
/// possessive ("Yemen's", "Idlib's") or a place after "in" or "of" ("Ministry of Health in Gaza", "Prime Minister of
/// Nepal");</item>
/// <item>a field, before or after "of" or "for" ("health ministry", "ministry of public health": both "health
/// ministry");</item>
/// <item>qualifiers that say who runs it, dropped with the words before them ("Houthi rebel-run", "caretaker");</item>
/// <item>a role of a person or product of the body, before it with "of", "for", "at" or "from" ("spokesperson for the
/// health ministry", "officials of") or after it ("health ministry sources", "civil defence chief"): the body is the
/// origin;</item>
/// <item>a person's name, before it, after a comma ("Pavlo Kyrylenko, governor of the region") or after it
/// ("Information Minister Abdirahman O. Osman").</item>
/// </list>
/// <para>An office held once per country ("minister", "president") speaks for its body: the holder's name is dropped
/// and a minister is written as the ministry ("somalia information ministry"), so that "the information minister" and
/// the named minister are one origin. An office held in many places of a country ("governor", "mayor") is the named
/// holder when there is one ("pavlo kyrylenko"), so that two governors are never one origin by title alone. A name and
/// a title with no body ("Seemi Jamali, medical superintendent") is the person.</para>
/// <para>A name that does not read wholly so — with "and", brackets, "former", or a word in a place the reading does not
/// expect — is not read (null): it keeps the plain comparison form.</para>
/// </remarks>
internal static class SourceNameReader
{
    // Signs a name this does not read has: brackets, lists, quotes.
    private static readonly System.Buffers.SearchValues<char> Unread = System.Buffers.SearchValues.Create("()[];/&\"");
    private static readonly string[] Articles = ["the", "a", "an"];
    private static readonly string[] Linking = ["of", "for", "at", "from", "with"];
    private static readonly string[] Breaking = ["and", "or", "former", "ex", "vice", "of", "for", "in", "at", "with", "from", "by", "on", "citing", "quoting", "according", "via", "per"];
    private static readonly string[] NotInABody = ["and", "or", "former", "ex", "citing", "quoting", "according", "via", "per"];
    private static readonly string[] QualifierSuffixes = ["-run", "-led", "-controlled", "-backed", "-held", "-appointed", "-aligned", "-allied"];
    private static readonly string[] Particles = ["al", "el", "bin", "ibn", "bint", "abu", "de", "da", "das", "dos", "di", "del", "la", "le", "van", "von", "der", "y"];

    /// <summary>How a source name reads, or null when it does not read as a body, an office or a person.</summary>
    /// <param name="source">The name as written.</param>
    public static SourceReading? Read(string source)
    {
        if (source.AsSpan().IndexOfAny(Unread) >= 0)
        {
            return null;
        }

        var segments = source.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 1)
        {
            return ReadBody(Tokens(segments[0])) switch
            {
                { Person: { } person } => SourceReading.Fixed(person),
                { Reading: { } reading } => reading,
                _ => null,
            };
        }

        if (segments.Length != 2)
        {
            return null;
        }

        // A person's name and a title, in either order: "Pavlo Kyrylenko, governor of the region", "Mayor of Calais, Natacha Bouchart".
        for (var p = 0; p < 2; p++)
        {
            var name = Tokens(segments[p]);
            if (!IsPersonName(name))
            {
                continue;
            }

            var titleWords = Tokens(segments[1 - p]);
            var title = ReadBody(titleWords);
            if (title is null)
            {
                // A title that names no body: the person ("Seemi Jamali, medical superintendent").
                return titleWords.Length > 0 && !titleWords[0].Capitalized && !IsRole(titleWords[0].Text) && !NotInABody.Contains(titleWords[0].Text)
                    ? SourceReading.Fixed(PersonKey(name))
                    : null;
            }

            if (title.Person is not null)
            {
                return null;
            }

            return title.Kind is { IsLocal: true } ? SourceReading.Fixed(PersonKey(name)) : title.Reading;
        }

        return null;
    }

    /// <summary>A phrase in the form the reader compares words in: lower case, full stops and apostrophes dropped, one
    /// space between words.</summary>
    public static string FoldPhrase(string phrase) => string.Join(' ', Tokens(phrase).Select(t => t.Text));

    // One segment (no commas): a body, perhaps with a role or a person; null when it does not read wholly as one.
    private static Body? ReadBody(Word[] t)
    {
        var i = 0;
        while (i < t.Length - 1 && Articles.Contains(t[i].Text))
        {
            i++;
        }

        if (i >= t.Length)
        {
            return null;
        }

        // A role, then the body: "spokesperson for the health ministry", "officials in Ukraine".
        if (IsRole(t[i].Text) && i + 2 < t.Length)
        {
            if (t[i + 1].Text == "in")
            {
                return Place(t, i + 2, t.Length) is { } place && place.End == t.Length
                    ? new Body(SourceReading.Fixed(place.Key + " authorities"), null, null)
                    : null;
            }

            if (Linking.Contains(t[i + 1].Text))
            {
                var rest = t[(i + 2)..];
                if (ReadBody(rest) is { Person: null } inner)
                {
                    return inner with { Kind = null };
                }

                return PlainBody(rest, 0, rest.Length) is { } plain ? new Body(SourceReading.Fixed(plain), null, null) : null;
            }
        }

        var (k, kEnd, kind) = FindKind(t, i);
        if (kind is null)
        {
            return ReadRoleAfter(t, i);
        }

        // After the kind: its field, its place, a role or a person.
        string? field = null;
        string? stated = null;
        string? person = null;
        var p = kEnd;
        while (p < t.Length)
        {
            var word = t[p].Text;
            if (word is "of" or "for" or "in")
            {
                var at = SkipArticles(t, p + 1);
                if (at >= t.Length)
                {
                    return null;
                }

                if (word != "in" && kind.TakesField && field is null && Jurisdictions.CountryOf(t[at].Text) is null && (FieldAt(t, at) ?? WordsAt(t, at)) is { } f)
                {
                    field = f.Name;
                    p = f.End;

                    // A field of two: "ministry of migration and displacement".
                    while (p + 1 < t.Length && t[p].Text == "and" && (FieldAt(t, p + 1) ?? WordsAt(t, p + 1)) is { } more)
                    {
                        field += " and " + more.Name;
                        p = more.End;
                    }

                    continue;
                }

                if (SourceBodyWords.Levels.Contains(t[at].Text))
                {
                    // "governor of the region": a level that names no place.
                    p = at + 1;
                    continue;
                }

                if (stated is not null || Place(t, at, t.Length) is not { } place)
                {
                    return null;
                }

                stated = place.Key;
                p = place.End;
                continue;
            }

            if (IsRole(word))
            {
                // The role and whoever holds it: "civil defence chief", "health ministry sources".
                if (!IsPersonOrNothing(t, p + 1))
                {
                    return null;
                }

                break;
            }

            if (t[p].Capitalized && IsPersonOrNothing(t, p))
            {
                person = PersonKey(t[p..]);
                break;
            }

            return null;
        }

        // Before the kind: its jurisdiction, qualifiers, its field, and leading words.
        var leading = new List<string>();
        string? before = null;
        var j = i;
        while (j < k)
        {
            if (stated is null && CountryAt(t, j, k) is { } country)
            {
                stated = country.Key;
                leading.Clear();
                j = country.End;
                continue;
            }

            var word = t[j].Text;
            if (t[j].Possessive && stated is null && !SourceBodyWords.Levels.Contains(word))
            {
                leading.Add(word);
                stated = Jurisdictions.KeyOf(string.Join(' ', leading));
                leading.Clear();
                j++;
                continue;
            }

            if (IsQualifier(word))
            {
                // "Houthi rebel-run": who runs the body, not which.
                leading.Clear();
                j++;
                continue;
            }

            if (kind.TakesField && before is null && FieldAt(t, j, k) is { } f)
            {
                before = f.Name;
                j = f.End;
                continue;
            }

            if (Breaking.Contains(word) || IsRole(word))
            {
                return null;
            }

            if (before is not null)
            {
                // A word between the field and the kind: not a reading this knows.
                return null;
            }

            leading.Add(word);
            j++;
        }

        if (before is not null && field is not null)
        {
            return null;
        }

        field ??= before;
        if (kind.TakesField && field is null && leading.Count == 0 && (stated is null || !kind.IsCollective))
        {
            // "the ministry", "Iraqi ministry", "the authorities": which one the name does not say.
            return null;
        }

        if (kind.IsLocal && person is not null)
        {
            return new Body(null, kind, person);
        }

        var body = field is null ? kind.Name : field + " " + kind.Name;
        var named = leading.Count == 0 ? body : string.Join(' ', leading) + " " + body;
        if (stated is not null)
        {
            return new Body(SourceReading.Fixed(stated + " " + named), kind, null);
        }

        return new Body(SourceReading.Unplaced([.. leading], body, takesClaimPlace: !kind.IsCollective, otherwise: kind.IsCollective ? FoldPhrase(string.Join(' ', t[i..].Select(w => w.Text))) : named), kind, null);
    }

    // No kind: a body's name and then a role ("UNHCR spokesperson Babar Baloch", "Ukrainian officials"); the body is the origin.
    private static Body? ReadRoleAfter(Word[] t, int i)
    {
        for (var r = i + 1; r < t.Length; r++)
        {
            if (!IsRole(t[r].Text))
            {
                continue;
            }

            if (!IsPersonOrNothing(t, r + 1))
            {
                return null;
            }

            if (CountryAt(t, i, r) is { } country && country.End == r)
            {
                // "Ukrainian officials": the country's authorities.
                return new Body(SourceReading.Fixed(country.Key + " authorities"), null, null);
            }

            // "two officials", "hospital official": a role with words that name nobody is kept whole, an unnamed name.
            return PlainBody(t, i, r) is { } plain && !GenericSourceWords.Default.IsUnnamed(plain) ? new Body(SourceReading.Fixed(plain), null, null) : null;
        }

        return null;
    }

    // The words of a body with no kind, joined; null when they hold a word no one body's name has ("and", "citing").
    private static string? PlainBody(Word[] t, int from, int to)
    {
        from = SkipArticles(t, from);
        if (from >= to)
        {
            return null;
        }

        var words = new List<string>(to - from);
        for (var w = from; w < to; w++)
        {
            if (NotInABody.Contains(t[w].Text) || IsRole(t[w].Text))
            {
                return null;
            }

            words.Add(t[w].Text);
        }

        return SourceNames.Alias(string.Join(' ', words));
    }

    // The kind first met from i, the longest phrase at each position.
    private static (int Start, int End, BodyKind? Kind) FindKind(Word[] t, int i)
    {
        for (var s = i; s < t.Length; s++)
        {
            for (var n = Math.Min(SourceBodyWords.LongestPhrase, t.Length - s); n > 0; n--)
            {
                if (SourceBodyWords.Kinds.TryGetValue(Phrase(t, s, n), out var kind))
                {
                    return (s, s + n, kind);
                }
            }
        }

        return (-1, -1, null);
    }

    private static (string Name, int End)? FieldAt(Word[] t, int at, int to = int.MaxValue)
    {
        to = Math.Min(to, t.Length);
        for (var n = Math.Min(SourceBodyWords.LongestPhrase, to - at); n > 0; n--)
        {
            if (SourceBodyWords.Fields.TryGetValue(Phrase(t, at, n), out var name))
            {
                return (name, at + n);
            }
        }

        return null;
    }

    // A field the list does not know: up to three words, written alike (all capitalised or none), before a break.
    private static (string Name, int End)? WordsAt(Word[] t, int at)
    {
        var end = at;
        while (end < t.Length && end - at < 3 && !Breaking.Contains(t[end].Text) && !IsRole(t[end].Text)
            && !SourceBodyWords.Levels.Contains(t[end].Text) && t[end].Capitalized == t[at].Capitalized)
        {
            end++;
        }

        return end > at ? (Phrase(t, at, end - at), end) : null;
    }

    private static (string Key, int End)? CountryAt(Word[] t, int at, int to)
    {
        for (var n = Math.Min(Jurisdictions.LongestName, to - at); n > 0; n--)
        {
            if (Jurisdictions.CountryOf(Phrase(t, at, n)) is { } key)
            {
                return (key, at + n);
            }
        }

        return null;
    }

    // A place named after "in" or "of": a country, or up to three words up to a person's name or a role.
    private static (string Key, int End)? Place(Word[] t, int at, int to)
    {
        at = SkipArticles(t, at);
        if (at >= to)
        {
            return null;
        }

        if (CountryAt(t, at, to) is { } country)
        {
            return country;
        }

        var end = at;
        while (end < to && end - at < 3 && !Breaking.Contains(t[end].Text) && !IsRole(t[end].Text) && !SourceBodyWords.Levels.Contains(t[end].Text))
        {
            end++;
        }

        // A place is the rest of the name, or a single word before a person's name.
        if (end < to && !(end == at + 1 || IsRole(t[end].Text)))
        {
            end = at + 1;
        }

        return end > at ? (Jurisdictions.KeyOf(Phrase(t, at, end - at)), end) : null;
    }

    private static bool IsRole(string word) => SourceBodyWords.Roles.Contains(word);

    private static bool IsQualifier(string word) =>
        SourceBodyWords.Qualifiers.Contains(word) || QualifierSuffixes.Any(s => word.Length > s.Length && word.EndsWith(s, StringComparison.Ordinal));

    private static int SkipArticles(Word[] t, int at)
    {
        while (at < t.Length && Articles.Contains(t[at].Text))
        {
            at++;
        }

        return at;
    }

    // Nothing, or a person's name, from at to the end.
    private static bool IsPersonOrNothing(Word[] t, int at) => at >= t.Length || IsPersonName(t[at..], minimum: 1);

    // Words written as a person's name: capitalised (or particles such as "al-" and "bin"), none a word a body is read by.
    private static bool IsPersonName(Word[] t, int minimum = 2)
    {
        if (t.Length < minimum || t.Length > 6 || !t[0].Capitalized)
        {
            return false;
        }

        foreach (var w in t)
        {
            var word = w.Text;
            if ((!w.Capitalized && !IsParticle(word)) || Breaking.Contains(word) || Articles.Contains(word) || IsRole(word)
                || SourceBodyWords.Kinds.ContainsKey(word) || SourceBodyWords.Fields.ContainsKey(word) || SourceBodyWords.Levels.Contains(word)
                || Jurisdictions.CountryOf(word) is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsParticle(string word) =>
        Particles.Contains(word) || Particles.Any(p => word.Length > p.Length + 1 && word[p.Length] == '-' && word.StartsWith(p, StringComparison.Ordinal));

    private static string PersonKey(Word[] t) => string.Join(' ', t.Select(w => w.Text));

    private static string Phrase(Word[] t, int at, int n) => n == 1 ? t[at].Text : string.Join(' ', t.Skip(at).Take(n).Select(w => w.Text));

    // The words of a phrase: lower case, full stops and apostrophes dropped, a possessive "'s" (or a plural's
    // apostrophe) taken off and noted, any other sign but a hyphen dropped.
    private static Word[] Tokens(string phrase)
    {
        var words = new List<Word>();
        foreach (var raw in phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var text = raw.AsSpan();
            var possessive = false;
            if (text.Length > 2 && IsApostrophe(text[^2]) && text[^1] is 's' or 'S')
            {
                text = text[..^2];
                possessive = true;
            }
            else if (text.Length > 1 && IsApostrophe(text[^1]))
            {
                text = text[..^1];
                possessive = true;
            }

            var sb = new StringBuilder(text.Length);
            var capitalized = false;
            var first = true;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (first)
                    {
                        capitalized = char.IsUpper(c);
                        first = false;
                    }

                    sb.Append(char.ToLowerInvariant(c));
                }
                else if (c == '-' && sb.Length > 0)
                {
                    sb.Append(c);
                }
            }

            while (sb.Length > 0 && sb[^1] == '-')
            {
                sb.Length--;
            }

            if (sb.Length > 0)
            {
                words.Add(new Word(sb.ToString(), capitalized, possessive));
            }
        }

        return [.. words];
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018';

    private readonly record struct Word(string Text, bool Capitalized, bool Possessive);

    // A segment read as a body: how it reads (null for a local office's named holder), its kind (null when it was read
    // through a role, or has none), and a person named after it.
    private sealed record Body(SourceReading? Reading, BodyKind? Kind, string? Person);
}

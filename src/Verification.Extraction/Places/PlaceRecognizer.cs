using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Verification.Extraction.Mentions;
using Verification.Extraction.Text;
using Verification.Figures;
using Verification.Places;

namespace Verification.Extraction.Places;

/// <summary>One place found in a sentence.</summary>
internal sealed class PlaceHit
{
    public int First { get; set; }

    public int Last { get; set; }

    public required PlaceMention Mention { get; set; }

    public PlaceKind Kind { get; set; }
}

/// <summary>The names of a gazetteer, indexed for finding them in text.</summary>
internal sealed class PlaceIndex
{
    private static readonly ConditionalWeakTable<Gazetteer, PlaceIndex> Cache = [];

    private readonly FrozenDictionary<string, Place>.AlternateLookup<ReadOnlySpan<char>> _byName;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;

    private PlaceIndex(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        Facts = WorldGazetteer.Facts;
        var byName = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var (name, _) in gazetteer.Names.Entries)
        {
            if (gazetteer.TryResolve(name, out var place))
            {
                byName[name] = place;
            }
        }

        foreach (var place in gazetteer.Places)
        {
            var key = PlaceNames.Normalize(place.Name);
            if (key.Length > 0)
            {
                byName.TryAdd(key, place);
            }
        }

        foreach (var name in Facts.Alternates.Keys)
        {
            if (!byName.ContainsKey(name) && Facts.Alternates[name].Count > 0)
            {
                byName[name] = Facts.Alternates[name][0];
            }
        }

        var frozen = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _byName = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        var first = byName.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        _firstWords = first.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWords = byName.Keys.Count == 0 ? 1 : Math.Min(8, byName.Keys.Max(k => k.Count(c => c == ' ') + 1));
    }

    // Read on every place mention, from any number of threads: reads take no lock.
    private readonly ConcurrentDictionary<Place, (PlaceKind Kind, bool NeedsContext, bool HasAlternates)> _facts = new(ReferenceEqualityComparer.Instance);

    public Gazetteer Gazetteer { get; }

    public PlaceFacts Facts { get; }

    /// <summary>What the built-in list says of a gazetteer place, computed once per place (the path is built on
    /// demand by <see cref="Place.Path"/>, so it is not built per mention).</summary>
    public (PlaceKind Kind, bool NeedsContext, bool HasAlternates) FactsOf(Place place) =>
        _facts.GetOrAdd(place, static (place, facts) => (facts.KindOf(place), facts.NeedsContext.Contains(place.Path), facts.Alternates.ContainsKey(PlaceNames.Normalize(place.Name))), Facts);

    public int MaxWords { get; }

    public static PlaceIndex For(Gazetteer gazetteer) => Cache.GetValue(gazetteer, g => new PlaceIndex(g));

    public bool TryGet(ReadOnlySpan<char> normalized, out Place place) => _byName.TryGetValue(normalized, out place!);

    public bool IsFirstWord(ReadOnlySpan<char> word) => _firstWords.Contains(word);
}

/// <summary>Finds places in a sentence: gazetteer names and their aliases (longest match, capitalised), directions
/// ("western Mosul", "northern Iraq"), and parts of a city named before ("the eastern part of the city").</summary>
internal sealed class PlaceRecognizer
{
    private const int MaxKey = 96;
    private readonly PlaceIndex _index;

    public PlaceRecognizer(Gazetteer gazetteer) => _index = PlaceIndex.For(gazetteer);

    public PlaceIndex Index => _index;

    /// <summary>Finds the places of one sentence.</summary>
    /// <param name="text">The text.</param>
    /// <param name="t">The sentence's tokens.</param>
    /// <param name="lastCity">The city named most recently before this sentence (for "the city"); updated.</param>
    /// <param name="hits">Where the places go.</param>
    /// <param name="pool">Shares the texts of repeated names.</param>
    public void Recognize(string text, ReadOnlySpan<Token> t, ref Place? lastCity, List<PlaceHit> hits, StringPool pool)
    {
        Span<char> key = stackalloc char[MaxKey];
        for (var i = 0; i < t.Length; i++)
        {
            var token = t[i];
            if (!token.IsWord)
            {
                continue;
            }

            // "the eastern part of the city", "the city's eastern districts"
            if (token.Has(Lex.Determiner) && TryCityPart(text, t, i, lastCity, out var partEnd, out var part))
            {
                hits.Add(new PlaceHit
                {
                    First = i,
                    Last = partEnd,
                    Kind = PlaceKind.District,
                    Mention = new PlaceMention(new TextSpan(t[i].Start, t[partEnd].End), pool.Get(text, t[i].Start, t[partEnd].End), part),
                });
                i = partEnd;
                continue;
            }

            var startsName = token.IsCapitalized || (token.Has(Lex.PlaceArticle) && i + 2 < t.Length && t[i + 1].IsPunct(text, '-') && t[i + 2].IsCapitalized)
                || (token.Has(Lex.Direction) && i + 1 < t.Length && t[i + 1].IsCapitalized);
            if (!startsName)
            {
                continue;
            }

            if (!TryMatch(text, t, i, key, out var end, out var place))
            {
                continue;
            }

            // A direction before a known place: "western Mosul" (an alias) was matched whole; "northern Iraq" is built.
            var first = i;
            var facts = _index.FactsOf(place);
            var kind = facts.Kind;
            if (token.Has(Lex.Direction) && !token.IsCapitalized && !NameStartsWithDirection(place))
            {
                first = i + 1;
            }

            if (first == i && i > 0 && t[i - 1].Has(Lex.Direction) && !t[i - 1].IsCapitalized && kind is PlaceKind.City or PlaceKind.Country or PlaceKind.Region)
            {
                first = i - 1;
            }

            if (t[first].Has(Lex.Direction) && !t[first].IsCapitalized && !NameStartsWithDirection(place))
            {
                place = Directional(text, t[first], place);
                kind = PlaceKind.District;
            }

            // A name that is also a common word needs a place or a preposition beside it.
            if (facts.NeedsContext && kind != PlaceKind.District && !HasPlaceContext(text, t, first, end))
            {
                i = end;
                continue;
            }

            // "Tripoli, Lebanon": another place of the same name.
            if (facts.HasAlternates)
            {
                place = Disambiguate(text, t, first, end, place, key);
            }

            var mention = new PlaceMention(new TextSpan(t[first].Start, t[end].End), pool.Get(text, t[first].Start, t[end].End), place)
            {
                IsModifier = IsModifier(text, t, end),
            };
            hits.Add(new PlaceHit { First = first, Last = end, Kind = kind, Mention = mention });
            if (kind is PlaceKind.City && !mention.IsModifier)
            {
                lastCity = place;
            }

            i = end;
        }
    }

    private static bool NameStartsWithDirection(Place place)
    {
        var name = place.Name;
        return name.StartsWith("East", StringComparison.OrdinalIgnoreCase) || name.StartsWith("West", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("North", StringComparison.OrdinalIgnoreCase) || name.StartsWith("South", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Central", StringComparison.OrdinalIgnoreCase);
    }

    private Place Directional(string text, in Token direction, Place place)
    {
        var word = text[direction.Start..direction.End].ToLowerInvariant();
        var compass = Lexicon.Entries[direction.Entry].Direction switch
        {
            1 => "East",
            2 => "West",
            3 => "North",
            4 => "South",
            5 => "Northeast",
            6 => "Northwest",
            7 => "Southeast",
            8 => "Southwest",
            _ => "Central",
        };

        // A known part ("West Mosul") wins; else the part is built under the place.
        if (_index.Gazetteer.TryResolve(compass + " " + place.Name, out var known) && known.RelationTo(place, _index.Gazetteer.Names) == PlaceRelation.Within)
        {
            return known;
        }

        if (_index.Gazetteer.TryResolve(word + " " + place.Name, out known) && known.RelationTo(place, _index.Gazetteer.Names) == PlaceRelation.Within)
        {
            return known;
        }

        return Place.Of([compass + " " + place.Name, .. place.Parts]);
    }

    private bool TryMatch(string text, ReadOnlySpan<Token> t, int i, Span<char> key, out int end, out Place place)
    {
        end = -1;
        place = null!;
        var length = 0;
        var words = 0;
        var k = i;
        var checkedFirst = false;
        while (k < t.Length && words < _index.MaxWords)
        {
            var token = t[k];
            if (token.IsWord)
            {
                if (words > 0 && length > 0 && key[length - 1] != ' ')
                {
                    if (length >= MaxKey)
                    {
                        break;
                    }

                    key[length++] = ' ';
                }

                if (!Append(text, token, key, ref length))
                {
                    break;
                }

                words++;
                var normalized = Strip(key[..length]);
                var possessiveNext = k + 2 < t.Length && t[k + 1].Kind == TokenKind.Punct && text[t[k + 1].Start] is '\'' or '’' && t[k + 1].Attached
                    && t[k + 2].Attached && Is(text, t[k + 2], "s");
                if (!checkedFirst && normalized.Length > 0 && !normalized.Contains(' ') && !possessiveNext)
                {
                    // Article words alone ("al") are not names; the name proper starts after them.
                    if (!(token.Has(Lex.PlaceArticle) && words == 1) && !(token.Has(Lex.Direction) && words == 1 && !token.IsCapitalized))
                    {
                        if (!_index.IsFirstWord(normalized))
                        {
                            break;
                        }

                        checkedFirst = true;
                    }
                }

                if (normalized.Length > 0 && _index.TryGet(normalized, out var found) && (token.IsCapitalized || token.Is(TokenFlags.AllCaps) || words > 1))
                {
                    end = k;
                    place = found;
                }

                // Later words of a name may be lower case ("Deir ez-Zor", "Idlib province"); the longest known name wins.
                k++;
                continue;
            }

            if (token.Kind == TokenKind.Punct && text[token.Start] is '-' or '‐' && token.Attached && k + 1 < t.Length && t[k + 1].Attached && t[k + 1].IsWord)
            {
                if (length >= MaxKey)
                {
                    break;
                }

                key[length++] = ' ';
                k++;
                continue;
            }

            if (token.Kind == TokenKind.Punct && text[token.Start] is '\'' or '’' or 'ʿ' or 'ʾ' && token.Attached && k + 1 < t.Length && t[k + 1].Attached && t[k + 1].IsWord)
            {
                // "Ma'arat", and "Cox's Bazar" (the possessive "s" joins the word; "Iraq's" still ends at "Iraq").
                if (length >= MaxKey)
                {
                    break;
                }

                k++;
                if (t[k].Length == 1 && (text[t[k].Start] | 0x20) == 's')
                {
                    key[length++] = 's';
                    k++;
                }

                continue;
            }

            if (token.Kind == TokenKind.Punct && text[token.Start] == '.' && token.Attached && k + 1 < t.Length && t[k + 1].IsWord && words == 1 && t[k - 1].Length <= 3)
            {
                // "St. Petersburg"
                k++;
                continue;
            }

            break;
        }

        return end >= 0;
    }

    private static bool Is(string text, in Token token, string word) =>
        token.Length == word.Length && text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool Append(string text, in Token token, Span<char> key, ref int length)
    {
        var s = text.AsSpan(token.Start, token.Length);
        var ascii = true;
        foreach (var c in s)
        {
            if (c >= 128)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            if (length + s.Length > key.Length)
            {
                return false;
            }

            foreach (var c in s)
            {
                key[length++] = (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c);
            }

            return true;
        }

        var folded = PlaceNames.Normalize(s.ToString());
        if (length + folded.Length > key.Length)
        {
            return false;
        }

        folded.AsSpan().CopyTo(key[length..]);
        length += folded.Length;
        return true;
    }

    private static readonly string[] Articles = ["al ", "el ", "ar ", "ad ", "as ", "an ", "at ", "az ", "ash ", "the "];

    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> key)
    {
        foreach (var article in Articles)
        {
            if (key.Length > article.Length + 1 && key.StartsWith(article, StringComparison.Ordinal))
            {
                return key[article.Length..];
            }
        }

        return key;
    }

    private static bool HasPlaceContext(string text, ReadOnlySpan<Token> t, int first, int last)
    {
        if (first > 0 && (Is(text, t[first - 1], "in") || Is(text, t[first - 1], "near") || Is(text, t[first - 1], "outside")
            || Is(text, t[first - 1], "from") || Is(text, t[first - 1], "to") || Is(text, t[first - 1], "of") || Is(text, t[first - 1], "at")))
        {
            return true;
        }

        return last + 2 < t.Length && t[last + 1].IsPunct(text, ',') && t[last + 2].IsCapitalized;
    }

    private Place Disambiguate(string text, ReadOnlySpan<Token> t, int first, int last, Place place, Span<char> key)
    {
        _ = first;
        var nameKey = PlaceNames.Normalize(place.Name);
        if (!_index.Facts.Alternates.TryGetValue(nameKey, out var alternates) || !(last + 2 < t.Length && t[last + 1].IsPunct(text, ',')))
        {
            return place;
        }

        if (!TryMatch(text, t, last + 2, key, out _, out var context))
        {
            return place;
        }

        if (place.RelationTo(context, _index.Gazetteer.Names) == PlaceRelation.Within)
        {
            return place;
        }

        foreach (var alternate in alternates)
        {
            if (alternate.RelationTo(context, _index.Gazetteer.Names) == PlaceRelation.Within)
            {
                return alternate;
            }
        }

        return place;
    }

    private static bool IsModifier(string text, ReadOnlySpan<Token> t, int last)
    {
        var k = last + 1;
        if (k >= t.Length)
        {
            return false;
        }

        // "the US-led coalition", "Iran-backed militias"
        if (t[k].IsPunct(text, '-') && t[k].Attached && k + 1 < t.Length && t[k + 1].Has(Lex.ModifierNoun))
        {
            return true;
        }

        // "US military", "Iraq Body Count", "Mosul University"
        var next = t[k];
        return next.IsWord && next.Is(TokenFlags.SpaceBefore) && (next.Has(Lex.ModifierNoun) || (next.IsCapitalized && !next.Has(Lex.Weekday) && !next.Has(Lex.Month)));
    }

    /// <summary>"the eastern part of the city", "the western districts of the city", "the city's eastern half",
    /// "the eastern part of Mosul".</summary>
    private bool TryCityPart(string text, ReadOnlySpan<Token> t, int i, Place? lastCity, out int end, out Place place)
    {
        end = -1;
        place = null!;
        if (!Is(text, t[i], "the"))
        {
            return false;
        }

        var k = i + 1;
        Token direction;
        if (k < t.Length && t[k].Has(Lex.Direction))
        {
            // the eastern part(s) of the city / of Mosul
            direction = t[k];
            k++;
            if (!(k < t.Length && t[k].Has(Lex.PartNoun)))
            {
                return false;
            }

            k++;
            if (!(k < t.Length && Is(text, t[k], "of")))
            {
                return false;
            }

            k++;
            Place? city;
            if (k + 1 < t.Length && Is(text, t[k], "the") && t[k + 1].Has(Lex.Settlement))
            {
                city = lastCity;
                end = k + 1;
            }
            else
            {
                Span<char> key = stackalloc char[MaxKey];
                if (!(k < t.Length && t[k].IsCapitalized && TryMatch(text, t, k, key, out end, out var named)))
                {
                    return false;
                }

                city = named;
            }

            if (city is null)
            {
                return false;
            }

            place = Directional(text, direction, city);
            return true;
        }

        // the city's eastern districts
        if (k + 3 < t.Length && t[k].Has(Lex.Settlement) && t[k + 1].IsPunct(text, '\'') && Is(text, t[k + 2], "s") && t[k + 3].Has(Lex.Direction)
            && k + 4 < t.Length && t[k + 4].Has(Lex.PartNoun) && lastCity is not null)
        {
            place = Directional(text, t[k + 3], lastCity);
            end = k + 4;
            return true;
        }

        return false;
    }
}

using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;
using Verification.Claims;
using Verification.Measures;
using Verification.Places;

namespace Verification.Subjects;

/// <summary>The words for what figures count, read into structured keys: population × event or status × qualifiers.</summary>
/// <remarks>
/// <para>The vocabulary is data: <see cref="Default"/> is read from a file shipped inside this package
/// (<c>Subjects/Data/subjects.json</c>; its format is described in docs/formats.md), and <see cref="Load"/> reads another
/// one, so that a newsroom can extend or replace it without recompiling.</para>
/// <para>Reading a phrase (<see cref="Read(Subject)"/>) matches its words, in order and longest phrase first (but a
/// qualifier never swallows the words that name the event: "IDPs in camps" is IDPs, in camps), against
/// the vocabulary's phrases for populations, events, qualifiers, words to ignore (certainty: "reported", "confirmed";
/// speakers: "conceded by the coalition") and cues ("since", "so far" for running totals; "expected", "could reach",
/// "feared" for projections). Words after "since" are the figure's time, and words after "including" a detail of the
/// count: neither changes what it counts (after "including" only a first event is still read: "people, including five
/// children, were killed"). The first population and the
/// first event found are kept, except that a later event replaces the first when it is a narrower kind of it, when the
/// first is a general status ("affected", "living") and the later one befalls people, or when the first came before the
/// population, saying who they were, and the later one is no status but happened to them ("injured people were rescued";
/// but "kidnapped schoolgirls still missing" are kidnapped); a qualifier that implies an event gives it to a phrase that
/// names none or only a general status ("camp population" counts the displaced, in camps); a population right after a term
/// that leaves its population general says who ("IDP families"); and things (buildings, schools) named after an event
/// that befalls people say where it happened, not who ("abducted from their school"). A phrase with no event
/// the vocabulary knows is unread: it compares by its normalised words, and findings say so. An HXL hashtag
/// ("#affected+killed+civilians") reads through the tags the vocabulary gives its entries.</para>
/// <para>Relations (<see cref="Relate(SubjectKey, SubjectKey)"/>): populations and events form trees (children within
/// civilians within people; bodies recovered within killed within casualties). A narrower population, event or a
/// qualifier makes a part; a general population ("people") compares with a population directly below it, as
/// <see cref="SubjectRelation.Unspecified"/>, and contains the narrower ones.</para>
/// <para>Immutable and thread-safe. <see cref="With"/> returns an extended copy.</para>
/// </remarks>
public sealed class SubjectVocabulary
{
    private const int CacheLimit = 65_536;
    private readonly FrozenDictionary<string, Term> _phrases;
    private readonly int _longest;
    private readonly FrozenDictionary<string, Node> _populations;
    private readonly FrozenDictionary<string, Node> _events;
    private readonly FrozenDictionary<string, string> _qualifierTags;
    private readonly FrozenDictionary<string, SubjectKey> _synonyms;
    private readonly FrozenDictionary<string, SubjectKey> _aliases;
    private readonly (string Base, string[] Attributes, string Event, string? Population)[] _eventTags;
    private readonly ConcurrentDictionary<string, SubjectKey> _read = new(StringComparer.Ordinal);

    private SubjectVocabulary(VocabularyData data, Dictionary<string, SubjectKey> synonyms, Dictionary<string, SubjectKey> aliases)
    {
        Data = data;
        _phrases = data.Phrases.ToFrozenDictionary(StringComparer.Ordinal);
        _longest = data.Phrases.Count == 0 ? 1 : data.Phrases.Keys.Max(p => p.Count(c => c == ' ') + 1);
        _populations = data.Populations.ToFrozenDictionary(StringComparer.Ordinal);
        _events = data.Events.ToFrozenDictionary(StringComparer.Ordinal);
        _qualifierTags = data.QualifierTags.ToFrozenDictionary(StringComparer.Ordinal);
        // The most specific tag first: "#affected+killed" before "#affected".
        _eventTags = [.. data.EventTags.Select(t => (t.Tag, t.Event, Population: (string?)null))
            .Concat(data.TermTags.Select(t => (t.Tag, t.Event, t.Population)))
            .Select(t => SplitTag(t.Tag) is var (b, a) ? (b, a, t.Event, t.Population) : default)
            .OrderByDescending(t => t.Item2.Length)];
        _synonyms = synonyms.ToFrozenDictionary(StringComparer.Ordinal);
        _aliases = aliases.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The shipped vocabulary of conflict, disaster, displacement and epidemic reporting: English, and the main
    /// words in ten other languages of the news (docs/concepts.md, "Subjects").</summary>
    public static SubjectVocabulary Default { get; } = LoadEmbedded();

    /// <summary>No vocabulary: every subject is unread and compares by its normalised words alone.</summary>
    public static SubjectVocabulary Empty { get; } = new(VocabularyData.Empty, [], []);

    internal VocabularyData Data { get; }

    /// <summary>Reads a vocabulary file (the format of docs/formats.md, "Subject vocabulary").</summary>
    /// <param name="utf8Json">The file's content.</param>
    /// <exception cref="FormatException">The file breaks the format; the message lists every problem.</exception>
    public static SubjectVocabulary Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new FormatException($"The subject vocabulary is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var problems = new List<string>();
            var data = VocabularyData.Read(document.RootElement, problems);
            return problems.Count == 0
                ? new SubjectVocabulary(data, [], [])
                : throw new FormatException("The subject vocabulary has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => " - " + p)));
        }
    }

    /// <summary>Reads a vocabulary file from disk.</summary>
    /// <param name="path">The file's path.</param>
    /// <exception cref="FormatException">The file breaks the format; the message lists every problem.</exception>
    public static SubjectVocabulary FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>A copy in which <paramref name="synonyms"/> count what <paramref name="canonical"/> counts, and so does
    /// every phrase that already counted the same as any of them.</summary>
    /// <param name="canonical">The phrase whose reading the others take.</param>
    /// <param name="synonyms">Other phrases for it.</param>
    /// <remarks>For phrases the vocabulary cannot read, or reads differently from what a newsroom means: groups merge,
    /// so <c>Empty.With("schools destroyed", "schools razed")</c> then <c>.With("schools razed", "schools flattened")</c>
    /// makes all three one subject. Extending never splits a group.</remarks>
    /// <exception cref="ArgumentException">A phrase is null, empty, or only punctuation and filler words.</exception>
    public SubjectVocabulary With(string canonical, params string[] synonyms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(canonical);
        ArgumentNullException.ThrowIfNull(synonyms);
        RequireWords(canonical, nameof(canonical));
        foreach (var s in synonyms)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(s, nameof(synonyms));
            RequireWords(s, nameof(synonyms));
        }

        var target = Read(canonical);
        var synonymMap = _synonyms.ToDictionary(StringComparer.Ordinal);
        var aliases = _aliases.ToDictionary(StringComparer.Ordinal);
        foreach (var s in synonyms)
        {
            var read = Read(s);
            var old = read.Canonical;
            if (old == target.Canonical)
            {
                continue;
            }

            synonymMap[SubjectWords.Normalize(s)] = target;
            if (read.IsRead)
            {
                // A phrase the vocabulary reads names only itself: its key is shared by every phrase read the same way.
                continue;
            }

            // The whole group of an unread synonym joins the canonical phrase's group.
            aliases[old] = target;
            foreach (var (from, to) in aliases)
            {
                if (to.Canonical == old)
                {
                    aliases[from] = target;
                }
            }

            foreach (var (phrase, key) in synonymMap)
            {
                if (key.Canonical == old)
                {
                    synonymMap[phrase] = target;
                }
            }

            synonymMap[SubjectWords.Normalize(s)] = target;
        }

        return new SubjectVocabulary(Data, synonymMap, aliases);
    }

    /// <summary>Reads what <paramref name="subject"/> counts.</summary>
    /// <param name="subject">The subject.</param>
    public SubjectKey Read(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.KeyUnder(this);
    }

    /// <summary>Reads what <paramref name="claim"/>'s figure counts: its subject, or, when the subject names only a kind
    /// of figure ("official figure", "estimates"), the count its quote names before those words.</summary>
    /// <param name="claim">The claim.</param>
    /// <remarks>A report often names a count once and then refers to it by the kind of figure: "the report estimates the
    /// death toll at 46,000 to 85,000, far below the government's official figure of 316,000". The subject "official
    /// figure" is read from what precedes it in <see cref="Claim.Quote"/> ("the death toll"), when the quote contains the
    /// subject's words and what precedes them is read. Otherwise, and for any subject that names a count, this is
    /// <see cref="Read(Subject)"/>; <see cref="IsReadFromQuote"/> tells the two apart.</remarks>
    public SubjectKey Read(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Read(claim.Subject, claim.Quote);
    }

    // The subject, or what the quote counts before it when the subject names only a kind of figure.
    internal SubjectKey Read(Subject subject, string? quote)
    {
        var key = subject.KeyUnder(this);
        return key.IsRead || quote is null || !NamesNoCount(subject) ? key : ReadBefore(subject, quote) ?? key;
    }

    /// <summary>Whether <see cref="Read(Claim)"/> reads <paramref name="claim"/>'s count from its quote, its subject naming
    /// only a kind of figure.</summary>
    /// <param name="claim">The claim.</param>
    public bool IsReadFromQuote(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return !claim.Subject.KeyUnder(this).IsRead && claim.Quote is not null && NamesNoCount(claim.Subject) && ReadBefore(claim.Subject, claim.Quote) is not null;
    }

    // Whether every word of the subject is one the vocabulary leaves aside: certainty, or a kind of figure ("official
    // figure", "estimates").
    private bool NamesNoCount(Subject subject)
    {
        if (subject.IsEmpty)
        {
            return false;
        }

        foreach (var word in subject.Key.Split(' '))
        {
            if (!Data.Phrases.TryGetValue(word, out var term) || term.Role != TermRole.Ignored)
            {
                return false;
            }
        }

        return true;
    }

    // What the quote counts before the subject's words, when the quote holds them and that much is read.
    private SubjectKey? ReadBefore(Subject subject, string quote)
    {
        var at = quote.IndexOf(subject.Text, StringComparison.OrdinalIgnoreCase);
        if (at <= 0)
        {
            return null;
        }

        var key = Read(quote[..at]);
        return key.IsRead ? key : null;
    }

    /// <summary>Reads what a phrase counts.</summary>
    /// <param name="phrase">The phrase, e.g. "civilians reported killed" or "#affected+killed+civilians".</param>
    public SubjectKey Read(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var text = phrase.Trim();
        if (_read.TryGetValue(text, out var key))
        {
            return key;
        }

        key = Resolve(text);
        if (_read.Count < CacheLimit)
        {
            _read.TryAdd(text, key);
        }

        return key;
    }

    /// <summary>The canonical form two subjects are compared by under this vocabulary (<see cref="SubjectKey.Canonical"/>).</summary>
    /// <param name="subject">The subject.</param>
    public string CanonicalKeyOf(Subject subject) => Read(subject).Canonical;

    /// <summary>How what <paramref name="first"/> counts relates to what <paramref name="second"/> counts.</summary>
    /// <param name="first">The first subject.</param>
    /// <param name="second">The second subject.</param>
    public SubjectRelation Relate(Subject first, Subject second) => Relate(Read(first), Read(second));

    /// <summary>How what <paramref name="first"/> counts relates to what <paramref name="second"/> counts.</summary>
    /// <param name="first">The first key.</param>
    /// <param name="second">The second key.</param>
    /// <remarks>Each part compares on its own — population, event, qualifiers — as the same, wider or narrower, or
    /// unrelated; the subjects are <see cref="SubjectRelation.Unrelated"/> when any part is, or when parts point in
    /// opposite directions (a narrower population of a wider event). For an event that always has a cause (cases of a
    /// disease), a key that names no cause against one that does leaves the cause unspecified: "cases" and "cholera
    /// cases" are <see cref="SubjectRelation.Unspecified"/>, not a whole and a part.</remarks>
    public SubjectRelation Relate(SubjectKey first, SubjectKey second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (ReferenceEquals(first, second) || string.Equals(first.Canonical, second.Canonical, StringComparison.Ordinal))
        {
            return SubjectRelation.Same;
        }

        if (!first.IsRead || !second.IsRead || !string.Equals(first.Family, second.Family, StringComparison.Ordinal))
        {
            return SubjectRelation.Unrelated;
        }

        var unspecified = false;
        var direction = SubjectRelation.Same;
        var (firstQualifiers, secondQualifiers, cause) = CauseLeftUnstated(first, second)
            ? (WithoutCauses(first.Qualifiers), WithoutCauses(second.Qualifiers), SubjectRelation.Unspecified)
            : (first.Qualifiers, second.Qualifiers, SubjectRelation.Same);
        foreach (var part in (ReadOnlySpan<SubjectRelation>)[Populations(first.Population, second.Population), Tree(_events, first.Event!, second.Event!), Qualifiers(firstQualifiers, secondQualifiers), cause])
        {
            switch (part)
            {
                case SubjectRelation.Unrelated:
                    return SubjectRelation.Unrelated;
                case SubjectRelation.Unspecified:
                    unspecified = true;
                    break;
                case SubjectRelation.Contains or SubjectRelation.Within when direction == SubjectRelation.Same || direction == part:
                    direction = part;
                    break;
                case SubjectRelation.Contains or SubjectRelation.Within:
                    return SubjectRelation.Unrelated;
            }
        }

        return direction != SubjectRelation.Same ? direction : unspecified ? SubjectRelation.Unspecified : SubjectRelation.Same;
    }

    /// <summary>Whether one key names a cause and the other none, for events that always have one: "cases" are cases of
    /// the disease the report is about, so "cases" and "cholera cases" count the same, the cause left unspecified.</summary>
    public bool CauseLeftUnstated(SubjectKey first, SubjectKey second) =>
        first.Event is { } a && second.Event is { } b && _events[a].CauseImplied && _events[b].CauseImplied
        && first.Qualifiers.Any(Data.CauseQualifiers.Contains) != second.Qualifiers.Any(Data.CauseQualifiers.Contains);

    private IReadOnlyList<string> WithoutCauses(IReadOnlyList<string> qualifiers) => [.. qualifiers.Where(q => !Data.CauseQualifiers.Contains(q))];

    // A general population (null) against a named one: directly below the general one, the same count with the
    // population unspecified; further down, a part of it; outside it (households, buildings), unrelated.
    private SubjectRelation Populations(string? first, string? second)
    {
        if (first == second)
        {
            return SubjectRelation.Same;
        }

        if (first is null || second is null)
        {
            var named = _populations.GetValueOrDefault((first ?? second)!);
            var underGeneral = named is not null && named.UnderGeneral;
            if (!underGeneral)
            {
                return SubjectRelation.Unrelated;
            }

            return named!.Depth <= 1 ? SubjectRelation.Unspecified : first is null ? SubjectRelation.Contains : SubjectRelation.Within;
        }

        return Tree(_populations, first, second);
    }

    /// <summary>Whether two keys count the same population and event and differ only in qualifiers of cause ("killed"
    /// and "killed in an air strike"): for one incident, the same count.</summary>
    public bool DifferOnlyInCause(SubjectKey first, SubjectKey second) =>
        first.IsRead && second.IsRead && first.Population == second.Population && first.Event == second.Event
        && first.Qualifiers.Except(second.Qualifiers).Concat(second.Qualifiers.Except(first.Qualifiers)).All(Data.CauseQualifiers.Contains);

    private static SubjectRelation Tree(FrozenDictionary<string, Node> nodes, string first, string second)
    {
        if (first == second)
        {
            return SubjectRelation.Same;
        }

        if (IsAncestor(nodes, first, second))
        {
            return SubjectRelation.Contains;
        }

        return IsAncestor(nodes, second, first) ? SubjectRelation.Within : SubjectRelation.Unrelated;
    }

    private static bool IsAncestor(FrozenDictionary<string, Node> nodes, string ancestor, string name)
    {
        for (var n = nodes.GetValueOrDefault(name)?.Parent; n is not null; n = nodes.GetValueOrDefault(n)?.Parent)
        {
            if (n == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static SubjectRelation Qualifiers(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        if (first.SequenceEqual(second))
        {
            return SubjectRelation.Same;
        }

        // Fewer qualifiers count more: the one without "in camps" contains the one with it.
        if (first.All(second.Contains))
        {
            return SubjectRelation.Contains;
        }

        return second.All(first.Contains) ? SubjectRelation.Within : SubjectRelation.Unrelated;
    }

    private SubjectKey Resolve(string text)
    {
        if (_synonyms.Count > 0 && _synonyms.TryGetValue(SubjectWords.Normalize(text), out var synonym))
        {
            return synonym;
        }

        var key = text.StartsWith('#') ? ReadTag(text) : ReadWords(text);

        // A key another phrase was made a synonym of: that key, with this phrase's own cues ("since 17 October").
        return _aliases.TryGetValue(key.Canonical, out var alias)
            ? new SubjectKey(alias.Population, alias.Event, [.. alias.Qualifiers], alias.Words, [.. key.Unread], alias.Tag, alias.Family, key.Cues with { EventMeasure = alias.Cues.EventMeasure })
            : key;
    }

    /// <summary>Whether a text (a figure's, such as "expected to exceed 60") has a word that makes a figure a projection.</summary>
    internal bool SaysProjection(string text)
    {
        // Most figure texts are a number and a hedge: look for a letter run that starts a projection cue before reading words.
        var lookup = Data.ProjectionFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = LetterFolding.Fold(text).AsSpan();
        for (var i = 0; i < span.Length;)
        {
            if (!char.IsLetter(span[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < span.Length && char.IsLetter(span[end]))
            {
                end++;
            }

            // The cues' words are stored singular: "plans" starts "plans to".
            if (lookup.Contains(span[i..end]) || (end - i > 3 && span[end - 1] is 's' or 'S' && lookup.Contains(span[i..(end - 1)])))
            {
                var words = Data.WithoutFiller(SubjectWords.Ordered(text));
                for (var w = 0; w < words.Count; w++)
                {
                    if (Match(words, w) is ({ Role: TermRole.Projection }, _))
                    {
                        return true;
                    }
                }

                return false;
            }

            i = end;
        }

        return false;
    }

    private SubjectKey ReadWords(string text)
    {
        var words = Data.WithoutFiller(SubjectWords.Ordered(text));
        string? population = null, eventName = null;
        var detail = false;

        // Where a term that leaves its population general ends ("IDP"): a population right after it says who ("IDP families").
        var generalTermEnd = -1;

        // Whether the event read so far came before the population it describes ("injured people"): an event after them is
        // what befell them ("injured people were rescued").
        var eventDescribesWho = false;
        var qualifiers = new SortedSet<string>(StringComparer.Ordinal);
        var unread = new List<string>();
        var total = false;
        var projection = false;
        string? since = null;
        for (var i = 0; i < words.Count;)
        {
            var (term, length) = Match(words, i);
            if (term is null)
            {
                if (!words[i].All(char.IsAsciiDigit))
                {
                    unread.Add(words[i]);
                }

                i++;
                continue;
            }

            // After "including" only the event is still read ("people, including five children, were killed").
            if (detail && !(term.Role == TermRole.Event && eventName is null))
            {
                i += length;
                continue;
            }

            switch (term.Role)
            {
                case TermRole.Population when i == generalTermEnd && !IsThings(term.Population):
                    population = term.Population;
                    break;
                case TermRole.Population when eventName is not null && IsThings(term.Population) && !_events[eventName].NeedsPopulation:
                    // Things named after an event that befalls people say where it happened, not who: "abducted from their school".
                    break;
                case TermRole.Population when population is null && eventName is null:
                    population = term.Population;
                    break;
                case TermRole.Population or TermRole.Event:
                    if (term.Population is { } named && IsGeneral(named) && (population is null || IsGeneral(population)))
                    {
                        generalTermEnd = i + length;
                    }

                    eventDescribesWho |= term.Role == TermRole.Population && population is null && eventName is not null;
                    population ??= term.Population;
                    if (term.Event is { } e)
                    {
                        // A later event replaces the first when it is a narrower kind of it ("displaced people in shelters"),
                        // when the first is a general status and the later one befalls people too ("people living in emergency
                        // shelters", but not "people affected in the areas hardest hit"), or when the first only said who the
                        // people were and the later one happened to them ("injured people were rescued"; a later status
                        // describes them further: "kidnapped schoolgirls still missing").
                        var later = _events[e];
                        eventName = eventName is null || IsAncestor(_events, eventName, e)
                            || ((_events[eventName].General || (eventDescribesWho && later.Measure != Measure.Stock)) && !later.NeedsPopulation) ? e : eventName;
                        eventDescribesWho = false;
                    }

                    break;
                case TermRole.Qualifier:
                    qualifiers.Add(term.Qualifier!);
                    break;
                case TermRole.Total:
                    total = true;
                    if (term.EndsPhrase)
                    {
                        // "since 17 October": the rest is the figure's time, not what it counts.
                        since = term.Phrase == "since" ? string.Join(' ', words.Skip(i + length)) : since;
                        i = words.Count;
                        continue;
                    }

                    break;
                case TermRole.Projection:
                    projection = true;
                    break;
                case TermRole.Stop:
                    // "people killed, including 11 children": what follows details the count, it does not change it.
                    detail = true;
                    break;
            }

            i += length;
        }

        // A phrase that says where people are but not what befell them counts the event the place implies: people in camps
        // or with host families are the displaced.
        if ((eventName is null || _events[eventName].General) && !IsThings(population)
            && qualifiers.Select(q => Data.ImpliedEvents.GetValueOrDefault(q)).FirstOrDefault(e => e is not null) is { } implied)
        {
            eventName = implied;
        }

        // A general population is no population: "people killed" and "death toll" count the same.
        if (population is not null && IsGeneral(population))
        {
            population = null;
        }

        // An event that befalls things rather than people ("destroyed") counts what its unread words name, if no known
        // population: "schools destroyed" and "bridges destroyed" are not one count.
        if (population is null && eventName is not null && _events[eventName].NeedsPopulation && unread.Count > 0)
        {
            unread.Sort(StringComparer.Ordinal);
            population = "~" + string.Join(' ', unread);
        }

        var normalized = SubjectWords.Normalize(text);
        var measure = eventName is null ? (Measure?)null : _events[eventName].Measure;
        return Build(population, eventName, [.. qualifiers], normalized, [.. unread], new SubjectCues(measure, total, projection, string.IsNullOrEmpty(since) ? null : since));
    }

    private bool IsGeneral(string population) => _populations.GetValueOrDefault(population)?.General == true;

    private bool IsThings(string? population) => population is not null && _populations.GetValueOrDefault(population)?.Things == true;

    private SubjectKey ReadTag(string text)
    {
        var (tagBase, attributes) = SplitTag(text);
        var remaining = new List<string>(attributes);
        string? eventName = null, population = null;
        foreach (var (b, required, name, named) in _eventTags)
        {
            if (b == tagBase && required.All(remaining.Contains))
            {
                eventName = name;
                population = named is not null && !IsGeneral(named) ? named : null;
                remaining.RemoveAll(required.Contains);
                break;
            }
        }

        var qualifiers = new SortedSet<string>(StringComparer.Ordinal);
        var unread = new List<string>();
        var total = false;
        foreach (var attribute in remaining)
        {
            if (population is null && Data.PopulationTags.TryGetValue(attribute, out var p))
            {
                population = p;
            }
            else if (_qualifierTags.TryGetValue(attribute, out var q))
            {
                qualifiers.Add(q);
            }
            else if (attribute is "total" or "cumulative")
            {
                total = true;
            }
            else
            {
                unread.Add(attribute);
            }
        }

        var measure = eventName is null ? (Measure?)null : _events[eventName].Measure;
        return Build(population, eventName, [.. qualifiers], text.ToLowerInvariant(), [.. unread], new SubjectCues(measure, total, false, null));
    }

    private SubjectKey Build(string? population, string? eventName, string[] qualifiers, string words, string[] unread, SubjectCues cues)
    {
        if (eventName is null)
        {
            return new SubjectKey(null, null, [], words, unread, null, "~" + words, cues);
        }

        var family = eventName;
        for (var n = _events.GetValueOrDefault(family)?.Parent; n is not null; n = _events.GetValueOrDefault(n)?.Parent)
        {
            family = n;
        }

        return new SubjectKey(population, eventName, qualifiers, words, unread, TagOf(population, eventName, qualifiers), family, cues);
    }

    private string? TagOf(string? population, string eventName, string[] qualifiers)
    {
        if (_events.GetValueOrDefault(eventName)?.Tag is not { } tag)
        {
            return null;
        }

        if (population is not null && _populations.GetValueOrDefault(population)?.Tag is { } p)
        {
            tag += "+" + p;
        }

        foreach (var q in qualifiers)
        {
            if (Data.QualifierNamesToTags.TryGetValue(q, out var qt))
            {
                tag += "+" + qt;
            }
        }

        return tag;
    }

    private (Term? Term, int Length) Match(List<string> words, int at)
    {
        (Term? Term, int Length) found = (null, 1);
        for (var length = Math.Min(_longest, words.Count - at); length >= 1; length--)
        {
            var phrase = length == 1 ? words[at] : string.Join(' ', words.Skip(at).Take(length));
            if (!_phrases.TryGetValue(phrase, out var term))
            {
                continue;
            }

            // The longest phrase wins, except that a qualifier does not swallow the words that name the event: without
            // filler words "IDPs in camps" is "idp camp", which is IDPs, in camps.
            if (found.Term is null)
            {
                found = (term, length);
                if (term.Role != TermRole.Qualifier)
                {
                    return found;
                }
            }
            else if (term.Role == TermRole.Event)
            {
                return (term, length);
            }
        }

        return found;
    }

    private static (string Base, string[] Attributes) SplitTag(string tag)
    {
        var parts = tag.Trim().ToLowerInvariant().Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? (string.Empty, []) : (parts[0], parts[1..]);
    }

    private static void RequireWords(string phrase, string paramName)
    {
        if (SubjectWords.Normalize(phrase).Length == 0)
        {
            throw new ArgumentException($"'{phrase}' has no words a subject compares by (only punctuation and filler words).", paramName);
        }
    }

    private static SubjectVocabulary LoadEmbedded()
    {
        using var stream = typeof(SubjectVocabulary).Assembly.GetManifestResourceStream("Verification.Subjects.Data.subjects.json")
            ?? throw new InvalidOperationException("The shipped subject vocabulary is missing from the assembly.");
        return Load(stream);
    }

    /// <summary>A population or event: its parent, depth, tag, (for events) usual measure, whether it befalls things and
    /// whether it always has a cause, and (for populations) whether it counts things rather than people.</summary>
    internal sealed record Node(string? Parent, int Depth, string? Tag, bool General, bool UnderGeneral, Measure? Measure, bool NeedsPopulation = false, bool Things = false, bool CauseImplied = false);

    internal enum TermRole
    {
        Population,
        Event,
        Qualifier,
        Ignored,
        Filler,
        Total,
        Projection,
        Stop,
    }

    /// <summary>What one phrase of the vocabulary stands for.</summary>
    internal sealed record Term(string Phrase, TermRole Role, string? Population = null, string? Event = null, string? Qualifier = null, bool EndsPhrase = false);
}

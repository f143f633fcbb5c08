using System.Text.Json;
using Verification.Measures;
using Node = Verification.Subjects.SubjectVocabulary.Node;
using Term = Verification.Subjects.SubjectVocabulary.Term;
using TermRole = Verification.Subjects.SubjectVocabulary.TermRole;

namespace Verification.Subjects;

/// <summary>A subject vocabulary file, read and checked: every phrase (normalised: lower case, singular words in order)
/// with what it stands for, the population and event trees, and the HXL tags.</summary>
internal sealed class VocabularyData
{
    public static VocabularyData Empty { get; } = new();

    public Dictionary<string, Term> Phrases { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Node> Populations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Node> Events { get; } = new(StringComparer.Ordinal);

    /// <summary>Words left out of phrases and subjects before matching ("the", "of", "in").</summary>
    public HashSet<string> Filler { get; } = new(StringComparer.Ordinal);

    /// <summary>Qualifiers that say how people were counted dead or hurt ("by air strikes"): they narrow a total over a
    /// span, not a single incident's count.</summary>
    public HashSet<string> CauseQualifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>The HXL tags that read as each event.</summary>
    public List<(string Tag, string Event)> EventTags { get; } = [];

    /// <summary>HXL attribute → qualifier name.</summary>
    public Dictionary<string, string> QualifierTags { get; } = new(StringComparer.Ordinal);

    /// <summary>Qualifier name → the event a phrase with it counts when it names none ("people in camps" are displaced).</summary>
    public Dictionary<string, string> ImpliedEvents { get; } = new(StringComparer.Ordinal);

    /// <summary>The names of the qualifiers declared.</summary>
    public HashSet<string> QualifierNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Qualifier name → HXL attribute.</summary>
    public Dictionary<string, string> QualifierNamesToTags { get; } = new(StringComparer.Ordinal);

    /// <summary>HXL attribute → population name.</summary>
    public Dictionary<string, string> PopulationTags { get; } = new(StringComparer.Ordinal);

    /// <summary>The HXL hashtags of terms ("#affected+idps"), each with the population and event the term stands for.</summary>
    public List<(string Tag, string? Population, string Event)> TermTags { get; } = [];

    /// <summary>The first words of the projection cues, in any case: a text without one of them says no projection.</summary>
    public System.Collections.Frozen.FrozenSet<string> ProjectionFirstWords { get; private set; } = System.Collections.Frozen.FrozenSet<string>.Empty;

    /// <summary>Where each phrase was declared ("events[killed]") and in which language block (empty for the main lists),
    /// to name both places of a duplicate.</summary>
    public Dictionary<string, (string Where, string Language)> Declared { get; } = new(StringComparer.Ordinal);

    /// <summary>The lists a language block may add phrases to.</summary>
    private static readonly string[] LanguageLists = ["populations", "events", "qualifiers", "ignored", "totalCues", "projectionCues", "stops"];

    /// <summary>Reads the file's root object; every problem found is added to <paramref name="problems"/>.</summary>
    public static VocabularyData Read(JsonElement root, List<string> problems)
    {
        var data = new VocabularyData();
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("the file must hold one JSON object.");
            return data;
        }

        // Filler words first: phrases are matched without them ("in the shelter" is "shelter").
        if (root.TryGetProperty("filler", out var filler) && filler.ValueKind == JsonValueKind.Array)
        {
            foreach (var f in filler.EnumerateArray())
            {
                if (f.ValueKind == JsonValueKind.String)
                {
                    data.Filler.UnionWith(SubjectWords.Ordered(f.GetString()!));
                }
            }
        }

        var populations = Entries(root, "populations", problems);
        var events = Entries(root, "events", problems);
        foreach (var (name, node) in Tree(populations, "populations", isEvent: false, problems))
        {
            data.Populations[name] = node;
        }

        foreach (var (name, node) in Tree(events, "events", isEvent: true, problems))
        {
            data.Events[name] = node;
        }

        foreach (var e in populations)
        {
            data.AddPhrases(e, $"populations[{Name(e)}]", n => new Term(n, TermRole.Population, Population: Name(e)), problems);
            if (Text(e, "hxl") is { } tag && !data.PopulationTags.TryAdd(tag, Name(e)!))
            {
                problems.Add($"populations[{Name(e)}]: the HXL attribute '{tag}' is already used by population '{data.PopulationTags[tag]}'.");
            }
        }

        foreach (var e in events)
        {
            data.AddPhrases(e, $"events[{Name(e)}]", n => new Term(n, TermRole.Event, Event: Name(e)), problems);
            if (Name(e) is not { } name)
            {
                continue;
            }

            // The tag written for the event, then other tags that read as it ("#affected+idps").
            if (Text(e, "hxl") is { } tag)
            {
                data.EventTags.Add((tag, name));
            }

            if (e.TryGetProperty("hxlAlso", out var also) && also.ValueKind == JsonValueKind.Array)
            {
                data.EventTags.AddRange(also.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => (t.GetString()!, name)));
            }
        }

        foreach (var e in Entries(root, "qualifiers", problems))
        {
            var name = Name(e);
            if (name is null)
            {
                problems.Add("qualifiers: an entry has no 'name'.");
                continue;
            }

            data.QualifierNames.Add(name);
            data.AddPhrases(e, $"qualifiers[{name}]", n => new Term(n, TermRole.Qualifier, Qualifier: name), problems);
            if (e.TryGetProperty("cause", out var cause) && cause.ValueKind == JsonValueKind.True)
            {
                data.CauseQualifiers.Add(name);
            }

            if (Text(e, "hxl") is { } tag)
            {
                data.QualifierTags[tag] = name;
                data.QualifierNamesToTags[name] = tag;
            }

            if (Text(e, "implies") is { } implied)
            {
                if (data.Events.ContainsKey(implied))
                {
                    data.ImpliedEvents[name] = implied;
                }
                else
                {
                    problems.Add($"qualifiers[{name}]: 'implies' names the event '{implied}', which is not declared under 'events'.");
                }
            }
        }

        var termIndex = 0;
        foreach (var e in Entries(root, "terms", problems))
        {
            var where = $"terms[{termIndex++}]";
            var population = Text(e, "population");
            var eventName = Text(e, "event");
            if (population is not null && !data.Populations.ContainsKey(population))
            {
                problems.Add($"{where}: population '{population}' is not declared under 'populations'.");
            }

            if (eventName is null || !data.Events.ContainsKey(eventName))
            {
                problems.Add($"{where}: a term needs an 'event' declared under 'events'{(eventName is null ? string.Empty : $" ('{eventName}' is not)")}.");
            }

            data.AddPhrases(e, where, n => new Term(n, TermRole.Event, Population: population, Event: eventName), problems);
            if (Text(e, "hxl") is { } tag && eventName is not null)
            {
                data.TermTags.Add((tag, population, eventName));
            }
        }

        data.AddWords(root, "ignored", n => new Term(n, TermRole.Ignored), problems);
        data.AddWords(root, "filler", n => new Term(n, TermRole.Filler), problems);
        data.AddWords(root, "totalCues", n => new Term(n, TermRole.Total, EndsPhrase: n is "since" or "as of"), problems);
        data.AddWords(root, "projectionCues", n => new Term(n, TermRole.Projection), problems);
        data.AddWords(root, "stops", n => new Term(n, TermRole.Stop), problems);
        data.ReadLanguages(root, problems);
        data.ProjectionFirstWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
            data.Phrases.Values.Where(t => t.Role == TermRole.Projection).Select(t => t.Phrase.Split(' ')[0]), StringComparer.OrdinalIgnoreCase);
        return data;
    }

    private void AddPhrases(JsonElement entry, string where, Func<string, Term> term, List<string> problems)
    {
        if (!entry.TryGetProperty("phrases", out var phrases) || phrases.ValueKind != JsonValueKind.Array || phrases.GetArrayLength() == 0)
        {
            problems.Add($"{where}: needs a non-empty 'phrases' array.");
            return;
        }

        AddAll(phrases, where, string.Empty, term, problems);
    }

    private void AddWords(JsonElement root, string list, Func<string, Term> term, List<string> problems, string language = "", string prefix = "")
    {
        if (!root.TryGetProperty(list, out var words))
        {
            return;
        }

        if (words.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{prefix}{list}: must be an array of phrases.");
            return;
        }

        AddAll(words, prefix + list, language, term, problems);
    }

    private void AddAll(JsonElement phrases, string where, string language, Func<string, Term> term, List<string> problems)
    {
        foreach (var p in phrases.EnumerateArray())
        {
            Add(p.ValueKind == JsonValueKind.String ? p.GetString() : null, where, language, term, problems);
        }
    }

    private void Add(string? phrase, string where, string language, Func<string, Term> term, List<string> problems)
    {
        var normalized = phrase is null ? string.Empty : string.Join(' ', WithoutFiller(SubjectWords.Ordered(phrase)));
        if (normalized.Length == 0)
        {
            problems.Add($"{where}: a phrase is empty or not a string.");
            return;
        }

        var meaning = term(normalized);
        if (Declared.TryGetValue(normalized, out var first))
        {
            // One word in two languages ("refugiados" in Spanish and Portuguese) may say the same thing in both.
            if (first.Language != language && Phrases[normalized] == meaning)
            {
                return;
            }

            problems.Add($"{where}: the phrase '{phrase}' is already declared in {first.Where} (phrases compare in lower case, singular, without accents).");
            return;
        }

        Declared[normalized] = (where, language);
        Phrases[normalized] = meaning;
    }

    // "languages": { "es": { "events": { "killed": ["muertos"] }, "ignored": ["confirmados"] } }: phrases of one language,
    // kept apart so that a block can be read, reviewed and replaced on its own.
    private void ReadLanguages(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("languages", out var languages))
        {
            return;
        }

        if (languages.ValueKind != JsonValueKind.Object)
        {
            problems.Add("languages: must be an object of language blocks (\"es\": { … }).");
            return;
        }

        foreach (var language in languages.EnumerateObject())
        {
            var prefix = $"languages[{language.Name}].";
            if (language.Value.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"languages[{language.Name}]: must be an object of lists.");
                continue;
            }

            foreach (var list in language.Value.EnumerateObject().Where(l => !LanguageLists.Contains(l.Name)))
            {
                problems.Add($"languages[{language.Name}]: '{list.Name}' is not a list a language block may hold ({string.Join(", ", LanguageLists)}).");
            }

            AddNamed(language.Value, "populations", language.Name, Populations.ContainsKey, name => n => new Term(n, TermRole.Population, Population: name), problems);
            AddNamed(language.Value, "events", language.Name, Events.ContainsKey, name => n => new Term(n, TermRole.Event, Event: name), problems);
            AddNamed(language.Value, "qualifiers", language.Name, QualifierNames.Contains, name => n => new Term(n, TermRole.Qualifier, Qualifier: name), problems);
            AddWords(language.Value, "ignored", n => new Term(n, TermRole.Ignored), problems, language.Name, prefix);
            AddWords(language.Value, "totalCues", n => new Term(n, TermRole.Total), problems, language.Name, prefix);
            AddWords(language.Value, "projectionCues", n => new Term(n, TermRole.Projection), problems, language.Name, prefix);
            AddWords(language.Value, "stops", n => new Term(n, TermRole.Stop), problems, language.Name, prefix);
        }
    }

    // A language block's { "name": ["phrase", …] }: each name must be declared in the main lists.
    private void AddNamed(JsonElement block, string list, string language, Func<string, bool> isDeclared, Func<string, Func<string, Term>> term, List<string> problems)
    {
        if (!block.TryGetProperty(list, out var named))
        {
            return;
        }

        var where = $"languages[{language}].{list}";
        if (named.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: must be an object of names and their phrases (\"killed\": [\"muertos\"]).");
            return;
        }

        foreach (var entry in named.EnumerateObject())
        {
            if (!isDeclared(entry.Name))
            {
                problems.Add($"{where}[{entry.Name}]: '{entry.Name}' is not declared under '{list}'.");
            }
            else if (entry.Value.ValueKind != JsonValueKind.Array || entry.Value.GetArrayLength() == 0)
            {
                problems.Add($"{where}[{entry.Name}]: needs a non-empty array of phrases.");
            }
            else
            {
                AddAll(entry.Value, $"{where}[{entry.Name}]", language, term(entry.Name), problems);
            }
        }
    }

    private static Dictionary<string, Node> Tree(List<JsonElement> entries, string list, bool isEvent, List<string> problems)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        var raw = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (Name(e) is not { } name)
            {
                problems.Add($"{list}: an entry has no 'name'.");
                continue;
            }

            if (!raw.TryAdd(name, e))
            {
                problems.Add($"{list}[{name}]: the name is declared twice.");
                continue;
            }

            parents[name] = Text(e, "parent");
        }

        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var (name, e) in raw)
        {
            var depth = 0;
            var general = Flag(e, "general");
            var underGeneral = general;
            var things = Flag(e, "things");
            var causeImplied = Flag(e, "causeImplied");
            var seen = new HashSet<string>(StringComparer.Ordinal) { name };
            for (var p = parents[name]; p is not null; p = parents.GetValueOrDefault(p))
            {
                if (!parents.ContainsKey(p))
                {
                    problems.Add($"{list}[{name}]: the parent '{p}' is not declared.");
                    break;
                }

                if (!seen.Add(p))
                {
                    problems.Add($"{list}[{name}]: the parents form a cycle.");
                    break;
                }

                depth++;
                underGeneral |= Flag(raw[p], "general");
                things |= Flag(raw[p], "things");
                causeImplied |= Flag(raw[p], "causeImplied");
            }

            Measure? measure = null;
            if (isEvent)
            {
                var m = Text(e, "measure");
                measure = m switch
                {
                    "incident" => Measure.Incident,
                    "stock" => Measure.Stock,
                    "total" => Measure.Total,
                    "projection" => Measure.Projection,
                    _ => null,
                };
                if (measure is null)
                {
                    problems.Add($"{list}[{name}]: 'measure' must be incident, stock, total or projection{(m is null ? string.Empty : $" (it is '{m}')")}.");
                }
            }

            nodes[name] = new Node(parents[name], depth, Text(e, "hxl"), general, underGeneral, measure, Flag(e, "needsPopulation"), things, causeImplied);
        }

        return nodes;
    }

    /// <summary>The words less filler words; a phrase of filler words only (the filler list itself) stays as it is.</summary>
    public List<string> WithoutFiller(List<string> words)
    {
        var kept = words.FindAll(w => !Filler.Contains(w));
        return kept.Count > 0 ? kept : words;
    }

    private static List<JsonElement> Entries(JsonElement root, string list, List<string> problems)
    {
        if (!root.TryGetProperty(list, out var array))
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{list}: must be an array.");
            return [];
        }

        var result = new List<JsonElement>();
        foreach (var e in array.EnumerateArray())
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                result.Add(e);
            }
            else
            {
                problems.Add($"{list}: every entry must be an object.");
            }
        }

        return result;
    }

    private static string? Name(JsonElement e) => Text(e, "name");

    private static bool Flag(JsonElement e, string property) => e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.True;

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;
}

using System.Collections.Frozen;

namespace Verification;

/// <summary>Subjects that count the same thing under different words ("civilian deaths" = "civilians killed").</summary>
/// <remarks>
/// <para>The table is a partition of phrases into groups. Each group has a canonical phrase; every phrase in the group
/// maps to the canonical phrase's <see cref="Subject.Key"/>. Phrases are normalised first, so plural and word-order
/// variants need not be listed.</para>
/// <para>Immutable: <see cref="With"/> returns an extended copy in which the given phrases, and every phrase already
/// grouped with any of them, form one group. Extending never splits a group: to drop a synonym, build a table from
/// <see cref="Empty"/>.</para>
/// </remarks>
public sealed class SubjectSynonymTable
{
    private readonly FrozenDictionary<string, string> _canonical;

    private SubjectSynonymTable(IEnumerable<KeyValuePair<string, string>> canonical) =>
        _canonical = canonical.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>No synonyms: subjects match only when their normalised phrases do.</summary>
    public static SubjectSynonymTable Empty { get; } = new([]);

    /// <summary>Synonyms for the subjects of conflict and displacement reporting.</summary>
    public static SubjectSynonymTable Default { get; } = Empty
        .With("people displaced", "internally displaced people", "internally displaced persons", "IDPs", "displaced", "displaced civilians")
        .With("civilians killed", "civilian deaths", "civilian fatalities", "civilians dead", "dead civilians", "killed civilians", "civilian death toll")
        .With("people killed", "deaths", "dead", "fatalities", "death toll", "people dead")
        .With("people fled", "people who fled", "people who have fled", "people leaving", "departures")
        .With("people returned", "returnees", "people who returned", "people who have returned", "returns")
        .With("people injured", "injured", "wounded", "people wounded")
        .With("bodies recovered", "bodies retrieved", "bodies pulled from the rubble");

    /// <summary>A copy in which <paramref name="canonical"/>, every phrase of <paramref name="synonyms"/>, and every
    /// phrase already grouped with any of them count the same thing.</summary>
    /// <param name="canonical">The canonical phrase. When it is already in a group, the group keeps its canonical key.</param>
    /// <param name="synonyms">Other phrases for it.</param>
    /// <remarks>Groups merge: <c>Default.With("civilian deaths", "non-combatant deaths")</c> makes "non-combatant deaths"
    /// another phrase for "civilians killed" (not a new group without it), and naming a phrase of another group joins
    /// that whole group.</remarks>
    /// <exception cref="ArgumentException">A phrase is null, empty, or only punctuation and filler words.</exception>
    public SubjectSynonymTable With(string canonical, params string[] synonyms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(canonical);
        ArgumentNullException.ThrowIfNull(synonyms);
        foreach (var s in synonyms)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(s);
        }

        var canonicalKey = NormalizeNonEmpty(canonical, nameof(canonical));
        var key = KeyOf(canonicalKey);
        var copy = _canonical.ToDictionary(StringComparer.Ordinal);

        // The groups the phrases belong to now (a phrase in no group is a group of its own): all of them become one.
        var groups = new HashSet<string>(StringComparer.Ordinal) { key };
        var phrases = new List<string>(synonyms.Length + 1) { canonicalKey };
        foreach (var s in synonyms)
        {
            var phrase = NormalizeNonEmpty(s, nameof(synonyms));
            phrases.Add(phrase);
            groups.Add(KeyOf(phrase));
        }

        foreach (var (phrase, target) in _canonical)
        {
            if (groups.Contains(target))
            {
                copy[phrase] = key;
            }
        }

        foreach (var group in groups)
        {
            copy[group] = key;
        }

        foreach (var phrase in phrases)
        {
            copy[phrase] = key;
        }

        return new(copy);
    }

    /// <summary>The key two subjects are compared by under this table.</summary>
    /// <param name="subject">The subject.</param>
    public string CanonicalKeyOf(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return KeyOf(subject.Key);
    }

    private static string NormalizeNonEmpty(string phrase, string paramName)
    {
        var key = SubjectKey.Normalize(phrase);
        return key.Length > 0 ? key : throw new ArgumentException($"'{phrase}' has no words a subject compares by (only punctuation and filler words).", paramName);
    }

    private string KeyOf(string normalizedPhrase) =>
        _canonical.TryGetValue(normalizedPhrase, out var canonical) ? canonical : normalizedPhrase;
}

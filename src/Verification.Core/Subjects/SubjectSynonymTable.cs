using System.Collections.Frozen;

namespace Verification;

/// <summary>Subjects that count the same thing under different words ("civilian deaths" = "civilians killed").</summary>
/// <remarks>
/// Each group has a canonical phrase; every phrase in the group maps to the canonical phrase's <see cref="Subject.Key"/>.
/// Phrases are normalised first, so plural and word-order variants need not be listed. Immutable:
/// <see cref="With"/> returns an extended copy.
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

    /// <summary>A copy in which every phrase of <paramref name="synonyms"/> counts the same thing as <paramref name="canonical"/>.</summary>
    /// <param name="canonical">The canonical phrase.</param>
    /// <param name="synonyms">Other phrases for it.</param>
    public SubjectSynonymTable With(string canonical, params string[] synonyms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(canonical);
        ArgumentNullException.ThrowIfNull(synonyms);
        var key = SubjectKey.Normalize(canonical);
        var copy = _canonical.ToDictionary(StringComparer.Ordinal);

        // Anything that already mapped to one of the phrases now maps to the canonical key too.
        var merged = new HashSet<string>(StringComparer.Ordinal) { key };
        foreach (var s in synonyms)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(s);
            merged.Add(SubjectKey.Normalize(s));
        }

        foreach (var (phrase, target) in copy.ToList())
        {
            if (merged.Contains(target))
            {
                copy[phrase] = key;
            }
        }

        foreach (var m in merged)
        {
            copy[m] = key;
        }

        return new(copy);
    }

    /// <summary>The key two subjects are compared by under this table.</summary>
    /// <param name="subject">The subject.</param>
    public string CanonicalKeyOf(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return _canonical.TryGetValue(subject.Key, out var canonical) ? canonical : subject.Key;
    }
}

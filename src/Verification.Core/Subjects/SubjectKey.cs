using Verification.Measures;
namespace Verification.Subjects;

/// <summary>What a subject counts, as a <see cref="SubjectVocabulary"/> read it: a population, an event or status, and
/// qualifiers; or, when the vocabulary knows no event in the phrase, the phrase's normalised words.</summary>
/// <remarks>
/// <para>"Civilians reported killed", "civilian deaths" and "civilian death toll" all read as population
/// <c>civilians</c> × event <c>killed</c>: words about certainty ("reported", "confirmed", "estimated") and about who
/// speaks ("conceded by the coalition") are not part of what is counted. A population left general ("people",
/// "persons", "death toll") reads as no population (<see cref="Population"/> is null): unspecified, not the widest
/// whole.</para>
/// <para>Keys are immutable, and equal when their <see cref="Canonical"/> forms are. A vocabulary hands out one
/// instance per canonical form.</para>
/// </remarks>
public sealed class SubjectKey : IEquatable<SubjectKey>
{
    internal SubjectKey(string? population, string? eventName, string[] qualifiers, string words, string[] unread, string? tag, string family, SubjectCues cues)
    {
        Population = population;
        Event = eventName;
        Qualifiers = qualifiers;
        Words = words;
        Unread = unread;
        Tag = tag;
        Family = family;
        Cues = cues;
        Canonical = eventName is null
            ? "~" + words
            : (population ?? "*") + "|" + eventName + "|" + string.Join('+', qualifiers);
    }

    /// <summary>The population counted ("civilians", "children"); null when the phrase leaves it general ("people") or
    /// names none ("death toll").</summary>
    public string? Population { get; }

    /// <summary>The event or status counted ("killed", "displaced", "in need"); null when the vocabulary found none, and
    /// the subject compares by its <see cref="Words"/> alone.</summary>
    public string? Event { get; }

    /// <summary>Qualifiers that narrow the count ("in camps", "by air strikes"), in the vocabulary's names, sorted.</summary>
    public IReadOnlyList<string> Qualifiers { get; }

    /// <summary>Whether the vocabulary read the phrase (found its event). When false the subject compares by its words,
    /// and findings say so.</summary>
    public bool IsRead => Event is not null;

    /// <summary>The phrase's normalised words (lower case, singular, sorted, without filler words): what an unread
    /// subject compares by.</summary>
    public string Words { get; }

    /// <summary>Words of the phrase the vocabulary did not know and left aside when it read the rest ("market" and "attack" in
    /// "children killed in market attack"); empty when it knew them all.</summary>
    public IReadOnlyList<string> Unread { get; }

    /// <summary>The HXL hashtag for the subject ("#affected+killed+civilians"), when the vocabulary has one for its event.</summary>
    public string? Tag { get; }

    /// <summary>The form keys compare by: "civilians|killed|" (population, or * when unspecified; event; qualifiers
    /// joined by +), or "~" and the normalised words for an unread subject.</summary>
    public string Canonical { get; }

    /// <summary>The usual measure of the subject's event: killed, incident; displaced, stock; fled, running total. Null
    /// when the phrase is unread.</summary>
    /// <remarks>A claim's own measure, a running-total or projection cue in its words (<see cref="SaysRunningTotal"/>,
    /// <see cref="SaysProjection"/>), its figure's text and its period come before it: see <see cref="Verification.Measures.Measure"/>.</remarks>
    public Measure? EventMeasure => Cues.EventMeasure;

    /// <summary>Whether the phrase's words make the figure a running total: "since 17 October", "so far", "cumulative", or
    /// the HXL attribute "+total".</summary>
    public bool SaysRunningTotal => Cues.Total;

    /// <summary>Whether the phrase's words make the figure a projection: "expected to", "could reach", "planned".</summary>
    public bool SaysProjection => Cues.Projection;

    /// <summary>The words after "since" ("17 october", "the offensive began"): where a running total starts. Null when the
    /// phrase has none.</summary>
    public string? Since => Cues.Since;

    /// <summary>The most general event of this key's event (or its canonical form when unread): keys of one family may
    /// relate; keys of different families never do.</summary>
    public string Family { get; }

    /// <summary>What the phrase says about the kind of figure and its time.</summary>
    internal SubjectCues Cues { get; }

    /// <inheritdoc />
    public bool Equals(SubjectKey? other) => other is not null && string.Equals(Canonical, other.Canonical, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SubjectKey);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Canonical);

    /// <summary>"civilians × killed (by air strikes)", "people (unspecified) × killed", or "words: delivered vaccine".</summary>
    public override string ToString()
    {
        if (Event is null)
        {
            return "words: " + Words;
        }

        var text = (Population ?? "people (unspecified)") + " × " + Event;
        return Qualifiers.Count == 0 ? text : text + " (" + string.Join(", ", Qualifiers) + ")";
    }
}

/// <summary>What a subject phrase says about the kind of figure: an event's usual measure, and words that make it a
/// running total ("since 17 October", "so far") or a projection ("expected", "could reach").</summary>
/// <param name="EventMeasure">The usual measure of the phrase's event, when read.</param>
/// <param name="Total">Whether the phrase says the figure is a running total.</param>
/// <param name="Projection">Whether the phrase says the figure is a forecast or a plan.</param>
/// <param name="Since">The words after "since", when the phrase has them ("17 October", "the offensive began").</param>
internal readonly record struct SubjectCues(Measure? EventMeasure, bool Total, bool Projection, string? Since);

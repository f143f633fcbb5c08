namespace Verification;

/// <summary>What a figure counts: "people displaced", "civilians killed".</summary>
/// <remarks>
/// A subject compares by its <see cref="Key"/>: the phrase in lower case, without punctuation or filler words
/// ("the", "of", "were"…), each word made singular, words sorted. So "people displaced", "Displaced people" and
/// "displaced persons" share a key. Synonyms with different words ("IDPs", "civilian deaths") go through a
/// <see cref="SubjectSynonymTable"/>. Subjects are immutable and equal when their keys are.
/// </remarks>
public sealed class Subject : IEquatable<Subject>
{
    /// <summary>Creates a subject from its phrase.</summary>
    /// <param name="text">The phrase, e.g. "people displaced". May be empty (input rules reject that before verification).</param>
    public Subject(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text.Trim();
        Key = SubjectKey.Normalize(Text);
    }

    /// <summary>The phrase as written.</summary>
    public string Text { get; }

    /// <summary>The normalised phrase subjects compare by.</summary>
    public string Key { get; }

    /// <summary>Whether the phrase is empty (or only punctuation and filler words).</summary>
    public bool IsEmpty => Key.Length == 0;

    /// <summary>Whether two subjects count the same thing under <paramref name="synonyms"/>.</summary>
    /// <param name="other">The other subject.</param>
    /// <param name="synonyms">The synonym table; <see cref="SubjectSynonymTable.Default"/> when null.</param>
    public bool Matches(Subject other, SubjectSynonymTable? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(other);
        synonyms ??= SubjectSynonymTable.Default;
        return string.Equals(synonyms.CanonicalKeyOf(this), synonyms.CanonicalKeyOf(other), StringComparison.Ordinal);
    }

    /// <summary>Creates a subject from its phrase.</summary>
    /// <param name="text">The phrase.</param>
    public static implicit operator Subject(string text) => new(text);

    /// <summary>Creates a subject from its phrase.</summary>
    /// <param name="text">The phrase.</param>
    public static Subject FromString(string text) => new(text);

    /// <inheritdoc />
    public bool Equals(Subject? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Subject);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>The phrase as written.</summary>
    public override string ToString() => Text;

    /// <summary>Value equality.</summary>
    public static bool operator ==(Subject? left, Subject? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Subject? left, Subject? right) => !(left == right);
}

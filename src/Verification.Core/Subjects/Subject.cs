namespace Verification.Subjects;

/// <summary>What a figure counts: "people displaced", "civilians killed".</summary>
/// <remarks>
/// What a subject counts is read by a <see cref="SubjectVocabulary"/> into a <see cref="SubjectKey"/> (population ×
/// event × qualifiers), so that "civilian deaths" and "civilians reported killed" count the same thing. Its
/// <see cref="Key"/> is the phrase in lower case, without punctuation or filler words ("the", "of", "were"…), each word
/// made singular, words sorted: what subjects the vocabulary cannot read compare by. Subjects are immutable and equal
/// when their keys are.
/// </remarks>
public sealed class Subject : IEquatable<Subject>
{
    /// <summary>Creates a subject from its phrase.</summary>
    /// <param name="text">The phrase, e.g. "people displaced". May be empty (input rules reject that before verification).</param>
    public Subject(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text.Trim();
        Key = SubjectWords.Normalize(Text);
    }

    /// <summary>The phrase as written.</summary>
    public string Text { get; }

    /// <summary>The normalised phrase subjects compare by.</summary>
    public string Key { get; }

    /// <summary>Whether the phrase is empty (or only punctuation and filler words).</summary>
    public bool IsEmpty => Key.Length == 0;

    /// <summary>Whether two subjects count the same thing under <paramref name="vocabulary"/>: their relation is
    /// <see cref="SubjectRelation.Same"/> or <see cref="SubjectRelation.Unspecified"/>.</summary>
    /// <param name="other">The other subject.</param>
    /// <param name="vocabulary">The vocabulary; <see cref="SubjectVocabulary.Default"/> when null.</param>
    public bool Matches(Subject other, SubjectVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(other);
        vocabulary ??= SubjectVocabulary.Default;
        return vocabulary.Relate(this, other) is SubjectRelation.Same or SubjectRelation.Unspecified;
    }

    /// <summary>The key under <paramref name="vocabulary"/>, read once per vocabulary and kept.</summary>
    internal SubjectKey KeyUnder(SubjectVocabulary vocabulary)
    {
        var cached = _read;
        if (cached is not null && ReferenceEquals(cached.Vocabulary, vocabulary))
        {
            return cached.Key;
        }

        var key = vocabulary.Read(Text);
        _read = new ReadUnder(vocabulary, key);
        return key;
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

    // The key under the vocabulary last asked for; replaced as a whole, so a reader never sees a key of another vocabulary.
    private ReadUnder? _read;

    private sealed record ReadUnder(SubjectVocabulary Vocabulary, SubjectKey Key);
}

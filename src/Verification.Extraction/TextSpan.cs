using System.Globalization;

namespace Verification.Extraction;

/// <summary>A range of characters in a text: <see cref="Start"/> inclusive to <see cref="End"/> exclusive, in UTF-16
/// code units (the indexes of <see cref="string"/>).</summary>
/// <param name="Start">The index of the first character.</param>
/// <param name="End">The index after the last character; not below <paramref name="Start"/>.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>How many characters the span covers.</summary>
    public int Length => End - Start;

    /// <summary>The text the span covers.</summary>
    /// <param name="text">The text the span indexes into.</param>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie within <paramref name="text"/>.</exception>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Start..End];
    }

    /// <summary>Whether the two spans share at least one character.</summary>
    /// <param name="other">The other span.</param>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Whether <paramref name="other"/> lies within this span.</summary>
    /// <param name="other">The other span.</param>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>"[start, end)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}, {End})");
}

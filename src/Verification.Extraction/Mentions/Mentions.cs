using Verification.Figures;
using Verification.Periods;
using Verification.Places;
namespace Verification.Extraction.Mentions;

/// <summary>A number found in running text.</summary>
/// <param name="Span">Where it stands, including a hedge or bound ("around 340,000") and a currency sign or unit.</param>
/// <param name="Text">The text of <paramref name="Span"/>.</param>
/// <param name="Kind">What the number is.</param>
/// <param name="Value">The number as stated, signed ("around 340,000" = 340,000; "-504" = −504); the low end of a range.</param>
/// <param name="Figure">The interval the words allow, read by the figure rules; null for a negative number or one the
/// rules do not read (".77", "1/5").</param>
public sealed record NumberMention(TextSpan Span, string Text, NumberKind Kind, double Value, Figure? Figure)
{
    /// <summary>The unit or currency of a <see cref="NumberKind.Measure"/> or <see cref="NumberKind.Money"/> ("km", "$").</summary>
    public string? Unit { get; init; }

    /// <summary>The high end of a range ("between 200 and 300" = 300); otherwise <see cref="Value"/>.</summary>
    public double HighValue { get; init; } = double.NaN;
}

/// <summary>A date or period found in running text, resolved against the publication date.</summary>
/// <param name="Span">Where it stands ("since October", "last week", "Saturday, March 18, 2017").</param>
/// <param name="Text">The text of <paramref name="Span"/>.</param>
/// <param name="Period">The days it covers.</param>
public sealed record PeriodMention(TextSpan Span, string Text, Period Period)
{
    /// <summary>Whether it dates a statement ("officials said on Thursday") rather than what the figures count.</summary>
    public bool IsStatementDate { get; init; }

    /// <summary>Whether it ends after the publication date ("next week").</summary>
    public bool IsFuture { get; init; }

    /// <summary>What the reader should know about how it was read, or <see langword="null"/>: a weekday that
    /// contradicts its date ("Tuesday, March 18, 2017" is a Saturday; the date is kept).</summary>
    public string? Note { get; init; }
}

/// <summary>A place found in running text.</summary>
/// <param name="Span">Where it stands ("Mosul", "the eastern part of the city").</param>
/// <param name="Text">The text of <paramref name="Span"/>.</param>
/// <param name="Place">The place, with the gazetteer's full path.</param>
public sealed record PlaceMention(TextSpan Span, string Text, Place Place)
{
    /// <summary>Whether the name only qualifies another word ("the US-led coalition", "Iraqi forces") rather than
    /// saying where something happened.</summary>
    public bool IsModifier { get; init; }
}

/// <summary>The party a figure is attributed to, found in running text.</summary>
/// <param name="Span">Where the name stands.</param>
/// <param name="Name">The name, without a leading article ("UNHCR", "local officials and residents").</param>
/// <param name="Kind">How the text attributes.</param>
public sealed record SourceMention(TextSpan Span, string Name, AttributionKind Kind)
{
    /// <summary>The outlet the source spoke to or was relayed by ("the USA magazine" in "X told the USA magazine"), if named.</summary>
    public string? Via { get; init; }
}

/// <summary>How a text attributes a figure.</summary>
public enum AttributionKind
{
    /// <summary>"X said", "X says", "X reported", "X estimated".</summary>
    Said,

    /// <summary>", said X" after the statement.</summary>
    SaidAfter,

    /// <summary>"according to X (figures)", "citing X", "X figures show": the text relays X's figure.</summary>
    AccordingTo,

    /// <summary>"X told the Y".</summary>
    Told,

    /// <summary>Not named in the sentence: the source named earlier in the paragraph.</summary>
    Paragraph,
}

/// <summary>Everything the annotator found in one text.</summary>
/// <param name="Numbers">Numbers, in text order, each with its kind.</param>
/// <param name="Periods">Dates and periods, in text order.</param>
/// <param name="Places">Places, in text order.</param>
/// <param name="Sources">Attributions, in text order.</param>
public sealed record TextAnnotation(
    IReadOnlyList<NumberMention> Numbers,
    IReadOnlyList<PeriodMention> Periods,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<SourceMention> Sources)
{
    /// <summary>The numbers that are counts: the figures claims are made of.</summary>
    public IEnumerable<NumberMention> Figures => Numbers.Where(n => n.Kind == NumberKind.Count && n.Figure is not null);
}

using Verification.Figures;
using Verification.Subjects;
namespace Verification.Import.Mapping;

/// <summary>One figure a row of a mapped CSV file states: what it counts, and the columns of its number or interval.</summary>
/// <remarks>
/// <para>Either <see cref="Figure"/> (a count, read exactly: "105" in a data set is 105; or a figure in words read by the
/// figure rules), or <see cref="Low"/> with <see cref="High"/> (an interval; a blank high reads as the low alone) and
/// optionally <see cref="Best"/> (the point estimate inside it, as UCDP's <c>best</c> within <c>low</c>–<c>high</c>).</para>
/// </remarks>
public sealed record FigureMapping
{
    /// <summary>What the figure counts: a subject phrase or an HXL hashtag, as a constant or from a column.</summary>
    public required ColumnValue Subject { get; init; }

    /// <summary>The figure's column, for a single number or a figure in words.</summary>
    public ColumnValue? Figure { get; init; }

    /// <summary>The interval's low end.</summary>
    public ColumnValue? Low { get; init; }

    /// <summary>The interval's high end.</summary>
    public ColumnValue? High { get; init; }

    /// <summary>The point estimate within the interval.</summary>
    public ColumnValue? Best { get; init; }

    /// <summary>What tells this figure's claim apart from the row's others, at the end of its id ("civilians" gives
    /// "ucdp:71663:civilians"); null for the row's main figure.</summary>
    public string? Key { get; init; }

    /// <summary>Whether a row whose figure cells are blank gives no claim for this figure (true), or is a bad row (false,
    /// the default).</summary>
    public bool SkipBlank { get; init; }
}

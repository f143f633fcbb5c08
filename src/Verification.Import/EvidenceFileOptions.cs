using Verification.Claims;
using Verification.Figures;
namespace Verification.Import;

/// <summary>How one evidence file is read: its name in problems and ids, and what the file itself may not say.</summary>
public sealed record EvidenceFileOptions
{
    /// <summary>The file's name as problems cite it.</summary>
    public string FileName { get; init; } = "input";

    /// <summary>The start of every claim id read from the file ("ucdp-bgd" gives "ucdp-bgd:71663"); null for the
    /// format's own prefix.</summary>
    /// <remarks>Ids must be unique across all the evidence checked together: two files of one format need two prefixes.</remarks>
    public string? IdPrefix { get; init; }

    /// <summary>The party that produced the figures, when the file does not name one in a column (an HXL file without
    /// <c>#meta+source</c>); when the file does, its column's names become the claims' <see cref="Claim.DerivedFrom"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Figure reading options for figures written as text; <see cref="FigureOptions.Default"/> when null.</summary>
    public FigureOptions? Figures { get; init; }
}

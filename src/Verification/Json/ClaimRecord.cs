using Verification.Claims;
using Verification.Measures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
namespace Verification.Json;

/// <summary>One claim as it stands in a claims file, before its fields are read into the model.</summary>
internal sealed class ClaimRecord
{
    public required int Index { get; init; }

    public string? Id { get; set; }

    public string? Subject { get; set; }

    public bool HasFigure { get; set; }

    public string? FigureText { get; set; }

    public bool FigureIsObject { get; set; }

    public double? FigureLow { get; set; }

    public double? FigureHigh { get; set; }

    /// <summary>Whether <c>low</c> or <c>high</c> was a number out of range (reported when read).</summary>
    public bool FigureHasBadNumber { get; set; }

    public string? Place { get; set; }

    public string? Period { get; set; }

    public string? Source { get; set; }

    public List<string> DerivedFrom { get; } = [];

    public string? ReportedIn { get; set; }

    public bool Contested { get; set; }

    public string? Quote { get; set; }

    public string? Measure { get; set; }

    public string? Coverage { get; set; }

    public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

    /// <summary>Fields whose JSON type was wrong: field name → what was expected.</summary>
    public List<(string Field, string Expected)> TypeErrors { get; } = [];

    /// <summary>Other problems found while reading the JSON (a key named twice, a number out of range), in the order
    /// found.</summary>
    public List<(string Field, string Code, string Problem)> ReadProblems { get; } = [];

    public string Label => Input.ClaimLabels.Of(Id, Index);
}

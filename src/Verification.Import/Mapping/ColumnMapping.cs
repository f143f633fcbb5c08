using Verification.Measures;
using Verification.Places;
namespace Verification.Import.Mapping;

/// <summary>How the columns of a CSV file become claims: which column is the id, the subject, the figure, the place's
/// parts, the date, the source… Read from a mapping file (JSON; see docs/importing.md) or built in code.</summary>
/// <remarks>The built-in formats UCDP GED, ACLED and Airwars are mappings of this kind, shipped with the library
/// (<see cref="BuiltInMappings"/>); a mapping file for another data set is written the same way.</remarks>
public sealed record ColumnMapping
{
    /// <summary>The format's name ("csv" for a mapping file of the user's).</summary>
    public string Format { get; init; } = "csv";

    /// <summary>What the format is, in a line.</summary>
    public string Description { get; init; } = "CSV read through a column-mapping file";

    /// <summary>The row that holds the column names, counting from 1. Default 1.</summary>
    public int HeaderRow { get; init; } = 1;

    /// <summary>The delimiter between cells. Default ','.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>The start of every claim id, unless the reader's options give another. Default: the format's name.</summary>
    public string? IdPrefix { get; init; }

    /// <summary>The row's id; null to number claims by row ("r12").</summary>
    public ColumnValue? Id { get; init; }

    /// <summary>The figures each row states; at least one.</summary>
    public IReadOnlyList<FigureMapping> Figures { get; init; } = [];

    /// <summary>The place's parts, most specific first ("village", "district", "province", "country"); blank cells and
    /// repeated names are left out.</summary>
    public IReadOnlyList<ColumnValue> Place { get; init; } = [];

    /// <summary>The day or period the figure refers to, when one column holds it.</summary>
    public ColumnValue? Date { get; init; }

    /// <summary>The first day of the period, when two columns hold it.</summary>
    public ColumnValue? Start { get; init; }

    /// <summary>The last day of the period, when two columns hold it.</summary>
    public ColumnValue? End { get; init; }

    /// <summary>The party that produced the figure.</summary>
    public ColumnValue? Source { get; init; }

    /// <summary>The sources the figure was taken from: a column of names split on its <see cref="ColumnValue.Separator"/>.</summary>
    public ColumnValue? DerivedFrom { get; init; }

    /// <summary>What kind of quantity the figures are: incident, stock, total or projection.</summary>
    public ColumnValue? Measure { get; init; }

    /// <summary>The document the figure appeared in.</summary>
    public ColumnValue? ReportedIn { get; init; }

    /// <summary>The sentence or note the figure was stated in.</summary>
    public ColumnValue? Quote { get; init; }

    /// <summary>The column whose value marks a figure as disputed, with <see cref="ContestedValues"/>.</summary>
    public string? ContestedColumn { get; init; }

    /// <summary>The values of <see cref="ContestedColumn"/> that mark a figure as disputed, compared without regard to case.</summary>
    public IReadOnlyList<string> ContestedValues { get; init; } = [];

    /// <summary>Columns kept on each claim as metadata, under their own names.</summary>
    public IReadOnlyList<string> Metadata { get; init; } = [];

    /// <summary>Every column the mapping names.</summary>
    public IEnumerable<string> Columns()
    {
        IEnumerable<ColumnValue?> values =
        [
            Id, Date, Start, End, Source, DerivedFrom, Measure, ReportedIn, Quote, .. Place,
            .. Figures.SelectMany(f => new[] { f.Subject, f.Figure, f.Low, f.High, f.Best }),
        ];
        var columns = values.Select(v => v?.Column).OfType<string>();
        if (ContestedColumn is not null)
        {
            columns = columns.Append(ContestedColumn);
        }

        return columns.Concat(Metadata).Distinct(StringComparer.OrdinalIgnoreCase);
    }
}

namespace Verification.Import.Mapping;

/// <summary>Where one field of a claim comes from in a mapped CSV file: a column, or a value that holds for every row.</summary>
/// <remarks>In a mapping file: <c>"name"</c> or <c>{"column": "name"}</c> for a column (a list column splits on
/// <c>"separator"</c>), <c>{"value": "text"}</c> for a constant.</remarks>
public sealed record ColumnValue
{
    /// <summary>The column's name in the header row, compared without regard to case; null for a constant.</summary>
    public string? Column { get; init; }

    /// <summary>The constant; null when the value comes from <see cref="Column"/>.</summary>
    public string? Value { get; init; }

    /// <summary>For a list field (<c>derivedFrom</c>): what separates the names in one cell. Default ";".</summary>
    public string Separator { get; init; } = ";";

    /// <summary>A value read from a column.</summary>
    /// <param name="column">The column's name.</param>
    public static ColumnValue FromColumn(string column) => new() { Column = column };

    /// <summary>A constant.</summary>
    /// <param name="value">The value.</param>
    public static ColumnValue Constant(string value) => new() { Value = value };

    /// <inheritdoc />
    public override string ToString() => Column is not null ? $"column '{Column}'" : $"'{Value}'";
}

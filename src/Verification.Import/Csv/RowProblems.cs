namespace Verification.Import.Csv;

/// <summary>The problems of one row as they are found, each citing the file, the row and the column.</summary>
internal sealed class RowProblems(string file, int row)
{
    private readonly List<ImportProblem> _problems = [];

    public int Row { get; } = row;

    public int Count => _problems.Count;

    public IReadOnlyList<ImportProblem> All => _problems;

    public void Add(string? column, string code, string message) => _problems.Add(new ImportProblem(file, Row, column, code, message));
}

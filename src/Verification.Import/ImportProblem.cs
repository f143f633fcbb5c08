namespace Verification.Import;

/// <summary>One problem with an evidence file: which file, which row, which column, what is wrong.</summary>
/// <param name="File">The file's name as the user gave it.</param>
/// <param name="Row">The row, counting from 1 as a spreadsheet shows it (the header row included); 0 for a problem with
/// the whole file.</param>
/// <param name="Column">The column's name as the file writes it (a header or a hashtag); null when the problem is not
/// in one column.</param>
/// <param name="Code">A stable machine-readable code, e.g. <c>figure-unreadable</c>.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
public sealed record ImportProblem(string File, int Row, string? Column, string Code, string Message)
{
    /// <summary>"file.csv, row 12, column 'best': figure-unreadable: 'n/a' is not a number."</summary>
    public override string ToString()
    {
        var where = Row > 0 ? $"{File}, row {Row}" : File;
        if (Column is not null)
        {
            where += $", column '{Column}'";
        }

        return $"{where}: {Code}: {Message}";
    }
}

using Verification.Claims;
using Verification.Figures;
using Verification.Sources;
using Verification.Verdicts;
namespace Verification.Cli.Tests.TestSupport;

/// <summary>One row of the table <c>verify check</c> prints, with wrapped cells joined back together.</summary>
internal sealed record TableRow(string Claim, string Figure, string Verdict, string Reason);

/// <summary>Reads the table back by the column positions of its header, so tests check what a reader sees.</summary>
internal static class Table
{
    public static IReadOnlyList<TableRow> Parse(string output)
    {
        var lines = output.Split(["\r\n", "\n"], StringSplitOptions.None);
        var header = lines[0];
        int[] starts = [0, header.IndexOf("FIGURE", StringComparison.Ordinal), header.IndexOf("VERDICT", StringComparison.Ordinal), header.IndexOf("REASON", StringComparison.Ordinal)];
        var rows = new List<string[]>();
        foreach (var line in lines.Skip(2).TakeWhile(l => l.Length > 0))
        {
            var cells = starts.Select((start, i) => Cell(line, start, i + 1 < starts.Length ? starts[i + 1] : int.MaxValue)).ToArray();
            if (line[0] != ' ')
            {
                rows.Add(cells);
            }
            else
            {
                var row = rows[^1];
                for (var i = 0; i < cells.Length; i++)
                {
                    row[i] = cells[i].Length == 0 ? row[i] : row[i] + " " + cells[i];
                }
            }
        }

        return [.. rows.Select(r => new TableRow(r[0], r[1], r[2], r[3]))];
    }

    /// <summary>The last non-empty line: the summary.</summary>
    public static string SummaryLine(string output) =>
        output.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries)[^1];

    private static string Cell(string line, int start, int end) =>
        start >= line.Length ? string.Empty : line[start..Math.Min(end, line.Length)].Trim();
}

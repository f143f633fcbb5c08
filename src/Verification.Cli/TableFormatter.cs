using System.Globalization;
using System.Text;
using Verification.Claims;
using Verification.Json;
using Verification.Verdicts;

namespace Verification.Cli;

/// <summary>Lays out verification results as a plain-text table: claim, figure, verdict, reason; then a summary line.</summary>
/// <remarks>
/// Columns are as wide as their widest cell, within limits; the reason takes the rest of the width. A cell too long
/// for its column wraps at spaces (a word longer than the column is broken), so nothing is cut off. No colours, no
/// trailing spaces; lines end with <see cref="Environment.NewLine"/>. Control characters from the input are printed as
/// escapes (<see cref="TerminalText"/>).
/// </remarks>
internal sealed class TableFormatter
{
    /// <summary>The width used when the output is not a terminal.</summary>
    public const int DefaultWidth = 120;

    /// <summary>The narrowest width laid out; narrower requests get this.</summary>
    public const int MinimumWidth = 60;

    private const string Gap = "  ";
    private const int MaxIdWidth = 20;
    private const int MaxFigureWidth = 24;
    private const int MinReasonWidth = 24;
    private static readonly string[] Headers = ["CLAIM", "FIGURE", "VERDICT", "REASON"];

    private readonly int _width;
    private readonly bool _findings;

    /// <summary>Creates a formatter.</summary>
    /// <param name="width">The total width of a line, in characters; at least <see cref="MinimumWidth"/> is used.</param>
    /// <param name="findings">Whether every finding of a claim follows its row, one item each ("- [Validator] outcome
    /// (evidence ids): message"), indented under the figure column and wrapped to the rest of the width.</param>
    public TableFormatter(int width = DefaultWidth, bool findings = false)
    {
        _width = Math.Max(width, MinimumWidth);
        _findings = findings;
    }

    /// <summary>The table and the summary line.</summary>
    /// <param name="result">The results.</param>
    public string Format(ReportVerification result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Claims.Select(Cells).ToList();
        var widths = Widths(Longest(rows, 0), Longest(rows, 1), Longest(rows, 2));

        var text = new StringBuilder();
        AppendHeader(text, widths);
        for (var i = 0; i < rows.Count; i++)
        {
            AppendClaim(text, rows[i], _findings ? FindingLines(result.Claims[i]) : [], widths);
        }

        text.AppendLine();
        text.AppendLine(Summary(result));
        return text.ToString();
    }

    /// <summary>The cells of a claim's row: claim, figure, verdict, reason.</summary>
    /// <param name="claim">The claim's result.</param>
    public static string[] Cells(ClaimVerification claim)
    {
        ArgumentNullException.ThrowIfNull(claim);

        // Ids, figures and reasons quote the input: escaped, so that they cannot drive the terminal (TerminalText).
        return [TerminalText.Escape(claim.Claim.Id), TerminalText.Escape(FigureOf(claim.Claim)), VerdictOf(claim.Verdict), TerminalText.Escape(claim.Reason)];
    }

    /// <summary>The lines listed under a claim's row with <c>--findings</c>, one per finding.</summary>
    /// <param name="claim">The claim's result.</param>
    public static IReadOnlyList<string> FindingLines(ClaimVerification claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return [.. claim.Findings.Select(FindingLine)];
    }

    /// <summary>The column widths for rows whose longest claim, figure and verdict cells are known.</summary>
    /// <param name="id">The length of the longest claim cell.</param>
    /// <param name="figure">The length of the longest figure cell.</param>
    /// <param name="verdict">The length of the longest verdict cell.</param>
    public int[] Widths(int id, int figure, int verdict)
    {
        var widths = new int[Headers.Length];
        widths[0] = Math.Min(MaxIdWidth, Math.Max(id, Headers[0].Length));
        widths[1] = Math.Min(MaxFigureWidth, Math.Max(figure, Headers[1].Length));
        widths[2] = Math.Max(verdict, Headers[2].Length);
        widths[3] = Math.Max(MinReasonWidth, _width - widths[0] - widths[1] - widths[2] - (3 * Gap.Length));
        return widths;
    }

    /// <summary>Appends the header and the line under it.</summary>
    /// <param name="text">Where to append.</param>
    /// <param name="widths">The column widths (<see cref="Widths"/>).</param>
    public static void AppendHeader(StringBuilder text, int[] widths)
    {
        AppendRow(text, Headers, widths);
        AppendRow(text, [.. widths.Select(w => new string('-', w))], widths);
    }

    /// <summary>Appends a claim's row, and its findings when the table lists them.</summary>
    /// <param name="text">Where to append.</param>
    /// <param name="cells">The row's cells (<see cref="Cells"/>).</param>
    /// <param name="findingLines">The claim's findings (<see cref="FindingLines"/>); listed only when the formatter
    /// was made to list findings.</param>
    /// <param name="widths">The column widths (<see cref="Widths"/>).</param>
    public void AppendClaim(StringBuilder text, string[] cells, IReadOnlyList<string> findingLines, int[] widths)
    {
        AppendRow(text, cells, widths);
        if (_findings)
        {
            AppendFindings(text, findingLines, widths[0] + Gap.Length);
        }
    }

    /// <summary>"3 claims: 1 corroborated, 1 contested, 1 unverified".</summary>
    /// <param name="result">The results.</param>
    public static string Summary(ReportVerification result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Summary(new VerdictCounts(result.Corroborated, result.Contested, result.Unverified));
    }

    /// <summary>"3 claims: 1 corroborated, 1 contested, 1 unverified".</summary>
    /// <param name="counts">How many results have each verdict.</param>
    public static string Summary(VerdictCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var count = counts.Total;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{count} {(count == 1 ? "claim" : "claims")}: {counts.Corroborated} corroborated, {counts.Contested} contested, {counts.Unverified} unverified");
    }

    /// <summary>Splits text into lines of at most <paramref name="width"/> characters, breaking at spaces where it can.</summary>
    /// <param name="text">The text; line breaks and runs of white space count as one space.</param>
    /// <param name="width">The widest line; at least 1.</param>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word.AsSpan();
            if (line.Length > 0 && line.Length + 1 + rest.Length <= width)
            {
                line.Append(' ').Append(rest);
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            while (rest.Length > width)
            {
                lines.Add(rest[..width].ToString());
                rest = rest[width..];
            }

            line.Append(rest);
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>"[FigureAgreement] supports (e3, e4): …", the finding as a list item's text, its control characters
    /// escaped (<see cref="TerminalText"/>).</summary>
    /// <param name="finding">The finding.</param>
    public static string FindingLine(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var evidence = finding.Evidence.Count > 0 ? $" ({string.Join(", ", finding.Evidence)})" : string.Empty;
        return TerminalText.Escape($"[{finding.Validator}] {finding.Outcome.ToString().ToLowerInvariant()}{evidence}: {finding.Message}");
    }

    // Each finding as "- …", its continuation lines indented two more, all from the figure column on.
    private void AppendFindings(StringBuilder text, IReadOnlyList<string> findings, int indent)
    {
        var width = Math.Max(_width - indent - 2, MinReasonWidth);
        var margin = new string(' ', indent);
        foreach (var finding in findings)
        {
            var lines = Wrap(finding, width);
            for (var i = 0; i < lines.Count; i++)
            {
                text.Append(margin).Append(i == 0 ? "- " : "  ").AppendLine(lines[i].TrimEnd());
            }
        }
    }

    private static string FigureOf(Claim claim) => claim.Figure?.ToString() ?? "-";

    private static string VerdictOf(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    private static int Longest(List<string[]> rows, int column) => rows.Count == 0 ? 0 : rows.Max(r => r[column].Length);

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        var wrapped = cells.Select((cell, i) => Wrap(cell, widths[i])).ToArray();
        var height = wrapped.Max(lines => lines.Count);
        for (var lineIndex = 0; lineIndex < height; lineIndex++)
        {
            var line = new StringBuilder();
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(Gap);
                }

                var part = lineIndex < wrapped[i].Count ? wrapped[i][lineIndex] : string.Empty;
                line.Append(part.PadRight(widths[i]));
            }

            text.AppendLine(line.ToString().TrimEnd());
        }
    }
}

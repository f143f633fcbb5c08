using System.Globalization;
using System.Net;
using System.Text;
using Verification.Outputs.Evidence;

namespace Verification.Outputs.Html;

/// <summary>Draws one claim's figure and its evidence's figures on one axis, as inline SVG.</summary>
/// <remarks>
/// <para>One row per source, the claim first. A figure's interval is a bar; a stated point (the "340,000" of "around
/// 340,000", an exact "105") is a dot on it; an interval with no upper bound runs to the axis's end and ends in an arrow.
/// The claim's row is highlighted and its interval shaded down the whole chart, so that a glance shows which bars meet
/// it. Rows carry their role as a class (<c>claim</c>, <c>supports</c>, <c>contradicts</c>, <c>not-comparable</c>,
/// <c>mentioned</c>, <c>echo</c>) that the page's style sheet colours; echoes are greyed. Presentation attributes give the
/// same colours where no style sheet applies.</para>
/// <para>Every text in the chart comes from input and is escaped; the chart has no script and links nowhere.</para>
/// </remarks>
internal static class FigureChart
{
    private const double Width = 760, PlotLeft = 262, PlotRight = 720;
    private const double RowHeight = 26, Top = 6, BarHeight = 10, ArrowLength = 9;
    private const int LabelCharacters = 38;

    /// <summary>The chart, as an <c>&lt;svg&gt;</c> element.</summary>
    /// <param name="claimId">The id of the claim checked, for the chart's title.</param>
    /// <param name="rows">The rows, the claim first; at least one.</param>
    public static string Render(string claimId, IReadOnlyList<ChartRow> rows)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        ArgumentOutOfRangeException.ThrowIfZero(rows.Count);
        var axis = ChartAxis.For([.. rows.Select(r => r.Figure)]);
        var axisY = Top + (rows.Count * RowHeight) + 4;
        var height = axisY + 26;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"figure-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {N(height)}\" width=\"{Width}\" height=\"{N(height)}\" role=\"img\" data-claim=\"{E(claimId)}\" data-sources=\"{rows.Count}\">");
        svg.Append("<title>").Append(E($"Figures for claim {claimId} on one axis, {ChartAxis.Label(axis.Min)} to {ChartAxis.Label(axis.Max)}")).Append("</title>");

        // The claim's interval, shaded down every row, drawn first so that the bars lie over it.
        var claim = rows[0].Figure;
        var spanLeft = axis.Position(claim.Low, PlotLeft, PlotRight);
        var spanRight = axis.Position(claim.High, PlotLeft, PlotRight);
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"claim-span\" x=\"{N(spanLeft)}\" y=\"{N(Top)}\" width=\"{N(Math.Max(spanRight - spanLeft, 2))}\" height=\"{N(rows.Count * RowHeight)}\" fill=\"#1f4e79\" fill-opacity=\"0.08\"/>");

        for (var i = 0; i < rows.Count; i++)
        {
            AppendRow(svg, rows[i], axis, Top + (i * RowHeight));
        }

        AppendAxis(svg, axis, axisY);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The class a row's role is drawn with.</summary>
    public static string RoleClass(EvidenceRole? role) => role switch
    {
        null => "claim",
        EvidenceRole.Supports => "supports",
        EvidenceRole.Contradicts => "contradicts",
        EvidenceRole.NotComparable => "not-comparable",
        EvidenceRole.Echo => "echo",
        _ => "mentioned",
    };

    private static void AppendRow(StringBuilder svg, ChartRow row, ChartAxis axis, double top)
    {
        var role = RoleClass(row.Role);
        var colour = role switch
        {
            "claim" => "#1f4e79",
            "supports" => "#2e7d32",
            "contradicts" => "#c62828",
            "echo" => "#9e9e9e",
            _ => "#5c6f7b",
        };
        var figure = row.Figure;
        var middle = top + (RowHeight / 2);
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"figure {role}\" data-id=\"{E(row.Id)}\">");
        svg.Append("<title>").Append(E($"{row.Source} ({row.Id}): {figure} ({figure.DescribeInterval()}), {RoleWords(row.Role)}")).Append("</title>");
        if (row.Role is null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"band\" x=\"0\" y=\"{N(top)}\" width=\"{Width}\" height=\"{RowHeight}\" fill=\"#fff4cc\"/>");
        }

        var label = $"{row.Source}: {figure}";
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"source\" x=\"4\" y=\"{N(middle + 4)}\" font-size=\"12\" fill=\"{(role == "echo" ? colour : "#222")}\"{(row.Role is null ? " font-weight=\"bold\"" : string.Empty)}>{E(Shorten(label))}</text>");

        var left = axis.Position(figure.Low, PlotLeft, PlotRight);
        var right = figure.IsUnbounded ? PlotRight - ArrowLength : axis.Position(figure.High, PlotLeft, PlotRight);
        if (figure.High > figure.Low)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"range\" x=\"{N(left)}\" y=\"{N(middle - (BarHeight / 2))}\" width=\"{N(Math.Max(right - left, 2))}\" height=\"{BarHeight}\" rx=\"2\" fill=\"{colour}\" fill-opacity=\"{(row.Role is null ? "0.85" : "0.55")}\"/>");
        }

        if (figure.IsUnbounded)
        {
            var tip = PlotRight;
            var bottom = middle + (BarHeight / 2) + 2;
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"open-bound\" d=\"M {N(tip - ArrowLength)} {N(middle - (BarHeight / 2) - 2)} L {N(tip)} {N(middle)} L {N(tip - ArrowLength)} {N(bottom)} Z\" fill=\"{colour}\"/>");
        }

        if (figure.CoreLow == figure.CoreHigh && !double.IsPositiveInfinity(figure.CoreLow))
        {
            var x = axis.Position(figure.CoreLow, PlotLeft, PlotRight);
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"point\" cx=\"{N(x)}\" cy=\"{N(middle)}\" r=\"4.5\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"1.5\"/>");
        }
        else if (figure.IsUnbounded || figure.High == figure.Low)
        {
            // A bound with nothing stated but the bound itself: mark where it starts.
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"bound\" x1=\"{N(left)}\" x2=\"{N(left)}\" y1=\"{N(middle - BarHeight)}\" y2=\"{N(middle + BarHeight)}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
        }

        svg.Append("</g>");
    }

    private static void AppendAxis(StringBuilder svg, ChartAxis axis, double y)
    {
        svg.Append("<g class=\"axis\" font-size=\"11\" fill=\"#555\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{PlotLeft}\" x2=\"{PlotRight}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"#888\"/>");
        foreach (var tick in axis.Ticks)
        {
            var x = axis.Position(tick, PlotLeft, PlotRight);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x)}\" x2=\"{N(x)}\" y1=\"{N(y)}\" y2=\"{N(y + 4)}\" stroke=\"#888\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y + 16)}\" text-anchor=\"middle\">{E(ChartAxis.Label(tick))}</text>");
        }

        svg.Append("</g>");
    }

    private static string RoleWords(EvidenceRole? role) => role switch
    {
        null => "the claim checked",
        EvidenceRole.Supports => "agrees",
        EvidenceRole.Contradicts => "conflicts",
        EvidenceRole.NotComparable => "not comparable in time",
        EvidenceRole.Echo => "repeats the claim's own origin",
        _ => "named by a finding",
    };

    // A label longer than its column is cut; the row's title holds it whole.
    private static string Shorten(string text) =>
        text.Length <= LabelCharacters ? text : text[..(LabelCharacters - 1)].TrimEnd() + "…";

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

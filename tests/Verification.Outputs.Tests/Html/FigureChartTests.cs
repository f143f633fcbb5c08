using System.Xml.Linq;
using Verification.Figures;
using Verification.Outputs.Evidence;
using Verification.Outputs.Html;

namespace Verification.Outputs.Tests.Html;

public sealed class FigureChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Render(params ChartRow[] rows) => XElement.Parse(FigureChart.Render("m4", rows));

    private static XElement[] Groups(XElement svg) =>
        [.. svg.Elements(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("figure ", StringComparison.Ordinal) == true)];

    [Test]
    public void Render_ClaimAndEvidence_DrawsOneGroupPerSourceClaimFirst()
    {
        var svg = Render(
            new ChartRow("m4", "Local officials", Figure.Vague(24, 99), null),
            new ChartRow("e5", "US military investigation", Figure.Exact(105), EvidenceRole.Contradicts),
            new ChartRow("e6", "Eyewitnesses", Figure.UpTo(240), EvidenceRole.Supports),
            new ChartRow("e9", "Wire", Figure.Exact(99), EvidenceRole.Echo));

        var groups = Groups(svg);

        Assert.That(groups.Select(g => (string?)g.Attribute("data-id")), Is.EqualTo(new[] { "m4", "e5", "e6", "e9" }));
        Assert.That(groups.Select(g => (string?)g.Attribute("class")), Is.EqualTo(new[] { "figure claim", "figure contradicts", "figure supports", "figure echo" }));
        Assert.That((string?)svg.Attribute("data-sources"), Is.EqualTo("4"));
    }

    [Test]
    public void Render_ClaimRow_IsHighlightedAndItsRangeShadedDownTheChart()
    {
        var svg = Render(new ChartRow("m4", "Local officials", Figure.Vague(24, 99), null), new ChartRow("e5", "US", Figure.Exact(105), EvidenceRole.Contradicts));

        var claim = Groups(svg)[0];

        Assert.That(claim.Elements(Svg + "rect").Select(r => (string?)r.Attribute("class")), Does.Contain("band"));
        Assert.That(svg.Elements(Svg + "rect").Single(r => (string?)r.Attribute("class") == "claim-span"), Is.Not.Null);
        Assert.That(Groups(svg)[1].Elements(Svg + "rect").Select(r => (string?)r.Attribute("class")), Does.Not.Contain("band"));
    }

    [Test]
    public void Render_Interval_IsABarAndAStatedPointADot()
    {
        var svg = Render(
            new ChartRow("m1", "UNHCR", Figure.Hedged(340_000, 0.1), null),
            new ChartRow("e1", "OCHA", Figure.Between(300_000, 320_000), EvidenceRole.Supports),
            new ChartRow("e2", "IOM", Figure.Exact(255_708), EvidenceRole.NotComparable));
        var groups = Groups(svg);

        string[] Shapes(XElement g) => [.. g.Elements().Where(e => e.Name != Svg + "title" && e.Name != Svg + "text").Select(e => (string)e.Attribute("class")!).Where(c => c != "band")];

        Assert.That(Shapes(groups[0]), Is.EqualTo(new[] { "range", "point" }), "around 340,000: its range and the number stated");
        Assert.That(Shapes(groups[1]), Is.EqualTo(new[] { "range" }), "a range states no single number");
        Assert.That(Shapes(groups[2]), Is.EqualTo(new[] { "point" }), "an exact figure is a point");
    }

    [Test]
    public void Render_OpenUpperBound_EndsInAnArrowAtTheAxisEnd()
    {
        var svg = Render(new ChartRow("m1", "UNHCR", Figure.Hedged(340_000, 0.1), null), new ChartRow("e3", "Ministry", Figure.MoreThan(355_000), EvidenceRole.Supports));

        var open = Groups(svg)[1];

        Assert.That(open.Elements().Select(e => (string?)e.Attribute("class")), Does.Contain("open-bound").And.Contain("range").And.Contain("bound"));
        Assert.That((string?)open.Element(Svg + "path")!.Attribute("d"), Does.Contain("L 720 "), "the arrow's tip lies at the plot's right end");
    }

    [Test]
    public void Render_TextsFromInput_AreEscaped()
    {
        var text = FigureChart.Render("<m1>", [new ChartRow("\"e1\"", "<script>alert('x')</script> & co", Figure.Exact(5), null)]);

        Assert.That(text, Does.Not.Contain("<script"));
        Assert.That(text, Does.Contain("&lt;script&gt;"));
        var svg = XElement.Parse(text);
        Assert.That((string?)svg.Attribute("data-claim"), Is.EqualTo("<m1>"));
        Assert.That(Groups(svg)[0].Element(Svg + "title")!.Value, Does.StartWith("<script>alert('x')</script> & co (\"e1\"): 5"));
    }

    [Test]
    public void Render_LongSourceName_IsShortenedWithItsFullNameInTheTitle()
    {
        var name = "Iraqi Ministry of Migration and Displacement, Nineveh branch office";

        var group = Groups(Render(new ChartRow("e3", name, Figure.Exact(5), null)))[0];

        Assert.That(group.Element(Svg + "text")!.Value, Has.Length.LessThanOrEqualTo(38).And.EndWith("…"));
        Assert.That(group.Element(Svg + "title")!.Value, Does.Contain(name));
    }
}

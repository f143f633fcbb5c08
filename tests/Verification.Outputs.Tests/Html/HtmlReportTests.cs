using System.Text.RegularExpressions;
using Verification.Outputs.Html;
using Verification.Outputs.Tests.TestSupport;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.Outputs.Tests.Html;

public sealed partial class HtmlReportTests
{
    private static readonly HtmlReportOptions Dated = new() { TimeProvider = TestClock.At("2026-11-02"), ReviewerName = "Example Data Desk" };

    private static async Task<string> MosulPageAsync(HtmlReportOptions? options = null) =>
        await HtmlReport.RenderAsync(await Mosul.ResultAsync(), await Mosul.EvidenceAsync(), options ?? Dated);

    [Test]
    public async Task RenderAsync_MosulExample_HasOneRowPerClaimInOrderWithItsBadge()
    {
        var page = await MosulPageAsync();

        var rows = ClaimRow().Matches(page).Select(m => (Id: m.Groups["id"].Value, Verdict: m.Groups["verdict"].Value)).ToArray();

        Assert.That(rows, Is.EqualTo(new[] { ("m1", "corroborated"), ("m2", "unverified"), ("m3", "corroborated"), ("m4", "contested"), ("m5", "contested"), ("m6", "unverified") }));
        Assert.That(Regex.Count(page, "<span class=\"badge contested\">Contested</span>"), Is.EqualTo(2 + 1), "two rows and the summary");
    }

    [Test]
    public async Task RenderAsync_MosulExample_SummarisesTheVerdicts()
    {
        var page = await MosulPageAsync();

        Assert.That(page, Does.Contain("6 claims checked against other sources"));
        Assert.That(page, Does.Contain("<h1>Verification of Online news report, byline Adam Floyd</h1>"));
        Assert.That(page, Does.Contain("Checked by Example Data Desk"));
        Assert.That(page, Does.Contain("Made on 2 November 2026"));
    }

    [Test]
    public async Task RenderAsync_MosulExample_ChartsEveryClaimWithAFigureWithOneGroupPerSource()
    {
        var result = await Mosul.ResultAsync();
        var evidence = (await Mosul.EvidenceAsync()).ToDictionary(e => e.Id);
        var page = await MosulPageAsync();

        var charts = Chart().Matches(page).ToDictionary(m => m.Groups["claim"].Value, m => m.Value);

        Assert.That(charts.Keys, Is.EqualTo(new[] { "m1", "m2", "m3", "m4", "m5" }), "m6 states no figure");
        foreach (var c in result.Claims.Where(c => c.Claim.Figure is not null))
        {
            var named = c.Findings.SelectMany(f => f.Evidence).Concat(c.Supporting).Concat(c.Conflicting).Concat(c.Echoes).Concat(c.NotComparable)
                .Distinct().Count(id => evidence[id].Figure is not null);
            Assert.That(Regex.Count(charts[c.Claim.Id], "<g class=\"figure "), Is.EqualTo(1 + named), c.Claim.Id);
        }

        Assert.That(Regex.Count(charts["m2"], "<g class=\"figure echo\""), Is.EqualTo(1), "AFP's repetition of UNHCR is greyed");
        Assert.That(Regex.Count(charts["m4"], "<g class=\"figure contradicts\""), Is.EqualTo(2));
    }

    [Test]
    public async Task RenderAsync_MosulExample_ListsFindingsAndEvidenceOfEachClaim()
    {
        var result = await Mosul.ResultAsync();
        var page = await MosulPageAsync();

        foreach (var finding in result.Claims.SelectMany(c => c.Findings))
        {
            Assert.That(page, Does.Contain(System.Net.WebUtility.HtmlEncode(finding.Message).Replace("&#39;", "&#x27;", StringComparison.Ordinal)));
        }

        Assert.That(page, Does.Contain("US Central Command investigation of the 17 March 2017 strike in al-Jadida, released 25 May 2017"));
        Assert.That(Regex.Count(page, "<details>"), Is.EqualTo(6));
    }

    [Test]
    public async Task RenderAsync_AnyReport_LoadsAndRunsNothing()
    {
        var page = await MosulPageAsync();

        Assert.That(page, Does.Contain("Content-Security-Policy\" content=\"default-src 'none'"));
        Assert.That(page, Does.Not.Contain("<script").IgnoreCase);
        Assert.That(page, Does.Not.Contain(" src=").IgnoreCase);
        Assert.That(page, Does.Not.Contain("<link").IgnoreCase);
        Assert.That(page, Does.Not.Contain("@import").IgnoreCase);
    }

    [Test]
    public async Task RenderAsync_MarkupAndQuotesInEveryField_AreWrittenAsText()
    {
        var (result, evidence) = Hostile.Report();

        var page = await HtmlReport.RenderAsync(result, evidence, Dated);

        Assert.That(page, Does.Not.Contain("<script").IgnoreCase, "no text from input becomes an element");
        Assert.That(page, Does.Not.Contain("<img").IgnoreCase);
        Assert.That(page, Does.Not.Contain("\" onerror").IgnoreCase, "no text from input leaves its attribute");
        Assert.That(page, Does.Not.Contain("href=\"javascript").IgnoreCase);
        Assert.That(page, Does.Contain("&lt;script&gt;"));
        Assert.That(Regex.Count(page, "class=\"claim-row "), Is.EqualTo(1));
    }

    [Test]
    public async Task RenderAsync_TemplateDirectoryWithStylesOnly_UsesItsStylesAndTheBuiltInPage()
    {
        using var templates = new TemporaryDirectory();
        templates.Write("styles.liquid", "body { background: #123456; } /* newsroom */");

        var page = await MosulPageAsync(Dated with { TemplateDirectory = templates.Path });

        Assert.That(page, Does.Contain("body { background: #123456; } /* newsroom */"));
        Assert.That(page, Does.Not.Contain("--contradicts: #c62828"), "the built-in style sheet is replaced");
        Assert.That(ClaimRow().Matches(page), Has.Count.EqualTo(6), "the built-in page still lays out the claims");
    }

    [Test]
    public async Task RenderAsync_TemplateDirectoryWithItsOwnClaimRow_RendersItPerClaimEscaped()
    {
        using var templates = new TemporaryDirectory();
        templates.Write("claim.liquid", "<tr class=\"mine\"><td>{{ claim.id }}: {{ claim.verdict_label }}: {{ claim.quote }}</td></tr>");
        var (result, evidence) = Hostile.Report();

        var page = await HtmlReport.RenderAsync(result, evidence, Dated with { TemplateDirectory = templates.Path });

        Assert.That(Regex.Count(page, "<tr class=\"mine\">"), Is.EqualTo(1));
        Assert.That(page, Does.Not.Contain("<script").IgnoreCase);
    }

    [Test]
    public async Task RenderAsync_TemplateThatIsNotLiquid_ThrowsNamingIt()
    {
        using var templates = new TemporaryDirectory();
        templates.Write("unused.liquid", "{% if claim %}never closed");

        var e = await Assert.ThrowsAsync<ReportTemplateException>(async () => await MosulPageAsync(Dated with { TemplateDirectory = templates.Path }));

        Assert.That(e!.TemplateName, Is.EqualTo("unused.liquid"));
        Assert.That(e.Message, Does.Contain("unused.liquid").And.Contain("not valid Liquid"));
    }

    [Test]
    public async Task RenderAsync_TemplateDirectoryMissing_Throws()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-templates-" + Guid.NewGuid().ToString("N"));

        var e = await Assert.ThrowsAsync<ReportTemplateException>(async () => await MosulPageAsync(Dated with { TemplateDirectory = missing }));

        Assert.That(e!.Message, Does.Contain(missing).And.Contain("does not exist"));
    }

    [Test]
    public async Task RenderAsync_TemplateNamingAFileOutsideItsDirectory_IsNotFound()
    {
        using var templates = new TemporaryDirectory();
        using var outside = new TemporaryDirectory();
        outside.Write("secret.liquid", "SECRET");
        var name = $"../{Path.GetFileName(outside.Path)}/secret";
        templates.Write("styles.liquid", $"{{% render '{name}' %}}");

        var e = await Assert.ThrowsAsync<ReportTemplateException>(async () => await MosulPageAsync(Dated with { TemplateDirectory = templates.Path }));

        Assert.That(e!.Message, Does.Contain(name).And.Contain("neither in the template directory nor built in"));
    }

    [Test]
    public async Task WriteAsync_TemplateFailsWhileRendering_WritesNothing()
    {
        using var templates = new TemporaryDirectory();
        templates.Write("claim.liquid", "{% render 'missing-partial' %}");
        using var stream = new MemoryStream();

        await Assert.ThrowsAsync<ReportTemplateException>(async () => await HtmlReport.WriteAsync(await Mosul.ResultAsync(), await Mosul.EvidenceAsync(), stream, Dated with { TemplateDirectory = templates.Path }));
        Assert.That(stream.Length, Is.Zero);
    }

    [Test]
    public async Task WriteAsync_MosulExample_WritesWhatRenderAsyncReturnsAsUtf8()
    {
        using var stream = new MemoryStream();

        await HtmlReport.WriteAsync(await Mosul.ResultAsync(), await Mosul.EvidenceAsync(), stream, Dated);

        Assert.That(System.Text.Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo(await MosulPageAsync()));
    }

    [GeneratedRegex("<tr class=\"claim-row (?<verdict>[a-z]+)\" id=\"claim-(?<id>[^\"]+)\"")]
    private static partial Regex ClaimRow();

    [GeneratedRegex("<svg class=\"figure-chart\"[^>]*data-claim=\"(?<claim>[^\"]+)\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Chart();
}

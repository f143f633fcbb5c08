using Microsoft.Playwright;
using Verification.Outputs.ClaimReview;
using Verification.Outputs.Html;
using Verification.Outputs.Tests.TestSupport;
using Verification.Testing;

namespace Verification.Outputs.Tests.Html;

/// <summary>The HTML report as a browser shows it: headless Chromium opens the page from a file, offline.</summary>
[NonParallelizable]
public sealed class HtmlReportBrowserTests
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private TemporaryDirectory? _pages;

    [OneTimeSetUp]
    public async Task LaunchBrowser()
    {
        (_playwright, _browser) = await SystemChromium.LaunchAsync();
        _pages = new TemporaryDirectory();
    }

    [OneTimeTearDown]
    public async Task CloseBrowser()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _pages?.Dispose();
    }

    [Test]
    public async Task Open_MosulReport_LogsNoErrorAndRequestsNothingButItself()
    {
        var (page, errors, requests) = await OpenAsync(await MosulPageAsync());

        await page.ClickAsync("tr.claim-details summary");

        Assert.That(errors, Is.Empty);
        Assert.That(requests, Has.Count.EqualTo(1).And.All.StartWith("file://"));
    }

    [Test]
    public async Task Open_MosulReport_ShowsEveryClaimRowWithItsVerdict()
    {
        var result = await Mosul.ResultAsync();
        var (page, _, _) = await OpenAsync(await MosulPageAsync());

        var rows = page.Locator("tr.claim-row");

        Assert.That(await rows.CountAsync(), Is.EqualTo(result.Claims.Count));
        for (var i = 0; i < result.Claims.Count; i++)
        {
            var row = rows.Nth(i);
            Assert.That(await row.GetAttributeAsync("data-claim"), Is.EqualTo(result.Claims[i].Claim.Id));
            Assert.That(await row.IsVisibleAsync(), Is.True);
            Assert.That(await row.Locator(".badge").InnerTextAsync(), Is.EqualTo(ClaimReviewJsonLd.RatingName(result.Claims[i].Verdict)));
        }
    }

    [Test]
    public async Task Open_MosulReport_EveryChartDrewOneMarkPerSource()
    {
        var result = await Mosul.ResultAsync();
        var evidence = (await Mosul.EvidenceAsync()).ToDictionary(e => e.Id);
        var (page, _, _) = await OpenAsync(await MosulPageAsync());
        await OpenEveryDetailsAsync(page);

        foreach (var c in result.Claims.Where(c => c.Claim.Figure is not null))
        {
            var sources = 1 + c.Findings.SelectMany(f => f.Evidence).Concat(c.Supporting).Concat(c.Conflicting).Concat(c.Echoes).Concat(c.NotComparable)
                .Distinct().Count(id => evidence[id].Figure is not null);

            // A mark is drawn when its shapes have an area on screen: a bar, a dot or an arrow of some size.
            var drawn = await page.EvaluateAsync<int>(
                """
                id => [...document.querySelector(`svg.figure-chart[data-claim="${CSS.escape(id)}"]`).querySelectorAll('g.figure')]
                  .filter(g => [...g.querySelectorAll('.range, .point, .open-bound, .bound')].some(s => {
                      const box = s.getBoundingClientRect();
                      return box.width > 0 && box.height > 0;
                  })).length
                """,
                c.Claim.Id);

            Assert.That(drawn, Is.EqualTo(sources), c.Claim.Id);
        }
    }

    [Test]
    public async Task Open_MosulReport_EachClaimsDetailsOpenOntoFindingsAndEvidence()
    {
        var (page, _, _) = await OpenAsync(await MosulPageAsync());
        var details = page.Locator("tr.claim-details details");

        Assert.That(await details.CountAsync(), Is.EqualTo(6));
        for (var i = 0; i < 6; i++)
        {
            var one = details.Nth(i);
            Assert.That(await one.Locator("ul.findings").IsVisibleAsync(), Is.False, "closed at first");

            await one.Locator("summary").ClickAsync();

            Assert.That(await one.EvaluateAsync<bool>("d => d.open"), Is.True);
            Assert.That(await one.Locator("ul.findings").IsVisibleAsync(), Is.True);
            Assert.That(await one.Locator("li.finding").CountAsync(), Is.GreaterThan(0));
        }

        Assert.That(await page.Locator("svg.figure-chart").First.IsVisibleAsync(), Is.True);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Artifacts("screenshots"), "html-report-mosul.png"), FullPage = true });
    }

    [Test]
    public async Task Open_MarkupAndQuotesInEveryField_RunsNothingAndShowsTheText()
    {
        var (result, evidence) = Hostile.Report();
        var (page, errors, requests) = await OpenAsync(await HtmlReport.RenderAsync(result, evidence, new HtmlReportOptions { ReviewerName = Hostile.Text + "reviewer" }));
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await OpenEveryDetailsAsync(page);

        Assert.That(await page.TitleAsync(), Does.StartWith("Verification of "));
        Assert.That(await page.Locator("script, img, iframe, object, embed").CountAsync(), Is.Zero);
        Assert.That(await page.Locator("[onerror]").CountAsync(), Is.Zero);
        Assert.That(await page.Locator("a[href^='javascript']").CountAsync(), Is.Zero);
        Assert.That(await page.Locator("body").InnerTextAsync(), Does.Contain(Hostile.Text + "quote").And.Contain(Hostile.Text + "evidence source"));
        Assert.That(dialogs, Is.Zero);
        Assert.That(errors, Is.Empty);
        Assert.That(requests, Has.Count.EqualTo(1));
    }

    private static async Task<string> MosulPageAsync() =>
        await HtmlReport.RenderAsync(await Mosul.ResultAsync(), await Mosul.EvidenceAsync(), new HtmlReportOptions { ReviewerName = "Example Data Desk", TimeProvider = TestClock.At("2026-11-02") });

    private static async Task OpenEveryDetailsAsync(IPage page)
    {
        var summaries = page.Locator("tr.claim-details summary");
        for (var i = 0; i < await summaries.CountAsync(); i++)
        {
            await summaries.Nth(i).ClickAsync();
        }
    }

    // Opens the page from a file, as a reader opens a saved report, recording console errors, page errors and requests.
    private async Task<(IPage Page, List<string> Errors, List<string> Requests)> OpenAsync(string html)
    {
        var file = _pages!.Write(Guid.NewGuid().ToString("N") + ".html", html);
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add("page error: " + error);
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (page, errors, requests);
    }
}

using System.Text.Json;
using Verification.Claims;
using Verification.Outputs.ClaimReview;
using Verification.Outputs.Tests.TestSupport;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.Outputs.Tests.ClaimReview;

public sealed class ClaimReviewJsonLdTests
{
    private static readonly ClaimReviewOptions Options = new("Example Data Desk", new Uri("https://news.example/checks/mosul"))
    {
        ReviewerUrl = new Uri("https://news.example/"),
        DatePublished = new DateOnly(2026, 11, 2),
    };

    private static async Task<JsonElement[]> MosulReviewsAsync(ClaimReviewOptions? options = null)
    {
        using var json = JsonDocument.Parse(ClaimReviewJsonLd.ToJson(await Mosul.ResultAsync(), options ?? Options));
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    [Test]
    public async Task ToJson_MosulExample_OneReviewPerClaimInTheReportsOrder()
    {
        var reviews = await MosulReviewsAsync();

        Assert.That(reviews.Select(r => r.GetProperty("url").GetString()), Is.EqualTo(new[] { "m1", "m2", "m3", "m4", "m5", "m6" }.Select(id => "https://news.example/checks/mosul#claim-" + id)));
    }

    [Test]
    public async Task ToJson_EveryReview_HasTheRequiredProperties()
    {
        foreach (var review in await MosulReviewsAsync())
        {
            Assert.That(review.GetProperty("@context").GetString(), Is.EqualTo("https://schema.org"));
            Assert.That(review.GetProperty("@type").GetString(), Is.EqualTo("ClaimReview"));
            Assert.That(review.GetProperty("url").GetString(), Does.StartWith("https://news.example/checks/mosul#claim-"));
            Assert.That(review.GetProperty("claimReviewed").GetString(), Is.Not.Empty);
            Assert.That(review.GetProperty("reviewRating").GetProperty("@type").GetString(), Is.EqualTo("Rating"));
            Assert.That(review.GetProperty("reviewRating").GetProperty("alternateName").GetString(), Is.AnyOf("Corroborated", "Contested", "Unverified"));
        }
    }

    [Test]
    public async Task ToJson_EveryReview_HasTheRecommendedProperties()
    {
        var evidenceFree = await Mosul.ResultAsync();
        var reviews = await MosulReviewsAsync();

        for (var i = 0; i < reviews.Length; i++)
        {
            var review = reviews[i];
            var claim = evidenceFree.Claims[i].Claim;
            var author = review.GetProperty("author");
            var item = review.GetProperty("itemReviewed");
            Assert.That(review.GetProperty("datePublished").GetString(), Is.EqualTo("2026-11-02"));
            Assert.That(author.GetProperty("@type").GetString(), Is.EqualTo("Organization"));
            Assert.That(author.GetProperty("name").GetString(), Is.EqualTo("Example Data Desk"));
            Assert.That(author.GetProperty("url").GetString(), Is.EqualTo("https://news.example/"));
            Assert.That(review.GetProperty("reviewRating").GetProperty("name").GetString(), Is.EqualTo(review.GetProperty("reviewRating").GetProperty("alternateName").GetString()));
            Assert.That(item.GetProperty("@type").GetString(), Is.EqualTo("Claim"));
            Assert.That(item.GetProperty("author").GetProperty("@type").GetString(), Is.EqualTo("Organization"));
            Assert.That(item.GetProperty("author").GetProperty("name").GetString(), Is.EqualTo(claim.Source));
            Assert.That(item.GetProperty("datePublished").GetString(), Is.EqualTo("2017-03-25"), "the day the claim's report was published");
            Assert.That(item.GetProperty("appearance").GetProperty("@type").GetString(), Is.EqualTo("CreativeWork"));
            Assert.That(item.GetProperty("appearance").GetProperty("name").GetString(), Is.EqualTo(claim.ReportedIn ?? "Online news report, byline Adam Floyd"));
            Assert.That(item.GetProperty("appearance").GetProperty("publisher").GetProperty("name").GetString(), Is.EqualTo("Online news report, byline Adam Floyd"));
        }
    }

    [Test]
    public async Task ToJson_Rating_IsTheVerdictExplainedByTheReasonWithNoScore()
    {
        var result = await Mosul.ResultAsync();
        var reviews = await MosulReviewsAsync();

        for (var i = 0; i < reviews.Length; i++)
        {
            var rating = reviews[i].GetProperty("reviewRating");
            Assert.That(rating.GetProperty("alternateName").GetString(), Is.EqualTo(ClaimReviewJsonLd.RatingName(result.Claims[i].Verdict)));
            Assert.That(rating.GetProperty("ratingExplanation").GetString(), Is.EqualTo(result.Claims[i].Reason));
            Assert.That(rating.TryGetProperty("ratingValue", out _), Is.False);
            Assert.That(rating.TryGetProperty("bestRating", out _), Is.False);
            Assert.That(rating.TryGetProperty("worstRating", out _), Is.False);
        }

        Assert.That(reviews.Select(r => r.GetProperty("reviewRating").GetProperty("alternateName").GetString()), Is.EqualTo(new[] { "Corroborated", "Unverified", "Corroborated", "Contested", "Contested", "Unverified" }));
    }

    [Test]
    public async Task ToJson_ClaimReviewed_FitsIn75CharactersAndNamesNoRating()
    {
        var longClaim = new ClaimBuilder("long").WithFigure("between 1,200 and 1,500").WithSubject("civilians killed or injured by air strikes and shelling in the old city and its surroundings").WithPlace("Old City, West Mosul, Mosul, Iraq").WithPeriod("2017-02-19/2017-07-09").Build();
        var withLong = (await Mosul.ResultAsync()).Claims.Append(ClaimVerification.FromFindings(longClaim, [])).ToArray();
        var result = new ReportVerification(new Report("r", [.. withLong.Select(c => c.Claim)]), withLong);

        using var json = JsonDocument.Parse(ClaimReviewJsonLd.ToJson(result, Options));
        foreach (var review in json.RootElement.EnumerateArray())
        {
            var summary = review.GetProperty("claimReviewed").GetString()!;
            Assert.That(summary, Has.Length.InRange(1, 75));
            Assert.That(summary, Does.Not.Contain("orroborated").And.Not.Contain("ontested").And.Not.Contain("nverified"));
        }

        Assert.That(json.RootElement[0].GetProperty("claimReviewed").GetString(), Is.EqualTo("around 340,000 people fled in Mosul, 17 Oct 2016 – 25 Mar 2017"));
    }

    [Test]
    public async Task ToJson_NoPublicationDayGiven_DatesTheReviewsTodayByTheClock()
    {
        var options = new ClaimReviewOptions("Desk", new Uri("https://news.example/checks")) { TimeProvider = TestClock.At("2026-12-24") };

        var reviews = await MosulReviewsAsync(options);

        Assert.That(reviews.Select(r => r.GetProperty("datePublished").GetString()), Is.All.EqualTo("2026-12-24"));
        Assert.That(reviews[0].GetProperty("author").TryGetProperty("url", out _), Is.False, "no reviewer address given");
    }

    [Test]
    public void ToJson_ReportWithoutDayOrOutlet_LeavesTheUnknownPropertiesOut()
    {
        var claim = new ClaimBuilder("c1").WithFigure("105").WithSubject("civilians killed").WithSource("US military").Build();
        var result = new ReportVerification(new Report("r", [claim]), [ClaimVerification.FromFindings(claim, [])]);

        using var json = JsonDocument.Parse(ClaimReviewJsonLd.ToJson(result, Options));
        var item = json.RootElement[0].GetProperty("itemReviewed");

        Assert.That(item.TryGetProperty("datePublished", out _), Is.False);
        Assert.That(item.TryGetProperty("appearance", out _), Is.False);
        Assert.That(item.GetProperty("author").GetProperty("name").GetString(), Is.EqualTo("US military"));
    }

    [Test]
    public async Task WriteAsync_MosulExample_WritesWhatToJsonReturns()
    {
        var result = await Mosul.ResultAsync();
        using var stream = new MemoryStream();

        await ClaimReviewJsonLd.WriteAsync(result, Options, stream);

        Assert.That(System.Text.Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo(ClaimReviewJsonLd.ToJson(result, Options)));
    }

    [Test]
    public void ToJson_QuotesAndMarkupInTheClaim_StayText()
    {
        var claim = new ClaimBuilder("c\"1").WithFigure("105").WithSubject("</script><script>alert(\"x\")</script>").WithSource("\"Officials\"").Build();
        var result = new ReportVerification(new Report("r", [claim]), [ClaimVerification.FromFindings(claim, [])]);

        using var json = JsonDocument.Parse(ClaimReviewJsonLd.ToJson(result, Options));
        var review = json.RootElement[0];

        Assert.That(review.GetProperty("claimReviewed").GetString(), Is.EqualTo("105 </script><script>alert(\"x\")</script>"));
        Assert.That(review.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString(), Is.EqualTo("\"Officials\""));
        Assert.That(review.GetProperty("url").GetString(), Is.EqualTo("https://news.example/checks/mosul#claim-c%221"));
    }
}

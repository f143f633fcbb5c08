using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Verification.Claims;
using Verification.Outputs.Statements;
using Verification.Verdicts;

namespace Verification.Outputs.ClaimReview;

/// <summary>Writes results as schema.org ClaimReview markup (JSON-LD), one review per claim, as Google's fact-check
/// markup documentation describes it.</summary>
/// <remarks>
/// <para>The output is a JSON array with one <c>ClaimReview</c> object per claim, in the report's order, each with its own
/// <c>@context</c> (<c>https://schema.org</c>), ready for a <c>&lt;script type="application/ld+json"&gt;</c> element of
/// the page that publishes the fact checks.</para>
/// <para>Each review carries the properties the documentation requires or recommends: <c>url</c>
/// (<see cref="ClaimReviewOptions.ReviewUrl"/> with the fragment <c>#claim-ID</c>); <c>claimReviewed</c>, the claim in at
/// most 75 characters with no rating in it (its figure and subject, then place and time while they fit);
/// <c>datePublished</c> (<see cref="ClaimReviewOptions.DatePublished"/>); <c>author</c>, an <c>Organization</c> with the
/// reviewer's name and url; <c>reviewRating</c>, a <c>Rating</c> whose <c>alternateName</c> and <c>name</c> are the verdict
/// readers see ("Corroborated", "Contested", "Unverified") and whose <c>ratingExplanation</c> is the claim's
/// <see cref="ClaimVerification.Reason"/>; and <c>itemReviewed</c>, a <c>Claim</c> whose <c>author</c> is an
/// <c>Organization</c> named by the claim's <see cref="Claim.Source"/>, whose <c>datePublished</c> is the day its report was
/// published, and whose <c>appearance</c> is a <c>CreativeWork</c> for where it was reported (<see cref="Claim.ReportedIn"/>,
/// else the report's outlet; with the report's url, day and outlet when known).</para>
/// <para>Left out on purpose: a verdict is not a score, so the rating has no <c>ratingValue</c>, <c>bestRating</c> or
/// <c>worstRating</c>; the library does not know where a claim first appeared, so the claim has no
/// <c>firstAppearance</c>. A property whose value is unknown (no publication day, nowhere reported) is left out rather than
/// written empty.</para>
/// </remarks>
public static class ClaimReviewJsonLd
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one review per claim.</summary>
    /// <param name="result">The results.</param>
    /// <param name="options">Who publishes the reviews, and where.</param>
    /// <param name="stream">Where to write UTF-8 JSON.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteAsync(ReportVerification result, ClaimReviewOptions options, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new Utf8JsonWriter(stream, WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            Write(result, options, writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The reviews as a JSON string.</summary>
    /// <param name="result">The results.</param>
    /// <param name="options">Who publishes the reviews, and where.</param>
    public static string ToJson(ReportVerification result, ClaimReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(result, options, writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The rating readers see for a verdict: "Corroborated", "Contested" or "Unverified".</summary>
    /// <param name="verdict">The verdict.</param>
    public static string RatingName(Verdict verdict) => verdict switch
    {
        Verdict.Corroborated => "Corroborated",
        Verdict.Contested => "Contested",
        _ => "Unverified",
    };

    private static void Write(ReportVerification result, ClaimReviewOptions options, Utf8JsonWriter w)
    {
        var published = Day(options.PublicationDay);
        w.WriteStartArray();
        foreach (var c in result.Claims)
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "ClaimReview");
            w.WriteString("url", ReviewAddress(options.ReviewUrl, c.Claim.Id));
            w.WriteString("claimReviewed", ClaimStatement.Summary(c.Claim));
            w.WriteString("datePublished", published);

            w.WriteStartObject("author");
            w.WriteString("@type", "Organization");
            w.WriteString("name", options.ReviewerName);
            if (options.ReviewerUrl is { } reviewerUrl)
            {
                w.WriteString("url", reviewerUrl.AbsoluteUri);
            }

            w.WriteEndObject();

            w.WriteStartObject("reviewRating");
            w.WriteString("@type", "Rating");
            w.WriteString("alternateName", RatingName(c.Verdict));
            w.WriteString("name", RatingName(c.Verdict));
            w.WriteString("ratingExplanation", c.Reason);
            w.WriteEndObject();

            WriteItemReviewed(w, c.Claim, result.Report);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteItemReviewed(Utf8JsonWriter w, Claim claim, Report report)
    {
        w.WriteStartObject("itemReviewed");
        w.WriteString("@type", "Claim");
        w.WriteStartObject("author");
        w.WriteString("@type", "Organization");
        w.WriteString("name", claim.Source);
        w.WriteEndObject();
        if (report.Published is { } day)
        {
            w.WriteString("datePublished", Day(day));
        }

        var where = !string.IsNullOrWhiteSpace(claim.ReportedIn) ? claim.ReportedIn : report.Outlet;
        if (!string.IsNullOrWhiteSpace(where) || report.Url is not null)
        {
            w.WriteStartObject("appearance");
            w.WriteString("@type", "CreativeWork");
            if (!string.IsNullOrWhiteSpace(where))
            {
                w.WriteString("name", where);
            }

            if (report.Url is { } url)
            {
                w.WriteString("url", url.AbsoluteUri);
            }

            if (report.Published is { } appeared)
            {
                w.WriteString("datePublished", Day(appeared));
            }

            if (!string.IsNullOrWhiteSpace(report.Outlet))
            {
                w.WriteStartObject("publisher");
                w.WriteString("@type", "Organization");
                w.WriteString("name", report.Outlet);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    // The review's own address: the hosting page, anchored at the claim's row. A fragment already there is replaced.
    private static string ReviewAddress(Uri page, string claimId) =>
        new UriBuilder(page) { Fragment = "claim-" + Uri.EscapeDataString(claimId) }.Uri.AbsoluteUri;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

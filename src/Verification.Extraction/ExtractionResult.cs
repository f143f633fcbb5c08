using Verification.Claims;
using Verification.Extraction.Mentions;
namespace Verification.Extraction;

/// <summary>A claim read from an article, with where its parts stand in the text.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="QuoteSpan">The sentence the claim was read from (<see cref="Claim.Quote"/>).</param>
public sealed record ExtractedClaim(Claim Claim, TextSpan QuoteSpan)
{
    /// <summary>Where the figure stands ("around 340,000"); null for a dated event without a figure.</summary>
    public TextSpan? FigureSpan { get; init; }

    /// <summary>Where the place was named in the sentence, when it was; null when it came from the context.</summary>
    public TextSpan? PlaceSpan { get; init; }

    /// <summary>Where the period was named in the sentence, when it was.</summary>
    public TextSpan? PeriodSpan { get; init; }

    /// <summary>Where the source was named, when it was (possibly in an earlier sentence of the paragraph).</summary>
    public TextSpan? SourceSpan { get; init; }
}

/// <summary>What was read from an article: its claims and every mention found.</summary>
/// <param name="Article">The article.</param>
/// <param name="Claims">The claims, in text order, with ids c1, c2, ….</param>
/// <param name="Mentions">Every number, period, place and attribution found, whether or not it made a claim; empty
/// unless <see cref="ExtractionOptions.KeepMentions"/> is set.</param>
public sealed record ExtractionResult(Article Article, IReadOnlyList<ExtractedClaim> Claims, TextAnnotation Mentions)
{
    /// <summary>The report's id: <see cref="Article.Id"/>, or "report-" and the publication date.</summary>
    public string ReportId => Article.Id ?? "report-" + Article.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The claims as a report, ready to verify.</summary>
    public Report ToReport() => new(ReportId, [.. Claims.Select(c => c.Claim)])
    {
        Outlet = Article.Outlet,
        Published = Article.Published,
    };
}

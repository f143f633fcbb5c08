using Verification.Claims;
using Verification.Extraction.Mentions;
namespace Verification.Extraction.Tests.TestSupport;

/// <summary>Shared extractors (they are immutable and thread-safe) and shorthands.</summary>
internal static class Extract
{
    /// <summary>The publication date most cases are read against: Saturday, 25 March 2017.</summary>
    public static readonly DateOnly Published = new(2017, 3, 25);

    public static ClaimExtractor Extractor { get; } = new(new ExtractionOptions { KeepMentions = true });

    public static TextAnnotator Annotator { get; } = new();

    public static ExtractionResult Claims(string text, DateOnly? published = null, string? outlet = null) =>
        Extractor.Extract(new Article(text, published ?? Published) { Outlet = outlet });

    public static TextAnnotation Mentions(string text, DateOnly? published = null) => Annotator.Annotate(text, published ?? Published);

    /// <summary>The single claim of a one-claim text.</summary>
    public static Claim Single(string text, DateOnly? published = null, string? outlet = null)
    {
        var claims = Claims(text, published, outlet).Claims;
        Assert.That(claims, Has.Count.EqualTo(1), () => "claims: " + string.Join(" | ", claims.Select(c => c.Claim.ToString())));
        return claims[0].Claim;
    }

    /// <summary>The count figures found in a text, as their text.</summary>
    public static IReadOnlyList<string> FigureTexts(string text) => [.. Mentions(text).Figures.Select(n => n.Text)];
}

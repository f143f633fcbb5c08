using Verification.Extraction.Claims;
using Verification.Extraction.Mentions;
using Verification.Figures;

namespace Verification.Extraction;

/// <summary>Reads the claims of a news article: each figure with what it counts, where, when, and according to whom.</summary>
/// <remarks>
/// <para>Each figure is read by the figure rules of <see cref="Figure"/> (hedges, bounds, ranges, vague quantities,
/// number words, scales), so a figure means the same in an article as in a claims file. Years, dates, times, ages,
/// percentages, money, ordinals, measures and identifiers are recognised as such and are not claims.</para>
/// <para>For each figure the extractor finds the subject (the noun after it and the verb telling what happened:
/// "people have fled" → "people fled"; a noun carried over from the figure before when the text leaves it out:
/// "70,000 have returned" → "people returned"), the place (named in its clause, else in its sentence, else from the
/// article: for an incident, the most specific place named with an incident elsewhere, else the place the article
/// names most), the period (resolved against the publication date; a date that only dates a statement, "said on
/// Thursday", is not the figure's period), the source ("according to X figures", "X said", "said X", "X told the Y",
/// or the source named earlier in the paragraph; the outlet when none), whether the text contests it ("contested",
/// "disputed", "could not be independently verified", "denied"), and whether it is derived from two earlier figures
/// ("leaving about 270,000 displaced").</para>
/// <para>A headline, a byline and lines such as "More news: …" make no claims. Vague determiners with a small
/// interval ("several strikes", "a few people") are not claims on their own.</para>
/// <para>Extraction is linear in the length of the text and safe to run on any input: instances are immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class ClaimExtractor
{
    private readonly ArticleReader _reader;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">How to read; <see cref="ExtractionOptions.Default"/> when null.</param>
    public ClaimExtractor(ExtractionOptions? options = null)
    {
        Options = options ?? ExtractionOptions.Default;
        _reader = new ArticleReader(Options);
    }

    /// <summary>The options the extractor reads with.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Reads an article's claims.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The claims, with their spans, and every mention found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public ExtractionResult Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(article.Text);
        return _reader.Read(article, withClaims: true);
    }

    /// <summary>Reads the claims of a text published on <paramref name="published"/>.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="published">The day it was published.</param>
    /// <param name="outlet">The outlet that published it, if known.</param>
    /// <returns>The claims, with their spans, and every mention found.</returns>
    public ExtractionResult Extract(string text, DateOnly published, string? outlet = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(new Article(text, published) { Outlet = outlet });
    }
}

/// <summary>Finds every mention in a text: numbers (with their kind and interval), dates and periods, places and
/// attributions, without assembling claims. For debugging and evaluation.</summary>
public sealed class TextAnnotator
{
    private readonly ArticleReader _reader;

    /// <summary>Creates an annotator.</summary>
    /// <param name="options">How to read; <see cref="ExtractionOptions.Default"/> when null.</param>
    public TextAnnotator(ExtractionOptions? options = null) => _reader = new ArticleReader(options ?? ExtractionOptions.Default);

    /// <summary>Finds the mentions of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="published">The day it was published; relative dates are resolved against it.</param>
    /// <returns>Every mention, in text order per kind.</returns>
    public TextAnnotation Annotate(string text, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _reader.Read(new Article(text, published), withClaims: false).Mentions;
    }
}

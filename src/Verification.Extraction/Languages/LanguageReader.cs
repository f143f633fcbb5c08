using Verification.Extraction.Claims;
using Verification.Extraction.Mentions;

namespace Verification.Extraction.Languages;

/// <summary>Reads an article in the language of <see cref="ExtractionOptions.Language"/>: English as written; another
/// language through its glosses, the readers' spans and quotes then taken back to the original text.</summary>
internal sealed class LanguageReader
{
    private readonly ArticleReader _reader;
    private readonly Glosser? _glosser;

    public LanguageReader(ExtractionOptions options)
    {
        _reader = new ArticleReader(options);
        _glosser = ExtractionLanguages.GlosserFor(options.Language);
    }

    /// <summary>Reads the article; claims too when <paramref name="withClaims"/>.</summary>
    public ExtractionResult Read(Article article, bool withClaims)
    {
        if (_glosser is null)
        {
            return _reader.Read(article, withClaims);
        }

        var glossed = _glosser.Gloss(article.Text);
        var read = _reader.Read(article with { Text = glossed.Text }, withClaims);
        return Back(read, article, glossed);
    }

    // The result with every span on the original text, and the texts it quotes taken from there.
    private static ExtractionResult Back(ExtractionResult read, Article article, GlossedText glossed)
    {
        var text = article.Text;
        TextSpan Span(TextSpan span) => glossed.ToOriginal(span);
        TextSpan? Maybe(TextSpan? span) => span is { } s ? Span(s) : null;

        var claims = read.Claims.Select(c =>
        {
            var quote = Span(c.QuoteSpan);
            return new ExtractedClaim(c.Claim with { Quote = c.Claim.Quote is null ? null : quote.Of(text) }, quote)
            {
                FigureSpan = Maybe(c.FigureSpan),
                PlaceSpan = Maybe(c.PlaceSpan),
                PeriodSpan = Maybe(c.PeriodSpan),
                SourceSpan = Maybe(c.SourceSpan),
            };
        }).ToList();
        var m = read.Mentions;
        var mentions = new TextAnnotation(
            [.. m.Numbers.Select(n => Span(n.Span) is var s ? n with { Span = s, Text = s.Of(text) } : n)],
            [.. m.Periods.Select(p => Span(p.Span) is var s ? p with { Span = s, Text = s.Of(text) } : p)],
            [.. m.Places.Select(p => Span(p.Span) is var s ? p with { Span = s, Text = s.Of(text) } : p)],
            [.. m.Sources.Select(s => s with { Span = Span(s.Span) })]);
        return new ExtractionResult(article, claims, mentions);
    }
}

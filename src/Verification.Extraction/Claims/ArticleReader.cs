using System.Globalization;
using System.Runtime.InteropServices;
using Verification.Extraction.Mentions;
using Verification.Extraction.Numbers;
using Verification.Extraction.Periods;
using Verification.Extraction.Places;
using Verification.Extraction.Sources;
using Verification.Extraction.Text;
using Verification.Extraction.Vocabulary;
using Verification.Figures;
using Verification.Periods;
using Verification.Sources;

namespace Verification.Extraction.Claims;

/// <summary>Reads an article sentence by sentence: finds mentions, and (when asked) assembles claims from them with
/// the context of the sentence, the paragraph and the article.</summary>
/// <remarks>
/// One pass over the text, then one pass over the claims to fill places from the article's context. Every search
/// looks at a bounded number of tokens around a figure, and sentences are bounded in length, so the time is linear in
/// the length of the text.
/// </remarks>
internal sealed partial class ArticleReader
{
    private readonly ExtractionOptions _options;
    private readonly NumberRecognizer _numbers;
    private readonly PeriodRecognizer _periods;
    private readonly PlaceRecognizer _places;

    public ArticleReader(ExtractionOptions options)
    {
        _options = options;
        _numbers = new NumberRecognizer(options.Figures);
        _periods = new PeriodRecognizer(options.RecentDays);
        _places = new PlaceRecognizer(options.Gazetteer);
    }

    private enum ParagraphRole : byte
    {
        Body,
        Headline,
        Byline,
        Boilerplate,
    }

    /// <summary>Reads an article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="withClaims">Whether to assemble claims, or only find mentions.</param>
    public ExtractionResult Read(Article article, bool withClaims)
    {
        var text = article.Text;
        var state = new State(article, withClaims, _options);
        var tokens = new List<Token>(256);
        var sentences = new List<(int First, int Count)>(16);
        var marks = new byte[Segmenter.MaxSentenceTokens + 8];
        var paragraphs = Segmenter.Paragraphs(text);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (start, end) = paragraphs[p];
            var role = Classify(text, start, end, p);
            tokens.Clear();
            sentences.Clear();
            Tokenizer.Tokenize(text, start, end, tokens);
            Segmenter.Sentences(text, tokens, sentences);
            state.StartParagraph(p, role);
            foreach (var (first, count) in sentences)
            {
                if (marks.Length < count)
                {
                    marks = new byte[count];
                }

                var t = CollectionsMarshal.AsSpan(tokens).Slice(first, count);
                var m = marks.AsSpan(0, count);
                m.Clear();
                ReadSentence(text, t, m, state, role);
            }
        }

        return state.Finish();
    }

    private static ParagraphRole Classify(string text, int start, int end, int index)
    {
        var length = end - start;
        var span = text.AsSpan(start, length);
        if (index == 0 && length <= 200 && span.IndexOfAny('\n', '\r') < 0 && !(span[^1] is '.' or '!' or '?' or '"' or '”' or ':'))
        {
            return ParagraphRole.Headline;
        }

        var trimmed = span.TrimStart("•*-–— \t");
        var words = 0;
        var inWord = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
            }
        }

        if ((trimmed.StartsWith("By ", StringComparison.Ordinal) && words <= 8) || (trimmed.Length < span.Length && words <= 5 && !span.ContainsAny(".!?")))
        {
            return ParagraphRole.Byline;
        }

        var colon = trimmed.IndexOf(':');
        if (colon is > 0 and <= 25)
        {
            if (ParagraphHeadings.IsFurniture(trimmed[..colon].Trim()))
            {
                return ParagraphRole.Boilerplate;
            }
        }

        return ParagraphRole.Body;
    }

    private void ReadSentence(string text, ReadOnlySpan<Token> t, Span<byte> marks, State state, ParagraphRole role)
    {
        var periodHits = state.PeriodHits;
        var numberHits = state.NumberHits;
        var placeHits = state.PlaceHits;
        var sourceHits = state.SourceHits;
        periodHits.Clear();
        numberHits.Clear();
        placeHits.Clear();
        sourceHits.Clear();

        _numbers.RecognizeBeforeDates(text, t, marks, numberHits);
        _periods.Recognize(text, t, marks, state.Article.Published, periodHits, state.Pool);
        _numbers.Recognize(text, t, marks, numberHits);
        var lastCity = state.LastCity;
        _places.Recognize(text, t, ref lastCity, placeHits, state.Pool);
        state.LastCity = lastCity;
        SourceRecognizer.Recognize(text, t, sourceHits, state.Pool);

        var sentenceNumbers = state.SentenceNumbers;
        sentenceNumbers.Clear();

        // Numbers inside dates ("March 18, 2017") are reported as dates and years.
        foreach (var hit in periodHits)
        {
            if (state.KeepMentions)
            {
                state.Periods.Add(hit.Mention);
            }
            for (var k = hit.First; k <= hit.Last; k++)
            {
                if (t[k].IsNumber)
                {
                    var value = t[k].DigitsValue(text);
                    // "2013-14": the short end of a range of years is a year too. "The past 48 hours": a length of time.
                    var kind = k + 1 <= hit.Last && t[k + 1].Has(Lex.TimeUnit) ? NumberKind.Measure
                        : (t[k].Length == 4 && NewsYears.Contains(value))
                        || (t[k].Length == 2 && k >= 2 && t[k - 1].Kind == TokenKind.Punct && t[k - 2].IsNumber && t[k - 2].Length == 4 && hit.Mention.Period.Precision != PeriodPrecision.Day && hit.Mention.Period.Start.Year != hit.Mention.Period.End.Year)
                        ? NumberKind.Year : NumberKind.Date;
                    var span = new TextSpan(t[k].Start, k + 1 <= hit.Last && t[k + 1].IsWord && t[k + 1].Attached ? t[k + 1].End : t[k].End);
                    sentenceNumbers.Add(new NumberMention(span, state.Pool.Get(text, span.Start, span.End), kind, value, null) { HighValue = value });
                }
            }
        }

        foreach (var hit in numberHits)
        {
            sentenceNumbers.Add(hit.Mention);
        }

        // Ordinal words ("second largest", "the third day"): numbers of their own kind, never counts. After "a" or a
        // number they are fractions ("a third", "two thirds") and are read with the number.
        for (var k = 0; k < t.Length; k++)
        {
            if (t[k].Has(Lex.Ordinal) && marks[k] == 0 && !(k > 0 && (t[k - 1].FigureWord is FigureWord.A or FigureWord.Unit or FigureWord.Tens || t[k - 1].IsNumber)))
            {
                var span = new TextSpan(t[k].Start, t[k].End);
                var value = Lexicon.Entries[t[k].Entry].Ordinal;
                sentenceNumbers.Add(new NumberMention(span, state.Pool.Get(text, span.Start, span.End), NumberKind.Ordinal, value, null) { HighValue = value });
            }
        }

        if (sentenceNumbers.Count > 1)
        {
            sentenceNumbers.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        if (state.KeepMentions)
        {
            state.Numbers.AddRange(sentenceNumbers);
        }

        foreach (var hit in placeHits)
        {
            if (state.KeepMentions)
            {
                state.Places.Add(hit.Mention);
            }
        }

        foreach (var hit in sourceHits)
        {
            if (hit.IsPronoun)
            {
                if (state.ParagraphSource is { } previous)
                {
                    hit.Mention = hit.Mention with { Name = previous.Name };
                }
                else
                {
                    continue;
                }
            }

            if (state.KeepMentions)
            {
                state.Sources.Add(hit.Mention);
            }
        }

        if (role is ParagraphRole.Byline or ParagraphRole.Boilerplate)
        {
            return;
        }

        state.CountPlaces(placeHits, t, text);
        if (!state.WithClaims || (role == ParagraphRole.Headline && !_options.ClaimsFromHeadline))
        {
            return;
        }

        AssembleClaims(text, t, state);
    }

    internal static string FormatNumber(double value) => Figure.FormatNumber(value);

    internal static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

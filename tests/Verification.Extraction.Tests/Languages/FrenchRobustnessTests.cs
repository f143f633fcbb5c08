using System.Diagnostics;
using Verification.Extraction.Mentions;

namespace Verification.Extraction.Tests.Languages;

/// <summary>French reading of odd and long inputs: it ends in time, and every span it reports lies in the text, with
/// every quote the text at its span.</summary>
[TestFixture]
public sealed class FrenchRobustnessTests
{
    private static readonly ClaimExtractor French = new(new ExtractionOptions { Language = "fr", KeepMentions = true });

    private static readonly string[] OddTexts =
    [
        string.Empty,
        "l'",
        "l'\n'",
        "’’’ l’’ qu’",
        "1er",
        "du 11 au",
        "du 11 au 14",
        "« »«",
        "3 000 000 000 000 000 000 000 morts",
        "12,",
        "12, 5 %",
        "Plus de\n3 000 personnes",
        "mi-",
        "selon l'OIM selon l'OIM selon",
        "Au moins 200 civils ont été tués.\n\nAu moins 200 civils ont été tués le 17 mars à Mossoul, selon l'ONU.",
    ];

    [TestCaseSource(nameof(OddTexts))]
    public void Extract_OddText_ReportsSpansInsideTheText(string text)
    {
        var result = French.Extract(new Article(text, new DateOnly(2017, 3, 25)));
        var spans = result.Mentions.Numbers.Select(n => n.Span)
            .Concat(result.Mentions.Periods.Select(p => p.Span))
            .Concat(result.Mentions.Places.Select(p => p.Span))
            .Concat(result.Mentions.Sources.Select(s => s.Span))
            .Concat(result.Claims.Select(c => c.QuoteSpan));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(spans, Has.All.Matches<TextSpan>(s => s.Start >= 0 && s.Start <= s.End && s.End <= text.Length));
            Assert.That(result.Claims, Has.All.Matches<ExtractedClaim>(c => c!.Claim.Quote == c.QuoteSpan.Of(text)));
            Assert.That(result.Mentions.Numbers, Has.All.Matches<NumberMention>(n => n!.Text == n.Span.Of(text)));
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public void Extract_OneMegabyteOfFrenchParagraphs_EndsInTimeWithAClaimPerParagraph()
    {
        const string Sentence = "Plus de 355 000 personnes ont été déplacées à Mossoul depuis le 17 octobre 2016, selon l'OIM.\n\n";
        var count = (1_000_000 / Sentence.Length) + 1;
        var text = string.Concat(Enumerable.Repeat(Sentence, count));
        var clock = Stopwatch.StartNew();

        var result = French.Extract(new Article(text, new DateOnly(2017, 3, 25)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
            Assert.That(result.Claims, Has.Count.EqualTo(count));
            Assert.That(result.Claims[^1].FigureSpan!.Value.Of(text), Is.EqualTo("Plus de 355 000"));
        }
    }
}

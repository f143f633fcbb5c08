using Verification.Extraction.Text;
using Verification.Figures;

namespace Verification.Extraction.Periods.Refiners;

/// <summary>The sentence the refiners work on.</summary>
internal readonly ref struct PeriodSentence(string text, ReadOnlySpan<Token> tokens, DateOnly published)
{
    public string Text { get; } = text;

    public ReadOnlySpan<Token> Tokens { get; } = tokens;

    public DateOnly Published { get; } = published;
}

/// <summary>One step after the forms have proposed their periods: it merges, adjusts, flags or drops hits. The
/// recogniser runs the steps in a fixed order (<see cref="PeriodRecognizer"/>).</summary>
internal interface IPeriodRefiner
{
    /// <summary>Refines the sentence's hits, in text order; a dropped hit is marked <see cref="PeriodHit.Dropped"/>.</summary>
    void Refine(in PeriodSentence sentence, List<PeriodHit> hits);
}

namespace Verification.Extraction.Tests.Languages;

/// <summary>French figures, read with <see cref="ExtractionOptions.Language"/> "fr": the figure's text in the French
/// sentence and its interval.</summary>
[TestFixture]
public sealed class FrenchNumbersTests
{
    private static readonly TextAnnotator French = new(new ExtractionOptions { Language = "fr" });

    [TestCase("Deux cent cinquante personnes ont fui.", "Deux cent cinquante", 245, 255)]
    [TestCase("Soixante et onze civils ont été tués.", "Soixante et onze", 71, 71)]
    [TestCase("Quatre-vingt-dix-sept civils ont été tués.", "Quatre-vingt-dix-sept", 97, 97)]
    [TestCase("Vingt-trois civils ont été tués.", "Vingt-trois", 23, 23)]
    [TestCase("Deux millions de personnes ont fui.", "Deux millions de", 1_800_000, 2_200_000)]
    [TestCase("Entre 3 000 et 5 000 personnes ont fui.", "Entre 3 000 et 5 000", 3_000, 5_000)]
    [TestCase("De 3 000 à 5 000 personnes ont fui.", "De 3 000 à 5 000", 3_000, 5_000)]
    [TestCase("Des dizaines de milliers de personnes ont fui.", "Des dizaines de milliers de", 20_000, 99_999)]
    [TestCase("Une centaine de personnes ont fui.", "Une centaine de", 90, 110)]
    [TestCase("Environ 12 000 personnes ont fui.", "Environ 12 000", 10_800, 13_200)]
    public void Annotate_FrenchFigure_ReadsItsInterval(string sentence, string text, double low, double high)
    {
        var figures = French.Annotate(sentence, new DateOnly(2017, 3, 25)).Figures;

        Assert.That(figures.Select(f => (f.Text, f.Figure!.Low, f.Figure.High)), Is.EqualTo(new[] { (text, low, high) }));
    }
}

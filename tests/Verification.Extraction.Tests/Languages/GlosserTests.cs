using Verification.Extraction.Languages;

namespace Verification.Extraction.Tests.Languages;

[TestFixture]
public sealed class GlosserTests
{
    private static readonly Glosser French = ExtractionLanguages.GlosserFor("fr")!;

    [TestCase("Plus de 3 000 civils ont été tués.", "More than 3,000 civilians have been killed.")]
    [TestCase("selon l'OIM", "according to IOM")]
    [TestCase("l'offensive", "the offensive")]
    [TestCase("du 11 au 14 juin", "from 11 to 14 June")]
    [TestCase("Le 1er mars", "The 1 March")]
    [TestCase("3,5 millions de personnes", "3.5 million people")]
    [TestCase("« Nous avons fui », a déclaré un habitant.", "\u201C Nous avons fled \u201D, said a habitant.")]
    [TestCase("mi-mars", "mid-March")]
    [TestCase("Mossoul\nmars", "Mosul\nMarch")]
    public void Gloss_FrenchText_IsTheTextTheReadersRead(string text, string glossed)
    {
        Assert.That(French.Gloss(text).Text, Is.EqualTo(glossed));
    }

    [Test]
    public void Gloss_PhraseAcrossALineBreak_IsNotMatched()
    {
        Assert.That(French.Gloss("plus\nde").Text, Is.EqualTo("more\nof"));
    }

    [Test]
    public void ToOriginal_SpanOfAGlossedText_IsTheSpanItWasReadFrom()
    {
        const string text = "Selon l'OIM, plus de 3 000 personnes ont fui du 11 au 14 juin.";
        var glossed = French.Gloss(text);
        TextSpan Find(string s) => new(glossed.Text.IndexOf(s, StringComparison.Ordinal), glossed.Text.IndexOf(s, StringComparison.Ordinal) + s.Length);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(glossed.ToOriginal(Find("more than 3,000")).Of(text), Is.EqualTo("plus de 3 000"));
            Assert.That(glossed.ToOriginal(Find("IOM")).Of(text), Is.EqualTo("l'OIM"));
            Assert.That(glossed.ToOriginal(Find("14")).Of(text), Is.EqualTo("14"));
            Assert.That(glossed.ToOriginal(Find("from 11 to 14 June")).Of(text), Is.EqualTo("du 11 au 14 juin"));
            Assert.That(glossed.ToOriginal(Find("people")).Of(text), Is.EqualTo("personnes"));
            Assert.That(glossed.ToOriginal(new TextSpan(0, glossed.Text.Length)).Of(text), Is.EqualTo(text));
        }
    }
}

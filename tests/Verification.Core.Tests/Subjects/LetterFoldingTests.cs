using Verification.Subjects;
namespace Verification.Core.Tests.Subjects;

/// <summary>Letters with accents written as their base letters, without culture data.</summary>
public sealed class LetterFoldingTests
{
    [TestCase("personnes déplacées", "personnes deplacees")]
    [TestCase("zemřelo", "zemrelo")]
    [TestCase("Ölü sayısı", "Olu sayisi")]
    [TestCase("YAŞAMINI YİTİRDİ", "YASAMINI YITIRDI")]
    [TestCase("Straße", "Strasse")]
    [TestCase("ofiar śmiertelnych łącznie", "ofiar smiertelnych lacznie")]
    [TestCase("погибших", "погибших")]
    [TestCase("поранені й зниклі", "поранені и зниклі")]
    [TestCase("people killed", "people killed")]
    public void Fold_Text_DropsAccentsFromLatinGreekAndCyrillic(string text, string folded)
    {
        Assert.That(LetterFolding.Fold(text), Is.EqualTo(folded));
    }

    [Test]
    public void Fold_MarksOfOtherScripts_StayWithTheirLetters()
    {
        const string Hindi = "घायल हुए";

        Assert.That(LetterFolding.Fold(Hindi), Is.EqualTo(Hindi));
    }

    [Test]
    public void Fold_AccentTypedAsACombiningMark_IsDropped()
    {
        Assert.That(LetterFolding.Fold("de\u0301place\u0301s"), Is.EqualTo("deplaces"));
    }

    [TestCase("ß", "ss")]
    [TestCase("Œuvre", "OEuvre")]
    [TestCase("ħ", "h")]
    public void Fold_LettersWithoutADecomposition_AreWrittenAsTheirBaseLetters(string text, string folded)
    {
        Assert.That(LetterFolding.Fold(text), Is.EqualTo(folded));
    }
}

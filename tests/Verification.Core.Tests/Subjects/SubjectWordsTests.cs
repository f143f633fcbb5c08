using Verification.Subjects;
namespace Verification.Core.Tests.Subjects;

/// <summary>How subject phrases are normalised before they are matched: case, accents, plurals, filler words, order.</summary>
public sealed class SubjectWordsTests
{
    [Test]
    public void Ordered_WordWithAVowelSign_IsOneWord()
    {
        // "किसान" holds the vowel sign "ि", a mark: the word must not break at it.
        Assert.That(SubjectWords.Ordered("किसान"), Is.EqualTo(new[] { "किसान" }));
    }

    [TestCase("kişi yaşamını yitirdi", "KİŞİ YAŞAMINI YİTİRDİ")]
    [TestCase("kişi yaşamını yitirdi", "kisi yasamini yitirdi")]
    [TestCase("Personnes déplacées", "personnes deplacees")]
    [TestCase("muertos", "Muerto")]
    [TestCase("ПОГИБШИХ", "погибших")]
    public void Normalize_SpellingsOfOnePhrase_AreEqual(string first, string second)
    {
        Assert.That(SubjectWords.Normalize(first), Is.EqualTo(SubjectWords.Normalize(second)));
    }

    [Test]
    public void Normalize_DifferentWords_StayDifferent()
    {
        Assert.That(SubjectWords.Normalize("zraněno"), Is.Not.EqualTo(SubjectWords.Normalize("zemřelo")));
    }
}

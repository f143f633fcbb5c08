using Verification.Places;
using Verification.Subjects;
namespace Verification.Core.Tests.Places;

public sealed class PlaceNamesTests
{
    // One folding for places and subjects: Latin accents, letters without a decomposition (Þ, Ð), Cyrillic accents.
    [TestCase("Mosûl", "mosul")]
    [TestCase("Þórshöfn", "thorshofn")]
    [TestCase("Ðakovo", "dakovo")]
    [TestCase("Tĳuana", "tijuana")]
    [TestCase("Ёлкино", "елкино")]
    [TestCase("al-Mawṣil", "mawsil")]
    public void Normalize_AccentedName_FoldsToBaseLetters(string name, string expected) =>
        Assert.That(PlaceNames.Normalize(name), Is.EqualTo(expected));

    [Test]
    public void Normalize_SameWordAsASubject_FoldsAlike()
    {
        Assert.That(PlaceNames.Normalize("Zemřelo"), Is.EqualTo(LetterFolding.Fold("zemřelo")));
    }
}

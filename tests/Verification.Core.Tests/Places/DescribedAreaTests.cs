using Verification.Places;
namespace Verification.Core.Tests.Places;

/// <summary>Names that describe an area of a place ("rebel-held northwest", "the border area") rather than name one.</summary>
public sealed class DescribedAreaTests
{
    [TestCase("rebel-held northwest")]
    [TestCase("government-held areas")]
    [TestCase("the border area")]
    [TestCase("the north")]
    [TestCase("north-east")]
    [TestCase("the far north")]
    [TestCase("off the coast")]
    [TestCase("the country's north")]
    [TestCase("the country’s north")]
    [TestCase("the eastern part of the city")]
    [TestCase("quake-affected areas")]
    [TestCase("Rebel-Held North-West")]
    public void IsDescription_OnlyListedWordsEndingInAHead_IsTrue(string name)
    {
        Assert.That(DescribedArea.IsDescription(name), Is.True);
    }

    [TestCase("northern French coast")]
    [TestCase("Kurdish-held areas")]
    [TestCase("the Syrian border area")]
    [TestCase("eastern Aleppo countryside")]
    public void IsDescription_OneOtherWordBesideAQualifyingWord_IsTrue(string name)
    {
        Assert.That(DescribedArea.IsDescription(name), Is.True);
    }

    [TestCase("North Darfur")]
    [TestCase("East Jerusalem")]
    [TestCase("West Mosul")]
    [TestCase("Western Equatoria")]
    [TestCase("Upper Nile")]
    [TestCase("Gaza City")]
    public void IsDescription_DirectionBeforeAPlaceName_IsFalse(string name)
    {
        Assert.That(DescribedArea.IsDescription(name), Is.False);
    }

    [TestCase("Gold Coast")]
    [TestCase("Kurdistan Region")]
    [TestCase("Syrian border")]
    public void IsDescription_OtherWordWithNothingButTheHeadBesideIt_IsFalse(string name)
    {
        Assert.That(DescribedArea.IsDescription(name), Is.False);
    }

    [TestCase("northern French Atlantic coast")]
    [TestCase("Islamic State-held areas")]
    public void IsDescription_TwoOtherWords_IsFalse(string name)
    {
        Assert.That(DescribedArea.IsDescription(name), Is.False);
    }

    [TestCase("northern")]
    [TestCase("rebel-held")]
    [TestCase("the")]
    [TestCase("of the city")]
    [TestCase("")]
    [TestCase("Calais")]
    public void IsDescription_NoHeadWord_IsFalse(string name)
    {
        Assert.That(DescribedArea.IsDescription(name), Is.False);
    }

    [Test]
    public void IsDescription_MoreWordsThanAnyDescription_IsFalse()
    {
        Assert.That(DescribedArea.IsDescription("the far north and the far south and the east and the west"), Is.False);
    }

    [Test]
    public void BuiltInEntries_HaveNoDuplicates()
    {
        var duplicates = DescribedArea.BuiltInEntries().GroupBy(e => e.Word).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.That(duplicates, Is.Empty);
    }

    [Test]
    public void BuiltInEntries_NameNoPlaceTheAliasTableKnows()
    {
        var names = DescribedArea.BuiltInEntries().Select(e => e.Word).Where(w => PlaceNameTable.Default.Contains(PlaceNames.Normalize(w)));

        Assert.That(names, Is.Empty);
    }

    [Test]
    public void BuiltInEntries_HaveEveryRole()
    {
        var roles = DescribedArea.BuiltInEntries().Aggregate(DescribedArea.Role.None, (all, e) => all | e.Roles);

        Assert.That(roles, Is.EqualTo(DescribedArea.Role.Head | DescribedArea.Role.Modifier | DescribedArea.Role.Joining));
    }
}

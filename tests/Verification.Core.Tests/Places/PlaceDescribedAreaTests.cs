using Verification.Places;
namespace Verification.Core.Tests.Places;

/// <summary>"rebel-held northwest, Syria", "northern French coast, France": an area of a place, described rather than
/// named, that may overlap the place's other parts.</summary>
public sealed class PlaceDescribedAreaTests
{
    private static PlaceRelation Relation(string a, string b) => Place.Parse(a).RelationTo(Place.Parse(b));

    [TestCase("rebel-held northwest, Syria")]
    [TestCase("northern French coast, France")]
    [TestCase("the border area, Turkey")]
    [TestCase("government-held areas, Syria")]
    [TestCase("the eastern part of the city, Mosul, Iraq")]
    public void Parse_DescriptionBeforeAPlace_IsADescribedArea(string path)
    {
        var place = Place.Parse(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.IsDescribedArea, Is.True);
            Assert.That(place.Path, Is.EqualTo(path));
            Assert.That(place.Name, Is.EqualTo(path[..path.IndexOf(',', StringComparison.Ordinal)]));
        }
    }

    [TestCase("North Darfur, Sudan")]
    [TestCase("East Jerusalem, Israel")]
    [TestCase("West Mosul, Mosul, Iraq")]
    [TestCase("Calais, France")]
    [TestCase("Gold Coast, Australia")]
    public void Parse_PlaceNameWithADirectionOrAreaWord_StaysAPlace(string path)
    {
        Assert.That(Place.Parse(path).IsDescribedArea, Is.False);
    }

    [Test]
    public void Parse_DescriptionWithNoPlaceAfterIt_StaysAName()
    {
        Assert.That(Place.Parse("the north").IsDescribedArea, Is.False);
    }

    [Test]
    public void Parse_DescriptionAsAMoreGeneralName_IsAContainerAsWritten()
    {
        var place = Place.Parse("Teteghem, northern French coast, France");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.IsDescribedArea, Is.False);
            Assert.That(Relation("northern French coast, France", "Teteghem, northern French coast, France"), Is.EqualTo(PlaceRelation.Contains));
        }
    }

    [Test]
    public void Parse_ApproximateDescription_IsBoth()
    {
        var place = Place.Parse("the border area and surrounding villages, Turkey");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.IsApproximate, Is.True);
            Assert.That(place.IsDescribedArea, Is.True);
            Assert.That(place.Name, Is.EqualTo("the border area"));
        }
    }

    [Test]
    public void RelationTo_ThePlaceItDescribes_IsWithin()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Relation("rebel-held northwest, Syria", "Syria"), Is.EqualTo(PlaceRelation.Within));
            Assert.That(Relation("Syria", "rebel-held northwest, Syria"), Is.EqualTo(PlaceRelation.Contains));
        }
    }

    [TestCase("northern French coast, France", "Calais, France")]
    [TestCase("Calais, France", "northern French coast, France")]
    [TestCase("rebel-held northwest, Syria", "Khan Shaykhun, Idlib, Syria")]
    [TestCase("rebel-held northwest, Syria", "Idlib, Syria")]
    [TestCase("the north, Mosul, Iraq", "al-Jadida, West Mosul, Mosul, Iraq")]
    public void RelationTo_PlaceInsideTheDescribedPlace_MayOverlap(string a, string b)
    {
        Assert.That(Relation(a, b), Is.EqualTo(PlaceRelation.MayOverlap));
    }

    [Test]
    public void RelationTo_AnotherDescriptionOfTheSamePlace_MayOverlap()
    {
        Assert.That(Relation("rebel-held northwest, Syria", "government-held areas, Syria"), Is.EqualTo(PlaceRelation.MayOverlap));
    }

    [Test]
    public void RelationTo_TheSameDescriptionWrittenAlike_IsTheSamePlace()
    {
        Assert.That(Relation("rebel-held northwest, Syria", "Rebel-held  northwest, Syrian Arab Republic"), Is.EqualTo(PlaceRelation.Same));
    }

    [TestCase("northern French coast, France", "Dover, United Kingdom")]
    [TestCase("the north, Idlib, Syria", "Aleppo, Syria")]
    [TestCase("northern French coast, France", "Calais, Pas-de-Calais")]
    public void RelationTo_PlaceNotShownInsideTheDescribedPlace_IsUnrelated(string a, string b)
    {
        Assert.That(Relation(a, b), Is.EqualTo(PlaceRelation.Unrelated));
    }

    [Test]
    public void RelationTo_PlaceNamesWithADirectionWord_StayUnrelatedSiblings()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Relation("North Darfur, Sudan", "South Darfur, Sudan"), Is.EqualTo(PlaceRelation.Unrelated));
            Assert.That(Relation("East Jerusalem, Israel", "Tel Aviv, Israel"), Is.EqualTo(PlaceRelation.Unrelated));
            Assert.That(Relation("West Mosul, Mosul, Iraq", "East Mosul, Mosul, Iraq"), Is.EqualTo(PlaceRelation.Unrelated));
        }
    }

    [Test]
    public void Equals_SameNamesOneReadAsANamedPlace_AreNotEqual()
    {
        var described = Place.Parse("Northern Territory, Australia");
        var named = Gazetteer.Empty.With(described).Places.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(described.IsDescribedArea, Is.True);
            Assert.That(named.IsDescribedArea, Is.False);
            Assert.That(named, Is.Not.EqualTo(described));
            Assert.That(Place.Parse("northern territory, australia"), Is.EqualTo(described));
        }
    }
}

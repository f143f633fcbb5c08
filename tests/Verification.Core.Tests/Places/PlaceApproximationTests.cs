using Verification.Places;
namespace Verification.Core.Tests.Places;

/// <summary>"X and surrounding areas", "greater X", "around X" are place X, approximately.</summary>
public sealed class PlaceApproximationTests
{
    [TestCase("Mosul and surrounding areas")]
    [TestCase("Mosul and the surrounding area")]
    [TestCase("Mosul and its surroundings")]
    [TestCase("Mosul and environs")]
    [TestCase("Mosul and its environs")]
    [TestCase("Mosul and nearby villages")]
    [TestCase("Mosul and surrounding villages")]
    [TestCase("Mosul and its outskirts")]
    [TestCase("Mosul and vicinity")]
    [TestCase("greater Mosul")]
    [TestCase("Greater Mosul")]
    [TestCase("the greater Mosul")]
    [TestCase("around Mosul")]
    [TestCase("in and around Mosul")]
    [TestCase("the area around Mosul")]
    [TestCase("the outskirts of Mosul")]
    [TestCase("Mosul  AND  the   Surrounding Areas")]
    public void Parse_ApproximateWording_IsTheNameApproximately(string path)
    {
        var place = Place.Parse(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.IsApproximate, Is.True);
            Assert.That(place.Name, Is.EqualTo("Mosul"));
            Assert.That(place.Parts, Is.EqualTo(new[] { "Mosul" }));
            Assert.That(place.Path, Is.EqualTo(path));
        }
    }

    [TestCase("Hamam al-Alil and surrounding areas", "Hamam al-Alil")]
    [TestCase("greater Deir ez-Zor", "Deir ez-Zor")]
    public void Parse_ApproximateNameOfSeveralWords_KeepsTheWholeName(string path, string name)
    {
        Assert.That(Place.Parse(path).Name, Is.EqualTo(name));
    }

    [TestCase("Mosul")]
    [TestCase("Mosul area")]
    [TestCase("Kurdistan Region")]
    [TestCase("Greater")]
    [TestCase("around")]
    [TestCase("and surrounding areas")]
    [TestCase("Surroundings of Mosul")]
    public void Parse_NoApproximateWordingAroundAName_IsExact(string path)
    {
        var place = Place.Parse(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.IsApproximate, Is.False);
            Assert.That(place.Name, Is.EqualTo(path));
        }
    }

    [Test]
    public void Parse_ApproximateMostSpecificName_KeepsTheMoreGeneralNames()
    {
        var place = Place.Parse("Mosul and surrounding areas, Nineveh, Iraq");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.IsApproximate, Is.True);
            Assert.That(place.Parts, Is.EqualTo(new[] { "Mosul", "Nineveh", "Iraq" }));
            Assert.That(place.Path, Is.EqualTo("Mosul and surrounding areas, Nineveh, Iraq"));
        }
    }

    [Test]
    public void Parse_ApproximateWordingOnAMoreGeneralName_IsTakenAsWritten()
    {
        var place = Place.Parse("West Mosul, greater Mosul, Iraq");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.IsApproximate, Is.False);
            Assert.That(place.Parts[1], Is.EqualTo("greater Mosul"));
        }
    }

    [Test]
    public void Of_ApproximateMostSpecificName_IsApproximate()
    {
        var place = Place.Of("around Mosul", "Iraq");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.IsApproximate, Is.True);
            Assert.That(place, Is.EqualTo(Place.Parse("around Mosul, Iraq")));
        }
    }

    [TestCase("Mosul and surrounding areas, Nineveh, Iraq")]
    [TestCase("greater Mosul")]
    [TestCase("in and around  Mosul, Iraq")]
    public void ToString_ApproximatePlace_RoundTripsThroughParse(string path)
    {
        var place = Place.Parse(path);
        var again = Place.Parse(place.ToString());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again, Is.EqualTo(place));
            Assert.That(again.IsApproximate, Is.True);
            Assert.That(again.ToString(), Is.EqualTo(place.ToString()));
        }
    }

    [Test]
    public void Equals_ApproximateAndExactPlace_AreNotEqual()
    {
        Assert.That(Place.Parse("greater Mosul, Iraq"), Is.Not.EqualTo(Place.Parse("Mosul, Iraq")));
    }

    [Test]
    public void Equals_DifferentWordingsOfTheSameApproximation_AreEqualWithEqualHashes()
    {
        var a = Place.Parse("greater Mosul, Iraq");
        var b = Place.Parse("Mosul and its environs, Iraq");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        }
    }

    [TestCase("Mosul and surrounding areas", "Mosul, Iraq", PlaceRelation.Same)]
    [TestCase("greater Mawsil, Iraq", "Mosul", PlaceRelation.Same)]
    [TestCase("around Mosul", "West Mosul, Mosul, Iraq", PlaceRelation.Contains)]
    [TestCase("Mosul and its environs", "Iraq", PlaceRelation.Unrelated)]
    [TestCase("Mosul and its environs, Iraq", "Iraq", PlaceRelation.Within)]
    public void RelationTo_ApproximatePlace_IsComparedAsItsName(string a, string b, PlaceRelation relation)
    {
        Assert.That(Place.Parse(a).RelationTo(Place.Parse(b)), Is.EqualTo(relation));
    }

    // --- Through a gazetteer ---

    [Test]
    public void Complete_ApproximatePlace_IsCompletedAndStaysApproximate()
    {
        var place = Gazetteer.Default.Complete(Place.Parse("Mosul and surrounding areas"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.IsApproximate, Is.True);
            Assert.That(place.Path, Is.EqualTo("Mosul and surrounding areas, Nineveh, Iraq"));
        }
    }

    [Test]
    public void Complete_ApproximateAlias_IsSpelledAsTheGazetteerSpellsIt()
    {
        Assert.That(Gazetteer.Default.Complete(Place.Parse("greater Mawsil")).Path, Is.EqualTo("greater Mosul, Nineveh, Iraq"));
    }

    [TestCase("Mosul area")]
    [TestCase("Mosul region")]
    public void Complete_AreaOfAKnownPlace_IsThePlaceApproximately(string path)
    {
        var place = Gazetteer.Default.Complete(Place.Parse(path));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.IsApproximate, Is.True);
            Assert.That(place.Name, Is.EqualTo("Mosul"));
            Assert.That(place.Path, Is.EqualTo(path + ", Nineveh, Iraq"));
        }
    }

    [Test]
    public void Complete_AreaOfAnUnknownPlace_StaysAsWritten()
    {
        var place = Gazetteer.Default.Complete(Place.Parse("Kurdistan Region, Iraq"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.IsApproximate, Is.False);
            Assert.That(place.Name, Is.EqualTo("Kurdistan Region"));
        }
    }

    [Test]
    public void Complete_RegionKnownAsAPlaceOfItsOwn_IsThatPlace()
    {
        var gazetteer = Gazetteer.Empty
            .WithNames(PlaceNameTable.Default.With("Kharkiv Oblast", "Kharkiv region"))
            .With(Place.Parse("Kharkiv Oblast, Ukraine"))
            .With(Place.Parse("Kharkiv, Kharkiv Oblast, Ukraine"));

        var place = gazetteer.Complete(Place.Parse("Kharkiv region"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.IsApproximate, Is.False);
            Assert.That(place.Path, Is.EqualTo("Kharkiv Oblast, Ukraine"));
        }
    }

    [Test]
    public void Complete_ApproximateWordingKnownWhole_IsThatPlace()
    {
        var gazetteer = Gazetteer.Empty
            .With(Place.Parse("Greater Manchester, England"))
            .With(Place.Parse("Manchester, Greater Manchester, England"));

        var place = gazetteer.Complete(Place.Parse("Greater Manchester"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.IsApproximate, Is.False);
            Assert.That(place.Path, Is.EqualTo("Greater Manchester, England"));
        }
    }
}

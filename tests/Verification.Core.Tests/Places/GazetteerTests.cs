using Verification.Places;
namespace Verification.Core.Tests.Places;

public sealed class GazetteerTests
{
    [TestCase("al-Jadida", "al-Jadida, West Mosul, Mosul, Nineveh, Iraq")]
    [TestCase("West Mosul", "West Mosul, Mosul, Nineveh, Iraq")]
    [TestCase("East Mosul", "East Mosul, Mosul, Nineveh, Iraq")]
    [TestCase("Mosul", "Mosul, Nineveh, Iraq")]
    [TestCase("Nineveh", "Nineveh, Iraq")]
    [TestCase("Iraq", "Iraq")]
    [TestCase("Syria", "Syria")]
    [TestCase("Raqqa", "Raqqa, Syria")]
    [TestCase("Baghdad", "Baghdad, Iraq")]
    [TestCase("Erbil", "Erbil, Iraq")]
    [TestCase("Hamam al-Alil", "Hamam al-Alil, Nineveh, Iraq")]
    public void TryResolve_DefaultPlace_ReturnsFullPath(string name, string path)
    {
        var found = Gazetteer.Default.TryResolve(name, out var place);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found, Is.True);
            Assert.That(place?.Path, Is.EqualTo(path));
        }
    }

    [TestCase("Mawsil", "Mosul, Nineveh, Iraq")]
    [TestCase("al-Mawsil", "Mosul, Nineveh, Iraq")]
    [TestCase("Ninawa", "Nineveh, Iraq")]
    [TestCase("Ninewa", "Nineveh, Iraq")]
    [TestCase("ar-Raqqa", "Raqqa, Syria")]
    [TestCase("Raqqah", "Raqqa, Syria")]
    [TestCase("Jadida", "al-Jadida, West Mosul, Mosul, Nineveh, Iraq")]
    [TestCase("Mosul al-Jadida", "al-Jadida, West Mosul, Mosul, Nineveh, Iraq")]
    [TestCase("western Mosul", "West Mosul, Mosul, Nineveh, Iraq")]
    [TestCase("Hammam al-Alil", "Hamam al-Alil, Nineveh, Iraq")]
    [TestCase("Arbil", "Erbil, Iraq")]
    public void TryResolve_Alias_ReturnsCanonicalPath(string name, string path)
    {
        Gazetteer.Default.TryResolve(name, out var place);

        Assert.That(place?.Path, Is.EqualTo(path));
    }

    [TestCase("MOSUL")]
    [TestCase("mosul")]
    [TestCase("Mosûl")]
    [TestCase("  Mosul ")]
    public void TryResolve_CaseAccentsAndSpaces_AreIgnored(string name)
    {
        Assert.That(Gazetteer.Default.TryResolve(name, out _), Is.True);
    }

    [TestCase("Timbuktu")]
    [TestCase("Mosul, Iraq")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void TryResolve_UnknownOrNotAName_ReturnsFalseAndNull(string? name)
    {
        var found = Gazetteer.Default.TryResolve(name, out var place);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found, Is.False);
            Assert.That(place, Is.Null);
        }
    }

    [Test]
    public void Empty_KnowsNoPlaces()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Gazetteer.Empty.Count, Is.Zero);
            Assert.That(Gazetteer.Empty.Places, Is.Empty);
            Assert.That(Gazetteer.Empty.TryResolve("Mosul", out _), Is.False);
        }
    }

    [Test]
    public void Empty_UsesDefaultNames()
    {
        Assert.That(Gazetteer.Empty.Names, Is.SameAs(PlaceNameTable.Default));
    }

    [Test]
    public void Default_CountMatchesPlaces()
    {
        Assert.That(Gazetteer.Default.Count, Is.EqualTo(Gazetteer.Default.Places.Count()));
    }

    [Test]
    public void Default_EveryPlaceResolvesByItsOwnName()
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var known in Gazetteer.Default.Places)
            {
                Assert.That(Gazetteer.Default.TryResolve(known.Name, out var place) ? place : null, Is.SameAs(known), known.Path);
            }
        }
    }

    [Test]
    public void Default_EveryPlaceLiesWithinIraqOrSyria()
    {
        var iraq = Place.Parse("Iraq");
        var syria = Place.Parse("Syria");

        using (Assert.EnterMultipleScope())
        {
            foreach (var known in Gazetteer.Default.Places)
            {
                var relation = known.RelationTo(iraq) is PlaceRelation.Same or PlaceRelation.Within
                    || known.RelationTo(syria) is PlaceRelation.Same or PlaceRelation.Within;
                Assert.That(relation, Is.True, known.Path);
            }
        }
    }

    [Test]
    public void With_NewPlace_Resolves()
    {
        var gazetteer = Gazetteer.Empty.With(Place.Parse("Sinjar, Nineveh, Iraq"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(gazetteer.TryResolve("sinjar", out var place), Is.True);
            Assert.That(place?.Path, Is.EqualTo("Sinjar, Nineveh, Iraq"));
            Assert.That(gazetteer.Count, Is.EqualTo(1));
        }
    }

    [Test]
    public void With_ReturnsCopy_OriginalUnchanged()
    {
        var before = Gazetteer.Default.Count;

        var extended = Gazetteer.Default.With(Place.Parse("Sinjar, Nineveh, Iraq"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(extended.Count, Is.EqualTo(before + 1));
            Assert.That(Gazetteer.Default.Count, Is.EqualTo(before));
            Assert.That(Gazetteer.Default.TryResolve("Sinjar", out _), Is.False);
        }
    }

    [Test]
    public void With_SameNameKey_ReplacesEarlierPlace()
    {
        var gazetteer = Gazetteer.Empty
            .With(Place.Parse("Jadida, Baghdad, Iraq"))
            .With(Place.Parse("al-Jadida, West Mosul, Mosul, Iraq"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(gazetteer.Count, Is.EqualTo(1));
            Assert.That(gazetteer.TryResolve("Jadida", out var place) ? place.Path : null, Is.EqualTo("al-Jadida, West Mosul, Mosul, Iraq"));
        }
    }

    [Test]
    public void With_PlaceNamedByAlias_IsIndexedUnderCanonicalKey()
    {
        var gazetteer = Gazetteer.Empty.With(Place.Parse("al-Mawsil, Ninawa, Iraq"));

        Assert.That(gazetteer.TryResolve("Mosul", out var place) ? place.Path : null, Is.EqualTo("al-Mawsil, Ninawa, Iraq"));
    }

    [Test]
    public void With_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => Gazetteer.Empty.With(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void WithNames_CustomAlias_Resolves()
    {
        var gazetteer = Gazetteer.Default.WithNames(PlaceNameTable.Default.With("Mosul", "Ninive City"));

        Assert.That(gazetteer.TryResolve("Ninive City", out var place) ? place.Path : null, Is.EqualTo("Mosul, Nineveh, Iraq"));
    }

    [Test]
    public void WithNames_EmptyTable_NoLongerResolvesAliases()
    {
        var gazetteer = Gazetteer.Default.WithNames(PlaceNameTable.Empty);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(gazetteer.TryResolve("Mawsil", out _), Is.False);
            Assert.That(gazetteer.TryResolve("Mosul", out _), Is.True);
            Assert.That(gazetteer.Names, Is.SameAs(PlaceNameTable.Empty));
        }
    }

    [Test]
    public void WithNames_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => Gazetteer.Default.WithNames(null!), Throws.ArgumentNullException);
    }

    // --- Complete ---

    [TestCase("al-Jadida", "al-Jadida, West Mosul, Mosul, Nineveh, Iraq")]
    [TestCase("Jadida, Mosul", "al-Jadida, West Mosul, Mosul, Nineveh, Iraq")]
    [TestCase("al-Jadida, West Mosul, Iraq", "al-Jadida, West Mosul, Mosul, Nineveh, Iraq")]
    [TestCase("Mosul, Iraq", "Mosul, Nineveh, Iraq")]
    [TestCase("Mawsil", "Mosul, Nineveh, Iraq")]
    [TestCase("West Mosul", "West Mosul, Mosul, Nineveh, Iraq")]
    [TestCase("Raqqa", "Raqqa, Syria")]
    public void Complete_KnownAgreeingPlace_ReturnsLongerPath(string given, string expected)
    {
        Assert.That(Gazetteer.Default.Complete(Place.Parse(given)).Path, Is.EqualTo(expected));
    }

    [TestCase("Jadida, Baghdad")]
    [TestCase("Mosul, Syria")]
    [TestCase("Raqqa, Iraq")]
    [TestCase("West Mosul, East Mosul")]
    public void Complete_KnownNameInConflictingContext_ReturnsPlaceUnchanged(string given)
    {
        var place = Place.Parse(given);

        Assert.That(Gazetteer.Default.Complete(place), Is.SameAs(place));
    }

    [Test]
    public void Complete_UnknownName_ReturnsPlaceUnchanged()
    {
        var place = Place.Parse("Sinjar, Iraq");

        Assert.That(Gazetteer.Default.Complete(place), Is.SameAs(place));
    }

    [TestCase("Mosul, Nineveh, Iraq")]
    [TestCase("mosul, ninawa, iraq")]
    [TestCase("Iraq")]
    public void Complete_AlreadyAsLongAsKnownPath_ReturnsPlaceUnchanged(string given)
    {
        var place = Place.Parse(given);

        Assert.That(Gazetteer.Default.Complete(place), Is.SameAs(place));
    }

    [Test]
    public void Complete_PlaceLongerThanKnownPath_ReturnsPlaceUnchanged()
    {
        var place = Place.Parse("Mosul, Mosul District, Nineveh, Iraq");

        Assert.That(Gazetteer.Default.Complete(place), Is.SameAs(place));
    }

    [Test]
    public void Complete_EmptyGazetteer_ReturnsPlaceUnchanged()
    {
        var place = Place.Parse("al-Jadida");

        Assert.That(Gazetteer.Empty.Complete(place), Is.SameAs(place));
    }

    [Test]
    public void Complete_ResultIsSamePlaceAsGiven()
    {
        var given = Place.Parse("al-Jadida, Mosul");

        Assert.That(Gazetteer.Default.Complete(given).RelationTo(given), Is.EqualTo(PlaceRelation.Same));
    }

    [Test]
    public void Complete_RevealsContainmentThePathsDidNotShow()
    {
        var westMosul = Place.Parse("West Mosul");
        var mosul = Place.Parse("Mosul");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(westMosul.RelationTo(mosul), Is.EqualTo(PlaceRelation.Unrelated));
            Assert.That(Gazetteer.Default.Complete(westMosul).RelationTo(mosul), Is.EqualTo(PlaceRelation.Within));
        }
    }

    [TestCase("the northern part, West Mosul", "the northern part, West Mosul, Mosul, Nineveh, Iraq")]
    [TestCase("rebel-held areas, Raqqa", "rebel-held areas, Raqqa, Syria")]
    public void Complete_DescribedArea_CompletesThePlaceItDescribes(string given, string expected)
    {
        var completed = Gazetteer.Default.Complete(Place.Parse(given));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(completed.Path, Is.EqualTo(expected));
            Assert.That(completed.IsDescribedArea, Is.True);
        }
    }

    [Test]
    public void Complete_DescribedAreaOfAnUnknownPlace_ReturnsPlaceUnchanged()
    {
        var place = Place.Parse("the border area, Sinjar");

        Assert.That(Gazetteer.Default.Complete(place), Is.SameAs(place));
    }

    [Test]
    public void Complete_DescribedAreaAfterCompleting_MayOverlapPlacesInsideTheWholePath()
    {
        var area = Gazetteer.Default.Complete(Place.Parse("the northern part, West Mosul"));
        var jadida = Gazetteer.Default.Complete(Place.Parse("al-Jadida"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(area.RelationTo(jadida), Is.EqualTo(PlaceRelation.MayOverlap));
            Assert.That(area.RelationTo(Place.Parse("Mosul, Iraq")), Is.EqualTo(PlaceRelation.Within));
        }
    }

    [Test]
    public void Complete_NameReadAsADescribedAreaThatTheGazetteerKnows_IsThatPlace()
    {
        var gazetteer = Gazetteer.Empty.With(Place.Parse("Northern Territory, Australia"));

        var completed = gazetteer.Complete(Place.Parse("Northern Territory, Australia"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(completed.IsDescribedArea, Is.False);
            Assert.That(completed.RelationTo(Place.Parse("Darwin, Australia")), Is.EqualTo(PlaceRelation.Unrelated));
        }
    }

    [Test]
    public void Complete_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => Gazetteer.Default.Complete(null!), Throws.ArgumentNullException);
    }
}

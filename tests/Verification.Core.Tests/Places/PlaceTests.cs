using Verification.Places;
namespace Verification.Core.Tests.Places;

public sealed class PlaceTests
{
    // --- Parse / TryParse / Of ---

    [Test]
    public void Parse_Path_SplitsPartsMostSpecificFirst()
    {
        var place = Place.Parse("al-Jadida, West Mosul, Mosul, Iraq");

        Assert.That(place.Parts, Is.EqualTo(new[] { "al-Jadida", "West Mosul", "Mosul", "Iraq" }));
    }

    [Test]
    public void Parse_SpacesAroundParts_AreTrimmed()
    {
        var place = Place.Parse("  West Mosul ,Mosul ,  Iraq ");

        Assert.That(place.Path, Is.EqualTo("West Mosul, Mosul, Iraq"));
    }

    [Test]
    public void Parse_SingleName_HasOnePart()
    {
        var place = Place.Parse("Mosul");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.Parts, Has.Count.EqualTo(1));
            Assert.That(place.Name, Is.EqualTo("Mosul"));
        }
    }

    [Test]
    public void Name_IsMostSpecificPart()
    {
        Assert.That(Place.Parse("al-Jadida, West Mosul, Mosul, Iraq").Name, Is.EqualTo("al-Jadida"));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(",")]
    [TestCase("Mosul,")]
    [TestCase(", Iraq")]
    [TestCase("Mosul,, Iraq")]
    [TestCase("Mosul, , Iraq")]
    public void Parse_EmptyPathOrEmptyPart_ThrowsFormatException(string path)
    {
        Assert.That(() => Place.Parse(path), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void Parse_Invalid_MessageQuotesInputAndShowsExpectedForm()
    {
        Assert.That(
            () => Place.Parse("Mosul,,Iraq"),
            Throws.TypeOf<FormatException>().With.Message.Contains("'Mosul,,Iraq'").And.Message.Contains("most specific first"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" ")]
    [TestCase("Mosul,")]
    [TestCase("Mosul,,Iraq")]
    public void TryParse_Invalid_ReturnsFalseAndNull(string? path)
    {
        var ok = Place.TryParse(path, out var place);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ok, Is.False);
            Assert.That(place, Is.Null);
        }
    }

    [Test]
    public void TryParse_Valid_ReturnsPlace()
    {
        var ok = Place.TryParse("Mosul, Iraq", out var place);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ok, Is.True);
            Assert.That(place?.Path, Is.EqualTo("Mosul, Iraq"));
        }
    }

    [Test]
    public void Of_Names_BuildsPath()
    {
        Assert.That(Place.Of("West Mosul", "Mosul", "Iraq").Path, Is.EqualTo("West Mosul, Mosul, Iraq"));
    }

    [Test]
    public void Of_NamesWithSpaces_AreTrimmed()
    {
        Assert.That(Place.Of(" Mosul ", "Iraq ").Parts, Is.EqualTo(new[] { "Mosul", "Iraq" }));
    }

    [Test]
    public void Of_NoNames_ThrowsArgumentException()
    {
        Assert.That(() => Place.Of(Array.Empty<string>()), Throws.ArgumentException);
    }

    [TestCase("")]
    [TestCase("  ")]
    public void Of_EmptyName_ThrowsArgumentException(string name)
    {
        Assert.That(() => Place.Of("Mosul", name), Throws.ArgumentException);
    }

    [Test]
    public void Of_NullName_ThrowsArgumentException()
    {
        Assert.That(() => Place.Of("Mosul", null!), Throws.ArgumentException);
    }

    [Test]
    public void Of_NameWithComma_ThrowsArgumentException()
    {
        Assert.That(() => Place.Of("Mosul, Iraq"), Throws.ArgumentException.With.Message.Contains("'Mosul, Iraq'"));
    }

    [Test]
    public void Of_NullSequence_ThrowsArgumentNullException()
    {
        Assert.That(() => Place.Of((IEnumerable<string>)null!), Throws.ArgumentNullException);
    }

    [TestCase("Mosul")]
    [TestCase("Mosul, Iraq")]
    [TestCase("al-Jadida, West Mosul, Mosul, Nineveh, Iraq")]
    public void ToString_RoundTripsThroughParse(string path)
    {
        var place = Place.Parse(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.ToString(), Is.EqualTo(path));
            Assert.That(Place.Parse(place.ToString()), Is.EqualTo(place));
        }
    }

    // --- RelationTo: Same ---

    [TestCase("Mosul, Iraq", "Mosul, Iraq")]
    [TestCase("Mosul", "Mosul")]
    [TestCase("Mosul", "Mosul, Iraq")]
    [TestCase("Mosul, Iraq", "Mosul")]
    [TestCase("Mosul, Iraq", "Mosul, Nineveh, Iraq")]
    [TestCase("Mosul, Nineveh, Iraq", "Mosul, Iraq")]
    [TestCase("al-Jadida, Mosul, Iraq", "al-Jadida, West Mosul, Mosul, Nineveh, Iraq")]
    public void RelationTo_SameMostSpecificNameAndAgreeingTails_IsSame(string a, string b)
    {
        Assert.That(Place.Parse(a).RelationTo(Place.Parse(b)), Is.EqualTo(PlaceRelation.Same));
    }

    [TestCase("Mosul, Iraq", "Mawsil, Iraq")]
    [TestCase("Mosul, Iraq", "al-Mawsil, Iraq")]
    [TestCase("Mawsil", "al-Mawsil")]
    [TestCase("Mosul, Nineveh, Iraq", "Mosul, Ninawa, Iraq")]
    [TestCase("Mosul, Nineveh, Iraq", "Mosul, Ninewa, Iraq")]
    [TestCase("Ninawa", "Ninewa")]
    [TestCase("Raqqa, Syria", "Raqqah, Syria")]
    [TestCase("Raqqa, Syria", "ar-Raqqa, Syria")]
    [TestCase("Raqqah", "ar-Raqqa")]
    public void RelationTo_AliasSpelling_IsSame(string a, string b)
    {
        Assert.That(Place.Parse(a).RelationTo(Place.Parse(b)), Is.EqualTo(PlaceRelation.Same));
    }

    [TestCase("mosul, iraq", "MOSUL, IRAQ")]
    [TestCase("Mosul", "mOsUl")]
    [TestCase("AL-MAWSIL", "mosul")]
    public void RelationTo_DifferentCase_IsSame(string a, string b)
    {
        Assert.That(Place.Parse(a).RelationTo(Place.Parse(b)), Is.EqualTo(PlaceRelation.Same));
    }

    [TestCase("Mosul", "Mosûl")]
    [TestCase("Ninawa", "Nīnawā")]
    [TestCase("Raqqa", "Raqqā")]
    [TestCase("Erbil", "Érbil")]
    public void RelationTo_Accents_AreIgnored(string a, string b)
    {
        Assert.That(Place.Parse(a).RelationTo(Place.Parse(b)), Is.EqualTo(PlaceRelation.Same));
    }

    [TestCase("al-Jadida", "Jadida")]
    [TestCase("Al Jadida", "Jadida")]
    [TestCase("al-Jadida", "al Jadida")]
    public void RelationTo_LeadingArticle_IsIgnored(string a, string b)
    {
        Assert.That(Place.Parse(a).RelationTo(Place.Parse(b), PlaceNameTable.Empty), Is.EqualTo(PlaceRelation.Same));
    }

    [TestCase("Deir ez-Zor", "Deir ez Zor")]
    [TestCase("Deir ez-Zor", "Deir ez - Zor")]
    [TestCase("Tal-Afar", "Tal Afar")]
    public void RelationTo_HyphensAndSpaces_AreFolded(string a, string b)
    {
        Assert.That(Place.Parse(a).RelationTo(Place.Parse(b), PlaceNameTable.Empty), Is.EqualTo(PlaceRelation.Same));
    }

    [Test]
    public void RelationTo_AliasWithEmptyTable_IsUnrelated()
    {
        Assert.That(Place.Parse("Mosul").RelationTo(Place.Parse("Mawsil"), PlaceNameTable.Empty), Is.EqualTo(PlaceRelation.Unrelated));
    }

    [Test]
    public void RelationTo_NullNames_UsesDefaultTable()
    {
        Assert.That(Place.Parse("Mosul").RelationTo(Place.Parse("Mawsil"), names: null), Is.EqualTo(PlaceRelation.Same));
    }

    [Test]
    public void RelationTo_CustomTable_IsUsed()
    {
        var names = PlaceNameTable.Empty.With("Mosul", "Ninive City");

        Assert.That(Place.Parse("Mosul, Iraq").RelationTo(Place.Parse("Ninive City, Iraq"), names), Is.EqualTo(PlaceRelation.Same));
    }

    // --- RelationTo: Contains / Within ---

    [TestCase("Mosul", "al-Jadida, West Mosul, Mosul")]
    [TestCase("Mosul, Iraq", "West Mosul, Mosul, Iraq")]
    [TestCase("Iraq", "al-Jadida, West Mosul, Mosul, Nineveh, Iraq")]
    [TestCase("Mosul, Iraq", "West Mosul, Mosul, Nineveh, Iraq")]
    [TestCase("Mosul, Nineveh, Iraq", "West Mosul, Mosul, Iraq")]
    [TestCase("Nineveh", "Mosul, Ninawa, Iraq")]
    [TestCase("al-Mawsil", "East Mosul, Mosul")]
    public void RelationTo_OtherLiesInside_IsContains(string a, string b)
    {
        Assert.That(Place.Parse(a).RelationTo(Place.Parse(b)), Is.EqualTo(PlaceRelation.Contains));
    }

    [TestCase("al-Jadida, West Mosul, Mosul", "Mosul")]
    [TestCase("West Mosul, Mosul, Iraq", "Mosul, Iraq")]
    [TestCase("West Mosul, Mosul, Iraq", "Iraq")]
    [TestCase("al-Jadida, Mosul", "Mosul, Nineveh, Iraq")]
    [TestCase("Mosul, Ninewa, Iraq", "Nineveh")]
    [TestCase("Raqqa, Syria", "Syrian Arab Republic")]
    public void RelationTo_ThisLiesInside_IsWithin(string a, string b)
    {
        Assert.That(Place.Parse(a).RelationTo(Place.Parse(b)), Is.EqualTo(PlaceRelation.Within));
    }

    [TestCase("Mosul, Iraq", "West Mosul, Mosul, Iraq")]
    [TestCase("Iraq", "al-Jadida, Mosul, Iraq")]
    [TestCase("Mosul", "Mosul")]
    [TestCase("Mosul, Iraq", "Mosul, Syria")]
    [TestCase("Jadida, Baghdad", "Jadida, Mosul")]
    public void RelationTo_IsSymmetric(string a, string b)
    {
        var forward = Place.Parse(a).RelationTo(Place.Parse(b));
        var backward = Place.Parse(b).RelationTo(Place.Parse(a));
        var mirrored = forward switch
        {
            PlaceRelation.Contains => PlaceRelation.Within,
            PlaceRelation.Within => PlaceRelation.Contains,
            _ => forward,
        };

        Assert.That(backward, Is.EqualTo(mirrored));
    }

    // --- RelationTo: Unrelated ---

    [TestCase("Jadida, Baghdad", "Jadida, Mosul")]
    [TestCase("Mosul, Iraq", "Mosul, Syria")]
    [TestCase("Raqqa, Syria", "Raqqa, Iraq")]
    [TestCase("Iraq", "Syria")]
    [TestCase("Mosul", "Baghdad")]
    [TestCase("Mosul", "West Mosul")]
    [TestCase("West Mosul, Mosul", "East Mosul, Mosul")]
    public void RelationTo_ConflictingOrDisjoint_IsUnrelated(string a, string b)
    {
        Assert.That(Place.Parse(a).RelationTo(Place.Parse(b)), Is.EqualTo(PlaceRelation.Unrelated));
    }

    [Test]
    public void RelationTo_ContainingNameWithConflictingTail_IsUnrelated()
    {
        // "Mosul" appears in the other path, but that Mosul lies in Iraq, not Syria.
        Assert.That(Place.Parse("Mosul, Syria").RelationTo(Place.Parse("al-Jadida, Mosul, Iraq")), Is.EqualTo(PlaceRelation.Unrelated));
    }

    [Test]
    public void RelationTo_ContainedNameWithConflictingTail_IsUnrelated()
    {
        Assert.That(Place.Parse("al-Jadida, Mosul, Iraq").RelationTo(Place.Parse("Mosul, Syria")), Is.EqualTo(PlaceRelation.Unrelated));
    }

    [Test]
    public void RelationTo_TailsInDifferentOrder_IsUnrelated()
    {
        Assert.That(Place.Parse("Mosul, Nineveh, Iraq").RelationTo(Place.Parse("Mosul, Iraq, Nineveh")), Is.EqualTo(PlaceRelation.Unrelated));
    }

    [Test]
    public void RelationTo_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => Place.Parse("Mosul").RelationTo(null!), Throws.ArgumentNullException);
    }

    // --- Keys ---

    [Test]
    public void Keys_AliasesResolveToCanonicalKeys()
    {
        Assert.That(Place.Parse("al-Mawsil, Ninawa, Iraq").Keys(PlaceNameTable.Default), Is.EqualTo(new[] { "mosul", "nineveh", "iraq" }));
    }

    [Test]
    public void Keys_NullTable_ThrowsArgumentNullException()
    {
        Assert.That(() => Place.Parse("Mosul").Keys(null!), Throws.ArgumentNullException);
    }

    // --- Equality ---

    [TestCase("Mosul, Iraq", "Mosul, Iraq")]
    [TestCase("Mosul, Iraq", "mosul, IRAQ")]
    [TestCase("Mosul, Iraq", "Mosûl,Iraq")]
    [TestCase("al-Jadida, Mosul", "Jadida, Mosul")]
    public void Equals_SameNormalisedNames_IsTrue(string a, string b)
    {
        var x = Place.Parse(a);
        var y = Place.Parse(b);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(x, Is.EqualTo(y));
            Assert.That(x == y, Is.True);
            Assert.That(x != y, Is.False);
            Assert.That(x.GetHashCode(), Is.EqualTo(y.GetHashCode()));
        }
    }

    [TestCase("Mosul, Iraq", "Mawsil, Iraq")]
    [TestCase("Mosul, Iraq", "Mosul, Nineveh, Iraq")]
    [TestCase("Mosul, Iraq", "Mosul")]
    [TestCase("Mosul, Iraq", "Iraq, Mosul")]
    public void Equals_DifferentNamesOrAliasesOrLevels_IsFalse(string a, string b)
    {
        var x = Place.Parse(a);
        var y = Place.Parse(b);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(x, Is.Not.EqualTo(y));
            Assert.That(x == y, Is.False);
            Assert.That(x != y, Is.True);
        }
    }

    [Test]
    public void Equals_Null_IsFalse()
    {
        var place = Place.Parse("Mosul");
        Place? none = null;
        object? nothing = null;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(place.Equals(none), Is.False);
            Assert.That(place.Equals(nothing), Is.False);
            Assert.That(place == none, Is.False);
            Assert.That(none == null, Is.True);
        }
    }

    [Test]
    public void Equals_OtherType_IsFalse()
    {
        Assert.That(Place.Parse("Mosul").Equals("Mosul"), Is.False);
    }

    [Test]
    public void Equals_OfAndParse_AreEqual()
    {
        Assert.That(Place.Of("Mosul", "Iraq"), Is.EqualTo(Place.Parse("Mosul, Iraq")));
    }

    [Test]
    public void Path_KeepsSpellingAsWritten()
    {
        Assert.That(Place.Parse("al-Mawsil, Ninawa").Path, Is.EqualTo("al-Mawsil, Ninawa"));
    }
}

using Verification.Places;
namespace Verification.Core.Tests.Places;

public sealed class PlaceNameTableTests
{
    [TestCase("Mosul", "Mawsil")]
    [TestCase("Mosul", "al-Mawsil")]
    [TestCase("Mawsil", "al-Mawsil")]
    [TestCase("Nineveh", "Ninawa")]
    [TestCase("Nineveh", "Ninewa")]
    [TestCase("Ninawa", "Ninewa")]
    [TestCase("Raqqa", "Raqqah")]
    [TestCase("Raqqa", "ar-Raqqa")]
    [TestCase("Raqqah", "ar-Raqqa")]
    [TestCase("West Mosul", "western Mosul")]
    [TestCase("East Mosul", "left bank of Mosul")]
    [TestCase("Jadida", "Mosul al-Jadida")]
    [TestCase("Hamam al-Alil", "Hammam al-Alil")]
    [TestCase("Erbil", "Arbil")]
    public void AreSame_DefaultAliases_IsTrue(string a, string b)
    {
        Assert.That(PlaceNameTable.Default.AreSame(a, b), Is.True);
    }

    [TestCase("Türkiye", "Turkey")]
    [TestCase("Turkiye", "Turkey")]
    [TestCase("Czechia", "Czech Republic")]
    [TestCase("Eswatini", "Swaziland")]
    [TestCase("North Macedonia", "Macedonia")]
    [TestCase("Myanmar", "Burma")]
    [TestCase("Côte d'Ivoire", "Ivory Coast")]
    [TestCase("Cote d’Ivoire", "Ivory Coast")]
    [TestCase("Cabo Verde", "Cape Verde")]
    [TestCase("Timor-Leste", "East Timor")]
    [TestCase("DR Congo", "Democratic Republic of the Congo")]
    [TestCase("DRC", "DR Congo")]
    [TestCase("Kyiv", "Kiev")]
    [TestCase("Mykolaiv", "Nikolaev")]
    [TestCase("Kharkiv", "Kharkov")]
    [TestCase("Odesa", "Odessa")]
    [TestCase("Mumbai", "Bombay")]
    public void AreSame_CurrentOfficialNameAndTheNameItReplaced_IsTrue(string a, string b)
    {
        Assert.That(PlaceNameTable.Default.AreSame(a, b), Is.True);
    }

    [TestCase("Democratic Republic of the Congo", "Republic of the Congo")]
    [TestCase("Kyiv", "Kharkiv")]
    [TestCase("Turkey", "Turkmenistan")]
    public void AreSame_RenamedPlaceAndAnother_IsFalse(string a, string b)
    {
        Assert.That(PlaceNameTable.Default.AreSame(a, b), Is.False);
    }

    [Test]
    public void BuiltInGroups_NoNameOnTwoLines()
    {
        var duplicates = PlaceNameTable.BuiltInGroups()
            .SelectMany(g => g.Aliases.Prepend(g.Canonical))
            .GroupBy(PlaceNames.Normalize)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" = ", g));

        Assert.That(duplicates, Is.Empty);
    }

    [Test]
    public void BuiltInGroups_EveryNameIsTheSameAsItsCanonicalNameInDefault()
    {
        var notJoined = PlaceNameTable.BuiltInGroups()
            .SelectMany(g => g.Aliases.Select(a => (g.Canonical, Alias: a)))
            .Where(p => !PlaceNameTable.Default.AreSame(p.Canonical, p.Alias));

        Assert.That(notJoined, Is.Empty);
    }

    [Test]
    public void BuiltInGroups_HoldTheExampleRegionAndRenamings()
    {
        Assert.That(PlaceNameTable.BuiltInGroups().Select(g => g.Canonical), Is.SupersetOf(new[] { "Mosul", "Nineveh", "Turkey", "Kyiv" }));
    }

    [Test]
    public void RelationTo_PlacesUnderOldAndNewNames_IsSame()
    {
        Assert.That(Place.Parse("Kyiv, Ukraine").RelationTo(Place.Parse("Kiev")), Is.EqualTo(PlaceRelation.Same));
    }

    [TestCase("Mosul", "West Mosul")]
    [TestCase("West Mosul", "East Mosul")]
    [TestCase("Mosul", "Nineveh")]
    [TestCase("Iraq", "Syria")]
    [TestCase("Raqqa", "Baghdad")]
    public void AreSame_DifferentPlaces_IsFalse(string a, string b)
    {
        Assert.That(PlaceNameTable.Default.AreSame(a, b), Is.False);
    }

    [TestCase("MOSUL", "mosul")]
    [TestCase("Mosûl", "Mosul")]
    [TestCase("Al-Mawsil", "al mawsil")]
    [TestCase("  Mosul  ", "Mosul")]
    [TestCase("Mosul  al-Jadida", "Mosul al-Jadida")]
    [TestCase("Ninawa’", "Ninawa")]
    public void AreSame_CaseAccentsSpacingAndApostrophes_AreIgnored(string a, string b)
    {
        Assert.That(PlaceNameTable.Empty.AreSame(a, b), Is.True);
    }

    [Test]
    public void AreSame_EmptyTableAlias_IsFalse()
    {
        Assert.That(PlaceNameTable.Empty.AreSame("Mosul", "Mawsil"), Is.False);
    }

    [TestCase("Mawsil", "mosul")]
    [TestCase("al-Mawsil", "mosul")]
    [TestCase("Ninewa Governorate", "nineveh")]
    [TestCase("Raqqah", "raqqa")]
    [TestCase("ar-Raqqa", "raqqa")]
    [TestCase("Mosul al-Jadida", "jadida")]
    [TestCase("Deir el-Zor", "deir ez zor")]
    public void KeyOf_Alias_IsCanonicalKey(string alias, string key)
    {
        Assert.That(PlaceNameTable.Default.KeyOf(alias), Is.EqualTo(key));
    }

    [TestCase("Ḥalab", "aleppo")]
    [TestCase("Nīnawā", "nineveh")]
    [TestCase("Mawṣil", "mosul")]
    [TestCase("Dayr az-Zawr", "deir ez zor")]
    [TestCase("Mosu\u0302l", "mosul")]
    [TestCase("ʿIrāq", "iraq")]
    [TestCase("Tall ʿAfar", "tal afar")]
    public void KeyOf_TransliterationWithDiacritics_FoldsToCanonicalKey(string name, string key)
    {
        Assert.That(PlaceNameTable.Default.KeyOf(name), Is.EqualTo(key));
    }

    [TestCase("Ærø", "aero")]
    [TestCase("Straße", "strasse")]
    [TestCase("Łódź", "lodz")]
    [TestCase("Şanlıurfa", "sanliurfa")]
    [TestCase("Œil", "oeil")]
    public void KeyOf_LettersWithoutCanonicalDecomposition_AreFolded(string name, string key)
    {
        Assert.That(PlaceNameTable.Empty.KeyOf(name), Is.EqualTo(key));
    }

    [TestCase("Hamdaniya", "hamdaniya")]
    [TestCase("Tal Kayf", "tal kayf")]
    [TestCase("Sinjar-", "sinjar")]
    public void KeyOf_UnknownName_IsNormalisedName(string name, string key)
    {
        Assert.That(PlaceNameTable.Default.KeyOf(name), Is.EqualTo(key));
    }

    [Test]
    public void KeyOf_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => PlaceNameTable.Default.KeyOf(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void With_NewGroup_AddsAliases()
    {
        var table = PlaceNameTable.Empty.With("Sinjar", "Shingal", "Shengal");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.AreSame("Sinjar", "Shingal"), Is.True);
            Assert.That(table.AreSame("Shengal", "Shingal"), Is.True);
        }
    }

    [Test]
    public void With_ReturnsCopy_OriginalUnchanged()
    {
        var extended = PlaceNameTable.Default.With("Sinjar", "Shingal");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(extended.AreSame("Sinjar", "Shingal"), Is.True);
            Assert.That(PlaceNameTable.Default.AreSame("Sinjar", "Shingal"), Is.False);
        }
    }

    [Test]
    public void With_CanonicalAlreadyAnAlias_JoinsExistingGroup()
    {
        var table = PlaceNameTable.Default.With("Mawsil", "Mausil");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.AreSame("Mausil", "Mosul"), Is.True);
            Assert.That(table.AreSame("Mawsil", "Mosul"), Is.True);
            Assert.That(table.KeyOf("Mausil"), Is.EqualTo("mosul"));
        }
    }

    [Test]
    public void With_AliasIsAnotherGroupsCanonical_MergesWholeGroup()
    {
        var table = PlaceNameTable.Default.With("Mosul City", "Mosul");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.AreSame("Mosul City", "Mosul"), Is.True);
            Assert.That(table.AreSame("Mosul City", "Mawsil"), Is.True);
            Assert.That(table.AreSame("Mosul", "Mawsil"), Is.True);
        }
    }

    [Test]
    public void With_AliasIsAnotherGroupsAlias_MergesWholeGroup()
    {
        var table = PlaceNameTable.Empty.With("A", "B").With("C", "D").With("B", "D");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.AreSame("A", "C"), Is.True);
            Assert.That(table.AreSame("A", "D"), Is.True);
            Assert.That(table.AreSame("B", "C"), Is.True);
        }
    }

    [Test]
    public void With_UnrelatedGroups_StayApart()
    {
        var table = PlaceNameTable.Default.With("Mosul City", "Mosul");

        Assert.That(table.AreSame("Mosul City", "Nineveh"), Is.False);
    }

    [Test]
    public void With_AliasSpelledWithArticleAndAccents_IsNormalised()
    {
        var table = PlaceNameTable.Empty.With("Sinjar", "ash-Shingāl");

        Assert.That(table.AreSame("SHINGAL", "Sinjar"), Is.True);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase("'")]
    public void With_InvalidCanonical_ThrowsArgumentException(string? canonical)
    {
        Assert.That(() => PlaceNameTable.Empty.With(canonical!, "x"), Throws.Exception.AssignableTo<ArgumentException>());
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase("’")]
    public void With_InvalidAlias_ThrowsArgumentException(string? alias)
    {
        Assert.That(() => PlaceNameTable.Empty.With("Mosul", alias!), Throws.Exception.AssignableTo<ArgumentException>());
    }

    [Test]
    public void With_NullAliasArray_ThrowsArgumentNullException()
    {
        Assert.That(() => PlaceNameTable.Empty.With("Mosul", null!), Throws.ArgumentNullException);
    }

    [Test]
    public void With_InvalidAlias_LeavesNoPartialTable()
    {
        var table = PlaceNameTable.Empty;

        Assert.That(() => table.With("Sinjar", "Shingal", ""), Throws.ArgumentException);
        Assert.That(table.AreSame("Sinjar", "Shingal"), Is.False);
    }
}

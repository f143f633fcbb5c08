namespace Verification.Core.Tests.Subjects;

public sealed class SubjectVocabularyTests
{
    private static string Key(SubjectVocabulary table, string phrase) => table.CanonicalKeyOf(new Subject(phrase));

    private static bool Same(SubjectVocabulary table, string a, string b) =>
        string.Equals(Key(table, a), Key(table, b), StringComparison.Ordinal);

    [TestCase("civilian deaths", "civilians killed")]
    [TestCase("IDPs", "people displaced")]
    [TestCase("IDPs", "internally displaced people")]
    [TestCase("internally displaced people", "people displaced")]
    [TestCase("displaced civilians", "civilians displaced")]
    [TestCase("civilian death toll", "civilians killed")]
    [TestCase("death toll", "people killed")]
    [TestCase("bodies retrieved", "bodies recovered")]
    public void CanonicalKeyOf_DefaultSynonyms_AreEqual(string a, string b)
    {
        Assert.That(Same(SubjectVocabulary.Default, a, b), Is.True);
    }

    [TestCase("civilian deaths", "deaths")]
    [TestCase("people fled", "people displaced")]
    [TestCase("people returned", "people displaced")]
    [TestCase("people injured", "people killed")]
    [TestCase("bodies recovered", "people killed")]
    public void CanonicalKeyOf_DefaultGroups_StayApart(string a, string b)
    {
        Assert.That(Same(SubjectVocabulary.Default, a, b), Is.False);
    }

    [TestCase("Civilian Deaths")]
    [TestCase("deaths, civilian")]
    [TestCase("civilian death")]
    public void CanonicalKeyOf_SynonymVariants_NeedNotBeListed(string variant)
    {
        Assert.That(Key(SubjectVocabulary.Default, variant), Is.EqualTo(Key(SubjectVocabulary.Default, "civilians killed")));
    }

    [Test]
    public void CanonicalKeyOf_ReadPhrase_IsPopulationEventQualifiers()
    {
        Assert.That(Key(SubjectVocabulary.Default, "civilians killed"), Is.EqualTo("civilians|killed|"));
    }

    [Test]
    public void CanonicalKeyOf_UnknownPhrase_IsItsWords()
    {
        Assert.That(Key(SubjectVocabulary.Default, "Ceasefire violations"), Is.EqualTo("~" + new Subject("Ceasefire violations").Key));
    }

    [Test]
    public void CanonicalKeyOf_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => SubjectVocabulary.Default.CanonicalKeyOf(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Empty_HasNoSynonyms()
    {
        Assert.That(Same(SubjectVocabulary.Empty, "civilian deaths", "civilians killed"), Is.False);
    }

    // --- With: user extension ---

    [Test]
    public void With_NewGroup_MakesPhrasesSynonyms()
    {
        var table = SubjectVocabulary.Empty.With("schools destroyed", "destroyed schools", "schools razed");

        Assert.That(Same(table, "schools razed", "schools destroyed"), Is.True);
    }

    [Test]
    public void With_ExtendingExistingGroup_AddsPhrase()
    {
        var table = SubjectVocabulary.Default.With("civilians killed", "non-combatants killed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Same(table, "non-combatants killed", "civilian deaths"), Is.True);
            Assert.That(Same(table, "non-combatants killed", "civilians killed"), Is.True);
        }
    }

    [Test]
    public void With_ReturnsCopy_OriginalUnchanged()
    {
        _ = SubjectVocabulary.Default.With("civilians killed", "collateral damage");

        Assert.That(Same(SubjectVocabulary.Default, "collateral damage", "civilians killed"), Is.False);
    }

    [Test]
    public void With_CanonicalAlreadyASynonym_JoinsItsGroup()
    {
        var table = SubjectVocabulary.Default.With("civilian deaths", "non-combatant deaths");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Same(table, "non-combatant deaths", "civilians killed"), Is.True);
            Assert.That(Same(table, "civilian deaths", "civilians killed"), Is.True);
            Assert.That(Key(table, "civilian deaths"), Is.EqualTo(Key(SubjectVocabulary.Default, "civilians killed")));
        }
    }

    // --- With: merge of groups ---

    [Test]
    public void With_SynonymTheVocabularyReads_NamesOnlyItself()
    {
        var table = SubjectVocabulary.Default.With("people killed", "civilians killed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Same(table, "civilians killed", "death toll"), Is.True);
            Assert.That(Same(table, "civilian deaths", "death toll"), Is.False);
        }
    }

    [Test]
    public void With_SynonymIsAnotherGroupsSynonym_MergesGroups()
    {
        var table = SubjectVocabulary.Default
            .With("civilian harm", "harm to civilians")
            .With("civilian suffering", "harm to civilians");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Same(table, "civilian harm", "civilian suffering"), Is.True);
            Assert.That(Same(table, "harm to civilians", "civilian suffering"), Is.True);
        }
    }

    [Test]
    public void With_TwoSynonymsFromTwoGroups_MergesAllThree()
    {
        var table = SubjectVocabulary.Empty
            .With("homes destroyed", "houses destroyed")
            .With("buildings collapsed", "buildings flattened")
            .With("structures lost", "houses destroyed", "buildings flattened");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Same(table, "homes destroyed", "buildings collapsed"), Is.True);
            Assert.That(Same(table, "homes destroyed", "structures lost"), Is.True);
            Assert.That(Same(table, "houses destroyed", "buildings flattened"), Is.True);
        }
    }

    [Test]
    public void With_MergeLeavesOtherGroupsApart()
    {
        var table = SubjectVocabulary.Default.With("people killed", "civilians killed");

        Assert.That(Same(table, "civilian deaths", "people injured"), Is.False);
    }

    [Test]
    public void With_PluralOrderVariantOfListedPhrase_IsCovered()
    {
        var table = SubjectVocabulary.Empty.With("houses destroyed", "homes razed");

        Assert.That(Same(table, "Razed Home", "destroyed house"), Is.True);
    }

    // --- With: errors ---

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase("the")]
    public void With_InvalidCanonical_ThrowsArgumentException(string? canonical)
    {
        Assert.That(() => SubjectVocabulary.Empty.With(canonical!, "x"), Throws.Exception.AssignableTo<ArgumentException>());
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase("of the")]
    public void With_InvalidSynonym_ThrowsArgumentException(string? synonym)
    {
        Assert.That(() => SubjectVocabulary.Empty.With("people killed", synonym!), Throws.Exception.AssignableTo<ArgumentException>());
    }

    [Test]
    public void With_NullSynonymArray_ThrowsArgumentNullException()
    {
        Assert.That(() => SubjectVocabulary.Empty.With("people killed", null!), Throws.ArgumentNullException);
    }

    [Test]
    public void With_NoSynonyms_KeepsTableEquivalent()
    {
        var table = SubjectVocabulary.Default.With("people killed");

        Assert.That(Same(table, "deaths", "people killed"), Is.True);
    }
}

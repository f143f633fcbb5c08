using Verification.Subjects;
namespace Verification.Core.Tests.Subjects;

public sealed class SubjectTests
{
    [TestCase("people displaced", "PEOPLE DISPLACED")]
    [TestCase("people displaced", "People Displaced")]
    public void Equals_DifferentCase_IsTrue(string a, string b)
    {
        Assert.That(new Subject(a), Is.EqualTo(new Subject(b)));
    }

    [TestCase("civilians killed", "civilian killed")]
    [TestCase("people displaced", "persons displaced")]
    [TestCase("people displaced", "person displaced")]
    [TestCase("children killed", "child killed")]
    [TestCase("casualties", "casualty")]
    [TestCase("bodies recovered", "body recovered")]
    [TestCase("IDPs", "IDP")]
    [TestCase("refugees", "refugee")]
    [TestCase("fatalities", "fatality")]
    public void Equals_PluralAndSingular_IsTrue(string a, string b)
    {
        Assert.That(new Subject(a), Is.EqualTo(new Subject(b)));
    }

    [TestCase("people displaced", "displaced people")]
    [TestCase("civilians killed", "killed civilians")]
    [TestCase("bodies recovered", "recovered bodies")]
    public void Equals_DifferentWordOrder_IsTrue(string a, string b)
    {
        Assert.That(new Subject(a), Is.EqualTo(new Subject(b)));
    }

    [TestCase("people who fled", "people fled")]
    [TestCase("people who have fled", "people fled")]
    [TestCase("the bodies of the dead", "bodies dead")]
    public void Equals_FillerWords_AreIgnored(string a, string b)
    {
        Assert.That(new Subject(a), Is.EqualTo(new Subject(b)));
    }

    [TestCase("civilians killed", "civilians, killed")]
    [TestCase("people displaced", "people-displaced")]
    [TestCase("people displaced", "  people   displaced. ")]
    public void Equals_PunctuationAndSpacing_AreIgnored(string a, string b)
    {
        Assert.That(new Subject(a), Is.EqualTo(new Subject(b)));
    }

    [TestCase("people displaced", "people killed")]
    [TestCase("civilians killed", "people killed")]
    [TestCase("people fled", "people returned")]
    public void Equals_DifferentWords_IsFalse(string a, string b)
    {
        Assert.That(new Subject(a), Is.Not.EqualTo(new Subject(b)));
    }

    [Test]
    public void Equals_SynonymsWithDifferentWords_IsFalse()
    {
        // Equality is normalisation only; synonyms go through Matches.
        Assert.That(new Subject("civilian deaths"), Is.Not.EqualTo(new Subject("civilians killed")));
    }

    [TestCase("people displaced", "displaced person")]
    [TestCase("Internally Displaced People", "displaced internally person")]
    [TestCase("IDPs", "idp")]
    [TestCase("casualties", "casualty")]
    [TestCase("crisis", "crisis")]
    [TestCase("status", "status")]
    [TestCase("class", "class")]
    [TestCase("gas", "gas")]
    public void Key_IsNormalisedPhrase(string text, string key)
    {
        Assert.That(new Subject(text).Key, Is.EqualTo(key));
    }

    [Test]
    public void Text_IsPhraseAsWrittenTrimmed()
    {
        var subject = new Subject("  Displaced People ");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(subject.Text, Is.EqualTo("Displaced People"));
            Assert.That(subject.ToString(), Is.EqualTo("Displaced People"));
        }
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("the")]
    [TestCase("...")]
    public void IsEmpty_NoWordsToCompare_IsTrue(string text)
    {
        Assert.That(new Subject(text).IsEmpty, Is.True);
    }

    [Test]
    public void IsEmpty_Phrase_IsFalse()
    {
        Assert.That(new Subject("people killed").IsEmpty, Is.False);
    }

    [Test]
    public void Constructor_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => new Subject(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void ImplicitConversion_FromString_KeepsText()
    {
        Subject subject = "people fled";

        Assert.That(subject.Text, Is.EqualTo("people fled"));
    }

    [Test]
    public void FromString_IsLikeConstructor()
    {
        Assert.That(Subject.FromString("people fled"), Is.EqualTo(new Subject("people fled")));
    }

    [Test]
    public void GetHashCode_EqualSubjects_AreEqual()
    {
        Assert.That(new Subject("Displaced persons").GetHashCode(), Is.EqualTo(new Subject("people displaced").GetHashCode()));
    }

    [Test]
    public void Operators_CompareByKey()
    {
        var a = new Subject("people displaced");
        var b = new Subject("displaced people");
        var c = new Subject("people killed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(a == b, Is.True);
            Assert.That(a != c, Is.True);
            Assert.That(a == null, Is.False);
            Assert.That((Subject?)null == null, Is.True);
        }
    }

    // --- Matches ---

    [TestCase("civilian deaths", "civilians killed")]
    [TestCase("IDPs", "people displaced")]
    [TestCase("IDPs", "internally displaced people")]
    [TestCase("internally displaced persons", "displaced people")]
    [TestCase("returnees", "people who returned")]
    [TestCase("deaths", "people killed")]
    [TestCase("wounded", "people injured")]
    public void Matches_DefaultSynonyms_IsTrue(string a, string b)
    {
        Assert.That(new Subject(a).Matches(new Subject(b)), Is.True);
    }

    [TestCase("people fled", "people displaced")]
    [TestCase("civilians killed", "children killed")]
    [TestCase("people returned", "people fled")]
    public void Matches_DifferentThings_IsFalse(string a, string b)
    {
        Assert.That(new Subject(a).Matches(new Subject(b)), Is.False);
    }

    [Test]
    public void Matches_PopulationLeftUnspecified_IsTrue()
    {
        Assert.That(new Subject("people killed").Matches(new Subject("civilians killed")), Is.True);
    }

    [Test]
    public void Matches_EmptyTable_NeedsSameKey()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(new Subject("IDPs").Matches(new Subject("people displaced"), SubjectVocabulary.Empty), Is.False);
            Assert.That(new Subject("displaced people").Matches(new Subject("people displaced"), SubjectVocabulary.Empty), Is.True);
        }
    }

    [Test]
    public void Matches_UserExtendedTable_IsUsed()
    {
        var table = SubjectVocabulary.Default.With("people displaced", "relocatees");

        Assert.That(new Subject("Relocatees").Matches(new Subject("IDPs"), table), Is.True);
    }

    [Test]
    public void Matches_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => new Subject("x").Matches(null!), Throws.ArgumentNullException);
    }
}

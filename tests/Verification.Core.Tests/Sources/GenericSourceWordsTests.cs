using Verification.Sources;
namespace Verification.Core.Tests.Sources;

public sealed class GenericSourceWordsTests
{
    // --- The built-in list ---

    [Test]
    public void BuiltInEntries_HaveNoDuplicates()
    {
        var duplicates = GenericSourceWords.BuiltInEntries()
            .GroupBy(w => w, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.That(duplicates, Is.Empty);
    }

    [Test]
    public void BuiltInEntries_AreSingleLowerCaseWords()
    {
        Assert.That(GenericSourceWords.BuiltInEntries(), Has.All.Matches("^[a-z0-9]+$"));
    }

    [Test]
    public void Default_HoldsEveryBuiltInEntry()
    {
        Assert.That(GenericSourceWords.Default.Words, Is.EquivalentTo(GenericSourceWords.BuiltInEntries()));
    }

    // --- IsUnnamed ---

    [TestCase("officials")]
    [TestCase("Local officials and residents")]
    [TestCase("Local officials and eyewitnesses")]
    [TestCase("local sources")]
    [TestCase("a source")]
    [TestCase("unknown")]
    [TestCase("Witnesses")]
    [TestCase("media reports")]
    [TestCase("residents/witnesses")]
    [TestCase("Residents' accounts")]
    [TestCase("a spokesman's figures")]
    [TestCase("  senior   security  sources ")]
    [TestCase("")]
    [TestCase("?")]
    public void IsUnnamed_OnlyGenericWords_IsTrue(string source)
    {
        Assert.That(GenericSourceWords.Default.IsUnnamed(source), Is.True);
    }

    [TestCase("UNHCR")]
    [TestCase("Iraqi military")]
    [TestCase("Nineveh health official")]
    [TestCase("UN officials")]
    [TestCase("police sources")]
    [TestCase("Airwars")]
    [TestCase("local officials in Mosul")]
    [TestCase("officials-2")]
    public void IsUnnamed_AWordThatNamesAPlaceOrBody_IsFalse(string source)
    {
        Assert.That(GenericSourceWords.Default.IsUnnamed(source), Is.False);
    }

    [Test]
    public void IsUnnamed_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => GenericSourceWords.Default.IsUnnamed(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void IsUnnamed_EmptyList_NamesEverySourceWithAWord()
    {
        Assert.That(GenericSourceWords.Empty.IsUnnamed("officials"), Is.False);
    }

    // --- Changing the list ---

    [Test]
    public void With_AddsWordsAndLeavesTheOriginalUnchanged()
    {
        var more = GenericSourceWords.Default.With("Insiders");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(more.IsUnnamed("local insiders"), Is.True);
            Assert.That(more.Words, Does.Contain("insiders"));
            Assert.That(GenericSourceWords.Default.IsUnnamed("local insiders"), Is.False);
        }
    }

    [Test]
    public void Without_RemovesWordsCaseInsensitively()
    {
        var fewer = GenericSourceWords.Default.Without("OFFICIALS", "not listed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fewer.IsUnnamed("local officials"), Is.False);
            Assert.That(fewer.IsUnnamed("local sources"), Is.True);
        }
    }

    [Test]
    public void Create_HoldsExactlyTheWords()
    {
        var words = GenericSourceWords.Create(["Sources", "local"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(words.Words, Is.EquivalentTo(new[] { "sources", "local" }));
            Assert.That(words.IsUnnamed("local sources"), Is.True);
            Assert.That(words.IsUnnamed("officials"), Is.False);
        }
    }

    [TestCase("two words")]
    [TestCase("")]
    [TestCase("it's")]
    [TestCase("a/b")]
    public void Create_EntryThatIsNotOneWord_ThrowsArgumentException(string entry)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => GenericSourceWords.Create([entry]), Throws.ArgumentException.With.Message.Contains("not a single word"));
            Assert.That(() => GenericSourceWords.Default.With(entry), Throws.ArgumentException);
        }
    }
}

using Verification.Figures;
namespace Verification.Core.Tests.Figures;

/// <summary>The overridable table of vague quantities ("dozens", "hundreds of", "several").</summary>
[TestFixture]
public sealed class VagueQuantityTableTests
{
    [TestCase("a dozen", 12, 12)]
    [TestCase("dozens", 24, 99)]
    [TestCase("scores", 40, 99)]
    [TestCase("hundreds", 200, 999)]
    [TestCase("thousands", 2_000, 9_999)]
    [TestCase("tens of thousands", 20_000, 99_999)]
    [TestCase("hundreds of thousands", 200_000, 999_999)]
    [TestCase("millions", 2_000_000, 9_999_999)]
    [TestCase("several", 3, 9)]
    [TestCase("a few", 2, 5)]
    [TestCase("a handful", 2, 6)]
    [TestCase("a couple", 2, 2)]
    [TestCase("a score", 20, 20)]
    public void Default_HoldsTheDesignIntervals(string phrase, double low, double high)
    {
        var found = VagueQuantityTable.Default.TryGet(phrase, out var interval);

        Assert.That((found, interval), Is.EqualTo((true, (low, high))));
    }

    [TestCase("DOZENS")]
    [TestCase("Dozens")]
    public void TryGet_IsCaseInsensitive(string phrase)
    {
        Assert.That(VagueQuantityTable.Default.TryGet(phrase, out _), Is.True);
    }

    [TestCase("hundreds of")]
    [TestCase("hundreds OF")]
    public void TryGet_IgnoresATrailingOf(string phrase)
    {
        VagueQuantityTable.Default.TryGet(phrase, out var interval);

        Assert.That(interval, Is.EqualTo((200d, 999d)));
    }

    [Test]
    public void TryGet_CollapsesWhitespace()
    {
        Assert.That(VagueQuantityTable.Default.TryGet("  tens \t of   thousands ", out _), Is.True);
    }

    [TestCase("many")]
    [TestCase("dozen")]
    [TestCase("of")]
    public void TryGet_UnknownPhrase_ReturnsFalse(string phrase)
    {
        Assert.That(VagueQuantityTable.Default.TryGet(phrase, out _), Is.False);
    }

    [Test]
    public void TryGet_Null_Throws()
    {
        Assert.That(() => VagueQuantityTable.Default.TryGet(null!, out _), Throws.ArgumentNullException);
    }

    [TestCase("dozens")]
    [TestCase("DOZENS")]
    [TestCase("a few")]
    [TestCase("tens of thousands")]
    [TestCase("many")]
    public void TryGetNormalized_AgreesWithTryGet(string phrase)
    {
        var table = VagueQuantityTable.Default;
        var expected = table.TryGet(phrase, out var expectedInterval);

        var actual = table.TryGetNormalized(phrase.AsSpan(), out var actualInterval);

        Assert.That((actual, actualInterval), Is.EqualTo((expected, expectedInterval)));
    }

    [Test]
    public void With_ReplacesAnEntry()
    {
        var table = VagueQuantityTable.Default.With("dozens", 13, 99);

        Assert.That(table["dozens"], Is.EqualTo((13d, 99d)));
    }

    [Test]
    public void With_LeavesTheOriginalUnchanged()
    {
        _ = VagueQuantityTable.Default.With("dozens", 13, 99);

        Assert.That(VagueQuantityTable.Default["dozens"], Is.EqualTo((24d, 99d)));
    }

    [Test]
    public void With_NormalisesThePhrase()
    {
        var table = VagueQuantityTable.Empty.With("  A  Great Many of ", 50, 500);

        Assert.That(table.Keys, Is.EqualTo(new[] { "a great many" }));
    }

    [Test]
    public void With_ReplacingInDifferentCase_KeepsOneEntry()
    {
        var table = VagueQuantityTable.Default.With("DOZENS", 13, 99);

        Assert.That(table.Count, Is.EqualTo(VagueQuantityTable.Default.Count));
    }

    [TestCase(5, 3)]
    [TestCase(-1, 3)]
    [TestCase(double.NaN, 3)]
    [TestCase(1, double.NaN)]
    public void With_InvalidInterval_Throws(double low, double high)
    {
        Assert.That(() => VagueQuantityTable.Default.With("some", low, high), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [TestCase("")]
    [TestCase("   ")]
    public void With_BlankPhrase_Throws(string phrase)
    {
        Assert.That(() => VagueQuantityTable.Default.With(phrase, 1, 2), Throws.ArgumentException);
    }

    [Test]
    public void Without_RemovesAnEntry()
    {
        var table = VagueQuantityTable.Default.Without("Dozens of");

        Assert.That(table.ContainsKey("dozens"), Is.False);
    }

    [Test]
    public void Without_LeavesTheOriginalUnchanged()
    {
        _ = VagueQuantityTable.Default.Without("dozens");

        Assert.That(VagueQuantityTable.Default.ContainsKey("dozens"), Is.True);
    }

    [Test]
    public void Create_NormalisesPhrases()
    {
        var table = VagueQuantityTable.Create([KeyValuePair.Create("Loads  OF", (10d, 50d))]);

        Assert.That(table.TryGetValue("loads", out var interval) ? interval : default, Is.EqualTo((10d, 50d)));
    }

    [Test]
    public void Create_InvalidInterval_Throws()
    {
        Assert.That(() => VagueQuantityTable.Create([KeyValuePair.Create("loads", (50d, 10d))]), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Create_Null_Throws()
    {
        Assert.That(() => VagueQuantityTable.Create(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Empty_HasNoEntries()
    {
        Assert.That(VagueQuantityTable.Empty, Is.Empty);
    }

    [Test]
    public void Indexer_NormalisesTheKey()
    {
        Assert.That(VagueQuantityTable.Default["Hundreds of"], Is.EqualTo((200d, 999d)));
    }

    [Test]
    public void Indexer_UnknownKey_Throws()
    {
        Assert.That(() => VagueQuantityTable.Default["many"], Throws.TypeOf<KeyNotFoundException>());
    }

    [Test]
    public void Enumeration_ListsEveryEntry()
    {
        Assert.That(VagueQuantityTable.Default.Select(e => e.Key), Is.EquivalentTo(VagueQuantityTable.Default.Keys));
    }

    [Test]
    public void Values_MatchTheKeys()
    {
        Assert.That(VagueQuantityTable.Default.Values.Count(), Is.EqualTo(VagueQuantityTable.Default.Count));
    }
}

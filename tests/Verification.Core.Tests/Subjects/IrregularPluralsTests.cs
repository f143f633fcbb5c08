using Verification.Subjects;
namespace Verification.Core.Tests.Subjects;

/// <summary>The one list of singular and plural pairs, read by subject keys (to the singular) and by extraction (to the
/// plural).</summary>
public sealed class IrregularPluralsTests
{
    [TestCase("people", "person")]
    [TestCase("persons", "person")]
    [TestCase("children", "child")]
    [TestCase("women", "woman")]
    [TestCase("idps", "idp")]
    public void TrySingular_ListedPlural_IsItsSingular(string plural, string singular)
    {
        Assert.That(IrregularPlurals.TrySingular(plural, out var found) ? found : null, Is.EqualTo(singular));
    }

    [TestCase("person", "people")]
    [TestCase("Family", "families")]
    [TestCase("CASUALTY", "casualties")]
    [TestCase("man", "men")]
    public void TryPlural_ListedSingular_IsItsFirstPlural(string singular, string plural)
    {
        Assert.That(IrregularPlurals.TryPlural(singular, out var found) ? found : null, Is.EqualTo(plural));
    }

    [Test]
    public void TrySingular_UnlistedWord_IsFalse()
    {
        Assert.That(IrregularPlurals.TrySingular("villages", out _), Is.False);
    }

    [Test]
    public void Normalize_PhrasesWithListedPlurals_CompareInTheSingular()
    {
        Assert.That(SubjectWords.Normalize("Persons killed"), Is.EqualTo(SubjectWords.Normalize("person killed")));
    }

    [Test]
    public void BuiltInEntries_ShippedList_ListsEachWordOnce()
    {
        var words = IrregularPlurals.BuiltInEntries().SelectMany(e => e.Plurals.Prepend(e.Singular).Distinct()).ToList();

        Assert.That(words, Is.Unique.And.Not.Empty);
    }

    [TestCase("person\tpeople;persons|child\tpeople", "line 2: expected words listed once ('people' is already listed)")]
    [TestCase("person\tpeople|person\tpersons", "line 2: expected words listed once ('person' is already listed)")]
    [TestCase("person", "line 1: expected a lower-case singular, a tab and its plurals separated by semicolons")]
    [TestCase("Person\tpeople", "line 1: expected a lower-case singular")]
    public void Parse_WordTwiceOrBrokenLine_IsRefused(string lines, string message)
    {
        var rows = lines.Split('|').Select((line, i) => (i + 1, line.Split('\t')));

        Assert.That(() => IrregularPlurals.Parse(rows, "The list"), Throws.InvalidOperationException.With.Message.Contains(message));
    }
}

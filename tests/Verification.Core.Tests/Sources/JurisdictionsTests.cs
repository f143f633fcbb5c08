using Verification.Places;
using Verification.Sources;
namespace Verification.Core.Tests.Sources;

public sealed class JurisdictionsTests
{
    [Test]
    public void Entries_NameNoCountryTwice()
    {
        var names = Jurisdictions.Entries().SelectMany(e => e.Others.Prepend(e.Country)).Select(SourceNameReader.FoldPhrase);

        Assert.That(names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);
    }

    [TestCase("somali", "somalia")]
    [TestCase("us", "united states")]
    [TestCase("papua new guinea", "papua new guinea")]
    [TestCase("turkish", "turkey")]
    [TestCase("hellenic", "greece")]
    public void CountryOf_NameOrAdjective_IsTheCountrysPlaceKey(string phrase, string expected)
    {
        Assert.That(Jurisdictions.CountryOf(phrase), Is.EqualTo(expected));
    }

    [Test]
    public void CountryOf_RenamedCountry_IsTheKeyItsCurrentNameHas()
    {
        // The place names make Türkiye and Turkey one place; the adjective names that place.
        Assert.That(Jurisdictions.CountryOf("turkish"), Is.EqualTo(PlaceNameTable.Default.KeyOf("Türkiye")));
    }

    [Test]
    public void KeyOf_PlaceThatIsNoCountry_IsItsPlaceKey()
    {
        Assert.That(Jurisdictions.KeyOf("al-mawsil"), Is.EqualTo(PlaceNameTable.Default.KeyOf("Mosul")));
    }
}

using Verification.Extraction.Places;
using Verification.Extraction.Tests.TestSupport;
using Verification.Places;

namespace Verification.Extraction.Tests.Places;

[TestFixture]
public sealed class WorldGazetteerTests
{
    [TestCase("Mosul", "Mosul, Nineveh, Iraq")]
    [TestCase("Kharkov", "Kharkiv, Kharkiv Oblast, Ukraine")]
    [TestCase("El-Fasher", "El Fasher, North Darfur, Sudan")]
    [TestCase("Mazar-e Sharif", "Mazar-i-Sharif, Balkh, Afghanistan")]
    [TestCase("Bombay", "Mumbai, Maharashtra, India")]
    [TestCase("DRC", "Democratic Republic of the Congo")]
    public void Default_AliasOrName_ResolvesToThePath(string name, string path)
    {
        Assert.That(WorldGazetteer.Default.TryResolve(name, out var place) ? place.Path : null, Is.EqualTo(path));
    }

    [Test]
    public void Default_CoversEveryCountryOfTheUnitedNations()
    {
        var countries = WorldGazetteer.Default.Places.Count(p => p.Parts.Count == 1);

        Assert.That(countries, Is.GreaterThanOrEqualTo(193));
    }

    [Test]
    public void Default_KnowsMoreThanTwoThousandPlaces()
    {
        Assert.That(WorldGazetteer.Default.Count, Is.GreaterThan(2_000));
    }

    [Test]
    public void Load_UsersList_ExtendsTheBuiltInGazetteer()
    {
        using var reader = new StringReader("T\tBartella East, Nineveh, Iraq\tBartalla East\n");

        var gazetteer = WorldGazetteer.Load(reader);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(gazetteer.TryResolve("Bartalla East", out var added) ? added.Path : null, Is.EqualTo("Bartella East, Nineveh, Iraq"));
            Assert.That(gazetteer.TryResolve("Mosul", out var kept) ? kept.Path : null, Is.EqualTo("Mosul, Nineveh, Iraq"));
        }
    }

    [Test]
    public void Load_LineWithoutPath_ThrowsNamingTheLine()
    {
        using var reader = new StringReader("# comment\nX\n");

        Assert.That(() => WorldGazetteer.Load(reader), Throws.TypeOf<FormatException>().With.Message.Contains("line 2"));
    }

    [Test]
    public void Extract_PlaceAddedByTheUser_IsFoundInText()
    {
        var gazetteer = WorldGazetteer.Default.With(Place.Parse("Wadi Hajar, West Mosul, Mosul, Nineveh, Iraq"));
        var extractor = new ClaimExtractor(new ExtractionOptions { Gazetteer = gazetteer });

        var claim = extractor.Extract("Twelve people were killed in Wadi Hajar.", Extract.Published).Claims[0].Claim;

        Assert.That(claim.Place?.Path, Is.EqualTo("Wadi Hajar, West Mosul, Mosul, Nineveh, Iraq"));
    }

    [Test]
    public void Extract_CommonWordPlaceWithoutContext_IsNotAPlace()
    {
        var places = Extract.Mentions("Split decisions were made by the council.").Places;

        Assert.That(places, Is.Empty);
    }

    [Test]
    public void Extract_CommonWordPlaceAfterIn_IsAPlace()
    {
        var places = Extract.Mentions("Police arrested 12 men in Split on Friday.").Places;

        Assert.That(places.Select(p => p.Place.Path), Is.EqualTo(new[] { "Split, Croatia" }));
    }
}

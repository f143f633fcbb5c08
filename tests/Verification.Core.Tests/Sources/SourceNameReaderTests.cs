using Verification.Places;
using Verification.Sources;
namespace Verification.Core.Tests.Sources;

/// <summary>How source names read as bodies of a jurisdiction, offices and people, through
/// <see cref="OriginGraph.NormalizeSource(string, Place?)"/>.</summary>
public sealed class SourceNameReaderTests
{
    private static string In(string source, string? place) =>
        OriginGraph.NormalizeSource(source, place is null ? null : Place.Parse(place));

    [TestCase("Health Ministry", "Aden, Yemen")]
    [TestCase("the health ministry", "Aden, Yemen")]
    [TestCase("Yemeni Ministry of Health", null)]
    [TestCase("Yemen's Houthi-run health ministry", null)]
    [TestCase("Houthi rebel-run Health Ministry", "Sanaa, Yemen")]
    [TestCase("health ministry officials", "Hodeidah, Yemen")]
    [TestCase("a spokesperson for the Health Ministry", "Aden, Yemen")]
    [TestCase("officials of the Ministry of Public Health", "Aden, Yemen")]
    [TestCase("Health Minister Qasem Buhaibeh", "Aden, Yemen")]
    [TestCase("the health minister", "Aden, Yemen")]
    public void NormalizeSource_HealthMinistryOfYemenUnderItsNames_IsOneOrigin(string source, string? place)
    {
        Assert.That(In(source, place), Is.EqualTo("yemen health ministry"));
    }

    [TestCase("Ministry of Health in Gaza", "Khan Younis, Gaza")]
    [TestCase("Gaza's Hamas-run health ministry", null)]
    [TestCase("Hamas-run health ministry", "Khan Younis, Gaza")]
    [TestCase("Gaza health ministry", "Rafah, Gaza")]
    public void NormalizeSource_BodyOfAPlaceThatIsNoCountry_IsThatPlaces(string source, string? place)
    {
        Assert.That(In(source, place), Is.EqualTo("gaza health ministry"));
    }

    [TestCase("Somali information minister", null, "somalia information ministry")]
    [TestCase("Minister of Information Abdirahman Yusuf", "Mogadishu, Somalia", "somalia information ministry")]
    [TestCase("Somalia's Ministry of Information", null, "somalia information ministry")]
    [TestCase("the foreign minister", "Islamabad, Pakistan", "pakistan foreign ministry")]
    [TestCase("Ministry of Foreign Affairs", "Islamabad, Pakistan", "pakistan foreign ministry")]
    [TestCase("Foreign Minister of Pakistan", null, "pakistan foreign ministry")]
    [TestCase("Ministry of Home Affairs", "Kathmandu, Nepal", "nepal interior ministry")]
    [TestCase("Interior Ministry", "Kathmandu, Nepal", "nepal interior ministry")]
    public void NormalizeSource_MinisterAndMinistry_AreTheMinistryOfTheJurisdiction(string source, string? place, string expected)
    {
        Assert.That(In(source, place), Is.EqualTo(expected));
    }

    [TestCase("President Emmanuel Macron", "Paris, France", "france president")]
    [TestCase("French President Emmanuel Macron", null, "france president")]
    [TestCase("Emmanuel Macron, President of France", null, "france president")]
    [TestCase("the French government", null, "france government")]
    [TestCase("the government", "Lyon, France", "france government")]
    [TestCase("caretaker government", "Lyon, France", "france government")]
    [TestCase("Hellenic Coast Guard", null, "greece coast guard")]
    [TestCase("the coast guard", "Lesbos, Greece", "greece coast guard")]
    [TestCase("U.S. intelligence officials", null, "united states intelligence")]
    [TestCase("the US intelligence community", null, "united states intelligence")]
    [TestCase("American intelligence assessment", null, "united states intelligence")]
    [TestCase("police", "Nairobi, Kenya", "kenya police")]
    [TestCase("Kenyan police sources", null, "kenya police")]
    public void NormalizeSource_BodiesAndOfficesOfACountry_AreItsOwn(string source, string? place, string expected)
    {
        Assert.That(In(source, place), Is.EqualTo(expected));
    }

    [Test]
    public void NormalizeSource_CountryUnderItsCurrentName_IsTheJurisdictionItsAdjectiveNames()
    {
        Assert.That(In("the government", "Hatay, Türkiye"), Is.EqualTo(In("Turkish government", null)));
    }

    [Test]
    public void NormalizeSource_SameBodyOfTwoCountries_AreTwoOrigins()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(In("Health Ministry", "Aden, Yemen"), Is.Not.EqualTo(In("Saudi health ministry", null)));
            Assert.That(In("Health Ministry", "Aden, Yemen"), Is.Not.EqualTo(In("Health Ministry", "Jeddah, Saudi Arabia")));
        }
    }

    [Test]
    public void NormalizeSource_TwoMinistriesOfOneCountry_AreTwoOrigins()
    {
        Assert.That(In("Interior Ministry", "Rabat, Morocco"), Is.Not.EqualTo(In("Health Ministry", "Rabat, Morocco")));
    }

    [TestCase("Aleppo health directorate", "Aleppo, Syria")]
    [TestCase("head of Aleppo's health department", "Aleppo, Syria")]
    [TestCase("Aleppo Health Authority", "Azaz, Aleppo, Syria")]
    public void NormalizeSource_BodyNamedWithAPlaceOnTheClaimsPath_IsThatPlaces(string source, string place)
    {
        Assert.That(In(source, place), Is.EqualTo("aleppo health authorities"));
    }

    [Test]
    public void NormalizeSource_LeadingWordsNamingNoPlaceOnThePath_StayInTheName()
    {
        // "Taliban" is not a place: the body is the ministry of the claim's country, as the Taliban's.
        Assert.That(In("Taliban Ministry of Refugees", "Herat, Afghanistan"), Is.EqualTo("afghanistan taliban refugees ministry"));
    }

    [TestCase("health authorities")]
    [TestCase("the authorities")]
    [TestCase("local authorities")]
    [TestCase("officials")]
    [TestCase("a hospital official")]
    [TestCase("two officials")]
    [TestCase("senior security sources")]
    [TestCase("reports")]
    public void NormalizeSource_UnnamedSources_TakeNoJurisdictionAndStayUnnamed(string source)
    {
        var name = In(source, "Aden, Yemen");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(name, Is.EqualTo(OriginGraph.NormalizeSource(source)));
            Assert.That(GenericSourceWords.Default.IsUnnamed(name), Is.True);
        }
    }

    [TestCase("Turkish authorities", "turkey authorities")]
    [TestCase("Officials in Turkey", "turkey authorities")]
    [TestCase("Turkish officials", "turkey authorities")]
    [TestCase("Lebanese health authorities", "lebanon health authorities")]
    public void NormalizeSource_AuthoritiesOfAStatedPlace_AreThatPlacesAuthorities(string source, string expected)
    {
        Assert.That(In(source, "Beirut, Lebanon"), Is.EqualTo(expected));
    }

    [TestCase("Governor Vitaliy Kim")]
    [TestCase("Vitaliy Kim, governor of the region")]
    [TestCase("Vitaliy Kim, Mykolaiv regional governor")]
    [TestCase("Mykolaiv Governor Vitaliy Kim")]
    [TestCase("Vitaliy Kim")]
    public void NormalizeSource_NamedHolderOfALocalOffice_IsThePerson(string source)
    {
        Assert.That(In(source, "Mykolaiv, Ukraine"), Is.EqualTo("vitaliy kim"));
    }

    [Test]
    public void NormalizeSource_TwoGovernorsOfOneCountry_AreTwoOrigins()
    {
        Assert.That(In("Governor Vitaliy Kim", "Mykolaiv, Ukraine"), Is.Not.EqualTo(In("Governor Oleh Synehubov", "Mykolaiv, Ukraine")));
    }

    [Test]
    public void NormalizeSource_UnnamedLocalOffice_IsTheOfficeNotAPerson()
    {
        // Without a name, "the governor" cannot be told to be any one governor: it is not the named one.
        Assert.That(In("the governor", "Mykolaiv, Ukraine"), Is.EqualTo("ukraine governor").And.Not.EqualTo(In("Governor Vitaliy Kim", "Mykolaiv, Ukraine")));
    }

    [TestCase("Maria Lopez, paramedic", "maria lopez")]
    [TestCase("John Okello, medical director", "john okello")]
    [TestCase("Aisha al-Hassan, doctor at Central Hospital", "aisha al-hassan")]
    public void NormalizeSource_NameAndATitleOfNoBody_IsThePerson(string source, string expected)
    {
        Assert.That(In(source, "Kampala, Uganda"), Is.EqualTo(expected));
    }

    [TestCase("Shabia Mantoo, UNHCR spokesperson", "unhcr")]
    [TestCase("UN High Commissioner for Refugees Filippo Grandi", "unhcr")]
    [TestCase("The U.N.\u2019s refugee agency", "unhcr")]
    [TestCase("the UN\u2019s migration agency", "iom")]
    [TestCase("Paul Dillon, spokesman for the International Organization for Migration", "iom")]
    public void NormalizeSource_PeopleOfWellKnownBodies_AreTheBody(string source, string expected)
    {
        Assert.That(In(source, "Tripoli, Libya"), Is.EqualTo(expected));
    }

    [TestCase("police and local officials")]
    [TestCase("former interior minister Ahmed Maiteeq")]
    [TestCase("Interior Ministry (eastern administration)")]
    [TestCase("rescuers and the army")]
    [TestCase("Associated Press, citing officials")]
    public void NormalizeSource_NameThatDoesNotReadWholly_KeepsItsPlainForm(string source)
    {
        // Such a name takes no jurisdiction from the claim's place.
        Assert.That(In(source, "Tripoli, Libya"), Is.EqualTo(OriginGraph.NormalizeSource(source)));
    }

    [Test]
    public void NormalizeSource_NoPlace_IsTheNameAlone()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(In("Health Ministry", null), Is.EqualTo("health ministry"));
            Assert.That(OriginGraph.NormalizeSource("Health Ministry"), Is.EqualTo("health ministry"));
        }
    }

    [Test]
    public void NormalizeSource_TheMinistryAlone_SaysNotWhichAndIsNotGivenOne()
    {
        Assert.That(In("the ministry", "Aden, Yemen"), Is.EqualTo("ministry"));
    }

    [Test]
    public void NormalizeSource_NullSource_ThrowsArgumentNullException()
    {
        Assert.That(() => OriginGraph.NormalizeSource(null!, null), Throws.ArgumentNullException);
    }
}

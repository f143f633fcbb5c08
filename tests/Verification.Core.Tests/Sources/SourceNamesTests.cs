using Verification.Places;
using Verification.Sources;
namespace Verification.Core.Tests.Sources;

public sealed class SourceNamesTests
{
    [TestCase("UNHCR", "unhcr")]
    [TestCase("  UNHCR ", "unhcr")]
    [TestCase("UNHCR data", "unhcr")]
    [TestCase("UNHCR spokesperson Babar Baloch", "unhcr")]
    [TestCase("UNHCR head Filippo Grandi", "unhcr")]
    [TestCase("the UN refugee agency", "unhcr")]
    [TestCase("Office of the United Nations High Commissioner for Refugees", "unhcr")]
    [TestCase("International Organization for Migration", "iom")]
    [TestCase("The U.N.'s migration agency", "iom")]
    [TestCase("The U.N.\u2019s migration agency", "iom")]
    [TestCase("the UN\u2019s refugee agency", "unhcr")]
    [TestCase("UN Relief and Works Agency", "unrwa")]
    [TestCase("the U.N. Population Fund", "unfpa")]
    [TestCase("UN human rights office", "ohchr")]
    [TestCase("International Federation of Red Cross and Red Crescent Societies", "ifrc")]
    [TestCase("Human Rights Watch", "hrw")]
    [TestCase("Amnesty", "amnesty international")]
    [TestCase("United Nations", "un")]
    [TestCase("U.N.", "un")]
    [TestCase("UN mission", "un")]
    [TestCase("Ministry of Health in Gaza", "gaza health ministry")]
    [TestCase("health ministry in Gaza", "gaza health ministry")]
    [TestCase("Iraqi Ministry of Migration and Displacement", "iraq migration and displacement ministry")]
    [TestCase("Iraqi Ministry of Health", "iraq health ministry")]
    [TestCase("Iraqi Health Ministry", "iraq health ministry")]
    [TestCase("Health Ministry", "health ministry")]
    [TestCase("Local officials   and residents", "local officials and residents")]
    [TestCase("Airwars", "airwars")]
    public void NormalizeSource_OneBodyUnderItsNames_IsOneName(string name, string expected)
    {
        Assert.That(OriginGraph.NormalizeSource(name), Is.EqualTo(expected));
    }

    [Test]
    public void NormalizeSource_RoleBeforeTheBody_IsTheBody()
    {
        // The director speaks for the service.
        Assert.That(OriginGraph.NormalizeSource("Director of the city's ambulance service"), Is.EqualTo("city ambulance service"));
    }

    [Test]
    public void NormalizeSource_DifferentBodies_StayApart()
    {
        Assert.That(OriginGraph.NormalizeSource("Israeli Health Ministry"), Is.Not.EqualTo(OriginGraph.NormalizeSource("Ministry of Health in Gaza")));
    }

    [Test]
    public void Read_SameNameTwice_IsReadOnce()
    {
        var first = SourceNames.Read("Yemen's rebel-run Health Ministry");

        Assert.That(SourceNames.Read("Yemen's rebel-run Health Ministry"), Is.SameAs(first));
    }

    [Test]
    public void OriginName_BodyWithoutJurisdictionInTwoCountries_IsEachCountrysBody()
    {
        var yemen = SourceNames.OriginName("the Health Ministry", Place.Parse("Saada, Yemen"));
        var gaza = SourceNames.OriginName("the Health Ministry", Place.Parse("Gaza City, Gaza"));

        Assert.That((yemen, gaza), Is.EqualTo(("yemen health ministry", "gaza health ministry")));
        Assert.That(SourceNames.OriginName("the Health Ministry", Place.Parse("Sanaa, Yemen")), Is.SameAs(yemen));
    }
}

using Verification.Engine;

namespace Verification.Tests.Engine;

public sealed class OriginSetTests
{
    [Test]
    public void Ctor_RepeatedNames_KeepsEachOnce()
    {
        var set = new OriginSet(["unhcr", "iom", "unhcr"]);

        Assert.That(set, Has.Count.EqualTo(2));
        Assert.That(set.Names, Is.EquivalentTo(new[] { "unhcr", "iom" }));
    }

    [Test]
    public void Names_AreInOrdinalOrderWhateverTheOrderGiven()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(new OriginSet(["unhcr", "iom", "airwars"]).Names, Is.EqualTo(new[] { "airwars", "iom", "unhcr" }));
            Assert.That(new OriginSet(["iom", "airwars", "unhcr"]), Is.EqualTo(new[] { "airwars", "iom", "unhcr" }));
        }
    }

    [Test]
    public void Overlaps_OtherOriginSetSharingAName_IsTrue()
    {
        var set = new OriginSet(["unhcr", "iom"]);

        Assert.That(set.Overlaps(new OriginSet(["ocha", "iom", "airwars"])), Is.True);
        Assert.That(new OriginSet(["ocha", "iom", "airwars"]).Overlaps(set), Is.True);
    }

    [Test]
    public void Overlaps_OtherOriginSetSharingNothing_IsFalse()
    {
        var set = new OriginSet(["unhcr", "iom"]);

        Assert.That(set.Overlaps(new OriginSet(["ocha"])), Is.False);
    }

    [Test]
    public void Overlaps_PlainCollection_ComparesNames()
    {
        var set = new OriginSet(["unhcr"]);

        Assert.That(set.Overlaps(new HashSet<string> { "unhcr" }), Is.True);
        Assert.That(set.Overlaps(["UNHCR"]), Is.False, "names are compared as normalised, ordinally");
    }

    [Test]
    public void ListOf_OriginSet_IsItsSharedNames()
    {
        var set = new OriginSet(["unhcr", "iom"]);

        Assert.That(OriginSet.ListOf(set), Is.SameAs(set.Names));
    }

    [Test]
    public void ListOf_OtherSet_IsACopyOfItsNames()
    {
        var set = new HashSet<string> { "unhcr" };

        var list = OriginSet.ListOf(set);
        set.Add("iom");

        Assert.That(list, Is.EqualTo(new[] { "unhcr" }));
    }

    [Test]
    public void SetRelations_AgreeWithTheNames()
    {
        var set = new OriginSet(["unhcr", "iom"]);

        Assert.That(set.Contains("iom"), Is.True);
        Assert.That(set.SetEquals(["iom", "unhcr"]), Is.True);
        Assert.That(set.IsSubsetOf(["iom", "unhcr", "ocha"]), Is.True);
        Assert.That(set.IsProperSubsetOf(["iom", "unhcr"]), Is.False);
        Assert.That(set.IsSupersetOf(["iom"]), Is.True);
        Assert.That(set.IsProperSupersetOf(["iom"]), Is.True);
        Assert.That(set.ToList(), Is.EquivalentTo(new[] { "unhcr", "iom" }));
    }
}

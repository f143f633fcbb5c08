using Verification.Claims;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
namespace Verification.Core.Tests.Claims;

public sealed class ClaimTests
{
    private static Claim Full() =>
        new("c1", new Subject("people displaced"), Figure.Exact(270_000), "UNHCR")
        {
            Place = Place.Parse("Mosul, Iraq"),
            Period = Period.Parse("2016-10-17/2017-03-25"),
            DerivedFrom = ["UNHCR", "IOM"],
            ReportedIn = "The Independent",
            IsContested = false,
            Quote = "leaving about 270,000 displaced",
            Metadata = new Dictionary<string, string> { ["page"] = "1", ["section"] = "\"world\"" },
        };

    // --- Construction ---

    [Test]
    public void Constructor_SetsRequiredProperties()
    {
        var claim = new Claim("c1", new Subject("people fled"), Figure.Exact(340_000), "UNHCR");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Id, Is.EqualTo("c1"));
            Assert.That(claim.Subject, Is.EqualTo(new Subject("people fled")));
            Assert.That(claim.Figure, Is.EqualTo(Figure.Exact(340_000)));
            Assert.That(claim.Source, Is.EqualTo("UNHCR"));
        }
    }

    [Test]
    public void Constructor_OptionalProperties_HaveEmptyDefaults()
    {
        var claim = new Claim("c1", new Subject("people fled"), null, "UNHCR");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Figure, Is.Null);
            Assert.That(claim.Place, Is.Null);
            Assert.That(claim.Period, Is.Null);
            Assert.That(claim.DerivedFrom, Is.Empty);
            Assert.That(claim.ReportedIn, Is.Null);
            Assert.That(claim.IsContested, Is.False);
            Assert.That(claim.Quote, Is.Null);
            Assert.That(claim.Metadata, Is.Empty);
        }
    }

    [Test]
    public void Constructor_NullArguments_Throw()
    {
        var subject = new Subject("x");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => new Claim(null!, subject, null, "s"), Throws.ArgumentNullException);
            Assert.That(() => new Claim("c1", null!, null, "s"), Throws.ArgumentNullException);
            Assert.That(() => new Claim("c1", subject, null, null!), Throws.ArgumentNullException);
        }
    }

    // --- DirectOrigins ---

    [Test]
    public void DirectOrigins_NoDerivation_IsSource()
    {
        Assert.That(new Claim("c1", new Subject("x"), null, "UNHCR").DirectOrigins, Is.EqualTo(new[] { "UNHCR" }));
    }

    [Test]
    public void DirectOrigins_WithDerivation_IsDerivedFromNotSource()
    {
        var claim = new Claim("c1", new Subject("x"), null, "The Independent") { DerivedFrom = ["UNHCR"] };

        Assert.That(claim.DirectOrigins, Is.EqualTo(new[] { "UNHCR" }));
    }

    // --- Equality ---

    [Test]
    public void Equals_SameValuesInNewInstances_IsTrue()
    {
        var a = Full();
        var b = Full();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(a, Is.Not.SameAs(b));
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a == b, Is.True);
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        }
    }

    [Test]
    public void Equals_DerivedFromInDifferentArrays_IsTrue()
    {
        var a = Full() with { DerivedFrom = new List<string> { "UNHCR", "IOM" } };
        var b = Full() with { DerivedFrom = ["UNHCR", "IOM"] };

        Assert.That(a, Is.EqualTo(b));
    }

    [Test]
    public void Equals_DerivedFromInOtherOrder_IsFalse()
    {
        Assert.That(Full() with { DerivedFrom = ["IOM", "UNHCR"] }, Is.Not.EqualTo(Full()));
    }

    [Test]
    public void Equals_DerivedFromDiffers_IsFalse()
    {
        Assert.That(Full() with { DerivedFrom = ["UNHCR"] }, Is.Not.EqualTo(Full()));
    }

    [Test]
    public void Equals_MetadataInOtherInsertionOrder_IsTrue()
    {
        var reordered = Full() with { Metadata = new Dictionary<string, string> { ["section"] = "\"world\"", ["page"] = "1" } };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reordered, Is.EqualTo(Full()));
            Assert.That(reordered.GetHashCode(), Is.EqualTo(Full().GetHashCode()));
        }
    }

    [Test]
    public void Equals_MetadataValueDiffers_IsFalse()
    {
        var changed = Full() with { Metadata = new Dictionary<string, string> { ["page"] = "2", ["section"] = "\"world\"" } };

        Assert.That(changed, Is.Not.EqualTo(Full()));
    }

    [Test]
    public void Equals_MetadataKeyMissing_IsFalse()
    {
        var fewer = Full() with { Metadata = new Dictionary<string, string> { ["page"] = "1" } };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fewer, Is.Not.EqualTo(Full()));
            Assert.That(Full(), Is.Not.EqualTo(fewer));
        }
    }

    [Test]
    public void Equals_MetadataSameCountDifferentKeys_IsFalse()
    {
        var other = Full() with { Metadata = new Dictionary<string, string> { ["page"] = "1", ["author"] = "\"world\"" } };

        Assert.That(other, Is.Not.EqualTo(Full()));
    }

    [Test]
    public void Equals_SubjectWrittenDifferentlyWithSameKey_IsTrue()
    {
        Assert.That(Full() with { Subject = new Subject("Displaced persons") }, Is.EqualTo(Full()));
    }

    [Test]
    public void Equals_PlaceWrittenInOtherCase_IsTrue()
    {
        Assert.That(Full() with { Place = Place.Parse("mosul, IRAQ") }, Is.EqualTo(Full()));
    }

    private static IEnumerable<TestCaseData> SinglePropertyChanges()
    {
        yield return new TestCaseData(Full() with { Id = "c2" }).SetArgDisplayNames("Id");
        yield return new TestCaseData(Full() with { Subject = new Subject("people fled") }).SetArgDisplayNames("Subject");
        yield return new TestCaseData(Full() with { Figure = Figure.Exact(340_000) }).SetArgDisplayNames("Figure");
        yield return new TestCaseData(Full() with { Figure = null }).SetArgDisplayNames("FigureNull");
        yield return new TestCaseData(Full() with { Place = Place.Parse("Mosul, Nineveh, Iraq") }).SetArgDisplayNames("Place");
        yield return new TestCaseData(Full() with { Place = null }).SetArgDisplayNames("PlaceNull");
        yield return new TestCaseData(Full() with { Period = Period.Parse("2017-03") }).SetArgDisplayNames("Period");
        yield return new TestCaseData(Full() with { Period = null }).SetArgDisplayNames("PeriodNull");
        yield return new TestCaseData(Full() with { Source = "IOM" }).SetArgDisplayNames("Source");
        yield return new TestCaseData(Full() with { Source = "unhcr" }).SetArgDisplayNames("SourceCase");
        yield return new TestCaseData(Full() with { ReportedIn = "The Guardian" }).SetArgDisplayNames("ReportedIn");
        yield return new TestCaseData(Full() with { IsContested = true }).SetArgDisplayNames("IsContested");
        yield return new TestCaseData(Full() with { Quote = null }).SetArgDisplayNames("Quote");
        yield return new TestCaseData(Full() with { Metadata = new Dictionary<string, string>() }).SetArgDisplayNames("Metadata");
    }

    [TestCaseSource(nameof(SinglePropertyChanges))]
    public void Equals_AnyPropertyDiffers_IsFalse(Claim changed)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.Not.EqualTo(Full()));
            Assert.That(changed != Full(), Is.True);
        }
    }

    [Test]
    public void Equals_Null_IsFalse()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Full().Equals(null), Is.False);
            Assert.That(Full() == null, Is.False);
        }
    }

    // --- with-expressions ---

    [Test]
    public void With_ChangesOnlyTheGivenProperty()
    {
        var original = Full();

        var changed = original with { IsContested = true };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed.IsContested, Is.True);
            Assert.That(original.IsContested, Is.False);
            Assert.That(changed with { IsContested = false }, Is.EqualTo(original));
            Assert.That(changed.Metadata, Is.SameAs(original.Metadata));
        }
    }

    [Test]
    public void With_NoChanges_IsEqualCopy()
    {
        var original = Full();

        var copy = original with { };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(copy, Is.Not.SameAs(original));
            Assert.That(copy, Is.EqualTo(original));
        }
    }

    // --- ToString ---

    [Test]
    public void ToString_WithPlace_ShowsFigureSubjectPlaceAndSource()
    {
        var claim = new Claim("c1", new Subject("people fled"), Figure.Exact(340_000, "around 340,000"), "UNHCR") { Place = Place.Parse("Mosul, Iraq") };

        Assert.That(claim.ToString(), Is.EqualTo("c1: around 340,000 people fled (Mosul, Iraq; UNHCR)"));
    }

    [Test]
    public void ToString_NoFigure_SaysSo()
    {
        Assert.That(new Claim("c6", new Subject("event start"), null, "The Independent").ToString(), Does.StartWith("c6: (no figure) event start"));
    }
}

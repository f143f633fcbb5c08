using Verification.Claims;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Sources;
using Verification.Subjects;
using Verification.Validators;
namespace Verification.Core.Tests.Validators;

public sealed class ValidationContextTests
{
    private static Claim C(string id, string source, string? place = null, string? period = null, params string[] derivedFrom) =>
        new(id, new Subject("people displaced"), Figure.Exact(1), source)
        {
            Place = place is null ? null : Place.Parse(place),
            Period = period is null ? null : Period.Parse(period),
            DerivedFrom = derivedFrom,
        };

    private static ValidationContext Context(Claim claim, VerificationOptions? options = null, Func<Claim, IReadOnlySet<string>>? originsOf = null) =>
        new(claim, [], options ?? new VerificationOptions(), originsOf: originsOf);

    // --- Construction ---

    [Test]
    public void Constructor_KeepsWhatItIsGiven()
    {
        var claim = C("c1", "UNHCR");
        Claim[] candidates = [C("e1", "IOM")];
        var options = new VerificationOptions();
        var report = new Report("r1", [claim]);

        var context = new ValidationContext(claim, candidates, options, report);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(context.Claim, Is.SameAs(claim));
            Assert.That(context.Candidates, Is.SameAs(candidates));
            Assert.That(context.Options, Is.SameAs(options));
            Assert.That(context.Report, Is.SameAs(report));
        }
    }

    [Test]
    public void Constructor_NullArguments_Throw()
    {
        var claim = C("c1", "UNHCR");
        var options = new VerificationOptions();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => new ValidationContext(null!, [], options), Throws.ArgumentNullException);
            Assert.That(() => new ValidationContext(claim, null!, options), Throws.ArgumentNullException);
            Assert.That(() => new ValidationContext(claim, [], null!), Throws.ArgumentNullException);
        }
    }

    // --- Origins and echoes ---

    [Test]
    public void ClaimOrigins_ByDefault_AreDirectOriginsNormalised()
    {
        var context = Context(C("c1", "The Independent", derivedFrom: [" UNHCR ", "IOM"]));

        Assert.That(context.ClaimOrigins, Is.EquivalentTo(new[] { "unhcr", "iom" }));
    }

    [Test]
    public void ClaimOrigins_NoDerivation_IsSource()
    {
        Assert.That(Context(C("c1", "UNHCR")).ClaimOrigins, Is.EquivalentTo(new[] { "unhcr" }));
    }

    [Test]
    public void ClaimOrigins_AreResolvedOnce()
    {
        var calls = 0;
        var context = Context(C("c1", "UNHCR"), originsOf: _ =>
        {
            calls++;
            return new HashSet<string> { "unhcr" };
        });

        _ = context.ClaimOrigins;
        _ = context.ClaimOrigins;

        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void OriginsOf_TheClaimItself_IsItsOriginsResolvedOnce()
    {
        var calls = 0;
        var claim = C("c1", "UNHCR");
        var context = Context(claim, originsOf: _ =>
        {
            calls++;
            return new HashSet<string> { "unhcr" };
        });

        var origins = context.OriginsOf(claim);

        Assert.That(origins, Is.SameAs(context.ClaimOrigins).And.SameAs(context.OriginsOf(claim)));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void OriginsOf_UsesGivenResolver()
    {
        var context = Context(C("c1", "UNHCR"), originsOf: c => new HashSet<string> { "root-of-" + c.Id });

        Assert.That(context.OriginsOf(C("e1", "AFP")), Is.EquivalentTo(new[] { "root-of-e1" }));
    }

    [Test]
    public void IsEcho_OutletRepeatingClaimsSource_IsTrue()
    {
        var context = Context(C("c1", "UNHCR"));

        Assert.That(context.IsEcho(C("e1", "The Guardian", derivedFrom: ["unhcr"])), Is.True);
    }

    [Test]
    public void IsEcho_TwoOutletsRepeatingSameSource_IsTrue()
    {
        var context = Context(C("c1", "The Independent", derivedFrom: ["UNHCR"]));

        Assert.That(context.IsEcho(C("e1", "The Guardian", derivedFrom: ["UNHCR"])), Is.True);
    }

    [Test]
    public void IsEcho_SameSourceDifferentCase_IsTrue()
    {
        Assert.That(Context(C("c1", "UNHCR")).IsEcho(C("e1", " unhcr")), Is.True);
    }

    [Test]
    public void IsEcho_PartlySharedOrigins_IsTrue()
    {
        var context = Context(C("c1", "Outlet", derivedFrom: ["UNHCR", "IOM"]));

        Assert.That(context.IsEcho(C("e1", "Other outlet", derivedFrom: ["IOM", "OCHA"])), Is.True);
    }

    [Test]
    public void IsEcho_ByDefaultTwoClaimsFromTheSameUnnamedSource_IsFalse()
    {
        Assert.That(Context(C("c1", "local officials")).IsEcho(C("e1", "Local Officials")), Is.False);
    }

    [Test]
    public void IsEcho_ByDefaultOutletRepeatingTheClaimsUnnamedSource_IsFalse()
    {
        Assert.That(Context(C("c1", "witnesses")).IsEcho(C("e1", "Reuters", derivedFrom: ["witnesses"])), Is.False);
    }

    [Test]
    public void IsEcho_ByDefaultWithoutGenericWords_TakesTheUnnamedSourceAsAName()
    {
        var options = new VerificationOptions { GenericSourceWords = GenericSourceWords.Empty };

        Assert.That(Context(C("c1", "local officials"), options).IsEcho(C("e1", "Local Officials")), Is.True);
    }

    [Test]
    public void IsEcho_IndependentSource_IsFalse()
    {
        Assert.That(Context(C("c1", "UNHCR")).IsEcho(C("e1", "IOM")), Is.False);
    }

    [Test]
    public void IsEcho_OutletItselfWhenClaimDerivedFromElsewhere_IsFalse()
    {
        // The claim's origin is UNHCR, not the outlet that reported it.
        var context = Context(C("c1", "The Independent", derivedFrom: ["UNHCR"]));

        Assert.That(context.IsEcho(C("e1", "The Independent")), Is.False);
    }

    [Test]
    public void IsEcho_ThroughResolver_FollowsTransitiveOrigins()
    {
        var graph = new OriginGraph();
        graph.Add(C("d1", "AFP", derivedFrom: ["UNHCR"]), "displaced person");
        var context = Context(C("c1", "UNHCR"), originsOf: c => graph.OriginsOf(c, "displaced person"));

        Assert.That(context.IsEcho(C("e1", "Outlet", derivedFrom: ["AFP"])), Is.True);
    }

    [Test]
    public void IsEcho_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => Context(C("c1", "UNHCR")).IsEcho(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void OriginsOf_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => Context(C("c1", "UNHCR")).OriginsOf(null!), Throws.ArgumentNullException);
    }

    // --- Place ---

    [Test]
    public void PlaceRelationTo_BothNull_IsSame()
    {
        Assert.That(Context(C("c1", "UNHCR")).PlaceRelationTo(C("e1", "IOM")), Is.EqualTo(PlaceRelation.Same));
    }

    [Test]
    public void PlaceRelationTo_ClaimPlaceNull_IsUnrelated()
    {
        Assert.That(Context(C("c1", "UNHCR")).PlaceRelationTo(C("e1", "IOM", "Mosul")), Is.EqualTo(PlaceRelation.Unrelated));
    }

    [Test]
    public void PlaceRelationTo_EvidencePlaceNull_IsUnrelated()
    {
        Assert.That(Context(C("c1", "UNHCR", "Mosul")).PlaceRelationTo(C("e1", "IOM")), Is.EqualTo(PlaceRelation.Unrelated));
    }

    [TestCase("Mosul, Iraq", "Mawsil, Nineveh, Iraq", PlaceRelation.Same)]
    [TestCase("Mosul, Iraq", "West Mosul, Mosul", PlaceRelation.Contains)]
    [TestCase("al-Jadida, Mosul", "Mosul, Iraq", PlaceRelation.Within)]
    [TestCase("Mosul, Iraq", "Raqqa, Syria", PlaceRelation.Unrelated)]
    public void PlaceRelationTo_BothPlaces_IsRelationFromClaim(string claimPlace, string evidencePlace, PlaceRelation expected)
    {
        Assert.That(Context(C("c1", "UNHCR", claimPlace)).PlaceRelationTo(C("e1", "IOM", evidencePlace)), Is.EqualTo(expected));
    }

    [Test]
    public void PlaceRelationTo_UsesOptionsPlaceNames()
    {
        var options = new VerificationOptions { PlaceNames = PlaceNameTable.Empty };

        Assert.That(Context(C("c1", "UNHCR", "Mosul"), options).PlaceRelationTo(C("e1", "IOM", "Mawsil")), Is.EqualTo(PlaceRelation.Unrelated));
    }

    [Test]
    public void PlaceRelationTo_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => Context(C("c1", "UNHCR")).PlaceRelationTo(null!), Throws.ArgumentNullException);
    }

    // --- Time ---

    [Test]
    public void IsSameTime_ClaimPeriodMissing_IsNull()
    {
        Assert.That(Context(C("c1", "UNHCR")).IsSameTime(C("e1", "IOM", period: "2017-03-17")), Is.Null);
    }

    [Test]
    public void IsSameTime_EvidencePeriodMissing_IsNull()
    {
        Assert.That(Context(C("c1", "UNHCR", period: "2017-03-17")).IsSameTime(C("e1", "IOM")), Is.Null);
    }

    [Test]
    public void IsSameTime_BothMissing_IsNull()
    {
        Assert.That(Context(C("c1", "UNHCR")).IsSameTime(C("e1", "IOM")), Is.Null);
    }

    [TestCase("2016-10-17/2017-03-25", "2016-10-17/2017-03-20", true)]
    [TestCase("2016-10-17/2017-03-25", "2016-10-17/2017-03-18", true)]
    [TestCase("2016-10-17/2017-03-25", "2016-10-17/2017-03-17", false)]
    [TestCase("2016-10-17/2017-03-25", "2016-10-17/2017-03-03", false)]
    public void IsSameTime_DefaultWindowOfSevenDays(string claimPeriod, string evidencePeriod, bool expected)
    {
        Assert.That(Context(C("c1", "UNHCR", period: claimPeriod)).IsSameTime(C("e1", "IOM", period: evidencePeriod)), Is.EqualTo(expected));
    }

    [Test]
    public void IsSameTime_UsesOptionsWindow()
    {
        var options = new VerificationOptions { SameTimeWindowDays = 30 };

        Assert.That(
            Context(C("c1", "UNHCR", period: "2016-10-17/2017-03-25"), options).IsSameTime(C("e1", "IOM", period: "2016-10-17/2017-03-03")),
            Is.True);
    }

    [Test]
    public void IsSameTime_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => Context(C("c1", "UNHCR")).IsSameTime(null!), Throws.ArgumentNullException);
    }
}

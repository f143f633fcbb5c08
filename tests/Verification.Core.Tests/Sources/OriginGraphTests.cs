using Verification.Claims;
using Verification.Figures;
using Verification.Places;
using Verification.Sources;
using Verification.Subjects;
namespace Verification.Core.Tests.Sources;

public sealed class OriginGraphTests
{
    private const string Displaced = "displaced person";
    private const string Killed = "civilian killed";

    private static Claim C(string source, params string[] derivedFrom) =>
        new("c-" + source, new Subject("people displaced"), Figure.Exact(1), source) { DerivedFrom = derivedFrom };

    private static OriginGraph Graph(string subjectKey, params Claim[] derivations)
    {
        var graph = new OriginGraph();
        foreach (var d in derivations)
        {
            graph.Add(d, subjectKey);
        }

        return graph;
    }

    [Test]
    public void OriginsOf_NoDerivation_IsOwnSource()
    {
        Assert.That(new OriginGraph().OriginsOf(C("UNHCR"), Displaced), Is.EquivalentTo(new[] { "unhcr" }));
    }

    [Test]
    public void OriginsOf_DerivedFrom_IsTheDerivedSourcesNotTheOutlet()
    {
        Assert.That(new OriginGraph().OriginsOf(C("The Independent", "UNHCR"), Displaced), Is.EquivalentTo(new[] { "unhcr" }));
    }

    [Test]
    public void OriginsOf_SeveralDerivedSources_AreAllOrigins()
    {
        Assert.That(new OriginGraph().OriginsOf(C("Reuters", "UNHCR", "IOM"), Displaced), Is.EquivalentTo(new[] { "unhcr", "iom" }));
    }

    [Test]
    public void OriginsOf_ChainThroughAnotherClaimsDerivation_ReachesRoot()
    {
        // An outlet took its figure from AFP; AFP's figure on displacement came from UNHCR.
        var graph = Graph(Displaced, C("AFP", "UNHCR"));

        Assert.That(graph.OriginsOf(C("The Independent", "AFP"), Displaced), Is.EquivalentTo(new[] { "unhcr" }));
    }

    [Test]
    public void OriginsOf_LongChain_ReachesRoot()
    {
        var graph = Graph(Displaced, C("AFP", "Reuters"), C("Reuters", "IOM"), C("IOM", "UNHCR"));

        Assert.That(graph.OriginsOf(C("Outlet", "AFP"), Displaced), Is.EquivalentTo(new[] { "unhcr" }));
    }

    [Test]
    public void OriginsOf_SourceWithRecordedDerivation_FollowsItEvenWithoutOwnDerivedFrom()
    {
        var graph = Graph(Displaced, C("AFP", "UNHCR"));

        Assert.That(graph.OriginsOf(C("AFP"), Displaced), Is.EquivalentTo(new[] { "unhcr" }));
    }

    [Test]
    public void OriginsOf_BranchingChain_CollectsEveryRoot()
    {
        var graph = Graph(Displaced, C("AFP", "UNHCR", "IOM"));

        Assert.That(graph.OriginsOf(C("Outlet", "AFP", "Iraqi ministry"), Displaced), Is.EquivalentTo(new[] { "unhcr", "iom", "iraqi ministry" }));
    }

    [Test]
    public void OriginsOf_TwoOutletsRepeatingUnhcr_AreOneOrigin()
    {
        var graph = new OriginGraph();
        var independent = C("The Independent", "UNHCR");
        var guardian = C("The Guardian", "UNHCR");
        var unhcr = C("UNHCR");
        graph.Add(independent, Displaced);
        graph.Add(guardian, Displaced);
        graph.Add(unhcr, Displaced);

        var all = new HashSet<string>(StringComparer.Ordinal);
        all.UnionWith(graph.OriginsOf(independent, Displaced));
        all.UnionWith(graph.OriginsOf(guardian, Displaced));
        all.UnionWith(graph.OriginsOf(unhcr, Displaced));

        Assert.That(all, Is.EquivalentTo(new[] { "unhcr" }));
    }

    [Test]
    public void OriginsOf_IndependentSources_DoNotOverlap()
    {
        var graph = Graph(Displaced, C("The Independent", "UNHCR"));

        var first = graph.OriginsOf(C("The Independent"), Displaced);
        var second = graph.OriginsOf(C("IOM"), Displaced);

        Assert.That(first.Overlaps(second), Is.False);
    }

    [Test]
    public void OriginsOf_DerivationOnOtherSubject_IsNotFollowed()
    {
        // AFP relays UNHCR on displacement, but reports casualties itself.
        var graph = Graph(Displaced, C("AFP", "UNHCR"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(graph.OriginsOf(C("AFP"), Killed), Is.EquivalentTo(new[] { "afp" }));
            Assert.That(graph.OriginsOf(C("AFP"), Displaced), Is.EquivalentTo(new[] { "unhcr" }));
        }
    }

    [Test]
    public void OriginsOf_SourceNames_CompareCaseAndSpaceInsensitively()
    {
        var graph = Graph(Displaced, C("  afp ", "unhcr"));

        Assert.That(graph.OriginsOf(C("Outlet", "AFP"), Displaced), Is.EquivalentTo(new[] { "unhcr" }));
    }

    [Test]
    public void OriginsOf_NamesDifferingInCaseAndSpacing_AreOneOrigin()
    {
        Assert.That(new OriginGraph().OriginsOf(C("Outlet", "UNHCR", " unhcr", "Unhcr "), Displaced), Is.EquivalentTo(new[] { "unhcr" }));
    }

    [Test]
    public void OriginsOf_TwoSourceCycle_ReturnsTheCycle()
    {
        var graph = Graph(Displaced, C("X", "Y"), C("Y", "X"));

        Assert.That(graph.OriginsOf(C("Outlet", "X"), Displaced), Is.EquivalentTo(new[] { "x", "y" }));
    }

    [Test]
    public void OriginsOf_SelfDerivation_IsOwnSource()
    {
        var graph = Graph(Displaced, C("UNHCR", "UNHCR"));

        Assert.That(graph.OriginsOf(C("UNHCR"), Displaced), Is.EquivalentTo(new[] { "unhcr" }));
    }

    [Test]
    public void OriginsOf_CycleWithExit_ReturnsOnlyTheRoot()
    {
        var graph = Graph(Displaced, C("X", "Y"), C("Y", "X", "UNHCR"));

        Assert.That(graph.OriginsOf(C("Outlet", "X"), Displaced), Is.EquivalentTo(new[] { "unhcr" }));
    }

    [Test]
    public void OriginsOf_ClaimInsideCycle_Terminates()
    {
        var graph = Graph(Displaced, C("X", "Y"), C("Y", "Z"), C("Z", "X"));

        Assert.That(graph.OriginsOf(C("X"), Displaced), Is.EquivalentTo(new[] { "x", "y", "z" }));
    }

    [Test]
    public void Add_ClaimWithoutDerivation_RecordsNothing()
    {
        var graph = Graph(Displaced, C("AFP"));

        Assert.That(graph.OriginsOf(C("Outlet", "AFP"), Displaced), Is.EquivalentTo(new[] { "afp" }));
    }

    [Test]
    public void Add_SameSourceTwice_UnitesDerivations()
    {
        var graph = Graph(Displaced, C("AFP", "UNHCR"), C("AFP", "IOM"));

        Assert.That(graph.OriginsOf(C("Outlet", "AFP"), Displaced), Is.EquivalentTo(new[] { "unhcr", "iom" }));
    }

    [Test]
    public void Add_NullArguments_Throw()
    {
        var graph = new OriginGraph();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => graph.Add(null!, Displaced), Throws.ArgumentNullException);
            Assert.That(() => graph.Add(C("A"), null!), Throws.ArgumentNullException);
        }
    }

    [Test]
    public void OriginsOf_NullArguments_Throw()
    {
        var graph = new OriginGraph();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => graph.OriginsOf(null!, Displaced), Throws.ArgumentNullException);
            Assert.That(() => graph.OriginsOf(C("A"), null!), Throws.ArgumentNullException);
        }
    }

    // --- Unnamed sources ---

    [Test]
    public void OriginsOf_TwoClaimsFromAnUnnamedSource_HaveDifferentOrigins()
    {
        var graph = new OriginGraph();
        var first = graph.OriginsOf(C("Local officials"), Displaced);
        var second = graph.OriginsOf(C("Local officials") with { Id = "c-other" }, Displaced);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Has.Count.EqualTo(1));
            Assert.That(second, Has.Count.EqualTo(1));
            Assert.That(first.Overlaps(second), Is.False);
        }
    }

    [Test]
    public void OriginsOf_UnnamedSource_IsAnUnnamedOriginNamingTheSourceAndTheClaim()
    {
        var origin = new OriginGraph().OriginsOf(C(" Local  Officials "), Displaced).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(origin, Does.Match(@"^local officials \[unnamed: c- Local  Officials  #[0-9a-f]{8}\]$"));
            Assert.That(OriginGraph.IsUnnamedOrigin(origin), Is.True);
            Assert.That(OriginGraph.SourceNameOf(origin), Is.EqualTo("local officials"));
        }
    }

    [Test]
    public void OriginsOf_EqualClaimsFromAnUnnamedSource_ShareTheirOrigin()
    {
        var graph = new OriginGraph();
        var first = graph.OriginsOf(C("witnesses"), Displaced);

        Assert.That(graph.OriginsOf(C("witnesses"), Displaced), Is.EquivalentTo(first));
    }

    [Test]
    public void OriginsOf_TwoClaimsQuotingOneSentenceOfAnUnnamedSource_ShareTheirOrigin()
    {
        var graph = new OriginGraph();
        const string Quote = "The toll has risen to 79, a hospital official told Reuters on Friday.";
        var first = graph.OriginsOf(C("hospital official") with { Quote = Quote, ReportedIn = "Outlet A (Reuters)" }, Displaced);
        var second = graph.OriginsOf(C("Hospital Official") with { Id = "c-other", Quote = "  the toll has risen to 79,  a hospital official told Reuters on Friday. ", ReportedIn = "Outlet B (Reuters)" }, Displaced);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second, Is.EquivalentTo(first));
            Assert.That(first.Single(), Does.Match(@"^hospital official \[unnamed: quote #[0-9a-f]{8}\]$"));
            Assert.That(OriginGraph.IsUnnamedOrigin(first.Single()), Is.True);
        }
    }

    [Test]
    public void OriginsOf_UnnamedSourcesQuotedInDifferentSentences_HaveDifferentOrigins()
    {
        var graph = new OriginGraph();
        var first = graph.OriginsOf(C("officials") with { Quote = "Officials said 79 people died." }, Displaced);
        var second = graph.OriginsOf(C("officials") with { Id = "c-other", Quote = "Officials said 80 people died." }, Displaced);
        var third = graph.OriginsOf(C("witnesses") with { Id = "c-third", Quote = "Officials said 79 people died." }, Displaced);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Overlaps(second), Is.False);
            Assert.That(first.Overlaps(third), Is.False);
        }
    }

    [Test]
    public void OriginsOf_SameIdFromAnUnnamedSourceWithAnotherFigure_HasAnotherOrigin()
    {
        var graph = new OriginGraph();
        var claim = C("witnesses");

        Assert.That(graph.OriginsOf(claim, Displaced).Overlaps(graph.OriginsOf(claim with { Figure = Figure.Exact(2) }, Displaced)), Is.False);
    }

    [Test]
    public void OriginsOf_DerivedFromAnUnnamedSource_IsAnOriginOfTheClaimsOwn()
    {
        var graph = new OriginGraph();
        var first = graph.OriginsOf(C("Reuters", "officials"), Displaced);
        var second = graph.OriginsOf(C("AFP", "officials"), Displaced);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Single(), Does.StartWith("officials [unnamed: c-Reuters #"));
            Assert.That(first.Overlaps(second), Is.False);
        }
    }

    [Test]
    public void OriginsOf_DerivedFromNamedAndUnnamedSources_HasBoth()
    {
        var origins = new OriginGraph().OriginsOf(C("Reuters", "UNHCR", "witnesses"), Displaced);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(origins, Has.Count.EqualTo(2));
            Assert.That(origins, Does.Contain("unhcr"));
            Assert.That(origins.Count(OriginGraph.IsUnnamedOrigin), Is.EqualTo(1));
        }
    }

    [Test]
    public void Add_DerivationFromAnUnnamedSource_IsNotFollowedForAnotherClaim()
    {
        var graph = Graph(Displaced, C("officials", "UNHCR"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(graph.OriginsOf(C("officials", "UNHCR"), Displaced), Is.EquivalentTo(new[] { "unhcr" }));
            Assert.That(OriginGraph.IsUnnamedOrigin(graph.OriginsOf(C("officials") with { Id = "c-2" }, Displaced).Single()), Is.True);
        }
    }

    [Test]
    public void Add_DerivationToAnUnnamedSource_LeavesTheOutletTheOriginOfItsOtherFigures()
    {
        var graph = Graph(Displaced, C("Reuters", "residents"), C("AFP", "residents", "IOM"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(graph.OriginsOf(C("Outlet", "Reuters"), Displaced), Is.EquivalentTo(new[] { "reuters" }));
            Assert.That(graph.OriginsOf(C("Outlet", "AFP"), Displaced), Is.EquivalentTo(new[] { "iom" }));
        }
    }

    [Test]
    public void OriginsOf_EmptyWordList_TakesEveryNameAsAnIdentity()
    {
        var graph = new OriginGraph(GenericSourceWords.Empty);

        Assert.That(graph.OriginsOf(C("officials"), Displaced), Is.EquivalentTo(new[] { "officials" }));
    }

    [TestCase("unhcr")]
    [TestCase("officials [unnamed: c1 #1234567]")]
    [TestCase("officials [unnamed: c1 #1234567g]")]
    [TestCase("officials [unnamed c1 #12345678]")]
    public void IsUnnamedOrigin_NotAnUnnamedOrigin_IsFalseAndNamesItself(string origin)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(OriginGraph.IsUnnamedOrigin(origin), Is.False);
            Assert.That(OriginGraph.SourceNameOf(origin), Is.EqualTo(origin));
        }
    }

    // --- Bodies named without their jurisdiction ---

    private static Claim At(string id, string place, string source, params string[] derivedFrom) =>
        new(id, new Subject("people killed"), Figure.Exact(43), source) { Place = Place.Parse(place), DerivedFrom = derivedFrom };

    [Test]
    public void OriginsOf_BodyNamedWithoutItsJurisdiction_IsTheBodyOfTheClaimsPlace()
    {
        var graph = new OriginGraph();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(graph.OriginsOf(At("c1", "Sanaa, Yemen", "Health Ministry"), Killed), Is.EquivalentTo(new[] { "yemen health ministry" }));
            Assert.That(graph.OriginsOf(At("c2", "Marib, Yemen", "Yemeni Ministry of Health"), Killed), Is.EquivalentTo(new[] { "yemen health ministry" }));
            Assert.That(graph.OriginsOf(At("c3", "Khartoum, Sudan", "Health Ministry"), Killed), Is.EquivalentTo(new[] { "sudan health ministry" }));
        }
    }

    [Test]
    public void OriginsOf_DerivationFromABodyNamedWithoutItsJurisdiction_FollowsTheBodyOfTheDerivingClaimsPlace()
    {
        // An agency in Yemen took its toll from "the health ministry"; a later outlet carries the agency.
        var graph = Graph(Killed, At("d1", "Sanaa, Yemen", "Saba", "the health ministry"));

        Assert.That(graph.OriginsOf(At("c1", "Sanaa, Yemen", "Gulf News", "Saba"), Killed), Is.EquivalentTo(new[] { "yemen health ministry" }));
    }

    [Test]
    public void OriginsOf_UnnamedSourceInAPlace_StaysUnnamed()
    {
        var origin = new OriginGraph().OriginsOf(At("c1", "Sanaa, Yemen", "health authorities"), Killed).Single();

        Assert.That(OriginGraph.IsUnnamedOrigin(origin), Is.True);
    }

    [Test]
    public void Constructor_NullWords_ThrowsArgumentNullException()
    {
        Assert.That(() => new OriginGraph((GenericSourceWords)null!), Throws.ArgumentNullException);
    }

    [TestCase("UNHCR", "unhcr")]
    [TestCase("  US   military  ", "united states military")]
    [TestCase("Iraqi\tMinistry of\nMigration", "iraq migration ministry")]
    [TestCase("", "")]
    public void NormalizeSource_TrimsFoldsSpacesAndLowersCase(string source, string expected)
    {
        Assert.That(OriginGraph.NormalizeSource(source), Is.EqualTo(expected));
    }

    [Test]
    public void NormalizeSource_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => OriginGraph.NormalizeSource(null!), Throws.ArgumentNullException);
    }
}

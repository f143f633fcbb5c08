using Verification.Claims;
using Verification.Engine;
using Verification.Evidence;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Engine;

public sealed class OriginResolverTests
{
    private static readonly VerificationOptions Options = new();

    // The evidence: AFP's figures on displacement come from IOM.
    private static readonly Claim[] Evidence =
    [
        Claims.Of("e1", "270,000", source: "UNHCR"),
        Claims.Of("d1", figure: null, source: "AFP", derivedFrom: ["IOM"]),
    ];

    private static OriginResolver.Shared SharedOf(IEnumerable<Claim> evidence) => new([FixedDerivations.Of(evidence)], Options);

    [Test]
    public void OriginsOf_SourceDerivingInTheSharedDerivations_FollowsThem()
    {
        var resolver = new OriginResolver(SharedOf(Evidence), [], Options);

        Assert.That(resolver.OriginsOf(Claims.Of("c1", source: "AFP")), Is.EquivalentTo(new[] { "iom" }));
    }

    [Test]
    public void OriginsOf_RunAddingADerivationToASourcePassedThrough_IsResolvedAgainstTheRun()
    {
        var shared = SharedOf(Evidence);
        var claim = Claims.Of("c1", source: "AFP");
        Assert.That(new OriginResolver(shared, [], Options).OriginsOf(claim), Is.EquivalentTo(new[] { "iom" }), "a first run");

        // A later run's report says AFP's figure on the subject also came from UNHCR.
        var run = new OriginResolver(shared, [Claims.Of("c2", figure: null, source: "AFP", derivedFrom: ["UNHCR"])], Options);

        Assert.That(run.OriginsOf(claim), Is.EquivalentTo(new[] { "iom", "unhcr" }));
    }

    [Test]
    public void OriginsOf_BodyNamedWithoutItsJurisdiction_IsTheBodyOfEachClaimsPlace()
    {
        var resolver = new OriginResolver(SharedOf(Evidence), [], Options);
        var inMosul = Claims.Of("c1", source: "the Health Ministry");
        var inAleppo = Claims.Of("c2", source: "the Health Ministry", place: "Aleppo, Syria");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolver.OriginsOf(inMosul), Is.EquivalentTo(new[] { "iraq health ministry" }));
            Assert.That(resolver.OriginsOf(inAleppo), Is.EquivalentTo(new[] { "syria health ministry" }));
            Assert.That(resolver.OriginsOf(inMosul), Is.SameAs(resolver.OriginsOf(Claims.Of("c3", source: "Iraqi Ministry of Health"))), "one set per origin");
        }
    }

    [Test]
    public void OriginsOf_BodyOfTheClaimsPlaceDerivingInTheRun_FollowsTheDerivation()
    {
        // This run's report says the Iraqi health ministry's figure on the subject came from IOM.
        var run = new OriginResolver(SharedOf(Evidence), [Claims.Of("c2", figure: null, source: "Iraqi health ministry", derivedFrom: ["IOM"])], Options);

        Assert.That(run.OriginsOf(Claims.Of("c1", source: "health ministry sources")), Is.EquivalentTo(new[] { "iom" }));
    }

    [Test]
    public void OriginsOf_ClaimStatingOneDerivation_ResolvesAsAClaimFromThatSource()
    {
        var resolver = new OriginResolver(SharedOf(Evidence), [], Options);

        var stated = resolver.OriginsOf(Claims.Of("c1", source: "Rudaw", derivedFrom: ["AFP"]));

        Assert.That(stated, Is.EquivalentTo(new[] { "iom" }).And.SameAs(resolver.OriginsOf(Claims.Of("c2", source: "AFP"))));
    }

    [Test]
    public void OriginsOf_RunAddingADerivationFurtherAlongTheWay_IsResolvedAgainstTheRun()
    {
        // AFP → IOM in the evidence; a later run says IOM's figure came from the Iraqi ministry: AFP's origin moves with it.
        var shared = SharedOf(Evidence);
        var claim = Claims.Of("c1", source: "Rudaw", derivedFrom: ["AFP"]);
        Assert.That(new OriginResolver(shared, [], Options).OriginsOf(claim), Is.EquivalentTo(new[] { "iom" }), "a first run");

        var run = new OriginResolver(shared, [Claims.Of("c2", figure: null, source: "IOM", derivedFrom: ["Iraqi ministry"])], Options);

        Assert.That(run.OriginsOf(claim), Is.EquivalentTo(new[] { "iraqi ministry" }));
    }

    [Test]
    public void OriginsOf_SourceDerivingOnlyInTheEvidence_IsTheSetEveryRunShares()
    {
        // A report whose own derivation (Rudaw's) reaches nothing AFP's figures pass through.
        var shared = SharedOf(Evidence);
        var first = new OriginResolver(shared, [], Options);
        var second = new OriginResolver(shared, [Claims.Of("c2", figure: null, source: "Rudaw", derivedFrom: ["OCHA"])], Options);

        var origins = second.OriginsOf(Claims.Of("c1", source: "AFP"));

        Assert.That(origins, Is.EquivalentTo(new[] { "iom" }).And.SameAs(first.OriginsOf(Claims.Of("c3", source: "AFP"))));
    }

    [Test]
    public void OriginsOf_RunResolvingToOneOrigin_SharesThatOriginsSet()
    {
        // AFP → IOM in the evidence, IOM → the Iraqi ministry in this run: AFP's one origin is the ministry, whose claims
        // have the same set.
        var run = new OriginResolver(SharedOf(Evidence), [Claims.Of("c2", figure: null, source: "IOM", derivedFrom: ["Iraqi ministry"])], Options);

        var origins = run.OriginsOf(Claims.Of("c1", source: "AFP"));

        Assert.That(origins, Is.EquivalentTo(new[] { "iraqi ministry" }).And.SameAs(run.OriginsOf(Claims.Of("c3", source: "Iraqi ministry"))));
    }

    [Test]
    public void OriginsOf_SourceDerivingOnOneSubjectInTheEvidenceAndAnotherInTheRun_FollowsEachOnItsOwnSubject()
    {
        // AFP takes displacement figures from IOM (the evidence) and, says this run's report, deaths from the ministry.
        var run = new OriginResolver(SharedOf(Evidence), [Claims.Of("c2", figure: null, source: "AFP", subject: "civilians killed", derivedFrom: ["Iraqi ministry"])], Options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.OriginsOf(Claims.Of("c1", source: "AFP")), Is.EquivalentTo(new[] { "iom" }));
            Assert.That(run.OriginsOf(Claims.Of("c3", source: "AFP", subject: "civilians killed")), Is.EquivalentTo(new[] { "iraqi ministry" }));
            Assert.That(run.OriginsOf(Claims.Of("c4", source: "AFP", subject: "homes destroyed")), Is.EquivalentTo(new[] { "afp" }));
        }
    }

    [Test]
    public void OriginsOf_ClaimStatingDerivations_FollowsThemThroughTheSharedDerivations()
    {
        var resolver = new OriginResolver(SharedOf(Evidence), [], Options);

        Assert.That(resolver.OriginsOf(Claims.Of("c1", source: "Rudaw", derivedFrom: ["AFP", "OCHA"])), Is.EquivalentTo(new[] { "iom", "ocha" }));
    }

    [Test]
    public async Task VerifyAsync_ReportRedirectingASourceAfterAnEarlierRun_SeesTheEcho()
    {
        // Run 1: AFP's figure comes from IOM, so UNHCR's evidence corroborates it. Run 2, same verifier: the report also
        // says AFP took the figure from UNHCR, so UNHCR's evidence is an echo. Run 3: as run 1 again.
        var verifier = Verifiers.BuiltIn(Evidence);
        var claim = Claims.Of("c1", "about 270,000", source: "AFP");
        var redirect = Claims.Of("c2", figure: null, source: "AFP", derivedFrom: ["UNHCR"]);

        var first = await verifier.VerifyAsync(Claims.Report(claim));
        var second = await verifier.VerifyAsync(Claims.Report(claim, redirect));
        var third = await verifier.VerifyAsync(Claims.Report(claim));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Claims[0].Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(second.Claims[0].Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(second.Claims[0].Echoes, Is.EqualTo(new[] { "e1" }));
            Assert.That(third.Claims[0].Verdict, Is.EqualTo(Verdict.Corroborated));
        }
    }
}

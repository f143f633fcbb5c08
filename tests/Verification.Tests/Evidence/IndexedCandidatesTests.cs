using Moq;
using Verification.Claims;
using Verification.Evidence;
using Verification.Figures;
using Verification.Places;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Evidence;

/// <summary>What the index hands over with its candidates (their origins, place relation and period) must give the
/// same verdicts and findings as working everything out from the claims.</summary>
public sealed class IndexedCandidatesTests
{
    private static IClaimValidator[] BuiltIn() => [new FigureAgreementValidator(), new ReportFlagValidator(), new PartWholeValidator()];

    // The same evidence, found the same way, but handed over as a plain list: nothing known beyond the claims.
    private static IEvidenceSource Plain(InMemoryEvidenceSource indexed)
    {
        var source = new Mock<IEvidenceSource>(MockBehavior.Strict);
        source.Setup(s => s.GetDerivationsAsync(It.IsAny<VerificationOptions>(), It.IsAny<CancellationToken>()))
            .Returns(async (VerificationOptions o, CancellationToken ct) => (IReadOnlyList<Claim>)[.. await indexed.GetDerivationsAsync(o, ct)]);
        source.Setup(s => s.FindCandidatesAsync(It.IsAny<EvidenceQuery>(), It.IsAny<CancellationToken>()))
            .Returns(async (EvidenceQuery q, CancellationToken ct) => (IReadOnlyList<Claim>)[.. await indexed.FindCandidatesAsync(q, ct)]);
        return source.Object;
    }

    private static async Task<(ReportVerification Indexed, ReportVerification Plain)> VerifyBothWaysAsync(IReadOnlyList<Claim> evidence, Report report)
    {
        var indexed = new InMemoryEvidenceSource(evidence);
        var a = await Verifiers.With(BuiltIn(), [indexed]).VerifyAsync(report);
        var b = await Verifiers.With(BuiltIn(), [Plain(new InMemoryEvidenceSource(evidence))]).VerifyAsync(report);
        return (a, b);
    }

    private static List<string> Differences(ReportVerification a, ReportVerification b) =>
        [.. a.Claims.Zip(b.Claims).Where(p => !p.First.Equals(p.Second)).Select(p =>
            $"{p.First.Claim.Id}: {p.First.Verdict} [{string.Join(" | ", p.First.Findings)}] vs {p.Second.Verdict} [{string.Join(" | ", p.Second.Findings)}]")];

    [Test]
    public async Task VerifyAsync_ReportDerivationReroutesAnEvidenceSource_IsHonoured()
    {
        // Al Jazeera's figure is its own as far as the evidence says; the report says Al Jazeera took it from UNHCR, so
        // in this run Al Jazeera only echoes UNHCR.
        Claim[] evidence =
        [
            Claims.Exact("e1", 340_000, source: "IOM"),
            Claims.Exact("e2", 340_000, source: "Al Jazeera"),
        ];
        var report = new Report("r", [
            Claims.Exact("c1", 340_000, source: "UNHCR"),
            Claims.Exact("c2", 340_000, source: "Al Jazeera") with { Id = "c2", DerivedFrom = ["UNHCR"] },
        ]);

        var (indexed, plain) = await VerifyBothWaysAsync(evidence, report);

        Assert.That(Differences(indexed, plain), Is.Empty);
        Assert.That(indexed.Claims[0].Echoes, Does.Contain("e2"));
        Assert.That(indexed.Claims[0].Supporting, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public async Task VerifyAsync_GeneratedEvidenceWithDerivations_SameFindingsAsFromTheClaims()
    {
        var random = new Random(20170325);
        // Agencies relay the original sources' figures, some of the time saying so: no cycles, so origins stay apart.
        string[] originals = ["UNHCR", "IOM", "OCHA", "Airwars", "Iraqi officials", "local officials", "witnesses"];
        string[] relays = ["Reuters", "AP", "Al Jazeera"];
        string[] places = ["Mosul, Iraq", "West Mosul, Mosul, Iraq", "al-Jadida, West Mosul, Mosul, Iraq", "Iraq", "Nineveh, Iraq", "Mosul, Nineveh, Iraq"];
        string?[] periods = ["2017-03-17", "2017-03-18", "2017-03", "2017", "2017-03-01/2017-03-20", null];
        // Figures of every shape of interval: open and closed ends that meet, hedges, bounds, no figure at all.
        string?[] figures = ["about 200", "about 200", "about 200", "60", "more than 200", "at least 200", "fewer than 60", "up to 60", "between 60 and 200", "nearly 200", "dozens", null];
        Claim Make(string id)
        {
            var relay = random.Next(3) == 0;
            return Claims.Of(
                id,
                figure: figures[random.Next(figures.Length)],
                source: relay ? relays[random.Next(relays.Length)] : originals[random.Next(originals.Length)],
                subject: random.Next(2) == 0 ? "civilians killed" : "civilian deaths",
                place: random.Next(10) == 0 ? null : places[random.Next(places.Length)],
                period: periods[random.Next(periods.Length)],
                derivedFrom: relay && random.Next(2) == 0 ? [originals[random.Next(originals.Length)]] : null);
        }

        var evidence = Enumerable.Range(0, 200).Select(i => Make("e" + i)).ToList();
        var report = new Report("r", [.. Enumerable.Range(0, 300).Select(i => Make("c" + i))]);

        var (indexed, plain) = await VerifyBothWaysAsync(evidence, report);

        Assert.That(Differences(indexed, plain), Is.Empty);
        Assert.That(indexed.Claims.Sum(c => c.Echoes.Count), Is.GreaterThan(0), "the set should have echoes to tell apart");
        Assert.That(indexed.Claims.Sum(c => c.Supporting.Count), Is.GreaterThan(0), "the set should have agreeing figures");
        Assert.That(indexed.Claims.Sum(c => c.Conflicting.Count), Is.GreaterThan(0), "the set should have conflicting figures");
        Assert.That(indexed.Claims.Sum(c => c.NotComparable.Count), Is.GreaterThan(0), "the set should have figures of other times");
    }

    // Evidence from each source (e1, e2, …, all agreeing with the claim), the claim's source and derivations, and which
    // evidence is then an echo and which supports. The index tells most echoes by comparing source numbers.
    private static IEnumerable<TestCaseData> EchoCases()
    {
        // Sources are numbered by their normalised names: " unhcr " and "UNHCR" are one origin.
        yield return new TestCaseData(new[] { " unhcr ", "IOM" }, "UNHCR", Array.Empty<string>(), new[] { "e1" }, new[] { "e2" })
            .SetName("VerifyAsync_SourceSpelledAnotherWay_IsStillAnEcho");
        yield return new TestCaseData(new[] { "UNHCR", "IOM" }, "Airwars", Array.Empty<string>(), Array.Empty<string>(), new[] { "e1", "e2" })
            .SetName("VerifyAsync_ClaimFromASourceTheEvidenceNeverCites_EchoesNothing");
        // The claim says it combines two sources' figures: evidence from either is an echo.
        yield return new TestCaseData(new[] { "UNHCR", "IOM", "OCHA" }, "Reuters", new[] { "UNHCR", "IOM" }, new[] { "e1", "e2" }, new[] { "e3" })
            .SetName("VerifyAsync_ClaimWithSeveralOrigins_EchoesEachOfThem");
        // Unnamed sources are not an identity: each claim from one is an origin of its own.
        yield return new TestCaseData(new[] { "officials", " Officials " }, "officials", Array.Empty<string>(), Array.Empty<string>(), new[] { "e1", "e2" })
            .SetName("VerifyAsync_ClaimAndEvidenceFromAnUnnamedSource_AreIndependent");
        yield return new TestCaseData(new[] { "UNHCR", "witnesses" }, "Reuters", new[] { "UNHCR", "witnesses" }, new[] { "e1" }, new[] { "e2" })
            .SetName("VerifyAsync_ClaimDerivedFromNamedAndUnnamedSources_EchoesOnlyTheNamedOne");
    }

    [TestCaseSource(nameof(EchoCases))]
    public async Task VerifyAsync_EchoesTold(string[] evidenceSources, string claimSource, string[] derivedFrom, string[] echoes, string[] supporting)
    {
        var evidence = evidenceSources.Select((source, i) => Claims.Exact($"e{i + 1}", 340_000, source: source)).ToList();
        var report = new Report("r", [Claims.Exact("c1", 340_000, source: claimSource) with { DerivedFrom = derivedFrom }]);

        var (indexed, plain) = await VerifyBothWaysAsync(evidence, report);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Differences(indexed, plain), Is.Empty);
            Assert.That(indexed.Claims[0].Echoes, Is.EquivalentTo(echoes));
            Assert.That(indexed.Claims[0].Supporting, Is.EquivalentTo(supporting));
        }
    }

    [Test]
    public async Task FactsAt_EqualWhatTheClaimsGive()
    {
        // Places, subjects, coverage, periods and figures that make every fact differ somewhere.
        var options = new VerificationOptions();
        var claim = Claims.Of("c1", subject: "civilians killed", place: "Mosul, Iraq", period: "2017-03-17");
        var source = new InMemoryEvidenceSource(
        [
            Claims.Of("e1", "about 200", subject: "civilians killed", place: "Mosul, Iraq", period: "2017-03-17"),
            Claims.Of("e2", "more than 40", subject: "children killed", place: "Mosul, Iraq", period: "2017-03-18"),
            Claims.Of("e3", "105", subject: "people killed", place: "al-Jadida, Mosul, Iraq", period: "2017-03-17"),
            Claims.Of("e4", null, subject: "civilians killed in air strikes", place: "Iraq", period: "2017-03-01/2017-03-31"),
            Claims.Of("e5", "dozens", subject: "civilians killed", place: "Mosul, Iraq", period: null) with { Coverage = Coverage.Partial },
        ]);
        var candidates = (IndexedCandidates)await source.FindCandidatesAsync(EvidenceQuery.For(claim, options), CancellationToken.None);
        Assert.That(candidates.HoldFor(claim, options), Is.True);

        var mismatches = Enumerable.Range(0, candidates.Count)
            .Where(i => !candidates.FactsAt(i).Equals(CandidateFacts.Of(claim, candidates[i], options)))
            .Select(i => candidates[i].Id)
            .ToList();

        Assert.That(candidates.Count, Is.GreaterThanOrEqualTo(4));
        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public async Task HoldFor_AnotherPlace_IsFalse()
    {
        var options = new VerificationOptions();
        var source = new InMemoryEvidenceSource([Claims.Of("e1")]);
        var candidates = (IndexedCandidates)await source.FindCandidatesAsync(EvidenceQuery.For(Claims.Of("c1"), options), CancellationToken.None);

        Assert.That(candidates.HoldFor(Claims.Of("c2", place: "Iraq"), options), Is.False);
    }

    [Test]
    public async Task FactsAt_FigureIsTheCandidatesFigureInterval_OrNullWithoutFigure()
    {
        var options = new VerificationOptions();
        var source = new InMemoryEvidenceSource([Claims.Of("e1", figure: "more than 400"), Claims.Of("e2", figure: null)]);
        var candidates = (IndexedCandidates)await source.FindCandidatesAsync(EvidenceQuery.For(Claims.Of("c1"), options), CancellationToken.None);

        var byId = Enumerable.Range(0, candidates.Count).ToDictionary(i => candidates[i].Id, i => candidates.FactsAt(i).Figure);

        Assert.That(byId, Is.EqualTo(new Dictionary<string, FigureBounds?>
        {
            ["e1"] = new FigureBounds(400, false, double.PositiveInfinity, false),
            ["e2"] = null,
        }));
    }

    [Test]
    public async Task ValidationContext_IndexedCandidatesForAnotherPlace_AreAnsweredFromTheClaims()
    {
        // Candidates found for one claim, used (by a host) in the context of a claim at another place and time: what the
        // index knew about the first claim must not be taken for the second.
        var options = new VerificationOptions();
        var source = new InMemoryEvidenceSource([Claims.Of("e1", place: "West Mosul, Mosul, Iraq", period: "2017-03-18")]);
        var first = Claims.Of("c1", place: "Mosul, Iraq", period: "2017-03-18");
        var second = Claims.Of("c2", place: "West Mosul, Mosul, Iraq", period: "2017-01-02");
        var candidates = await source.FindCandidatesAsync(EvidenceQuery.For(first, options), CancellationToken.None);

        var forFirst = new ValidationContext(first, candidates, options);
        var forSecond = new ValidationContext(second, candidates, options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(forFirst.PlaceRelationTo(candidates[0]), Is.EqualTo(PlaceRelation.Contains));
            Assert.That(forFirst.IsSameTime(candidates[0]), Is.True);
            Assert.That(forSecond.PlaceRelationTo(candidates[0]), Is.EqualTo(PlaceRelation.Same));
            Assert.That(forSecond.IsSameTime(candidates[0]), Is.False);
        }
    }
}

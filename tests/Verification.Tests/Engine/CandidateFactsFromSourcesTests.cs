using System.Collections;
using Verification.Claims;
using Verification.Evidence;
using Verification.Periods;
using Verification.Places;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Engine;

/// <summary>An evidence source of any assembly hands the facts it worked out to the validators through
/// <see cref="ICandidateFacts"/>: the fast path is the public contract, not the built-in index's privilege.</summary>
public sealed class CandidateFactsFromSourcesTests
{
    private static readonly Claim Claim = Claims.Of("c1", "about 270,000");
    private static readonly Claim[] Evidence = [Claims.Of("e1", "255,000", source: "IOM"), Claims.Of("e2", "400,000", source: "IOM", period: "2017-03-21")];

    [Test]
    public async Task VerifyAsync_SourceWhoseFactsHold_ValidatorsReadThem()
    {
        var source = new SourceWithFacts(Evidence, holds: true);

        var result = await Verifiers.BuiltIn([]).WithSourceOnly(source).VerifyClaimAsync(Claim);

        Assert.That(source.FactsRead, Is.GreaterThanOrEqualTo(Evidence.Length));
        Assert.That(result.Findings.Select(f => f.Code), Does.Contain(FindingCodes.FigureAgrees).And.Contain(FindingCodes.FigureConflicts));
    }

    [Test]
    public async Task VerifyAsync_SourceWithFacts_IsAskedOnceWhetherTheyHold()
    {
        var source = new SourceWithFacts(Evidence, holds: true);

        await Verifiers.BuiltIn([]).WithSourceOnly(source).VerifyClaimAsync(Claim);

        // The engine asks when it checks the candidates against the query; the context takes its answer.
        Assert.That(source.HoldForAsked, Is.EqualTo(1));
    }

    [Test]
    public async Task VerifyAsync_SourceWhoseFactsDoNotHold_ContextWorksThemOut()
    {
        var source = new SourceWithFacts(Evidence, holds: false);

        var result = await Verifiers.BuiltIn([]).WithSourceOnly(source).VerifyClaimAsync(Claim);

        Assert.That(source.FactsRead, Is.Zero);
        Assert.That(result.Findings.Select(f => f.Code), Does.Contain(FindingCodes.FigureAgrees).And.Contain(FindingCodes.FigureConflicts));
    }

    [Test]
    public async Task VerifyAsync_SourceWhoseFactsHold_GetsTheSameFindingsAsWithout()
    {
        var withFacts = await Verifiers.BuiltIn([]).WithSourceOnly(new SourceWithFacts(Evidence, holds: true)).VerifyClaimAsync(Claim);
        var without = await Verifiers.BuiltIn([]).WithSourceOnly(new SourceWithFacts(Evidence, holds: false)).VerifyClaimAsync(Claim);

        Assert.That(withFacts.Findings.Select(f => f.Message), Is.EqualTo(without.Findings.Select(f => f.Message)));
        Assert.That(withFacts.Verdict, Is.EqualTo(without.Verdict));
    }

    [Test]
    public async Task VerifyAsync_SourceWithFactsReturningEveryRow_OnlyComparableEvidenceCounts()
    {
        // Honest facts for rows the query did not ask for: a count of buildings must not contest a death toll.
        Claim[] rows =
        [
            Claims.Of("e1", "more than 160,000", "UN-Habitat", "buildings destroyed", period: "2017-03-17"),
            Claims.Of("e2", "about 100", "Airwars", "civilian deaths", period: "2017-03-17"),
            Claims.Of("e3", "9,000", "Ministry", "civilians killed", place: "Raqqa, Syria", period: "2017-03-17"),
            Claims.Of("e4", "3,000", "Ministry", "civilians killed", period: "2016-01-10"),
        ];
        var source = new SourceWithFacts(rows, holds: true, everyRow: true);

        var result = await Verifiers.BuiltIn([]).WithSourceOnly(source).VerifyClaimAsync(Claims.Of("c1", "105", subject: "civilians killed", period: "2017-03-17"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.Findings.SelectMany(f => f.Evidence), Has.Member("e2").And.None.EqualTo("e1").And.None.EqualTo("e3").And.None.EqualTo("e4"));
            Assert.That(source.FactsRead, Is.GreaterThanOrEqualTo(rows.Length), "the rows were checked from their facts");
        }
    }

    // A third-party source: returns the claims that match (or every claim), with the facts it worked out for the claim
    // asked about.
    private sealed class SourceWithFacts(Claim[] claims, bool holds, bool everyRow = false) : IEvidenceSource
    {
        private int _factsRead;
        private int _holdForAsked;

        public int FactsRead => Volatile.Read(ref _factsRead);

        public int HoldForAsked => Volatile.Read(ref _holdForAsked);

        public ValueTask<IReadOnlyList<Claim>> FindCandidatesAsync(EvidenceQuery query, CancellationToken cancellationToken)
        {
            var asked = new Claim("query", query.Subject, null, "query") { Place = query.Place, Period = query.Period };
            var matching = everyRow ? claims : claims.Where(c => query.Matches(c)).ToArray();
            var facts = Array.ConvertAll(matching, c => CandidateFacts.Of(asked, c, query.Options));
            return ValueTask.FromResult<IReadOnlyList<Claim>>(new Found(this, matching, facts, holds));
        }

        public ValueTask<IReadOnlyList<Claim>> GetDerivationsAsync(VerificationOptions options, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<Claim>>([]);

        private sealed class Found(SourceWithFacts source, Claim[] claims, CandidateFacts[] facts, bool holds) : IReadOnlyList<Claim>, ICandidateFacts
        {
            public int Count => claims.Length;

            public Claim this[int index] => claims[index];

            public bool HoldFor(Claim claim, VerificationOptions options)
            {
                Interlocked.Increment(ref source._holdForAsked);
                return holds;
            }

            public CandidateFacts FactsAt(int index)
            {
                Interlocked.Increment(ref source._factsRead);
                return facts[index];
            }

            public IEnumerator<Claim> GetEnumerator() => ((IEnumerable<Claim>)claims).GetEnumerator();

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}

using System.Collections;

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

    // A third-party source: returns every claim, with the facts it worked out for the claim asked about.
    private sealed class SourceWithFacts(Claim[] claims, bool holds) : IEvidenceSource
    {
        private int _factsRead;

        public int FactsRead => Volatile.Read(ref _factsRead);

        public ValueTask<IReadOnlyList<Claim>> FindCandidatesAsync(EvidenceQuery query, CancellationToken cancellationToken)
        {
            var asked = new Claim("query", query.Subject, null, "query") { Place = query.Place, Period = query.Period };
            var matching = claims.Where(query.Matches).ToArray();
            var facts = Array.ConvertAll(matching, c => CandidateFacts.Of(asked, c, query.Options));
            return ValueTask.FromResult<IReadOnlyList<Claim>>(new Found(this, matching, facts, holds));
        }

        public ValueTask<IReadOnlyList<Claim>> GetDerivationsAsync(VerificationOptions options, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<Claim>>([]);

        private sealed class Found(SourceWithFacts source, Claim[] claims, CandidateFacts[] facts, bool holds) : IReadOnlyList<Claim>, ICandidateFacts
        {
            public int Count => claims.Length;

            public Claim this[int index] => claims[index];

            public bool HoldFor(Claim claim, VerificationOptions options) => holds;

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

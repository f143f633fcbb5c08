using System.Collections;
using Verification.Claims;
using Verification.Figures;
using Verification.Measures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
using Verification.Validators;

namespace Verification.Core.Tests.Validators;

/// <summary>A candidate's facts, read at once by position: worked out from the claims, or handed over by the candidate
/// list when they hold for the claim.</summary>
public sealed class CandidateFactsTests
{
    private static readonly VerificationOptions Options = new();

    private static Claim C(string id, string subject, string? figure, string source, string? place, string? period, Coverage coverage = Coverage.Full) =>
        new(id, new Subject(subject), figure is null ? null : Figure.Parse(figure), source)
        {
            Place = place is null ? null : Place.Parse(place),
            Period = period is null ? null : Period.Parse(period),
            Coverage = coverage,
        };

    private static readonly Claim Claim = C("c1", "civilians killed", "105", "US military", "Mosul, Iraq", "2017-03-17");

    [Test]
    public void Of_ReadsEveryFactFromTheClaimsSide()
    {
        var candidate = C("e1", "children killed", "more than 40", "UNICEF", "al-Jadida, Mosul, Iraq", "2017-03-17", Coverage.Partial);

        var facts = CandidateFacts.Of(Claim, candidate, Options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(facts.Place, Is.EqualTo(PlaceRelation.Contains));
            Assert.That(facts.Subject, Is.EqualTo(SubjectRelation.Contains));
            Assert.That(facts.DiffersOnlyInCause, Is.False);
            Assert.That(facts.IsPartial, Is.True);
            Assert.That(facts.Figure, Is.EqualTo(new FigureBounds(40, false, double.PositiveInfinity, false)));
            Assert.That(facts.Time, Is.EqualTo(MeasureRules.TimeOf(candidate, Options)));
        }
    }

    [Test]
    public void Of_NarrowerOnlyByCause_SaysSo()
    {
        var candidate = C("e1", "civilians killed in air strikes", "100", "Airwars", "Mosul, Iraq", "2017-03-17");

        var facts = CandidateFacts.Of(Claim, candidate, Options);

        Assert.That((facts.Subject, facts.DiffersOnlyInCause), Is.EqualTo((SubjectRelation.Contains, true)));
    }

    [Test]
    public void Of_NoFigureAndNoPlace_GivesNullFigureAndUnrelatedPlace()
    {
        var facts = CandidateFacts.Of(Claim, C("e1", "civilians killed", null, "Airwars", null, null), Options);

        Assert.That((facts.Figure, facts.Place), Is.EqualTo(((FigureBounds?)null, PlaceRelation.Unrelated)));
    }

    [Test]
    public void FactsAt_PlainList_WorksThemOutFromTheClaims()
    {
        Claim[] candidates = [C("e1", "civilians killed", "240", "Airwars", "Mosul, Iraq", "2017-03-18"), C("e2", "people killed", "300", "Amnesty", "Iraq", null)];
        var context = new ValidationContext(Claim, candidates, Options);

        Assert.That(Enumerable.Range(0, 2).Select(context.FactsAt), Is.EqualTo(candidates.Select(c => CandidateFacts.Of(Claim, c, Options))));
    }

    [Test]
    public void FactsAt_ListWhoseFactsHold_ReadsThemFromIt()
    {
        var handed = new CandidateFacts(PlaceRelation.Within, SubjectRelation.Unspecified, false, default, true, new FigureBounds(1, true, 2, true));
        var list = new ListWithFacts([C("e1", "civilians killed", "240", "Airwars", "Mosul, Iraq", "2017-03-18")], handed, holds: true);

        var context = new ValidationContext(Claim, list, Options);

        Assert.That(context.FactsAt(0), Is.EqualTo(handed));
        Assert.That(context.PlaceRelationTo(list[0]), Is.EqualTo(PlaceRelation.Within));
    }

    [Test]
    public void FactsAt_ListWhoseFactsDoNotHold_WorksThemOut()
    {
        var handed = new CandidateFacts(PlaceRelation.Within, SubjectRelation.Unspecified, false, default, true, null);
        var candidate = C("e1", "civilians killed", "240", "Airwars", "Mosul, Iraq", "2017-03-18");
        var list = new ListWithFacts([candidate], handed, holds: false);

        var context = new ValidationContext(Claim, list, Options);

        Assert.That(context.FactsAt(0), Is.EqualTo(CandidateFacts.Of(Claim, candidate, Options)));
    }

    [Test]
    public void CompareTime_FromFacts_IsCompareTimeOfTheCandidate()
    {
        var candidate = C("e1", "civilians killed", "240", "Airwars", "Mosul, Iraq", "2017-03-30");
        var context = new ValidationContext(Claim, [candidate], Options);

        Assert.That(context.CompareTime(context.FactsAt(0)), Is.EqualTo(context.CompareTime(candidate)));
    }

    [Test]
    public void IsEchoAt_CandidateFromTheClaimsSource_IsTrueWithItsOrigins()
    {
        Claim[] candidates = [C("e1", "civilians killed", "105", "US military", "Mosul, Iraq", "2017-03-17"), C("e2", "civilians killed", "240", "Airwars", "Mosul, Iraq", "2017-03-17")];
        var context = new ValidationContext(Claim, candidates, Options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(context.IsEchoAt(0, out var echoed), Is.True);
            Assert.That(echoed, Is.EquivalentTo(context.OriginsOf(candidates[0])));
            Assert.That(context.IsEchoAt(1, out var independent), Is.False);
            Assert.That(independent, Is.EquivalentTo(context.OriginsAt(1)));
        }
    }

    // A candidate list of another assembly that hands over the same facts for every candidate.
    private sealed class ListWithFacts(Claim[] claims, CandidateFacts facts, bool holds) : IReadOnlyList<Claim>, ICandidateFacts
    {
        public int Count => claims.Length;

        public Claim this[int index] => claims[index];

        public bool HoldFor(Claim claim, VerificationOptions options) => holds;

        public CandidateFacts FactsAt(int index) => facts;

        public IEnumerator<Claim> GetEnumerator() => ((IEnumerable<Claim>)claims).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

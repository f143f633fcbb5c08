using Verification.Claims;
using Verification.Measures;
using Verification.Places;
using Verification.Sources;
using Verification.Subjects;
namespace Verification.Validators;

/// <summary>What a validator sees of one claim: the claim, its report, the comparable evidence and the options.</summary>
public sealed class ValidationContext
{
    private readonly OriginLookup _origins;

    // The candidates' facts when they hold for this claim (see ICandidateFacts); null otherwise.
    private readonly ICandidateFacts? _facts;
    private IReadOnlySet<string>? _claimOrigins;
    private ClaimTime? _claimTime;

    // The position last found by claim: callers by claim ask about the same candidate several times, then the next one.
    private int _last;

    /// <summary>Creates a context. The engine does this; tests and hosts may too.</summary>
    /// <param name="claim">The claim to check.</param>
    /// <param name="candidates">Evidence on the same subject (through synonyms), at a related place, in an overlapping
    /// period. When the list implements <see cref="ICandidateFacts"/> and its facts hold for the claim,
    /// <see cref="FactsAt"/> reads them from it.</param>
    /// <param name="options">The comparison options.</param>
    /// <param name="report">The claim's report, when known.</param>
    /// <param name="originsOf">Resolves a claim's independent origins; by default its direct origins, normalised, an
    /// unnamed one (see <see cref="VerificationOptions.GenericSourceWords"/>) standing for an origin of the claim's own
    /// (see <see cref="OriginGraph"/>).</param>
    public ValidationContext(Claim claim, IReadOnlyList<Claim> candidates, VerificationOptions options, Report? report = null, Func<Claim, IReadOnlySet<string>>? originsOf = null)
        : this(claim, candidates, options, report, OriginLookup.From(originsOf, options?.GenericSourceWords ?? GenericSourceWords.Default), factsHold: null)
    {
    }

    /// <summary>Creates a context whose origins come from <paramref name="origins"/>, which may know the candidates'
    /// origins by position (see <see cref="OriginLookup"/>). The engine makes its contexts so.</summary>
    /// <param name="claim">The claim to check.</param>
    /// <param name="candidates">Its candidates (see <see cref="Candidates"/>).</param>
    /// <param name="options">The comparison options.</param>
    /// <param name="report">The claim's report, when known.</param>
    /// <param name="origins">Resolves the origins of the claim and of its candidates.</param>
    /// <param name="factsHold">Whether <paramref name="candidates"/> carry facts that hold for the claim, when the caller
    /// has asked <see cref="ICandidateFacts.HoldFor"/> already (the engine does, when it checks them against the query);
    /// null to have the context ask.</param>
    /// <returns>The context.</returns>
    public static ValidationContext WithOrigins(Claim claim, IReadOnlyList<Claim> candidates, VerificationOptions options, Report? report, OriginLookup origins, bool? factsHold = null) =>
        new(claim, candidates, options, report, origins, factsHold);

    // factsHold: whether the candidates' facts hold for the claim, when already known; null to ask the list.
    private ValidationContext(Claim claim, IReadOnlyList<Claim> candidates, VerificationOptions options, Report? report, OriginLookup origins, bool? factsHold)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(origins);
        Claim = claim;
        Candidates = candidates;
        Options = options;
        Report = report;
        _origins = origins;
        if (candidates is ICandidateFacts facts && (factsHold ?? facts.HoldFor(claim, options)))
        {
            _facts = facts;
        }
    }

    /// <summary>The claim to check.</summary>
    public Claim Claim { get; }

    /// <summary>The claim's report, when known.</summary>
    public Report? Report { get; }

    /// <summary>Evidence about a related subject (the same, or a part or whole of it; see <see cref="SubjectRelationTo"/>),
    /// at the same or a containing or contained place, whose period lies near the claim's (or is unknown). Whether the
    /// times compare is for the validator to check with <see cref="CompareTime(Claim)"/>.</summary>
    public IReadOnlyList<Claim> Candidates { get; }

    /// <summary>The comparison options.</summary>
    public VerificationOptions Options { get; }

    /// <summary>The claim's own independent origins (normalised source names).</summary>
    public IReadOnlySet<string> ClaimOrigins => _claimOrigins ??= _origins.OriginsOf(Claim);

    /// <summary>The independent origins of an evidence claim (normalised source names).</summary>
    /// <param name="evidence">The evidence claim.</param>
    public IReadOnlySet<string> OriginsOf(Claim evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);

        // The claim's own are resolved once per context.
        return ReferenceEquals(evidence, Claim) ? ClaimOrigins : _origins.OriginsOf(evidence);
    }

    /// <summary>Whether the evidence shares an origin with the claim: an echo, never corroboration.</summary>
    /// <param name="evidence">The evidence claim.</param>
    public bool IsEcho(Claim evidence) => OriginsOf(evidence).Overlaps(ClaimOrigins);

    /// <summary>How the claim's place relates to the evidence's place (<see cref="PlaceRelation.Same"/> when neither has one).</summary>
    /// <param name="evidence">The evidence claim.</param>
    /// <remarks>For a candidate, <see cref="FactsAt"/> gives this with the rest of its facts in one call.</remarks>
    public PlaceRelation PlaceRelationTo(Claim evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return IndexOfHeld(evidence) is >= 0 and var i
            ? _facts!.FactsAt(i).Place
            : CandidateFacts.PlaceRelationOf(Claim.Place, evidence.Place, Options.PlaceNames);
    }

    /// <summary>How what the claim counts relates to what the evidence counts (see <see cref="SubjectVocabulary.Relate(SubjectKey, SubjectKey)"/>).</summary>
    /// <param name="evidence">The evidence claim.</param>
    /// <remarks>For a candidate, <see cref="FactsAt"/> gives this with the rest of its facts in one call.</remarks>
    public SubjectRelation SubjectRelationTo(Claim evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        // Read as the index reads them: a subject naming only a kind of figure counts what its quote names.
        return IndexOfHeld(evidence) is >= 0 and var i
            ? _facts!.FactsAt(i).Subject
            : Options.Subjects.Relate(Options.Subjects.Read(Claim), Options.Subjects.Read(evidence));
    }

    /// <summary>The measure of the claim's figure: stated, or inferred from its words and period (see <see cref="Measure"/>).</summary>
    public Measure ClaimMeasure => OwnTime.Measure;

    /// <summary>How the times of the claim and the evidence compare under the rule of their measures (see <see cref="Measure"/>).</summary>
    /// <param name="evidence">The evidence claim.</param>
    public TimeComparison CompareTime(Claim evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return CompareTime(IndexOfHeld(evidence) is >= 0 and var i ? _facts!.FactsAt(i).Time : MeasureRules.TimeOf(evidence, Options));
    }

    /// <summary>How the times of the claim and a candidate compare under the rule of their measures, from the
    /// candidate's facts (see <see cref="FactsAt"/>).</summary>
    /// <param name="facts">The candidate's facts.</param>
    public TimeComparison CompareTime(in CandidateFacts facts) => CompareTime(facts.Time);

    /// <summary>Whether the evidence is about the same time as the claim under the rule of their measures; null when
    /// either period is unknown (see <see cref="CompareTime(Claim)"/>).</summary>
    /// <param name="evidence">The evidence claim.</param>
    public bool? IsSameTime(Claim evidence) => CompareTime(evidence).Relation switch
    {
        TimeRelation.Unchecked => null,
        TimeRelation.Same => true,
        _ => false,
    };

    /// <summary>Everything a validator reads of the candidate at <paramref name="index"/>, in one call: how its place and
    /// subject relate to the claim's, its figure's interval, its coverage and its time.</summary>
    /// <param name="index">The candidate's position in <see cref="Candidates"/>.</param>
    /// <returns>Its facts: read from the candidates when they carry them (see <see cref="ICandidateFacts"/>), else worked
    /// out from the two claims (see <see cref="CandidateFacts.Of"/>); the same values either way.</returns>
    /// <remarks>The fast way to walk the candidates: an evidence index hands over what it read while searching, without
    /// the candidate claim being read at all. Pair it with <see cref="CompareTime(in CandidateFacts)"/> and
    /// <see cref="IsEchoAt"/>.</remarks>
    public CandidateFacts FactsAt(int index) =>
        _facts is { } facts ? facts.FactsAt(index) : CandidateFacts.Of(Claim, Candidates[index], Options);

    /// <summary><see cref="OriginsOf"/> for the candidate at <paramref name="index"/>.</summary>
    /// <param name="index">The candidate's position in <see cref="Candidates"/>.</param>
    public IReadOnlySet<string> OriginsAt(int index) => _origins.OriginsAt(index, Candidates[index]);

    /// <summary><see cref="IsEcho"/> for the candidate at <paramref name="index"/>, with its origins.</summary>
    /// <param name="index">The candidate's position in <see cref="Candidates"/>.</param>
    /// <param name="origins">The candidate's independent origins, as <see cref="OriginsAt"/> gives them (for a finding
    /// that cites them).</param>
    /// <returns>Whether the candidate shares an origin with the claim: an echo, never corroboration.</returns>
    /// <remarks>The engine may tell an echo by position without resolving the candidate's origins first.</remarks>
    public bool IsEchoAt(int index, out IReadOnlySet<string> origins) =>
        _origins.IsEchoAt(index, Candidates[index], ClaimOrigins, out origins);

    private ClaimTime OwnTime => _claimTime ??= MeasureRules.TimeOf(Claim, Options);

    private TimeComparison CompareTime(in ClaimTime evidence) => OwnTime.CompareWith(evidence, Options.SameTimeWindowDays, Options.ReportingLagDays);

    // Where the evidence is among candidates whose facts hold; -1 when they hold none or it is not one of them. Looks at
    // the position last found, then on from there, then from the beginning. A context is used by one validator at a time;
    // should several threads ask at once, a stale position only means a longer search.
    private int IndexOfHeld(Claim evidence)
    {
        if (_facts is null)
        {
            return -1;
        }

        var candidates = Candidates;
        var count = candidates.Count;
        var start = Math.Min(_last, count);
        for (var i = start; i < count; i++)
        {
            if (ReferenceEquals(candidates[i], evidence))
            {
                return _last = i;
            }
        }

        for (var i = 0; i < start; i++)
        {
            if (ReferenceEquals(candidates[i], evidence))
            {
                return _last = i;
            }
        }

        return -1;
    }
}

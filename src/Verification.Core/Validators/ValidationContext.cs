namespace Verification;

/// <summary>What a validator sees of one claim: the claim, its report, the comparable evidence and the options.</summary>
public sealed class ValidationContext
{
    private readonly OriginLookup _origins;

    // The candidates' facts, and which of those that depend on the claim hold for it (found for this claim's place and
    // alias table, subject and vocabulary, options).
    private readonly ICandidateFacts? _facts;
    private readonly FactsHeld _held;
    private IReadOnlySet<string>? _claimOrigins;
    private ClaimTime? _claimTime;

    /// <summary>Creates a context. The engine does this; tests and hosts may too.</summary>
    /// <param name="claim">The claim to check.</param>
    /// <param name="candidates">Evidence on the same subject (through synonyms), at a related place, in an overlapping period.</param>
    /// <param name="options">The comparison options.</param>
    /// <param name="report">The claim's report, when known.</param>
    /// <param name="originsOf">Resolves a claim's independent origins; by default its direct origins, normalised, an
    /// unnamed one (see <see cref="VerificationOptions.GenericSourceWords"/>) standing for an origin of the claim's own
    /// (see <see cref="OriginGraph"/>).</param>
    public ValidationContext(Claim claim, IReadOnlyList<Claim> candidates, VerificationOptions options, Report? report = null, Func<Claim, IReadOnlySet<string>>? originsOf = null)
        : this(claim, candidates, options, report, OriginLookup.From(originsOf, options?.GenericSourceWords ?? GenericSourceWords.Default))
    {
    }

    /// <summary>Creates a context whose origins come from the engine's lookup.</summary>
    internal ValidationContext(Claim claim, IReadOnlyList<Claim> candidates, VerificationOptions options, Report? report, OriginLookup origins)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        Claim = claim;
        Candidates = candidates;
        Options = options;
        Report = report;
        _origins = origins;
        if (candidates is ICandidateFacts facts)
        {
            _facts = facts;
            _held = (facts.WereFoundFor(claim.Place, options.PlaceNames) ? FactsHeld.Place : 0)
                | (facts.WereFoundUnder(options) ? FactsHeld.Time : 0)
                | (facts.WereFoundFor(claim.Subject, options.Subjects) ? FactsHeld.Subject : 0);
        }
    }

    /// <summary>The claim to check.</summary>
    public Claim Claim { get; }

    /// <summary>The claim's report, when known.</summary>
    public Report? Report { get; }

    /// <summary>Evidence about a related subject (the same, or a part or whole of it; see <see cref="SubjectRelationTo"/>),
    /// at the same or a containing or contained place, whose period lies near the claim's (or is unknown). Whether the
    /// times compare is for the validator to check with <see cref="CompareTime"/>.</summary>
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
        return _origins.OriginsOf(evidence);
    }

    /// <summary>Whether the evidence shares an origin with the claim: an echo, never corroboration.</summary>
    /// <param name="evidence">The evidence claim.</param>
    public bool IsEcho(Claim evidence) => OriginsOf(evidence).Overlaps(ClaimOrigins);

    /// <summary>How the claim's place relates to the evidence's place (<see cref="PlaceRelation.Same"/> when neither has one).</summary>
    /// <param name="evidence">The evidence claim.</param>
    public PlaceRelation PlaceRelationTo(Claim evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (PlaceFacts?.IndexOf(evidence) is >= 0 and var i)
        {
            return PlaceFacts.RelationAt(i);
        }

        return (Claim.Place, evidence.Place) switch
        {
            (null, null) => PlaceRelation.Same,
            ({ } a, { } b) => a.RelationTo(b, Options.PlaceNames),
            _ => PlaceRelation.Unrelated,
        };
    }

    /// <summary>How what the claim counts relates to what the evidence counts (see <see cref="SubjectVocabulary.Relate(SubjectKey, SubjectKey)"/>).</summary>
    /// <param name="evidence">The evidence claim.</param>
    public SubjectRelation SubjectRelationTo(Claim evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (SubjectFacts?.IndexOf(evidence) is >= 0 and var i)
        {
            return SubjectFacts.SubjectRelationAt(i);
        }

        // Read as the index reads them: a subject naming only a kind of figure counts what its quote names.
        return Options.Subjects.Relate(Options.Subjects.Read(Claim), Options.Subjects.Read(evidence));
    }

    /// <summary>The measure of the claim's figure: stated, or inferred from its words and period (see <see cref="Measure"/>).</summary>
    public Measure ClaimMeasure => OwnTime.Measure;

    /// <summary>How the times of the claim and the evidence compare under the rule of their measures (see <see cref="Measure"/>).</summary>
    /// <param name="evidence">The evidence claim.</param>
    public TimeComparison CompareTime(Claim evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return Compare(TimeFacts?.IndexOf(evidence) is >= 0 and var i ? TimeFacts.TimeAt(i) : MeasureRules.TimeOf(evidence, Options));
    }

    /// <summary>Whether the evidence is about the same time as the claim under the rule of their measures; null when
    /// either period is unknown (see <see cref="CompareTime"/>).</summary>
    /// <param name="evidence">The evidence claim.</param>
    public bool? IsSameTime(Claim evidence) => CompareTime(evidence).Relation switch
    {
        TimeRelation.Unchecked => null,
        TimeRelation.Same => true,
        _ => false,
    };

    private ClaimTime OwnTime => _claimTime ??= MeasureRules.TimeOf(Claim, Options);

    private TimeComparison Compare(in ClaimTime evidence) => OwnTime.CompareWith(evidence, Options.SameTimeWindowDays, Options.ReportingLagDays);

    // By position: the built-in validators walk the candidates in order, and the facts the candidates carry then answer
    // without finding the claim among them first, or reading it at all.

    /// <summary><see cref="PlaceRelationTo"/> for the candidate at <paramref name="index"/>.</summary>
    internal PlaceRelation PlaceRelationAt(int index) =>
        PlaceFacts is { } facts ? facts.RelationAt(index) : PlaceRelationTo(Candidates[index]);

    /// <summary><see cref="CompareTime"/> for the candidate at <paramref name="index"/>.</summary>
    internal TimeComparison CompareTimeAt(int index) =>
        Compare(TimeFacts is { } facts ? facts.TimeAt(index) : MeasureRules.TimeOf(Candidates[index], Options));

    /// <summary><see cref="SubjectRelationTo"/> for the candidate at <paramref name="index"/>.</summary>
    internal SubjectRelation SubjectRelationAt(int index) =>
        SubjectFacts is { } facts ? facts.SubjectRelationAt(index) : Options.Subjects.Relate(Options.Subjects.Read(Claim), Options.Subjects.Read(Candidates[index]));

    /// <summary>Whether the claim's subject and that of the candidate at <paramref name="index"/> differ only in
    /// qualifiers of cause (see <see cref="SubjectVocabulary.DifferOnlyInCause"/>).</summary>
    internal bool DiffersOnlyInCauseAt(int index) =>
        SubjectFacts is { } facts ? facts.DiffersOnlyInCauseAt(index)
            : Options.Subjects.DifferOnlyInCause(Options.Subjects.Read(Claim), Options.Subjects.Read(Candidates[index]));

    /// <summary>Whether the figure of the candidate at <paramref name="index"/> covers only part of its place.</summary>
    internal bool IsPartialAt(int index) =>
        _facts is { } facts ? facts.IsPartialAt(index) : Candidates[index].Coverage == Coverage.Partial;

    /// <summary>The interval of the figure of the candidate at <paramref name="index"/>; null when it states none.</summary>
    internal FigureBounds? FigureAt(int index) =>
        _facts is { } facts ? facts.FigureAt(index) : Candidates[index].Figure?.Bounds;

    /// <summary><see cref="OriginsOf"/> for the candidate at <paramref name="index"/>.</summary>
    internal IReadOnlySet<string> OriginsAt(int index) => _origins.OriginsAt(index, Candidates[index]);

    /// <summary><see cref="IsEcho"/> for the candidate at <paramref name="index"/>, with its origins (see
    /// <see cref="OriginLookup.IsEchoAt"/>).</summary>
    internal bool IsEchoAt(int index, out IReadOnlySet<string> origins) =>
        _origins.IsEchoAt(index, Candidates[index], ClaimOrigins, out origins);

    // The candidates' facts that hold for this claim (see ICandidateFacts): null when they were found for another place,
    // subject or options. One reference and a byte rather than a reference each: a run makes a context per claim.
    private ICandidateFacts? PlaceFacts => (_held & FactsHeld.Place) != 0 ? _facts : null;

    private ICandidateFacts? TimeFacts => (_held & FactsHeld.Time) != 0 ? _facts : null;

    private ICandidateFacts? SubjectFacts => (_held & FactsHeld.Subject) != 0 ? _facts : null;

    [Flags]
    private enum FactsHeld : byte
    {
        Place = 1,
        Time = 2,
        Subject = 4,
    }
}

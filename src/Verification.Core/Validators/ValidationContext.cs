namespace Verification;

/// <summary>What a validator sees of one claim: the claim, its report, the comparable evidence and the options.</summary>
public sealed class ValidationContext
{
    private readonly OriginLookup _origins;

    // The candidates' facts; those that depend on the claim, when they were found for this claim's place (and alias
    // table) or period: null otherwise.
    private readonly ICandidateFacts? _facts;
    private readonly ICandidateFacts? _placeFacts;
    private readonly ICandidateFacts? _timeFacts;
    private IReadOnlySet<string>? _claimOrigins;

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
            _placeFacts = facts.WereFoundFor(claim.Place, options.PlaceNames) ? facts : null;
            _timeFacts = facts.WereFoundFor(claim.Period) ? facts : null;
        }
    }

    /// <summary>The claim to check.</summary>
    public Claim Claim { get; }

    /// <summary>The claim's report, when known.</summary>
    public Report? Report { get; }

    /// <summary>Evidence about the same subject (through synonyms), at the same or a containing or contained place,
    /// whose period overlaps the claim's (or is unknown). Time within <see cref="VerificationOptions.SameTimeWindowDays"/>
    /// is for the validator to check with <see cref="IsSameTime"/>.</summary>
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
        if (_placeFacts?.IndexOf(evidence) is >= 0 and var i)
        {
            return _placeFacts.RelationAt(i);
        }

        return (Claim.Place, evidence.Place) switch
        {
            (null, null) => PlaceRelation.Same,
            ({ } a, { } b) => a.RelationTo(b, Options.PlaceNames),
            _ => PlaceRelation.Unrelated,
        };
    }

    /// <summary>Whether the evidence is about the same time as the claim; null when either period is unknown.</summary>
    /// <param name="evidence">The evidence claim.</param>
    public bool? IsSameTime(Claim evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (_timeFacts?.IndexOf(evidence) is >= 0 and var i)
        {
            return _timeFacts.SameTimeAt(i, Claim.Period, Options.SameTimeWindowDays);
        }

        return Claim.Period is { } a && evidence.Period is { } b ? a.IsSameTimeAs(b, Options.SameTimeWindowDays) : null;
    }

    // By position: the built-in validators walk the candidates in order, and the facts the candidates carry then answer
    // without finding the claim among them first, or reading it at all.

    /// <summary><see cref="PlaceRelationTo"/> for the candidate at <paramref name="index"/>.</summary>
    internal PlaceRelation PlaceRelationAt(int index) =>
        _placeFacts is { } facts ? facts.RelationAt(index) : PlaceRelationTo(Candidates[index]);

    /// <summary><see cref="IsSameTime"/> for the candidate at <paramref name="index"/>.</summary>
    internal bool? IsSameTimeAt(int index) =>
        _timeFacts is { } facts ? facts.SameTimeAt(index, Claim.Period, Options.SameTimeWindowDays) : IsSameTime(Candidates[index]);

    /// <summary>The interval of the figure of the candidate at <paramref name="index"/>; null when it states none.</summary>
    internal FigureBounds? FigureAt(int index) =>
        _facts is { } facts ? facts.FigureAt(index) : Candidates[index].Figure?.Bounds;

    /// <summary><see cref="OriginsOf"/> for the candidate at <paramref name="index"/>.</summary>
    internal IReadOnlySet<string> OriginsAt(int index) => _origins.OriginsAt(index, Candidates[index]);

    /// <summary><see cref="IsEcho"/> for the candidate at <paramref name="index"/>, with its origins (see
    /// <see cref="OriginLookup.IsEchoAt"/>).</summary>
    internal bool IsEchoAt(int index, out IReadOnlySet<string> origins) =>
        _origins.IsEchoAt(index, Candidates[index], ClaimOrigins, out origins);
}

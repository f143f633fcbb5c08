namespace Verification;

/// <summary>What a validator sees of one claim: the claim, its report, the comparable evidence and the options.</summary>
public sealed class ValidationContext
{
    private readonly Func<Claim, IReadOnlySet<string>> _originsOf;
    private IReadOnlySet<string>? _claimOrigins;

    /// <summary>Creates a context. The engine does this; tests and hosts may too.</summary>
    /// <param name="claim">The claim to check.</param>
    /// <param name="candidates">Evidence on the same subject (through synonyms), at a related place, in an overlapping period.</param>
    /// <param name="options">The comparison options.</param>
    /// <param name="report">The claim's report, when known.</param>
    /// <param name="originsOf">Resolves a claim's independent origins; by default its direct origins, normalised.</param>
    public ValidationContext(Claim claim, IReadOnlyList<Claim> candidates, VerificationOptions options, Report? report = null, Func<Claim, IReadOnlySet<string>>? originsOf = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        Claim = claim;
        Candidates = candidates;
        Options = options;
        Report = report;
        _originsOf = originsOf ?? DirectOrigins;
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
    public IReadOnlySet<string> ClaimOrigins => _claimOrigins ??= _originsOf(Claim);

    /// <summary>The independent origins of an evidence claim (normalised source names).</summary>
    /// <param name="evidence">The evidence claim.</param>
    public IReadOnlySet<string> OriginsOf(Claim evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return _originsOf(evidence);
    }

    /// <summary>Whether the evidence shares an origin with the claim: an echo, never corroboration.</summary>
    /// <param name="evidence">The evidence claim.</param>
    public bool IsEcho(Claim evidence) => OriginsOf(evidence).Overlaps(ClaimOrigins);

    /// <summary>How the claim's place relates to the evidence's place (<see cref="PlaceRelation.Same"/> when neither has one).</summary>
    /// <param name="evidence">The evidence claim.</param>
    public PlaceRelation PlaceRelationTo(Claim evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (Candidates is ICandidateFacts facts && facts.TryGetPlaceRelation(Claim.Place, evidence, Options.PlaceNames, out var known))
        {
            return known;
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
        if (Candidates is ICandidateFacts facts && facts.TryGetSameTime(Claim.Period, evidence, Options.SameTimeWindowDays, out var known))
        {
            return known;
        }

        return Claim.Period is { } a && evidence.Period is { } b ? a.IsSameTimeAs(b, Options.SameTimeWindowDays) : null;
    }

    private static HashSet<string> DirectOrigins(Claim claim) =>
        claim.DirectOrigins.Select(OriginGraph.NormalizeSource).ToHashSet(StringComparer.Ordinal);
}

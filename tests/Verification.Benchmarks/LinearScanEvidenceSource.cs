using Verification.Claims;
using Verification.Evidence;
using Verification.Periods;
using Verification.Places;
using Verification.Validators;

namespace Verification.Benchmarks;

/// <summary>The naive way to find candidates: compare the query with every evidence claim.</summary>
/// <remarks><para>Same rule as the index (<see cref="IEvidenceSource.FindCandidatesAsync"/>): the same subject through the
/// synonym table, a place that is the same, contains or lies within the query's (no place only matches no place), and
/// a period that overlaps (or is unknown on either side). Checks run cheapest first.</para>
/// <para>Derivations are handed over as <see cref="InMemoryEvidenceSource"/> hands them over, in a list the engine may
/// keep its derivation graph for, so that the two sources differ only in how they find candidates.</para></remarks>
internal sealed class LinearScanEvidenceSource(IReadOnlyList<Claim> claims) : IEvidenceSource
{
    private readonly Claim[] _claims = [.. claims];
    private readonly FixedDerivations _derivations = FixedDerivations.Of(claims);

    public ValueTask<IReadOnlyList<Claim>> FindCandidatesAsync(EvidenceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var options = query.Options;
        var result = new List<Claim>();
        foreach (var evidence in _claims)
        {
            if (evidence.Subject.Matches(query.Subject, options.Subjects)
                && PeriodsOverlap(query.Period, evidence.Period)
                && PlacesRelate(query.Place, evidence.Place, options.PlaceNames))
            {
                result.Add(evidence);
            }
        }

        return ValueTask.FromResult<IReadOnlyList<Claim>>(result);
    }

    public ValueTask<IReadOnlyList<Claim>> GetDerivationsAsync(VerificationOptions options, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Claim>>(_derivations);

    private static bool PeriodsOverlap(Period? a, Period? b) => a is null || b is null || a.Overlaps(b);

    private static bool PlacesRelate(Place? a, Place? b, PlaceNameTable names) =>
        a is null || b is null ? a is null && b is null : a.RelationTo(b, names) != PlaceRelation.Unrelated;
}

using Verification.Claims;
using Verification.Evidence;
using Verification.Input;
using Verification.Validators;

namespace Verification.Evidence;

/// <summary>Evidence held in memory, indexed by subject and place, then period.</summary>
/// <remarks>
/// The index is built on first use, under the options of the run that first queries it (synonyms and aliases decide
/// the keys), and rebuilt only if a later run brings different options. Evidence figures read from text under other
/// figure options than the run's are read again under the run's, as the engine does for the claims. Queries are
/// thread-safe.
/// </remarks>
public sealed class InMemoryEvidenceSource : IEvidenceSource
{
    private readonly Claim[] _claims;
    private readonly Lock _gate = new();
    private EvidenceIndex? _index;
    private readonly FixedDerivations _derivations;

    /// <summary>Creates a source over the given claims.</summary>
    /// <param name="claims">The evidence claims.</param>
    public InMemoryEvidenceSource(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        _claims = [.. claims];
        foreach (var c in _claims)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(claims));
        }

        // The claims never change, so neither does this list; the engine asks for it at the start of every run.
        _derivations = FixedDerivations.Of(_claims);
    }

    /// <summary>The evidence claims, in the order given.</summary>
    public IReadOnlyList<Claim> Claims => _claims;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Claim>> FindCandidatesAsync(EvidenceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<Claim>>(IndexFor(query.Options).Find(query));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Claim>> GetDerivationsAsync(VerificationOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        IndexFor(options);
        return ValueTask.FromResult<IReadOnlyList<Claim>>(_derivations);
    }

    /// <summary>Builds the index now, so that the first query does not pay for it.</summary>
    /// <param name="options">The options of the runs that will query it.</param>
    public void BuildIndex(VerificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IndexFor(options);
    }

    // The claims with their figure text read under the run's figure options (the same array when none changes).
    private IReadOnlyList<Claim> ReadForRun(VerificationOptions options)
    {
        var problems = new List<ClaimProblem>();
        var claims = Engine.FigureRereading.Under(_claims, options.Figures, problems);
        return problems.Count > 0 ? throw new InvalidClaimsException(problems, "evidence held in memory") : claims;
    }

    private EvidenceIndex IndexFor(VerificationOptions options)
    {
        var index = Volatile.Read(ref _index);
        if (index is not null && ReferenceEquals(index.Options, options))
        {
            return index;
        }

        lock (_gate)
        {
            if (_index is null || !ReferenceEquals(_index.Options, options))
            {
                Volatile.Write(ref _index, new EvidenceIndex(ReadForRun(options), _derivations, options));
            }

            return _index!;
        }
    }
}

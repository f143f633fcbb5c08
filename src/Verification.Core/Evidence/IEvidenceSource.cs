using Verification.Claims;
using Verification.Input;
using Verification.Validators;
namespace Verification.Evidence;

/// <summary>Where other sources' claims come from: a file, a database, a newsroom's archive.</summary>
/// <remarks>Implementations must be thread-safe: the engine queries them concurrently for different claims.</remarks>
public interface IEvidenceSource
{
    /// <summary>Finds the evidence comparable with a claim: the same subject (through the source's synonym table), a
    /// place that is the same, contains or lies within the claim's, and a period that overlaps the claim's.</summary>
    /// <param name="query">The claim's subject, place and period.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The candidate evidence claims; empty when there are none.</returns>
    ValueTask<IReadOnlyList<Claim>> FindCandidatesAsync(EvidenceQuery query, CancellationToken cancellationToken);

    /// <summary>Every evidence claim that states a derivation (<see cref="Claim.DerivedFrom"/>), so the engine can follow
    /// origins transitively.</summary>
    /// <param name="options">The options of the run.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <remarks>The engine calls this once per run, before any claim is verified. A source that loads lazily loads
    /// here, and reports bad input by throwing <see cref="InvalidClaimsException"/> with every problem, so that a run
    /// never starts on half-read evidence.</remarks>
    ValueTask<IReadOnlyList<Claim>> GetDerivationsAsync(VerificationOptions options, CancellationToken cancellationToken);
}

using Verification.Claims;
using Verification.Input;
using Verification.Verdicts;
namespace Verification.Engine;

/// <summary>Verifies claims: runs every registered validator on each claim and aggregates a verdict.</summary>
public interface IClaimVerifier
{
    /// <summary>Verifies every claim of a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>One result per claim, in the report's order.</returns>
    /// <exception cref="InvalidClaimsException">The report breaks the input rules, or an evidence source's input does;
    /// every problem is listed and nothing was verified.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    Task<ReportVerification> VerifyAsync(Report report, CancellationToken cancellationToken = default);

    /// <summary>Verifies a stream of claims, yielding results in input order as they are ready.</summary>
    /// <param name="claims">The claims. Each is checked against the input rules when it arrives.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>One result per claim, in input order.</returns>
    /// <exception cref="InvalidClaimsException">A claim breaks the input rules (the results before it were yielded).</exception>
    IAsyncEnumerable<ClaimVerification> VerifyAllAsync(IAsyncEnumerable<Claim> claims, CancellationToken cancellationToken = default);

    /// <summary>Verifies one claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="report">Its report, when known (its publication date bounds the claim's period).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="InvalidClaimsException">The claim breaks the input rules.</exception>
    Task<ClaimVerification> VerifyClaimAsync(Claim claim, Report? report = null, CancellationToken cancellationToken = default);
}

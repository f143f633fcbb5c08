using Verification.Verdicts;
namespace Verification.Validators;

/// <summary>A check run on every claim: the plugin contract.</summary>
/// <remarks>
/// <para>A validator looks at one claim, with the comparable evidence the engine found for it
/// (<see cref="ValidationContext.Candidates"/>), and returns findings: supports, contradicts, a note, or nothing.
/// The engine aggregates the findings of all validators into the verdict.</para>
/// <para>Validators are called concurrently for different claims and must be thread-safe. A validator that throws,
/// or takes longer than <see cref="VerificationOptions.ValidatorTimeout"/>, yields an error finding; the run goes on.
/// Honour the cancellation token: it is cancelled when the run is cancelled or the validator's time is up.</para>
/// </remarks>
public interface IClaimValidator
{
    /// <summary>The validator's name, shown in findings. Keep it short and stable ("FigureAgreement").</summary>
    string Name { get; }

    /// <summary>Checks one claim.</summary>
    /// <param name="context">The claim, its report, comparable evidence and the comparison options.</param>
    /// <param name="cancellationToken">Cancelled when the run is cancelled or the validator's time is up.</param>
    /// <returns>The findings; empty when the validator has nothing to say.</returns>
    ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken);
}

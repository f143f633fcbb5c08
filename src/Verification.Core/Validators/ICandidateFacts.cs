using Verification.Claims;
using Verification.Evidence;
namespace Verification.Validators;

/// <summary>Candidates that carry what their evidence source worked out about each of them while it searched, so that a
/// <see cref="ValidationContext"/> need not work it out again from the claims.</summary>
/// <remarks>
/// <para>The fast path of the extension contract, open to any <see cref="IEvidenceSource"/>: a source whose
/// <see cref="IEvidenceSource.FindCandidatesAsync"/> returns a list that also implements this interface has
/// <see cref="ValidationContext.FactsAt"/> answered from <see cref="FactsAt"/>, for built-in validators and plugins
/// alike. A source that keeps its evidence with the facts it reads while searching (place keys, periods, figure intervals)
/// then spares every validator reading each candidate claim again.</para>
/// <para>The facts depend on the claim (its place and subject) and on the options (alias table, vocabulary, reporting
/// lag): <see cref="HoldFor"/> is asked once per claim (by the engine, which hands the answer to the context it makes; by
/// a context made otherwise), and <see cref="FactsAt"/> is read only when it answers true; otherwise the context works the
/// facts out itself. What <see cref="FactsAt"/> returns must equal what
/// <see cref="CandidateFacts.Of(Claim, Claim, VerificationOptions)"/> gives for the same claim and candidate.</para>
/// <para>The engine checks every candidate a source returns against the query: those of a list whose facts hold for
/// the claim through <see cref="EvidenceQuery.Matches(Claim, in CandidateFacts)"/>, reading the relations from the
/// facts, and the others through <see cref="EvidenceQuery.Matches(Claim)"/>. When every candidate matches, it hands the
/// list to validators as it was returned (with one evidence source); otherwise, or with several sources, it passes on a
/// new list of the candidates that match, and the facts are worked out by the context.</para>
/// <para>Implementations must be safe to read from several threads at once, and must not change after they are
/// returned.</para>
/// </remarks>
public interface ICandidateFacts
{
    /// <summary>Whether the facts were worked out for <paramref name="claim"/>'s place and subject under
    /// <paramref name="options"/>, so that <see cref="FactsAt"/> answers for it.</summary>
    /// <param name="claim">The claim being checked.</param>
    /// <param name="options">The options of the run.</param>
    /// <returns>True when <see cref="FactsAt"/> may be read for this claim; false makes the context work the facts out.</returns>
    /// <remarks>Called once per claim: keep it cheap (reference comparisons where possible).</remarks>
    bool HoldFor(Claim claim, VerificationOptions options);

    /// <summary>The facts of the candidate at <paramref name="index"/> (its position in the list).</summary>
    /// <param name="index">The candidate's position.</param>
    /// <returns>Its facts, read from the claim's side (see <see cref="CandidateFacts"/>).</returns>
    CandidateFacts FactsAt(int index);
}

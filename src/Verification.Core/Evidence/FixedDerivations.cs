using System.Collections;
using Verification.Claims;

namespace Verification.Evidence;

/// <summary>An evidence source's claims that state derivations, in a list that never changes: what
/// <see cref="IEvidenceSource.GetDerivationsAsync"/> returns for evidence that is fixed once loaded.</summary>
/// <remarks>The engine builds the graph of such a list's derivations once, and keeps it for as long as the source keeps
/// returning the same instance; a list of any other type is read again on every run, since nothing says it did not
/// change. A source whose evidence never changes should make this list once and return it every time.</remarks>
public sealed class FixedDerivations : IReadOnlyList<Claim>
{
    private readonly Claim[] _claims;

    private FixedDerivations(Claim[] claims) => _claims = claims;

    /// <summary>The claims among <paramref name="claims"/> that state derivations (<see cref="Claim.DerivedFrom"/>).</summary>
    /// <param name="claims">Claims that never change.</param>
    /// <returns>The list, which copies them.</returns>
    public static FixedDerivations Of(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return new([.. claims.Where(c => c.DerivedFrom.Count > 0)]);
    }

    /// <inheritdoc />
    public Claim this[int index] => _claims[index];

    /// <inheritdoc />
    public int Count => _claims.Length;

    /// <inheritdoc />
    public IEnumerator<Claim> GetEnumerator() => ((IEnumerable<Claim>)_claims).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

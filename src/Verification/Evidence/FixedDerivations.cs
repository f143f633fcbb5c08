using System.Collections;

namespace Verification.Evidence;

/// <summary>A source's claims that state derivations, in a list that never changes.</summary>
/// <remarks>The engine builds the derivation graph of such lists once and keeps it for as long as the source keeps
/// returning the same list (<see cref="ClaimVerifier"/>); lists of other types are read again on every run, since
/// nothing says they did not change.</remarks>
internal sealed class FixedDerivations(Claim[] claims) : IReadOnlyList<Claim>
{
    /// <summary>The claims among <paramref name="claims"/> that state derivations.</summary>
    /// <param name="claims">Claims that never change.</param>
    public static FixedDerivations Of(IEnumerable<Claim> claims) => new([.. claims.Where(c => c.DerivedFrom.Count > 0)]);

    public Claim this[int index] => claims[index];

    public int Count => claims.Length;

    public IEnumerator<Claim> GetEnumerator() => ((IEnumerable<Claim>)claims).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

using System.Collections;
using Verification.Claims;

namespace Verification.Validators;

/// <summary>The ids of some claims, read from the claims when asked for.</summary>
/// <remarks>A finding lists the evidence it rests on by id. For evidence held in a large index, reading a claim's id
/// means reading the claim from memory that has long left the processor's caches, and a bulk run reads few findings'
/// lists: the ids are read when the list is.</remarks>
/// <param name="claims">The claims; never changed once handed over.</param>
internal sealed class ClaimIds(Claim[] claims) : IReadOnlyList<string>
{
    public int Count => claims.Length;

    public string this[int index] => claims[index].Id;

    public IEnumerator<string> GetEnumerator()
    {
        foreach (var claim in claims)
        {
            yield return claim.Id;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

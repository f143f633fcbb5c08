using Verification.Places;
namespace Verification.Sources;

/// <summary>What a source name names, as <see cref="SourceNameReader"/> reads it: a body or office and its jurisdiction,
/// or a person; and the origin it stands for in a claim about a given place.</summary>
/// <remarks>
/// <para>A body whose name states its jurisdiction ("Yemen's rebel-run Health Ministry", "Ministry of Health in Gaza")
/// is that jurisdiction's: "yemen health ministry", "gaza health ministry". One that states none ("the Health Ministry",
/// "Houthi rebel-run health ministry") is the one of the place the claim is about, the top of its place path (its
/// country, as a rule): in a claim about "Saada, Yemen", "yemen health ministry". Words before the body that name a
/// place on the claim's path are its jurisdiction too ("Idlib Health Directorate" in a claim about "Khan Sheikhoun,
/// Idlib, Syria" is "idlib health authorities").</para>
/// <para>A collective body ("authorities") takes no jurisdiction from the claim: without a place in its name it keeps
/// its name alone, so that "health authorities" stays a name of nobody in particular.</para>
/// </remarks>
public sealed class SourceReading
{
    private readonly string[] _leading;
    private readonly string _body;
    private readonly bool _takesClaimPlace;
    private System.Collections.Concurrent.ConcurrentDictionary<string, string>? _byJurisdiction;

    private SourceReading(string name, string[] leading, string body, bool takesClaimPlace, bool dependsOnPlace)
    {
        Name = name;
        _leading = leading;
        _body = body;
        _takesClaimPlace = takesClaimPlace;
        DependsOnPlace = dependsOnPlace;
    }

    /// <summary>The name's comparison form without a claim's place: the body with the jurisdiction its name states
    /// ("somalia information ministry"), or without one when it states none ("health ministry").</summary>
    public string Name { get; }

    /// <summary>Whether the origin depends on the place of the claim the name is read in.</summary>
    public bool DependsOnPlace { get; }

    /// <summary>A name whose origin is <paramref name="name"/> wherever it is read: a person, a body that states its
    /// jurisdiction, or any other name.</summary>
    public static SourceReading Fixed(string name) => new(name, [], name, takesClaimPlace: false, dependsOnPlace: false);

    /// <summary>A body that states no jurisdiction.</summary>
    /// <param name="leading">The words before its field and kind, which may name a place on a claim's path ("idlib").</param>
    /// <param name="body">Its field and kind ("health ministry").</param>
    /// <param name="takesClaimPlace">Whether, when no leading word names a place on the claim's path, the body is the
    /// one of the top of the path; when not, its name is <paramref name="otherwise"/>.</param>
    /// <param name="otherwise">The name when no place is found for it.</param>
    public static SourceReading Unplaced(string[] leading, string body, bool takesClaimPlace, string otherwise) =>
        new(otherwise, leading, body, takesClaimPlace, dependsOnPlace: takesClaimPlace || leading.Length > 0);

    /// <summary>The origin the name stands for in a claim about <paramref name="place"/>.</summary>
    /// <param name="place">The claim's place, or null when it has none (then <see cref="Name"/>).</param>
    public string In(Place? place)
    {
        if (!DependsOnPlace || place is null)
        {
            return Name;
        }

        var keys = place.Keys(PlaceNameTable.Default);
        for (var n = _leading.Length; n > 0; n--)
        {
            var key = PlaceNameTable.Default.KeyOf(string.Join(' ', _leading, 0, n));
            if (Array.IndexOf(keys, key) >= 0)
            {
                return string.Join(' ', _leading.Skip(n).Prepend(key).Append(_body));
            }
        }

        if (!_takesClaimPlace)
        {
            return Name;
        }

        // One string per jurisdiction met, kept: claims about one country share it.
        var top = keys[^1];
        var byJurisdiction = Volatile.Read(ref _byJurisdiction)
            ?? Interlocked.CompareExchange(ref _byJurisdiction, new(StringComparer.Ordinal), null) ?? _byJurisdiction!;
        if (byJurisdiction.TryGetValue(top, out var origin))
        {
            return origin;
        }

        origin = top + " " + Name;
        if (byJurisdiction.Count < 1024)
        {
            byJurisdiction.TryAdd(top, origin);
        }

        return origin;
    }
}

using Verification.Claims;
using Verification.Sources;
namespace Verification.Validators;

/// <summary>How a <see cref="ValidationContext"/> finds independent origins: of any claim, and of the candidate at a
/// position, which the engine may know without looking the claim up.</summary>
/// <remarks>One object per context rather than a delegate and the object it calls: validators ask for the origins of
/// every candidate, and a context is made for every claim. Public so that the engine, in a package of its own, makes its
/// contexts through the same contract as anyone else (<see cref="ValidationContext.WithOrigins"/>); validators and
/// evidence sources have no need of it.</remarks>
public abstract class OriginLookup
{
    /// <summary>Origins as the public <see cref="ValidationContext"/> constructor's function gives them; a claim's direct
    /// origins, normalised, when none is given (an unnamed one standing for an origin of the claim's own, as in
    /// <see cref="OriginGraph"/>).</summary>
    /// <param name="originsOf">The function, or null.</param>
    /// <param name="genericWords">The words unnamed sources are told by.</param>
    public static OriginLookup From(Func<Claim, IReadOnlySet<string>>? originsOf, GenericSourceWords genericWords) =>
        originsOf is null ? new DirectOrigins(genericWords) : new FromFunction(originsOf);

    /// <summary>The independent origins of <paramref name="claim"/> (normalised source names).</summary>
    /// <param name="claim">The claim: the one checked, or one of its candidates.</param>
    public abstract IReadOnlySet<string> OriginsOf(Claim claim);

    /// <summary>The origins of <paramref name="candidate"/>, which is at <paramref name="index"/> among the context's
    /// candidates.</summary>
    /// <param name="index">The candidate's position.</param>
    /// <param name="candidate">The candidate.</param>
    public virtual IReadOnlySet<string> OriginsAt(int index, Claim candidate) => OriginsOf(candidate);

    /// <summary>Whether <paramref name="candidate"/>, which is at <paramref name="index"/> among the context's
    /// candidates, shares an origin with the claim checked: an echo.</summary>
    /// <param name="index">The candidate's position.</param>
    /// <param name="candidate">The candidate.</param>
    /// <param name="claimOrigins">The origins of the claim checked, as <see cref="OriginsOf"/> gave them.</param>
    /// <param name="origins">The candidate's origins, as <see cref="OriginsAt"/> gives them; a lookup that can tell an
    /// echo without reading them need not have read them yet.</param>
    public virtual bool IsEchoAt(int index, Claim candidate, IReadOnlySet<string> claimOrigins, out IReadOnlySet<string> origins)
    {
        origins = OriginsAt(index, candidate);
        return origins.Overlaps(claimOrigins);
    }

    private sealed class FromFunction(Func<Claim, IReadOnlySet<string>> originsOf) : OriginLookup
    {
        public override IReadOnlySet<string> OriginsOf(Claim claim) => originsOf(claim);
    }

    // An empty graph gives a claim's direct origins: no derivation to follow.
    private sealed class DirectOrigins(GenericSourceWords genericWords) : OriginLookup
    {
        private readonly OriginGraph _none = new(genericWords);

        public override IReadOnlySet<string> OriginsOf(Claim claim) => _none.OriginsOf(claim, string.Empty);
    }
}

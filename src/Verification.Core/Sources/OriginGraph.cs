namespace Verification;

/// <summary>Which sources each source's figures were taken from, per subject, so that echoes can be told from independent reports.</summary>
/// <remarks>
/// <para>A claim's origins are its <see cref="Claim.DerivedFrom"/> sources if any, else its <see cref="Claim.Source"/>,
/// followed transitively through what other claims on the same subject say their sources derived from: if an outlet
/// took its figure from a news agency, and the agency's figure on that subject came from UNHCR, the outlet's origin is
/// UNHCR. Derivations are kept per subject key, because an agency that relays UNHCR on displacement may report
/// casualties itself.</para>
/// <para>An unnamed source ("officials", "local sources", "witnesses": a name made only of
/// <see cref="GenericSourceWords"/>) is not an identity. Where a claim's source or derivation is unnamed, the claim has
/// an origin of its own in its place (written "officials [unnamed: c4 #1f0e9a2b]": the name, the claim's id and a
/// fingerprint of the claim; see <see cref="IsUnnamedOrigin"/>), so two claims from "officials" are two origins, never
/// echoes of each other by that name. Only equal claims share such an origin. For the same reason the graph follows no
/// derivation from or to an unnamed source: "officials" in one claim are not the officials of another, and an outlet
/// that says its figure came from unnamed officials remains the origin of its other figures on the subject.</para>
/// <para>Source names compare case-insensitively, ignoring surrounding spaces. Cycles are tolerated. Not thread-safe
/// while being added to; safe for concurrent reads once built.</para>
/// </remarks>
public sealed class OriginGraph
{
    private readonly Dictionary<(string Subject, string Source), HashSet<string>> _derivedFrom = [];
    private readonly OriginGraph? _basis;

    /// <summary>Creates an empty graph that tells unnamed sources by <see cref="GenericSourceWords.Default"/>.</summary>
    public OriginGraph()
        : this(GenericSourceWords.Default)
    {
    }

    /// <summary>Creates an empty graph.</summary>
    /// <param name="genericWords">The words unnamed sources are told by (see <see cref="GenericSourceWords.IsUnnamed"/>).</param>
    public OriginGraph(GenericSourceWords genericWords)
    {
        ArgumentNullException.ThrowIfNull(genericWords);
        GenericWords = genericWords;
    }

    /// <summary>Creates a graph that also follows every derivation of <paramref name="basis"/>, without copying them:
    /// the same as a new graph given all of the basis's claims and then its own. The basis must not change while this
    /// graph is in use.</summary>
    /// <param name="basis">Derivations that are shared, such as those of a set of evidence that many runs use.</param>
    internal OriginGraph(OriginGraph basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        _basis = basis;
        GenericWords = basis.GenericWords;
    }

    /// <summary>The words unnamed sources are told by.</summary>
    public GenericSourceWords GenericWords { get; }

    /// <summary>Records the derivations a claim states (nothing when it has none).</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="subjectKey">The key its subject compares by (after synonyms).</param>
    /// <remarks>A derivation from or to an unnamed source is not recorded (see the class remarks).</remarks>
    public void Add(Claim claim, string subjectKey)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(subjectKey);
        Record(claim, subjectKey);
    }

    /// <summary>Records the derivations a claim states, as <see cref="Add"/> does.</summary>
    /// <returns>Whether any was recorded: the claim's source, named, now derives on the subject.</returns>
    internal bool Record(Claim claim, string subjectKey)
    {
        if (claim.DerivedFrom.Count == 0)
        {
            return false;
        }

        var source = NormalizeSource(claim.Source);
        if (GenericWords.IsUnnamed(source))
        {
            return false;
        }

        HashSet<string>? set = null;
        foreach (var d in claim.DerivedFrom)
        {
            var parent = NormalizeSource(d);
            if (GenericWords.IsUnnamed(parent))
            {
                continue;
            }

            if (set is null && !_derivedFrom.TryGetValue((subjectKey, source), out set))
            {
                _derivedFrom[(subjectKey, source)] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(parent);
        }

        return set is not null;
    }

    /// <summary>The claim's origins, followed transitively; normalised names (see <see cref="NormalizeSource"/>), and for
    /// each unnamed source the claim takes its figure from, an origin of the claim's own (see <see cref="IsUnnamedOrigin"/>).</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="subjectKey">The key its subject compares by (after synonyms).</param>
    public IReadOnlySet<string> OriginsOf(Claim claim, string subjectKey)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(subjectKey);
        return OriginsOf(claim, subjectKey, out _);
    }

    /// <summary>Whether the graph records derivations of <paramref name="normalizedSource"/> on the subject, here or in
    /// the basis: if not, a claim from that source that states none has the source as its only origin.</summary>
    /// <param name="subjectKey">The key the subject compares by (after synonyms).</param>
    /// <param name="normalizedSource">The source name, normalised (see <see cref="NormalizeSource"/>).</param>
    internal bool Derives(string subjectKey, string normalizedSource)
    {
        for (var graph = this; graph is not null; graph = graph._basis)
        {
            if (graph._derivedFrom.ContainsKey((subjectKey, normalizedSource)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The claim's origins, and every source the resolution passed through (<paramref name="visited"/>): the
    /// result stands for as long as no derivation is added, on the subject, to any of those sources.</summary>
    internal IReadOnlySet<string> OriginsOf(Claim claim, string subjectKey, out IReadOnlySet<string> visited)
    {
        var pending = new Stack<string>();
        List<string>? own = null;
        foreach (var o in claim.DirectOrigins)
        {
            var source = NormalizeSource(o);
            if (GenericWords.IsUnnamed(source))
            {
                (own ??= []).Add(UnnamedOrigin.Of(claim, source));
            }
            else
            {
                pending.Push(source);
            }
        }

        var origins = Walk(pending, subjectKey, out visited);
        if (own is not null)
        {
            origins.UnionWith(own);
        }

        return origins;
    }

    /// <summary>The origins of a claim on the subject whose only direct origin is <paramref name="normalizedSource"/>, a
    /// named source (its source, stating no derivation; or the one source it states), with the sources passed through, as
    /// <see cref="OriginsOf(Claim, string, out IReadOnlySet{string})"/> gives them.</summary>
    internal IReadOnlySet<string> OriginsOfSource(string normalizedSource, string subjectKey, out IReadOnlySet<string> visited)
    {
        var pending = new Stack<string>();
        pending.Push(normalizedSource);
        return Walk(pending, subjectKey, out visited);
    }

    private HashSet<string> Walk(Stack<string> pending, string subjectKey, out IReadOnlySet<string> visited)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        visited = seen;
        while (pending.Count > 0)
        {
            var source = pending.Pop();
            if (!seen.Add(source))
            {
                continue;
            }

            var derived = false;
            for (var graph = this; graph is not null; graph = graph._basis)
            {
                if (graph._derivedFrom.TryGetValue((subjectKey, source), out var parents) && parents.Count > 0)
                {
                    derived = true;
                    foreach (var p in parents)
                    {
                        pending.Push(p);
                    }
                }
            }

            if (!derived)
            {
                result.Add(source);
            }
        }

        // A cycle with no root: every source in it stands for the origin.
        if (result.Count == 0)
        {
            result.UnionWith(seen);
        }

        return result;
    }

    /// <summary>Whether <paramref name="origin"/> is the origin an unnamed source stands for in one claim: its name, then
    /// " [unnamed: ", the claim's id, " #", eight hexadecimal digits (a fingerprint of the claim) and "]", such as
    /// "officials [unnamed: c4 #1f0e9a2b]".</summary>
    /// <param name="origin">An origin, as <see cref="OriginsOf(Claim, string)"/> or a validation context gives it.</param>
    /// <remarks>Two claims share such an origin only when they are equal (in everything but their metadata), so an
    /// unnamed origin never joins two different reports. A plugin that judges sources by name reads the name with
    /// <see cref="SourceNameOf"/>.</remarks>
    public static bool IsUnnamedOrigin(string origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return UnnamedOrigin.Is(origin);
    }

    /// <summary>The source name an origin stands for: the unnamed source's normalised name for an unnamed origin
    /// ("officials" for "officials [unnamed: c4 #1f0e9a2b]"), else the origin itself.</summary>
    /// <param name="origin">An origin.</param>
    public static string SourceNameOf(string origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return UnnamedOrigin.NameOf(origin);
    }

    /// <summary>The form source names are compared in: lower case, full stops and apostrophes dropped, spaces folded, a
    /// person or product of a body cut off ("UNHCR spokesperson Babar Baloch", "UNHCR data": "unhcr"), ministries written
    /// one way ("Ministry of Health in Gaza": "gaza health ministry"), and well-known bodies under one name ("UN refugee
    /// agency": "unhcr").</summary>
    /// <param name="source">A source name.</param>
    public static string NormalizeSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source);

        return SourceNames.Normalize(source);
    }
}

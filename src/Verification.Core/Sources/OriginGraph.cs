namespace Verification;

/// <summary>Which sources each source's figures were taken from, per subject, so that echoes can be told from independent reports.</summary>
/// <remarks>
/// <para>A claim's origins are its <see cref="Claim.DerivedFrom"/> sources if any, else its <see cref="Claim.Source"/>,
/// followed transitively through what other claims on the same subject say their sources derived from: if an outlet
/// took its figure from a news agency, and the agency's figure on that subject came from UNHCR, the outlet's origin is
/// UNHCR. Derivations are kept per subject key, because an agency that relays UNHCR on displacement may report
/// casualties itself.</para>
/// <para>Source names compare case-insensitively, ignoring surrounding spaces. Cycles are tolerated. Not thread-safe
/// while being added to; safe for concurrent reads once built.</para>
/// </remarks>
public sealed class OriginGraph
{
    private readonly Dictionary<(string Subject, string Source), HashSet<string>> _derivedFrom = [];
    private readonly OriginGraph? _basis;

    /// <summary>Creates an empty graph.</summary>
    public OriginGraph()
    {
    }

    /// <summary>Creates a graph that also follows every derivation of <paramref name="basis"/>, without copying them:
    /// the same as a new graph given all of the basis's claims and then its own. The basis must not change while this
    /// graph is in use.</summary>
    /// <param name="basis">Derivations that are shared, such as those of a set of evidence that many runs use.</param>
    internal OriginGraph(OriginGraph basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        _basis = basis;
    }

    /// <summary>Records the derivations a claim states (nothing when it has none).</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="subjectKey">The key its subject compares by (after synonyms).</param>
    public void Add(Claim claim, string subjectKey)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(subjectKey);
        if (claim.DerivedFrom.Count == 0)
        {
            return;
        }

        var key = (subjectKey, NormalizeSource(claim.Source));
        if (!_derivedFrom.TryGetValue(key, out var set))
        {
            _derivedFrom[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        foreach (var d in claim.DerivedFrom)
        {
            set.Add(NormalizeSource(d));
        }
    }

    /// <summary>The claim's origins, followed transitively; normalised names (see <see cref="NormalizeSource"/>).</summary>
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
        foreach (var o in claim.DirectOrigins)
        {
            pending.Push(NormalizeSource(o));
        }

        return Walk(pending, subjectKey, out visited);
    }

    /// <summary>The origins of a claim on the subject whose only direct origin is <paramref name="normalizedSource"/>
    /// (its source, stating no derivation; or the one source it states), with the sources passed through, as
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

    /// <summary>The form source names are compared in: trimmed, inner spaces folded, lower case.</summary>
    /// <param name="source">A source name.</param>
    public static string NormalizeSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source);

        // Most names have nothing to fold; lower-casing them is all there is to do.
        return HasFoldedSpaces(source)
            ? source.ToLowerInvariant()
            : string.Join(' ', source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }

    // No white space at either end, and none inside but single ' ' characters.
    private static bool HasFoldedSpaces(string s)
    {
        if (s.Length == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]))
        {
            return false;
        }

        for (var i = 1; i < s.Length - 1; i++)
        {
            if (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || s[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }
}

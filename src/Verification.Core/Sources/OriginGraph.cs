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
        var result = new HashSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (var o in claim.DirectOrigins)
        {
            pending.Push(NormalizeSource(o));
        }

        while (pending.Count > 0)
        {
            var source = pending.Pop();
            if (!visited.Add(source))
            {
                continue;
            }

            if (_derivedFrom.TryGetValue((subjectKey, source), out var parents) && parents.Count > 0)
            {
                foreach (var p in parents)
                {
                    pending.Push(p);
                }
            }
            else
            {
                result.Add(source);
            }
        }

        // A cycle with no root: every source in it stands for the origin.
        if (result.Count == 0)
        {
            result.UnionWith(visited);
        }

        return result;
    }

    /// <summary>The form source names are compared in: trimmed, inner spaces folded, lower case.</summary>
    /// <param name="source">A source name.</param>
    public static string NormalizeSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return string.Join(' ', source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }
}

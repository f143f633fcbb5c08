using System.Collections.Concurrent;

namespace Verification.Engine;

/// <summary>Resolves claims' independent origins for one run, caching what repeats.</summary>
/// <remarks>Most claims state no derivation and their source derives from nothing on that subject: their origin is
/// their own source, and that set is shared rather than built again.</remarks>
internal sealed class OriginResolver
{
    private readonly OriginGraph _graph;
    private readonly VerificationOptions _options;
    private readonly bool _hasDerivations;
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _single = new(StringComparer.Ordinal);

    public OriginResolver(IEnumerable<Claim> derivations, VerificationOptions options)
    {
        _options = options;
        _graph = new OriginGraph();
        foreach (var claim in derivations)
        {
            _graph.Add(claim, options.Subjects.CanonicalKeyOf(claim.Subject));
            _hasDerivations = true;
        }
    }

    public IReadOnlySet<string> OriginsOf(Claim claim)
    {
        if (!_hasDerivations && claim.DerivedFrom.Count == 0)
        {
            return _single.GetOrAdd(claim.Source, static s => new HashSet<string>(StringComparer.Ordinal) { OriginGraph.NormalizeSource(s) });
        }

        return _graph.OriginsOf(claim, _options.Subjects.CanonicalKeyOf(claim.Subject));
    }
}

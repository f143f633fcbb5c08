using Verification.Engine;

namespace Verification.Evidence;

/// <summary>An evidence claim's independent origins, resolved when its index was built from the evidence's own
/// derivations, with every source the resolution passed through.</summary>
/// <remarks>A run may add derivations of its own (claims in the report that say where their figures came from). The
/// origins resolved here stand in that run unless it adds a derivation, on the claim's subject, to one of the sources
/// passed through: following the same edges from the same sources gives the same answer.</remarks>
/// <param name="origins">The origins (normalised source names).</param>
/// <param name="through">Every source the resolution passed through (normalised).</param>
internal sealed class IndexedOrigins(IEnumerable<string> origins, string[] through) : OriginSet(origins)
{
    /// <summary>Whether the origins stand in a run that adds derivations, on the claim's subject, to these sources.</summary>
    /// <param name="derivingInRun">The sources (normalised) the run adds derivations to on the subject; null when none.</param>
    public bool StandsWith(HashSet<string>? derivingInRun)
    {
        if (derivingInRun is null)
        {
            return true;
        }

        foreach (var source in through)
        {
            if (derivingInRun.Contains(source))
            {
                return false;
            }
        }

        return true;
    }
}

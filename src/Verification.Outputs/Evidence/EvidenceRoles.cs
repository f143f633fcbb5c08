using Verification.Places;
using Verification.Verdicts;
namespace Verification.Outputs.Evidence;

/// <summary>The evidence a claim's findings name, each once, with its role.</summary>
internal static class EvidenceRoles
{
    /// <summary>Every evidence id the findings name, grouped by role in <see cref="EvidenceRole"/> order (agreeing first,
    /// echoes last) and in order of first mention within a role.</summary>
    /// <param name="verification">The claim's result.</param>
    /// <remarks>An id with several roles takes the first in this order: contradicts, supports, not comparable, echo,
    /// mentioned. A conflict is what a reader must see; support and contradiction decided the verdict, so they outrank
    /// what notes say about the same evidence.</remarks>
    public static IReadOnlyList<(string Id, EvidenceRole Role)> Of(ClaimVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        var roles = new Dictionary<string, EvidenceRole>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(IEnumerable<string> ids, EvidenceRole role)
        {
            foreach (var id in ids)
            {
                if (roles.TryAdd(id, role))
                {
                    order.Add(id);
                }
            }
        }

        Add(verification.Conflicting, EvidenceRole.Contradicts);
        Add(verification.Supporting, EvidenceRole.Supports);
        Add(verification.NotComparable, EvidenceRole.NotComparable);
        Add(verification.Echoes, EvidenceRole.Echo);
        Add(verification.Findings.SelectMany(f => f.Evidence), EvidenceRole.Mentioned);
        return [.. order.Select(id => (id, roles[id])).OrderBy(e => e.Item2)];
    }
}

using Verification.Claims;
using Verification.Evidence;
namespace Verification.Store.Rows;

/// <summary>Puts a query's candidates in the order the in-memory index gives them, so that a reason which names the
/// first of equally telling pieces of evidence names the same one whatever the source.</summary>
/// <remarks>The index reads the claim's place and the places inside it first, then the places that contain it from the
/// nearest up (each followed by the areas described of it), then, for an area, the places in its parent; within each,
/// claims with no period first, then by the first day of their period; otherwise in the order imported.</remarks>
internal static class CandidateOrder
{
    /// <summary>The candidates, in the index's order; <paramref name="candidates"/> are in the order imported.</summary>
    public static List<Claim> Sort(List<Claim> candidates, EvidenceQuery query)
    {
        if (candidates.Count < 2)
        {
            return candidates;
        }

        var names = query.Options.PlaceNames;
        var keys = query.Place?.Keys(names);
        return [.. candidates
            .Select((claim, position) => (claim, position))
            .OrderBy(c => keys is null || c.claim.Place is null ? 0 : Group(keys, c.claim.Place.Keys(names), c.claim.Place.IsDescribedArea))
            .ThenBy(c => c.claim.Period is null ? 0 : 1)
            .ThenBy(c => c.claim.Period?.Start.DayNumber ?? 0)
            .ThenBy(c => c.position)
            .Select(c => c.claim)];
    }

    // Which of the index's readings finds a candidate at a place with these keys first.
    private static int Group(string[] query, string[] candidate, bool candidateIsArea)
    {
        if (Array.IndexOf(candidate, query[0]) >= 0)
        {
            return 0;
        }

        for (var j = 1; j < query.Length; j++)
        {
            if (Array.IndexOf(query, query[j]) != j)
            {
                continue;
            }

            if (candidate[0] == query[j])
            {
                return (2 * j) - 1;
            }

            if (candidateIsArea && candidate.Length > 1 && candidate[1] == query[j])
            {
                return 2 * j;
            }
        }

        return 2 * query.Length;
    }
}

using System.Globalization;
using System.Text;
using Verification.Places;

namespace Verification.Store.Query;

/// <summary>The places whose rows a query reads, as SQL conditions on <c>place_id</c> through <c>place_keys</c>: the
/// query's place and those inside it (its most specific name anywhere on their path), those containing it (their most
/// specific name further up its path), and areas that may overlap it (an area whose parent is on its path; or, for an
/// area, what lies in its parent).</summary>
/// <remarks>Keys are those of <see cref="PlaceNameTable.Default"/>, under which the store computed its own at import.
/// The place's keys are added to the query's parameters once (<c>@k0</c>, <c>@k1</c>, …) and shared by the
/// conditions.</remarks>
internal sealed class PlaceSets
{
    private readonly string _inside;
    private readonly string _hereOrContaining;
    private readonly string _containing;
    private readonly string _areas;

    public PlaceSets(Place place, List<(string Name, object? Value)> parameters)
    {
        var keys = place.Keys(PlaceNameTable.Default);
        var names = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            names[i] = "@k" + i.ToString(CultureInfo.InvariantCulture);
            parameters.Add((names[i][1..], keys[i]));
        }

        _inside = "SELECT place_id FROM place_keys WHERE name_key = @k0";
        _hereOrContaining = "SELECT place_id FROM place_keys WHERE depth = 0 AND name_key IN (" + string.Join(", ", names) + ")";
        _containing = keys.Length > 1 ? "SELECT place_id FROM place_keys WHERE depth = 0 AND name_key IN (" + string.Join(", ", names[1..]) + ")" : string.Empty;
        var areas = new StringBuilder("SELECT k.place_id FROM place_keys k JOIN places p ON p.id = k.place_id WHERE p.is_area = 1 AND k.depth = 1 AND k.name_key IN (")
            .AppendJoin(", ", names).Append(')');
        if (place.IsDescribedArea && keys.Length > 1)
        {
            areas.Append(" UNION SELECT place_id FROM place_keys WHERE name_key = @k1");
        }

        _areas = areas.ToString();
    }

    /// <summary>Every place that may relate to the query's.</summary>
    public string Related => Condition(_inside, _containing, _areas);

    /// <summary>The query's place, the places inside it, and areas: where a part of the query's count may be.</summary>
    public string HereOrInside => Condition(_inside, _areas);

    /// <summary>The query's place (its most specific name), the places containing it, and areas: where a whole of which
    /// the query's count is a part may be.</summary>
    public string HereOrContaining => Condition(_hereOrContaining, _areas);

    private static string Condition(params string[] sets) => " AND place_id IN (" + string.Join(" UNION ", sets.Where(s => s.Length > 0)) + ")";
}

namespace Verification.Places;

/// <summary>Path alignment shared by <see cref="Place"/> and the evidence index.</summary>
public static class PlacePath
{
    /// <summary>How the place with keys <paramref name="mine"/> relates to the one with keys <paramref name="theirs"/>
    /// (see <see cref="Place.RelationTo"/>); both most specific first, computed under the same alias table, each with
    /// whether its most specific name describes an area (<see cref="Place.IsDescribedArea"/>).</summary>
    public static PlaceRelation Relation(string[] mine, bool mineIsArea, string[] theirs, bool theirsIsArea)
    {
        var relation = Relation(mine, theirs);
        return relation == PlaceRelation.Unrelated
            && ((mineIsArea && IsInsideParent(theirs, mine)) || (theirsIsArea && IsInsideParent(mine, theirs)))
            ? PlaceRelation.MayOverlap
            : relation;
    }

    /// <summary>Whether the place with keys <paramref name="place"/> lies inside the place a described area belongs to
    /// (the area's keys after its first): its path runs through that place, below its own most specific name, and the
    /// names more general than it agree. Another area of the same place lies inside it too.</summary>
    public static bool IsInsideParent(string[] place, string[] area) =>
        area.Length > 1 && ParentAt(place, area) > 0;

    /// <summary>Where <paramref name="place"/>'s path names the place the described area <paramref name="area"/> belongs
    /// to, with the rest of both paths agreeing (the first such name only, as for every alignment); −1 when it does not.</summary>
    public static int ParentAt(string[] place, string[] area)
    {
        var i = Array.IndexOf(place, area[1]);
        return i >= 0 && TailsAgree(place, i + 1, area, 2) ? i : -1;
    }

    /// <summary>How the place with keys <paramref name="mine"/> relates to the one with keys <paramref name="theirs"/>
    /// by their paths alone: <see cref="PlaceRelation.Same"/>, <see cref="PlaceRelation.Contains"/>,
    /// <see cref="PlaceRelation.Within"/> or <see cref="PlaceRelation.Unrelated"/>.</summary>
    public static PlaceRelation Relation(string[] mine, string[] theirs)
    {
        // Aligned at the most specific name of each: same place.
        if (mine[0] == theirs[0])
        {
            return TailsAgree(mine, 1, theirs, 1) ? PlaceRelation.Same : PlaceRelation.Unrelated;
        }

        var i = Array.IndexOf(theirs, mine[0], 1);
        if (i > 0 && TailsAgree(mine, 1, theirs, i + 1))
        {
            return PlaceRelation.Contains;
        }

        var j = Array.IndexOf(mine, theirs[0], 1);
        if (j > 0 && TailsAgree(mine, j + 1, theirs, 1))
        {
            return PlaceRelation.Within;
        }

        return PlaceRelation.Unrelated;
    }

    /// <summary>
    /// Whether the more general names after an alignment point agree: the shorter list must be a subsequence of the
    /// longer, so that a path may skip levels ("Mosul, Iraq" against "Mosul, Nineveh, Iraq") but not contradict.
    /// </summary>
    public static bool TailsAgree(string[] a, int aStart, string[] b, int bStart)
    {
        var aLen = a.Length - aStart;
        var bLen = b.Length - bStart;
        return aLen <= bLen ? IsSubsequence(a, aStart, b, bStart) : IsSubsequence(b, bStart, a, aStart);
    }

    private static bool IsSubsequence(string[] small, int sStart, string[] large, int lStart)
    {
        var s = sStart;
        for (var l = lStart; l < large.Length && s < small.Length; l++)
        {
            if (string.Equals(small[s], large[l], StringComparison.Ordinal))
            {
                s++;
            }
        }

        return s >= small.Length;
    }
}

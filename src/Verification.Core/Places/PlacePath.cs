namespace Verification;

/// <summary>Path alignment shared by <see cref="Place"/> and the evidence index.</summary>
internal static class PlacePath
{
    /// <summary>How the place with keys <paramref name="mine"/> relates to the one with keys <paramref name="theirs"/>
    /// (see <see cref="Place.RelationTo"/>); both most specific first, computed under the same alias table.</summary>
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

namespace Verification;

/// <summary>Path alignment shared by <see cref="Place"/> and the evidence index.</summary>
internal static class PlacePath
{
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

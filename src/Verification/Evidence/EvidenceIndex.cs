namespace Verification.Evidence;

/// <summary>
/// Evidence claims indexed by subject and place, then by period, so that finding a claim's candidates looks at a few
/// buckets rather than every claim.
/// </summary>
/// <remarks>
/// Every claim goes into one bucket per name on its place path ("al-Jadida, West Mosul, Mosul, Iraq" is filed under
/// each of the four), and into a second map under its most specific name only. A query for place Q = [q0, q1, …]
/// reads the bucket of q0 (Q itself and everything inside it) and, for each more general qj, the leaf bucket of qj
/// (places that contain Q). Within a bucket, entries are sorted by period start; with the longest period in the bucket
/// known, the overlapping ones are found by binary search. Claims with no period sit in a separate list that every
/// query reads. Immutable once built; safe for concurrent queries.
/// </remarks>
internal sealed class EvidenceIndex
{
    private readonly Dictionary<(string Subject, string Name), Bucket> _byName = [];
    private readonly Dictionary<(string Subject, string Name), Bucket> _byLeaf = [];
    private const string NoPlace = "";

    public EvidenceIndex(IEnumerable<Claim> claims, VerificationOptions options)
    {
        Options = options;
        var byName = new Dictionary<(string, string), List<Entry>>();
        var byLeaf = new Dictionary<(string, string), List<Entry>>();
        foreach (var claim in claims)
        {
            var subject = options.Subjects.CanonicalKeyOf(claim.Subject);
            // Shared with the place, which then compares with others without computing its keys again.
            var placeKeys = claim.Place is { } place ? place.SharedKeys(options.PlaceNames) : [];
            var entry = new Entry(claim, placeKeys, claim.Period?.Start.DayNumber ?? int.MinValue, claim.Period?.End.DayNumber ?? int.MaxValue);
            Count++;
            if (placeKeys.Length == 0)
            {
                AddTo(byLeaf, (subject, NoPlace), entry);
                continue;
            }

            AddTo(byLeaf, (subject, placeKeys[0]), entry);
            for (var i = 0; i < placeKeys.Length; i++)
            {
                // A path may name a place twice ("Raqqa, Raqqa, Syria"; or a name and its alias): file it once.
                if (Array.IndexOf(placeKeys, placeKeys[i]) == i)
                {
                    AddTo(byName, (subject, placeKeys[i]), entry);
                }
            }
        }

        foreach (var (key, list) in byName)
        {
            _byName[key] = new Bucket(list);
        }

        foreach (var (key, list) in byLeaf)
        {
            _byLeaf[key] = new Bucket(list);
        }
    }

    /// <summary>The options the keys were computed under.</summary>
    public VerificationOptions Options { get; }

    /// <summary>How many claims are indexed.</summary>
    public int Count { get; }

    /// <summary>The claims comparable with the query: same subject, related place, overlapping or unknown period.</summary>
    public List<Claim> Find(EvidenceQuery query)
    {
        var result = new List<Claim>();
        var subject = Options.Subjects.CanonicalKeyOf(query.Subject);
        int start = query.Period?.Start.DayNumber ?? int.MinValue, end = query.Period?.End.DayNumber ?? int.MaxValue;
        if (query.Place is null)
        {
            if (_byLeaf.TryGetValue((subject, NoPlace), out var unplaced))
            {
                unplaced.Collect(start, end, null, 0, result);
            }

            return result;
        }

        var keys = query.Place.SharedKeys(Options.PlaceNames);

        // Same place, or places inside it.
        if (_byName.TryGetValue((subject, keys[0]), out var inside))
        {
            inside.Collect(start, end, keys, 0, result);
        }

        // Places that contain it: exactly one of its more general names. Like Place.RelationTo, a name the path repeats
        // is aligned at its first occurrence only.
        for (var j = 1; j < keys.Length; j++)
        {
            if (Array.IndexOf(keys, keys[j]) == j && _byLeaf.TryGetValue((subject, keys[j]), out var container))
            {
                container.Collect(start, end, keys, j, result);
            }
        }

        return result;
    }

    private static void AddTo(Dictionary<(string, string), List<Entry>> map, (string, string) key, Entry entry)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(entry);
    }

    private readonly record struct Entry(Claim Claim, string[] PlaceKeys, int Start, int End);

    private sealed class Bucket
    {
        private readonly Entry[] _dated;
        private readonly Entry[] _undated;
        private readonly int _longest;

        public Bucket(List<Entry> entries)
        {
            _undated = [.. entries.Where(e => e.Claim.Period is null)];
            _dated = [.. entries.Where(e => e.Claim.Period is not null).OrderBy(e => e.Start)];
            _longest = _dated.Length == 0 ? 0 : _dated.Max(e => e.End - e.Start);
        }

        // Appends the entries overlapping [start, end] whose place relates to the query place. For the "by name"
        // bucket (at = 0) an entry qualifies when it is the query place or inside it; for a "leaf" bucket of the
        // query's more general name at index `at`, when the entry's path agrees with the query's beyond that name.
        public void Collect(int start, int end, string[]? queryKeys, int at, List<Claim> result)
        {
            foreach (var e in _undated)
            {
                if (Relates(e.PlaceKeys, queryKeys, at))
                {
                    result.Add(e.Claim);
                }
            }

            if (_dated.Length == 0)
            {
                return;
            }

            // Entries that can overlap start no earlier than start - longest and no later than end.
            var from = start == int.MinValue ? 0 : LowerBound(_dated, (long)start - _longest);
            for (var i = from; i < _dated.Length && _dated[i].Start <= end; i++)
            {
                ref readonly var e = ref _dated[i];
                if (e.End >= start && Relates(e.PlaceKeys, queryKeys, at))
                {
                    result.Add(e.Claim);
                }
            }
        }

        private static int LowerBound(Entry[] entries, long value)
        {
            int lo = 0, hi = entries.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (entries[mid].Start < value)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        private static bool Relates(string[] entryKeys, string[]? queryKeys, int at)
        {
            if (queryKeys is null)
            {
                return true;
            }

            if (at > 0)
            {
                // The entry is the query's more general place queryKeys[at]: the rest of both paths must agree. An
                // entry whose path also runs through the query's place (paths that contradict each other) was
                // already taken from the query's own bucket when it qualified there.
                return PlacePath.TailsAgree(entryKeys, 1, queryKeys, at + 1) && !IsAtOrInside(entryKeys, queryKeys);
            }

            return IsAtOrInside(entryKeys, queryKeys);
        }

        // The entry mentions queryKeys[0] somewhere: at its leaf (same place) or further up (inside it).
        private static bool IsAtOrInside(string[] entryKeys, string[] queryKeys)
        {
            var i = Array.IndexOf(entryKeys, queryKeys[0]);
            return i >= 0 && PlacePath.TailsAgree(entryKeys, i + 1, queryKeys, 1);
        }
    }
}

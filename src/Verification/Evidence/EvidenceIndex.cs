using Verification.Claims;
using Verification.Engine;
using Verification.Figures;
using Verification.Measures;
using Verification.Places;
using Verification.Sources;
using Verification.Subjects;
using Verification.Validators;
using Found = Verification.Evidence.IndexedCandidates.Found;

namespace Verification.Evidence;

/// <summary>
/// Evidence claims indexed by subject and place, then by period, so that finding a claim's candidates looks at a few
/// buckets rather than every claim.
/// </summary>
/// <remarks>
/// Claims are grouped by the family of their subject (see <see cref="SubjectKey"/>: subjects of different families never
/// relate), so that one bucket holds every subject that may relate to a query's; each entry carries its subject's number
/// in the family, and a query reads, with a table worked out once per subject queried, how its subject relates to each.
/// Within a family, every claim goes into one bucket per name on its place path ("al-Jadida, West Mosul, Mosul, Iraq" is
/// filed under each of the four), and into a second map under its most specific name only. A query for place Q = [q0, q1, …]
/// reads the bucket of q0 (Q itself and everything inside it) and, for each more general qj, the leaf bucket of qj
/// (places that contain Q). A claim whose place describes an area ("rebel-held northwest, Syria": see
/// <see cref="Place.IsDescribedArea"/>) also goes into a third map, under the name of the place it belongs to; a query
/// reads the area bucket of each of its more general names, and a query for an area reads the bucket of its place's
/// name for the places inside it (<see cref="PlaceRelation.MayOverlap"/>). Within a bucket, entries are sorted by period start; with the longest period in the bucket
/// known, the overlapping ones are found by binary search. Claims with no period sit in a separate list that every
/// query reads. Immutable once built; safe for concurrent queries.
/// <para>Layout, for speed and memory: buckets are looked up by family, then by name, in dictionaries keyed by one
/// string each (ordinal, so the fast non-randomised string hashing applies), and a bucket is a range of one shared
/// array of entries rather than an object with arrays of its own: most buckets hold only a few claims. The entries'
/// period starts are also kept in an array of their own, for the binary search in large buckets.</para>
/// <para>Each entry also carries the claim's origins, resolved once from the evidence's own derivations
/// (<see cref="IndexedOrigins"/>): a claim is a candidate for many claims in many runs, and resolving its origins
/// each time would read the claim, its subject and its source names from memory again. For the same reason it
/// carries the claim's figure interval and, when the claim's one origin is a source that derives from nothing on its
/// subject, that source's number (see <see cref="Entry"/>).</para>
/// </remarks>
internal sealed class EvidenceIndex
{
    private const string NoPlace = "";

    // The buckets of each family of subjects (see SubjectKey.Family: keys of different families never relate), with the
    // family's distinct subjects numbered; an entry carries its subject's number.
    private readonly Dictionary<string, Family> _families = new(StringComparer.Ordinal);

    // For each subject queried, how it relates to each subject of its family, by number: worked out once and kept.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Relations> _related = new(StringComparer.Ordinal);
    private readonly Entry[] _entries;

    // The entries' period starts, position for position: what the binary search of a large bucket reads (see
    // Bucket.LargeBucket), sixteen to a cache line rather than one or two.
    private readonly int[] _starts;

    // The sources that are some claim's only origin, numbered (see Entry.Source).
    private readonly Dictionary<string, int> _sources;

    // One instance per place name, kept by the entries' keys: names then compare by reference, without reading the
    // characters. Queries look their names up here too (read only, so concurrent queries are safe).
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Func<string, string> _knownName;

    // The candidates found for one query, on the thread that searches; reused by its next query.
    [ThreadStatic]
    private static List<Found>? t_found;

    /// <summary>Indexes the claims.</summary>
    /// <param name="claims">The evidence claims.</param>
    /// <param name="options">The options the keys are computed under.</param>
    public EvidenceIndex(IReadOnlyList<Claim> claims, VerificationOptions options)
        : this(claims, FixedDerivations.Of(claims), options)
    {
    }

    /// <summary>Indexes the claims.</summary>
    /// <param name="claims">The evidence claims.</param>
    /// <param name="derivations">Those of them that state derivations: the list the source gives the engine, which
    /// tells the engine that the origins resolved here are resolved from the same derivations as its own.</param>
    /// <param name="options">The options the keys are computed under.</param>
    public EvidenceIndex(IReadOnlyList<Claim> claims, FixedDerivations derivations, VerificationOptions options)
    {
        Options = options;
        Derivations = derivations;
        var origins = new OriginsBuilder(derivations, options);
        var byName = new Dictionary<(string, string), List<Entry>>();
        var byLeaf = new Dictionary<(string, string), List<Entry>>();
        var byAreaOf = new Dictionary<(string, string), List<Entry>>();
        Func<string, string> intern = name => _names.TryGetValue(name, out var shared) ? shared : _names[name] = name;
        _knownName = name => _names.TryGetValue(name, out var shared) ? shared : name;
        // One array per distinct path: claims at the same place share it, so a query reads a handful of arrays that
        // stay in the processor's cache rather than one array per claim, each far from the others in memory.
        var paths = new Dictionary<string[], string[]>(SamePath.Instance);
        foreach (var claim in claims)
        {
            var key = options.Subjects.Read(claim);
            var subject = key.Canonical;
            var family = FamilyOf(key.Family);
            var number = family.NumberOf(key);

            // Shared with the place, which then compares with others without computing its keys again.
            var placeKeys = claim.Place is { } place ? place.SharedKeys(options.PlaceNames, intern) : [];
            if (placeKeys.Length > 0 && !paths.TryAdd(placeKeys, placeKeys))
            {
                placeKeys = paths[placeKeys];
            }

            var (claimOrigins, source) = origins.Of(claim, subject);
            var entry = new Entry(claim, placeKeys, claimOrigins, source, MeasureRules.TimeOf(key, claim.Period, claim.Measure, claim.Figure?.Text, options), number);
            Count++;
            if (placeKeys.Length == 0)
            {
                AddTo(byLeaf, (key.Family, NoPlace), entry);
                continue;
            }

            AddTo(byLeaf, (key.Family, placeKeys[0]), entry);
            if (entry.IsDescribedArea)
            {
                AddTo(byAreaOf, (key.Family, placeKeys[1]), entry);
            }

            for (var i = 0; i < placeKeys.Length; i++)
            {
                // A path may name a place twice ("Raqqa, Raqqa, Syria"; or a name and its alias): file it once.
                if (Array.IndexOf(placeKeys, placeKeys[i]) == i)
                {
                    AddTo(byName, (key.Family, placeKeys[i]), entry);
                }
            }
        }

        // Lay the buckets out one after another in a single array.
        _entries = new Entry[byName.Values.Sum(l => l.Count) + byLeaf.Values.Sum(l => l.Count) + byAreaOf.Values.Sum(l => l.Count)];
        var next = 0;
        foreach (var ((family, name), list) in byName)
        {
            _families[family].ByName[name] = Bucket.Lay(list, _entries, ref next);
        }

        foreach (var ((family, name), list) in byLeaf)
        {
            _families[family].ByLeaf[name] = Bucket.Lay(list, _entries, ref next);
        }

        foreach (var ((family, name), list) in byAreaOf)
        {
            _families[family].ByAreaOf[name] = Bucket.Lay(list, _entries, ref next);
        }

        _starts = Array.ConvertAll(_entries, e => e.Start);
        _sources = origins.Sources;
    }

    /// <summary>The evidence's claims that state derivations, from which the entries' origins were resolved.</summary>
    public FixedDerivations Derivations { get; }

    /// <summary>The options the keys were computed under.</summary>
    public VerificationOptions Options { get; }

    /// <summary>How many claims are indexed.</summary>
    public int Count { get; }

    /// <summary>The claims that may compare with the query: a related subject, a related place, a period within the
    /// query's margin (see <see cref="EvidenceQuery.MarginDays"/>) or none.</summary>
    public IndexedCandidates Find(EvidenceQuery query)
    {
        // Collected in a list kept by the thread, then copied to an array of the exact size: a list of its own would
        // grow several times for a claim with many candidates, and every array it outgrew is garbage.
        var found = t_found ??= new List<Found>(64);
        found.Clear();
        var key = query.SubjectKey;
        var (start, end) = query.SearchDays(key);
        if (RelationsOf(key) is { } relations)
        {
            Collect(query, relations, start, end, found);
        }

        var result = new IndexedCandidates(this, query, key.Canonical, found.Count == 0 ? [] : [.. found]);
        // A list that grew for a query with very many candidates is not kept: the thread would hold it for good.
        if (found.Capacity > 4096)
        {
            t_found = null;
        }

        return result;
    }

    // How the query's subject relates to each indexed subject of its family, by number; null when none of its family is
    // indexed. The same for every query of this subject, so worked out once.
    private Relations? RelationsOf(SubjectKey key)
    {
        if (_related.TryGetValue(key.Canonical, out var relations))
        {
            return relations;
        }

        if (!_families.TryGetValue(key.Family, out var family))
        {
            return null;
        }

        var table = new byte[family.Members.Count];
        for (var i = 0; i < table.Length; i++)
        {
            var member = family.Members[i];
            var relation = Options.Subjects.Relate(key, member);
            table[i] = Found.Pack(relation, relation is SubjectRelation.Contains or SubjectRelation.Within && Options.Subjects.DifferOnlyInCause(key, member));
        }

        relations = new Relations(family, table);
        // Bounded: a run of claims with ever new subjects would otherwise grow it for good.
        if (_related.Count < 65_536)
        {
            _related.TryAdd(key.Canonical, relations);
        }

        return relations;
    }

    private Family FamilyOf(string name)
    {
        if (!_families.TryGetValue(name, out var family))
        {
            _families[name] = family = new Family();
        }

        return family;
    }

    private void Collect(EvidenceQuery query, Relations relations, int start, int end, List<Found> result)
    {
        var buckets = relations.Family;
        var subject = relations.Table;
        if (query.Place is null)
        {
            if (buckets.ByLeaf.TryGetValue(NoPlace, out var unplaced))
            {
                unplaced.Collect(_entries, _starts, start, end, default, subject, result);
            }

            return;
        }

        var keys = query.Place.SharedKeys(Options.PlaceNames, _knownName);
        var isArea = query.Place.IsDescribedArea;

        // Same place, or places inside it.
        if (buckets.ByName.TryGetValue(keys[0], out var inside))
        {
            inside.Collect(_entries, _starts, start, end, new PlaceQuery(keys, isArea, 0), subject, result);
        }

        // Places that contain it: exactly one of its more general names. Like Place.RelationTo, a name the path repeats
        // is aligned at its first occurrence only. Then areas described of those places, which it may overlap.
        for (var j = 1; j < keys.Length; j++)
        {
            if (Array.IndexOf(keys, keys[j]) != j)
            {
                continue;
            }

            if (buckets.ByLeaf.TryGetValue(keys[j], out var container))
            {
                container.Collect(_entries, _starts, start, end, new PlaceQuery(keys, isArea, j), subject, result);
            }

            // Most families hold no described areas: no lookup then.
            if (buckets.ByAreaOf.Count > 0 && buckets.ByAreaOf.TryGetValue(keys[j], out var areas))
            {
                areas.Collect(_entries, _starts, start, end, new PlaceQuery(keys, isArea, PlaceQuery.AreaOfContainer), subject, result);
            }
        }

        // An area described of a place may overlap the places inside that place.
        if (isArea && keys.Length > 1 && buckets.ByName.TryGetValue(keys[1], out var withinPlace))
        {
            withinPlace.Collect(_entries, _starts, start, end, new PlaceQuery(keys, isArea, PlaceQuery.InsideAreasPlace), subject, result);
        }
    }

    private static void AddTo(Dictionary<(string, string), List<Entry>> map, (string, string) key, Entry entry)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(entry);
    }

    /// <summary>The entries, bucket after bucket: candidates are positions in it.</summary>
    internal Entry[] Entries => _entries;

    /// <summary>The number of a source (normalised) among those that are some indexed claim's only origin (see
    /// <see cref="Entry.Source"/>); -1 when it is no indexed claim's only origin.</summary>
    /// <param name="normalizedSource">The source's origin name (see <see cref="OriginGraph.NormalizeSource(string, Place?)"/>), or an
    /// unnamed source's origin in one claim (see <see cref="OriginGraph.IsUnnamedOrigin"/>).</param>
    public int SourceNumberOf(string normalizedSource) => _sources.TryGetValue(normalizedSource, out var number) ? number : -1;

    /// <summary>The numbers of those of <paramref name="normalizedSources"/> that are some indexed claim's only origin,
    /// in ascending order.</summary>
    /// <param name="normalizedSources">Sources, normalised.</param>
    public int[] SourceNumbersOf(IEnumerable<string> normalizedSources)
    {
        var numbers = normalizedSources.Select(SourceNumberOf).Where(n => n >= 0).Distinct().ToArray();
        Array.Sort(numbers);
        return numbers;
    }

    /// <summary>An indexed claim, with what queries and validators read of it: the keys of its place, its period's first
    /// and last day numbers (int.MinValue and int.MaxValue when it has none), its origins as resolved from the evidence's
    /// own derivations (and, for most claims, as one number) and its figure's interval.</summary>
    /// <remarks>Read in place, one entry after another, so that finding and checking a claim's candidates reads the
    /// evidence claims themselves only when a finding is written. The figure's interval is kept here rather than read
    /// from the claim: the claim and its figure are two more objects anywhere in a large heap, for every candidate of
    /// every claim checked.</remarks>
    internal readonly struct Entry
    {
        private readonly double _low;
        private readonly double _high;
        private readonly FigureFlags _figure;
        private readonly byte _measure;

        public Entry(Claim claim, string[] placeKeys, IndexedOrigins origins, int source, ClaimTime time, int subject)
        {
            Claim = claim;
            Subject = subject;
            PlaceKeys = placeKeys;
            Start = time.Start;
            End = time.End;
            Origins = origins;
            Source = source;
            _measure = (byte)time.Measure;
            _figure = (time.StartKnown ? FigureFlags.StartKnown : 0) | (claim.Coverage == Coverage.Partial ? FigureFlags.Partial : 0)
                | (placeKeys.Length > 1 && claim.Place!.IsDescribedArea ? FigureFlags.DescribedArea : 0);
            if (claim.Figure is { } figure)
            {
                _low = figure.Low;
                _high = figure.High;
                _figure |= FigureFlags.Stated
                    | (figure.LowInclusive ? FigureFlags.LowInclusive : 0)
                    | (figure.HighInclusive ? FigureFlags.HighInclusive : 0);
            }
        }

        public Claim Claim { get; }

        public string[] PlaceKeys { get; }

        /// <summary>The number of the claim's subject in its family (see <see cref="Family.Members"/>).</summary>
        public int Subject { get; }

        public int Start { get; }

        public int End { get; }

        public IndexedOrigins Origins { get; }

        /// <summary>When the claim's origins are one source and the resolution passed through no other (the source
        /// derives from nothing on the subject), that source's number (see <see cref="SourceNumberOf"/>); when its one
        /// direct origin is unnamed, the number of its origin of its own (shared only by equal claims); -1 otherwise.
        /// Two such claims are echoes of each other exactly when their numbers are equal, and the origins stand in a
        /// run unless it makes that source derive on the subject: both are told without reading
        /// <see cref="Origins"/>.</summary>
        public int Source { get; }

        /// <summary>The claim's measure and the days its time rule reads (its start from its words for a running total).</summary>
        public ClaimTime Time => new((Measure)_measure, Start, End, (_figure & FigureFlags.StartKnown) != 0, Start != int.MinValue);

        /// <summary>Whether the claim's figure covers only part of its place.</summary>
        public bool IsPartial => (_figure & FigureFlags.Partial) != 0;

        /// <summary>Whether the claim's place describes an area of the place after it (see <see cref="Place.IsDescribedArea"/>).</summary>
        public bool IsDescribedArea => (_figure & FigureFlags.DescribedArea) != 0;

        /// <summary>The interval of the claim's figure; null when it states none.</summary>
        public FigureBounds? Figure => (_figure & FigureFlags.Stated) == 0
            ? null
            : new FigureBounds(_low, (_figure & FigureFlags.LowInclusive) != 0, _high, (_figure & FigureFlags.HighInclusive) != 0);
    }

    // The first of a bucket's dated entries (or their starts) that starts on or after a day: it compares as just before
    // that day and never as equal, so that a span's binary search ends at that position (the complement of its result).
    private readonly struct StartingFrom(long day) : IComparable<Entry>, IComparable<int>
    {
        public int CompareTo(Entry other) => CompareTo(other.Start);

        public int CompareTo(int other) => other >= day ? -1 : 1;
    }

    // Whether an entry's claim states a figure, which ends of its interval are included, whether it covers only part of
    // its place, whether its time has a known start, and whether its place describes an area.
    [Flags]
    private enum FigureFlags : byte
    {
        Stated = 1,
        LowInclusive = 2,
        HighInclusive = 4,
        Partial = 8,
        StartKnown = 16,
        DescribedArea = 32,
    }

    // A query's place as a bucket reads it: its keys, whether it describes an area, and which bucket is read: its own
    // name's (At = 0), the leaf bucket of its more general name at At (> 0), or one of the area lookups.
    private readonly record struct PlaceQuery(string[]? Keys, bool IsArea, int At)
    {
        // The areas described of a place that contains the query's.
        public const int AreaOfContainer = -1;

        // For a query that describes an area, the places inside the place it belongs to.
        public const int InsideAreasPlace = -2;
    }

    // A queried subject's family, and how the subject relates to each of the family's subjects, by number (as packed for
    // Found).
    private sealed record Relations(Family Family, byte[] Table);

    // Resolves the evidence's origins from its own derivations while the index is built: once per source for claims
    // with one direct origin (their source, or the one source they say they took the figure from) that derives from
    // nothing on their subject (nearly all), once per (subject, source) or (subject, derivations) for the others. As
    // OriginResolver does for a run: a claim with one direct origin resolves as a claim from that source would. A claim
    // whose one direct origin is unnamed has an origin of its own, numbered like a source: equal claims share it, so
    // the index still tells echoes by number. One with several derivations, one of them unnamed, is resolved alone.
    private sealed class OriginsBuilder
    {
        private const int NoSource = -1;
        private readonly OriginGraph _graph;
        private readonly Dictionary<string, (SourceReading Reading, bool IsUnnamed)> _normalized = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IndexedOrigins> _alone = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Subject, string Source), IndexedOrigins> _bySource = [];
        private readonly Dictionary<string, IndexedOrigins> _byDerivations = new(StringComparer.Ordinal);

        public OriginsBuilder(FixedDerivations derivations, VerificationOptions options)
        {
            _graph = new OriginGraph(options.GenericSourceWords);
            foreach (var claim in derivations)
            {
                _graph.Add(claim, options.Subjects.CanonicalKeyOf(claim.Subject));
            }
        }

        /// <summary>The sources that are some claim's only origin, numbered in the order first met; with them, the
        /// origins of their own of claims whose one direct origin is unnamed.</summary>
        public Dictionary<string, int> Sources { get; } = new(StringComparer.Ordinal);

        public (IndexedOrigins Origins, int Source) Of(Claim claim, string subject)
        {
            if (claim.DerivedFrom.Count > 1)
            {
                foreach (var d in claim.DerivedFrom)
                {
                    // An unnamed source, or a body whose origin depends on the claim's place: resolved for this claim.
                    if (Normalized(d) is { IsUnnamed: true } or { Reading.DependsOnPlace: true })
                    {
                        return (Resolve(claim, subject), NoSource);
                    }
                }

                var key = subject + "\0" + string.Join("\0", claim.DerivedFrom);
                return (_byDerivations.TryGetValue(key, out var derived) ? derived : _byDerivations[key] = Resolve(claim, subject), NoSource);
            }

            var (reading, isUnnamed) = Normalized(claim.DerivedFrom.Count == 0 ? claim.Source : claim.DerivedFrom[0]);
            if (isUnnamed)
            {
                return Alone(UnnamedOrigin.Of(claim, reading.Name));
            }

            var source = reading.In(claim.Place);
            if (!_graph.Derives(subject, source))
            {
                return Alone(source);
            }

            return (_bySource.TryGetValue((subject, source), out var found) ? found : _bySource[(subject, source)] = Resolve(claim, subject), NoSource);
        }

        // The origin alone, numbered.
        private (IndexedOrigins Origins, int Source) Alone(string origin)
        {
            if (!_alone.TryGetValue(origin, out var alone))
            {
                _alone[origin] = alone = new IndexedOrigins([origin], [origin]);
                Sources[origin] = Sources.Count;
            }

            return (alone, Sources[origin]);
        }

        // How a name reads, and whether it is unnamed; a name's origin in a claim is its reading in the claim's place.
        private (SourceReading Reading, bool IsUnnamed) Normalized(string source)
        {
            if (!_normalized.TryGetValue(source, out var normalized))
            {
                var reading = SourceNames.Read(source);
                _normalized[source] = normalized = (reading, _graph.GenericWords.IsUnnamed(reading.Name));
            }

            return normalized;
        }

        private IndexedOrigins Resolve(Claim claim, string subject)
        {
            var origins = _graph.OriginsOf(claim, subject, out var through);
            return new IndexedOrigins(origins, [.. through]);
        }
    }

    // Paths with the same names in the same order; the names are interned, so comparing them compares references first.
    private sealed class SamePath : IEqualityComparer<string[]>
    {
        public static SamePath Instance { get; } = new();

        public bool Equals(string[]? x, string[]? y) => x.AsSpan().SequenceEqual(y, StringComparer.Ordinal);

        public int GetHashCode(string[] path)
        {
            var hash = default(HashCode);
            foreach (var name in path)
            {
                hash.Add(name, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }

    // One family's subjects, numbered in the order first met, and its buckets: by every name on the claims' paths, by
    // the most specific name only, and, for places that describe an area, by the name of the place the area belongs to.
    // One bucket serves every subject of the family, so a query looks up each of its place's names once however many
    // subjects relate to its own, and tells them apart by number while it scans.
    private sealed class Family
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        public List<SubjectKey> Members { get; } = [];

        public Dictionary<string, Bucket> ByName { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Bucket> ByLeaf { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Bucket> ByAreaOf { get; } = new(StringComparer.Ordinal);

        public int NumberOf(SubjectKey key)
        {
            if (!_numbers.TryGetValue(key.Canonical, out var number))
            {
                _numbers[key.Canonical] = number = Members.Count;
                Members.Add(key);
            }

            return number;
        }
    }

    // A bucket's entries in the shared array: from Offset, the undated ones, then the dated ones sorted by start.
    private readonly record struct Bucket(int Offset, int Undated, int Dated, int Longest)
    {
        // From how many dated entries a bucket is searched in the array of starts: below it, the few steps of the
        // search land on entries the scan then reads.
        private const int LargeBucket = 64;

        public static Bucket Lay(List<Entry> entries, Entry[] all, ref int next)
        {
            var offset = next;
            var undated = 0;
            foreach (var e in entries)
            {
                if (e.Claim.Period is null)
                {
                    all[next++] = e;
                    undated++;
                }
            }

            var dated = all.AsSpan(next, entries.Count - undated);
            var longest = 0;
            var d = 0;
            foreach (var e in entries)
            {
                if (e.Claim.Period is not null)
                {
                    dated[d++] = e;
                    longest = Math.Max(longest, e.End - e.Start);
                }
            }

            // Stable, like the ordering it replaces, so that candidates come in the same order.
            SortByStart(dated);
            next += dated.Length;
            return new Bucket(offset, undated, dated.Length, longest);
        }

        // Appends the entries overlapping [start, end] whose subject relates to the query's (by the table of relations,
        // packed as for Found) and whose place relates to the query's place (see RelationOf), with both relations.
        public void Collect(Entry[] all, int[] starts, int start, int end, PlaceQuery query, byte[] subjects, List<Found> result)
        {
            for (var i = Offset; i < Offset + Undated; i++)
            {
                var subject = subjects[all[i].Subject];
                if (subject != Found.Unrelated && RelationOf(all[i], query) is not PlaceRelation.Unrelated and var relation && Found.Pairs(subject, relation))
                {
                    result.Add(new Found(i, relation, subject));
                }
            }

            if (Dated == 0)
            {
                return;
            }

            // Entries that can overlap start no earlier than start - longest and no later than end. A large bucket is
            // searched in the array of starts, where each step in its entries would be a cache miss; a small one in its
            // entries, which the scan reads next anyway (the starts would be one more line to read).
            var first = Offset + Undated;
            var earliest = (long)start - Longest;
            var from = start == int.MinValue ? 0
                : Dated >= LargeBucket ? ~starts.AsSpan(first, Dated).BinarySearch(new StartingFrom(earliest))
                : ~all.AsSpan(first, Dated).BinarySearch(new StartingFrom(earliest));
            for (var i = first + from; i < first + Dated && all[i].Start <= end; i++)
            {
                ref readonly var e = ref all[i];
                if (e.End >= start && subjects[e.Subject] is var subject && subject != Found.Unrelated
                    && RelationOf(e, query) is not PlaceRelation.Unrelated and var relation && Found.Pairs(subject, relation))
                {
                    result.Add(new Found(i, relation, subject));
                }
            }
        }

        private static void SortByStart(Span<Entry> entries)
        {
            // Insertion sort when short (most buckets hold a few claims); otherwise a stable sort by (start, position).
            if (entries.Length <= 16)
            {
                for (var i = 1; i < entries.Length; i++)
                {
                    var e = entries[i];
                    var j = i - 1;
                    for (; j >= 0 && entries[j].Start > e.Start; j--)
                    {
                        entries[j + 1] = entries[j];
                    }

                    entries[j + 1] = e;
                }

                return;
            }

            var keys = new long[entries.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = ((long)entries[i].Start << 32) | (uint)i;
            }

            keys.AsSpan().Sort(entries);
        }

        // How the query's place relates to the entry's, or Unrelated when the entry does not qualify from this bucket. For
        // the "by name" bucket (at = 0) the entry qualifies when it is the query's place (Same) or inside it (Contains);
        // for the "leaf" bucket of the query's more general name at index `at`, when the entry's path agrees with the
        // query's beyond that name: the entry's place contains the query's (Within). These are the steps
        // PlacePath.Relation takes for such a pair, which need not be taken again. From an area bucket, or for an area
        // query from its place's bucket, the entry qualifies when the two may overlap; an area of a place the query's path
        // names is left to the area bucket of that name.
        private static PlaceRelation RelationOf(in Entry entry, PlaceQuery query)
        {
            var (queryKeys, at) = (query.Keys, query.At);
            var entryKeys = entry.PlaceKeys;
            if (queryKeys is null)
            {
                return PlaceRelation.Same;
            }

            if (at < 0)
            {
                var found = at == PlaceQuery.AreaOfContainer
                    || !entry.IsDescribedArea || Array.IndexOf(queryKeys, entryKeys[1], 1) < 0;
                return found && PlacePath.Relation(queryKeys, query.IsArea, entryKeys, entry.IsDescribedArea) == PlaceRelation.MayOverlap
                    ? PlaceRelation.MayOverlap
                    : PlaceRelation.Unrelated;
            }

            if (at > 0)
            {
                // An entry whose path also runs through the query's place (paths that contradict each other) was
                // already taken from the query's own bucket when it qualified there.
                return PlacePath.TailsAgree(entryKeys, 1, queryKeys, at + 1) && AtOrInside(entryKeys, queryKeys) < 0
                    ? PlaceRelation.Within
                    : PlaceRelation.Unrelated;
            }

            return AtOrInside(entryKeys, queryKeys) switch
            {
                0 => PlaceRelation.Same,
                > 0 => PlaceRelation.Contains,
                _ => PlaceRelation.Unrelated,
            };
        }

        // Where the entry's path names queryKeys[0] with the rest of both paths agreeing: 0 at its leaf (the same place),
        // further up (a place inside it); -1 when it does not.
        private static int AtOrInside(string[] entryKeys, string[] queryKeys)
        {
            var i = Array.IndexOf(entryKeys, queryKeys[0]);
            return i >= 0 && PlacePath.TailsAgree(entryKeys, i + 1, queryKeys, 1) ? i : -1;
        }
    }
}

using System.Collections.Concurrent;
using Verification.Claims;
using Verification.Evidence;
using Verification.Places;
using Verification.Sources;
using Verification.Subjects;
using Verification.Validators;

namespace Verification.Engine;

/// <summary>Resolves claims' independent origins for one run, caching what repeats.</summary>
/// <remarks>
/// <para>Validators ask for the origins of every candidate, often twice, so answering must not walk the derivation
/// graph (which allocates several collections) each time. A claim's origins depend only on its subject key and its
/// direct origins, and the graph is fixed for the run:</para>
/// <list type="bullet">
/// <item>A claim with one direct origin (it states no derivation, or states one), from a source that derives from
/// nothing on its subject — by far the most common case — has that source as its only origin. That set is built once
/// per source name and shared, with the subjects the source does derive on, so that telling this case costs one lookup
/// by source and, for a source that derives on some subject, one by subject.</item>
/// <item>A claim whose one direct origin derives from others on its subject shares the evidence's resolution for that
/// (subject, source), kept across runs, unless the run's own derivations reach a source it passed through; then it is
/// resolved once per (subject, source) and run. A resolution to one origin shares that origin's set.</item>
/// <item>A claim that states several derivations is resolved once per (subject, list of derivations).</item>
/// <item>A claim whose source or a derivation is unnamed (see <see cref="GenericSourceWords"/>) has an origin of its own
/// in its place, so it is resolved once per claim. Whether a name is unnamed is told once per name.</item>
/// <item>A claim whose direct origin is a body named without its jurisdiction ("the Health Ministry") has the body of
/// its place for origin (see <see cref="OriginGraph.NormalizeSource(string, Place?)"/>): that name is worked out once per
/// claim, and then resolved as a source of that name would be. How a name reads is told once per name.</item>
/// </list>
/// <para>Safe for concurrent use; the shared sets are never changed once built.</para>
/// </remarks>
internal sealed class OriginResolver : OriginLookup
{
    private readonly OriginGraph _graph;
    private readonly VerificationOptions _options;
    private readonly Shared? _shared;
    private readonly Dictionary<string, HashSet<string>> _deriving;
    private readonly Dictionary<string, DerivingSources> _derivingBySubject;
    // Many more lock stripes than threads: claims are resolved from every worker at once, and most first resolutions add
    // an entry, so with the default (one stripe per processor) the workers would queue on each other's locks. The
    // capacity is the default: a resolver is made per run, and many runs verify one claim.
    private const int Stripes = 64;
    private const int InitialCapacity = 31;
    private readonly ConcurrentDictionary<string, Alone> _alone = new(Stripes, InitialCapacity, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Alone> _placed = new(Stripes, InitialCapacity, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Subject, string Source), IReadOnlySet<string>> _bySource = new(Stripes, InitialCapacity);
    private readonly ConcurrentDictionary<DerivedKey, IReadOnlySet<string>> _byDerivations = new(Stripes, InitialCapacity);
    private readonly ConcurrentDictionary<Claim, IReadOnlySet<string>> _byClaim = new(Stripes, InitialCapacity, ReferenceEqualityComparer.Instance);
    private readonly Func<string, Alone> _newAlone;
    private readonly Func<string, Alone> _newPlaced;

    /// <summary>Creates a resolver for one run, over these derivations only.</summary>
    /// <param name="derivations">The claims that state derivations.</param>
    /// <param name="options">The run's options.</param>
    public OriginResolver(IEnumerable<Claim> derivations, VerificationOptions options)
        : this(null, derivations, options)
    {
    }

    /// <summary>Creates a resolver for one run.</summary>
    /// <param name="shared">Derivations shared between runs (evidence held in memory), or null.</param>
    /// <param name="derivations">The run's other claims that state derivations.</param>
    /// <param name="options">The run's options.</param>
    public OriginResolver(Shared? shared, IEnumerable<Claim> derivations, VerificationOptions options)
    {
        _options = options;
        _shared = shared;
        _graph = shared is null ? new OriginGraph(options.GenericSourceWords) : new OriginGraph(shared.Graph);
        (_deriving, _derivingBySubject) = Add(_graph, derivations, options);
        _newAlone = NewAlone;
        _newPlaced = NewPlaced;
    }

    public override IReadOnlySet<string> OriginsOf(Claim claim) => OriginsOf(claim, null, keep: true);

    /// <summary>The claim's origins.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="subjectKey">The key its subject compares by under the run's options, when already known.</param>
    /// <param name="keep">Whether origins worked out for this claim alone (an unnamed source's, or a body's in the claim's
    /// place) are kept for when they are asked again: candidates are asked about by many claims' checks, while the claim
    /// a context checks is asked about once (the context keeps them).</param>
    public IReadOnlySet<string> OriginsOf(Claim claim, string? subjectKey, bool keep)
    {
        // A claim's origins follow from its subject and its direct origins alone. With one direct origin (its source, or
        // the one source it says it took the figure from: by far the most common cases) it resolves as a claim from
        // that source stating no derivation would, and shares that claim's cached set.
        if (claim.DerivedFrom.Count <= 1)
        {
            var source = claim.DerivedFrom.Count == 0 ? claim.Source : claim.DerivedFrom[0];
            var alone = AloneOf(source);
            if (alone.IsUnnamed)
            {
                return !keep ? new OriginSet([UnnamedOrigin.Of(claim, alone.Name)])
                    : _byClaim.TryGetValue(claim, out var own) ? own : _byClaim.GetOrAdd(claim, new OriginSet([UnnamedOrigin.Of(claim, alone.Name)]));
            }

            if (alone.Reading.DependsOnPlace)
            {
                // A body named without its jurisdiction: its origin in the claim's place, as a claim from that origin's
                // name would have it; once per claim.
                return !keep ? OriginsOf(claim, PlacedOf(alone.Reading.In(claim.Place)), subjectKey)
                    : _byClaim.TryGetValue(claim, out var placed) ? placed
                    : _byClaim.GetOrAdd(claim, OriginsOf(claim, PlacedOf(alone.Reading.In(claim.Place)), subjectKey));
            }

            return OriginsOf(claim, alone, subjectKey);
        }

        for (var i = 0; i < claim.DerivedFrom.Count; i++)
        {
            if (AloneOf(claim.DerivedFrom[i]) is { IsUnnamed: true } or { Reading.DependsOnPlace: true })
            {
                return keep ? OwnOrigins(claim, subjectKey) : new OriginSet(_graph.OriginsOf(claim, subjectKey ?? _options.Subjects.CanonicalKeyOf(claim.Subject)));
            }
        }

        var key = new DerivedKey(subjectKey ?? _options.Subjects.CanonicalKeyOf(claim.Subject), claim.DerivedFrom);
        return _byDerivations.TryGetValue(key, out var found)
            ? found
            : _byDerivations.GetOrAdd(key, SetOf(_graph.OriginsOf(claim, key.Subject)));
    }

    // The origins of a claim whose one direct origin is the named source alone stands for.
    private IReadOnlySet<string> OriginsOf(Claim claim, Alone alone, string? subjectKey)
    {
        // A source that derives from nothing on the claim's subject is its own origin.
        if (!alone.DerivesOnAnySubject)
        {
            return alone.Origins;
        }

        var subject = subjectKey ?? _options.Subjects.CanonicalKeyOf(claim.Subject);
        var inRun = alone.DerivesInRunOn(subject);
        if (!inRun && !alone.DerivesInSharedOn(subject))
        {
            return alone.Origins;
        }

        // The shared derivations' answer, kept across runs, stands unless the run adds a derivation on the subject to a
        // source it passed through (never when the run makes this source derive): then the run keeps no entry of its
        // own. Most sources that derive do so in the evidence alone, and a run meets each such pair once or twice.
        if (!inRun && _shared is not null)
        {
            var shared = _shared.OriginsOfSource(subject, alone.Name);
            if (shared.StandsWith(_derivingBySubject.Count == 0 ? null : _derivingBySubject.GetValueOrDefault(subject)?.Names))
            {
                return shared;
            }
        }

        return _bySource.TryGetValue((subject, alone.Name), out var cached)
            ? cached
            : _bySource.GetOrAdd((subject, alone.Name), SetOf(_graph.OriginsOfSource(alone.Name, subject, out _)));
    }

    // The run's set for origins it resolved over its own graph: that of the one origin when there is one (shared with
    // every claim from that source), else a new one. Only for named origins, which the graph's walks give.
    private IReadOnlySet<string> SetOf(IReadOnlySet<string> origins)
    {
        if (origins is HashSet<string> { Count: 1 } one)
        {
            foreach (var origin in one)
            {
                return PlacedOf(origin).Origins;
            }
        }

        return new OriginSet(origins);
    }

    private Alone AloneOf(string source) =>
        _alone.TryGetValue(source, out var alone) ? alone : _alone.GetOrAdd(source, _newAlone);

    // An origin name, as a source of that name alone.
    private Alone PlacedOf(string origin) =>
        _placed.TryGetValue(origin, out var alone) ? alone : _placed.GetOrAdd(origin, _newPlaced);

    // The origins of a claim with several derivations, one of them unnamed: an origin of its own for each unnamed one,
    // and the named ones followed. Kept per claim (as those with one unnamed origin are), as validators ask for a
    // candidate's origins more than once.
    private IReadOnlySet<string> OwnOrigins(Claim claim, string? subjectKey) =>
        _byClaim.TryGetValue(claim, out var found)
            ? found
            : _byClaim.GetOrAdd(claim, new OriginSet(_graph.OriginsOf(claim, subjectKey ?? _options.Subjects.CanonicalKeyOf(claim.Subject))));

    /// <summary>The origins for the validation context of <paramref name="claim"/>, whose candidates these are.</summary>
    /// <remarks>When the candidates come from an index built from the same derivations as this run's shared ones, under
    /// the same options, the origins the index resolved are used for every candidate the run's own derivations do not
    /// reach; the rest, and the claim itself, are resolved here.</remarks>
    public OriginLookup For(Claim claim, IReadOnlyList<Claim> candidates)
    {
        if (candidates is IndexedCandidates { Count: > 0 } indexed
            && _shared is { Lists: [var only] }
            && ReferenceEquals(only, indexed.Index.Derivations)
            && ReferenceEquals(indexed.Index.Options, _options))
        {
            // The index worked out the subject's key when it found the candidates, under the same options.
            var subject = ReferenceEquals(indexed.Subject, claim.Subject) ? indexed.SubjectKey : _options.Subjects.CanonicalKeyOf(claim.Subject);
            var deriving = _derivingBySubject.Count == 0 ? null : _derivingBySubject.GetValueOrDefault(subject);
            return new CandidateOrigins(this, indexed, deriving, claim, subject);
        }

        return this;
    }

    // Adds the claims' derivations to the graph; returns, per normalised source, the subjects it derives on, and per
    // subject, the sources that derive on it.
    private static (Dictionary<string, HashSet<string>> BySource, Dictionary<string, DerivingSources> BySubject) Add(OriginGraph graph, IEnumerable<Claim> derivations, VerificationOptions options)
    {
        var deriving = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var bySubject = new Dictionary<string, DerivingSources>(StringComparer.Ordinal);
        foreach (var claim in derivations)
        {
            var subject = options.Subjects.CanonicalKeyOf(claim.Subject);
            if (graph.Record(claim, subject, out var source))
            {
                if (!deriving.TryGetValue(source, out var subjects))
                {
                    deriving[source] = subjects = new HashSet<string>(StringComparer.Ordinal);
                }

                subjects.Add(subject);
                if (!bySubject.TryGetValue(subject, out var sources))
                {
                    bySubject[subject] = sources = new DerivingSources();
                }

                sources.Names.Add(source);
            }
        }

        return (deriving, bySubject);
    }

    private Alone NewPlaced(string origin) =>
        new(SourceReading.Fixed(origin), isUnnamed: false, _shared?.Deriving.GetValueOrDefault(origin), _deriving.GetValueOrDefault(origin));

    // A name that stands for one origin wherever it is read shares that origin's entry, so that all the names of one
    // body share one set of origins.
    private Alone NewAlone(string source)
    {
        var reading = SourceNames.Read(source);
        var name = reading.Name;
        var isUnnamed = _options.GenericSourceWords.IsUnnamed(name);
        return isUnnamed || reading.DependsOnPlace
            ? new Alone(reading, isUnnamed, _shared?.Deriving.GetValueOrDefault(name), _deriving.GetValueOrDefault(name))
            : PlacedOf(name);
    }

    /// <summary>Derivations that many runs share (the evidence's), with the graph built once.</summary>
    /// <remarks>Never changed once built, so runs may read it concurrently.</remarks>
    internal sealed class Shared
    {
        public Shared(FixedDerivations[] lists, VerificationOptions options)
        {
            Lists = lists;
            Graph = new OriginGraph(options.GenericSourceWords);
            (Deriving, _) = Add(Graph, lists.SelectMany(l => l), options);
        }

        /// <summary>The lists the derivations came from.</summary>
        public FixedDerivations[] Lists { get; }

        public OriginGraph Graph { get; }

        /// <summary>Per normalised source, the subject keys it derives on.</summary>
        public Dictionary<string, HashSet<string>> Deriving { get; }

        /// <summary>The origins of a claim on <paramref name="subject"/> whose one direct origin is
        /// <paramref name="source"/> (normalised), over these derivations only, with the sources passed through.</summary>
        /// <remarks>Resolved once and kept for every run: the derivations never change, and a run whose own
        /// derivations reach none of the sources passed through gets the same answer (see
        /// <see cref="IndexedOrigins.StandsWith"/>).</remarks>
        public IndexedOrigins OriginsOfSource(string subject, string source) =>
            _bySource.TryGetValue((subject, source), out var found) ? found : _bySource.GetOrAdd((subject, source), Resolve);

        private IndexedOrigins Resolve((string Subject, string Source) key)
        {
            var origins = Graph.OriginsOfSource(key.Source, key.Subject, out var through);
            return new IndexedOrigins(origins, [.. through]);
        }

        private readonly ConcurrentDictionary<(string Subject, string Source), IndexedOrigins> _bySource = new(Stripes, InitialCapacity);
    }

    // One claim's origins: its candidates' origins as their index resolved them while they stand (the run adds no
    // derivation on the subject to a source they passed through), else as the run resolves them.
    private sealed class CandidateOrigins(OriginResolver resolver, IndexedCandidates candidates, DerivingSources? derivingInRun, Claim claim, string subjectKey) : OriginLookup
    {
        private const int Unresolved = int.MinValue;

        // The number the candidates' index gives the claim's one origin (-1 when none of its claims has that origin
        // alone); Unresolved until first needed. An int, so that a context read from several threads at once sees
        // either value whole.
        private int _claimSource = Unresolved;

        // The claim checked, resolved with the subject key already known; any other claim as the index has it, if it
        // is a candidate, else as the run resolves it.
        public override IReadOnlySet<string> OriginsOf(Claim other) =>
            ReferenceEquals(other, claim) ? resolver.OriginsOf(claim, subjectKey, keep: false)
            : candidates.IndexOf(other) is >= 0 and var i ? OriginsAt(i, other)
            : resolver.OriginsOf(other);

        public override IReadOnlySet<string> OriginsAt(int index, Claim candidate)
        {
            var indexed = candidates.OriginsAt(index);
            return indexed.StandsWith(derivingInRun?.Names) ? indexed : resolver.OriginsOf(candidate);
        }

        // Most candidates have one source for origin, one the run does not make derive on the subject, and most claims
        // have one origin too: then the two are echoes exactly when the index numbers both sources alike. That needs
        // neither the candidate's origins nor its claim read from memory.
        public override bool IsEchoAt(int index, Claim candidate, IReadOnlySet<string> claimOrigins, out IReadOnlySet<string> origins)
        {
            var source = candidates.SourceAt(index);
            if (source >= 0
                && claimOrigins is OriginSet { Single: { } claimSource }
                && (derivingInRun is null || !derivingInRun.Includes(candidates.Index, source)))
            {
                origins = candidates.OriginsAt(index);
                if (_claimSource == Unresolved)
                {
                    _claimSource = candidates.Index.SourceNumberOf(claimSource);
                }

                return source == _claimSource;
            }

            return base.IsEchoAt(index, candidate, claimOrigins, out origins);
        }
    }

    // The sources a run adds derivations to on one subject, and their numbers in the index last asked about.
    private sealed class DerivingSources
    {
        private Numbered? _numbered;

        /// <summary>The sources, normalised.</summary>
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        /// <summary>Whether the source <paramref name="index"/> numbers <paramref name="source"/> is one of them.</summary>
        public bool Includes(EvidenceIndex index, int source)
        {
            // Built once per subject and run; should two threads build it at once, both build the same.
            var numbered = Volatile.Read(ref _numbered);
            if (numbered is null || !ReferenceEquals(numbered.Index, index))
            {
                Volatile.Write(ref _numbered, numbered = new Numbered(index, index.SourceNumbersOf(Names)));
            }

            return numbered.Sources.Length > 0 && Array.BinarySearch(numbered.Sources, source) >= 0;
        }

        private sealed record Numbered(EvidenceIndex Index, int[] Sources);
    }

    // A source's normalised name, whether it is unnamed, the set of just that name (its origins when it is named and
    // derives from nothing on a claim's subject), and the subjects it does derive on: in the shared derivations and in
    // the run's own (null when none). Two sets asked in turn rather than their union: a run makes one of these per source
    // it meets.
    private sealed class Alone(SourceReading reading, bool isUnnamed, HashSet<string>? sharedSubjects, HashSet<string>? ownSubjects)
    {
        public SourceReading Reading { get; } = reading;

        public string Name { get; } = reading.Name;

        public bool IsUnnamed { get; } = isUnnamed;

        public IReadOnlySet<string> Origins { get; } = new OriginSet([reading.Name]);

        public bool DerivesOnAnySubject { get; } = sharedSubjects is not null || ownSubjects is not null;

        public bool DerivesInSharedOn(string subject) => sharedSubjects?.Contains(subject) ?? false;

        public bool DerivesInRunOn(string subject) => ownSubjects?.Contains(subject) ?? false;
    }

    // A subject key and a claim's list of derivations, compared name by name as given (equal lists resolve alike).
    private readonly struct DerivedKey(string subject, IReadOnlyList<string> derivedFrom) : IEquatable<DerivedKey>
    {
        public string Subject { get; } = subject;

        private IReadOnlyList<string> DerivedFrom { get; } = derivedFrom;

        public bool Equals(DerivedKey other)
        {
            if (!string.Equals(Subject, other.Subject, StringComparison.Ordinal) || DerivedFrom.Count != other.DerivedFrom.Count)
            {
                return false;
            }

            for (var i = 0; i < DerivedFrom.Count; i++)
            {
                if (!string.Equals(DerivedFrom[i], other.DerivedFrom[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is DerivedKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = default(HashCode);
            hash.Add(Subject, StringComparer.Ordinal);
            for (var i = 0; i < DerivedFrom.Count; i++)
            {
                hash.Add(DerivedFrom[i], StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}

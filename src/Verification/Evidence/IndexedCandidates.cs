using System.Collections;
using Verification.Claims;
using Verification.Places;
using Verification.Subjects;
using Verification.Validators;

namespace Verification.Evidence;

/// <summary>The claims an <see cref="EvidenceIndex"/> found for a query, each with what the index knows of it: its
/// origins as resolved when the index was built, how the query's place and subject relate to its own, its measure and
/// days, its coverage and its figure's interval.</summary>
/// <remarks>Validators ask about the candidates one after another; answering from here spares reading each candidate's
/// place, period, figure, subject and source again (see <see cref="ICandidateFacts"/>).</remarks>
internal sealed class IndexedCandidates : IReadOnlyList<Claim>, ICandidateFacts
{
    private readonly Found[] _found;
    private readonly EvidenceIndex.Entry[] _entries;

    // The position last asked about by claim: validators ask about the same candidate several times, then the next one.
    private int _last;

    /// <summary>Candidates found for <paramref name="query"/>, whose subject compares by <paramref name="subjectKey"/>.</summary>
    public IndexedCandidates(EvidenceIndex index, EvidenceQuery query, string subjectKey, Found[] found)
    {
        Index = index;
        Subject = query.Subject;
        SubjectKey = subjectKey;
        Place = query.Place;
        _found = found;
        _entries = index.Entries;
    }

    /// <summary>The subject they were found for.</summary>
    public Subject Subject { get; }

    /// <summary>The key <see cref="Subject"/> compares by under the index's options.</summary>
    public string SubjectKey { get; }

    /// <summary>The place they were found for.</summary>
    public Place? Place { get; }

    /// <summary>The index they came from.</summary>
    public EvidenceIndex Index { get; }

    public int Count => _found.Length;

    public Claim this[int index] => _entries[_found[index].Entry].Claim;

    /// <summary>The origins of the claim at <paramref name="index"/>, as resolved when the index was built.</summary>
    public IndexedOrigins OriginsAt(int index) => _entries[_found[index].Entry].Origins;

    /// <summary>The number of the one source that is the origin of the claim at <paramref name="index"/>, as resolved
    /// when the index was built; -1 when its origins are not a source alone (see <see cref="EvidenceIndex.Entry.Source"/>).</summary>
    public int SourceAt(int index) => _entries[_found[index].Entry].Source;

    /// <summary>Where <paramref name="evidence"/> (this very instance) is among the candidates; -1 when it is not one.</summary>
    /// <remarks>Looks at the position last asked about, then on from there, then from the beginning. Should several
    /// threads ask at once, a stale position only means a longer search.</remarks>
    public int IndexOf(Claim evidence)
    {
        var found = _found;
        var start = Math.Min(Volatile.Read(ref _last), found.Length);
        for (var i = start; i < found.Length; i++)
        {
            if (ReferenceEquals(_entries[found[i].Entry].Claim, evidence))
            {
                Volatile.Write(ref _last, i);
                return i;
            }
        }

        for (var i = 0; i < start; i++)
        {
            if (ReferenceEquals(_entries[found[i].Entry].Claim, evidence))
            {
                Volatile.Write(ref _last, i);
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    /// <remarks>The relations hold for the place and subject the candidates were found for, under the alias table and
    /// vocabulary of the index; the candidates' times hold under its vocabulary and reporting lag.</remarks>
    public bool HoldFor(Claim claim, VerificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(options);
        var own = Index.Options;
        if (ReferenceEquals(options, own))
        {
            return Equals(claim.Place, Place) && (ReferenceEquals(claim.Subject, Subject) || own.Subjects.Read(claim.Subject).Canonical == SubjectKey);
        }

        return ReferenceEquals(options.PlaceNames, own.PlaceNames) && Equals(claim.Place, Place)
            && ReferenceEquals(options.Subjects, own.Subjects) && options.ReportingLagDays == own.ReportingLagDays
            && (ReferenceEquals(claim.Subject, Subject) || own.Subjects.Read(claim.Subject).Canonical == SubjectKey);
    }

    /// <inheritdoc />
    public CandidateFacts FactsAt(int index)
    {
        var found = _found[index];
        ref readonly var entry = ref _entries[found.Entry];
        return new CandidateFacts(found.Relation, found.Subject, found.DiffersOnlyInCause, entry.Time, entry.IsPartial, entry.Figure);
    }

    public IEnumerator<Claim> GetEnumerator()
    {
        foreach (var f in _found)
        {
            yield return _entries[f.Entry].Claim;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A candidate: its position among the index's entries, how the query's place relates to its place, and how
    /// the query's subject relates to its subject (with whether the two differ only in a qualifier of cause), in eight
    /// bytes: a claim with many candidates keeps an array of them.</summary>
    internal readonly struct Found
    {
        /// <summary>An unrelated subject, packed.</summary>
        public const byte Unrelated = (byte)SubjectRelation.Unrelated;

        private const byte CauseOnly = 0x80;
        private readonly byte _place;
        private readonly byte _subject;

        /// <summary>A candidate at <paramref name="entry"/>, its subject's relation packed by <see cref="Pack"/>.</summary>
        public Found(int entry, PlaceRelation relation, byte subject)
        {
            Entry = entry;
            _place = (byte)relation;
            _subject = subject;
        }

        public int Entry { get; }

        public PlaceRelation Relation => (PlaceRelation)_place;

        public SubjectRelation Subject => (SubjectRelation)(_subject & ~CauseOnly);

        /// <summary>Whether the subjects differ only in qualifiers of cause (see SubjectVocabulary.DifferOnlyInCause).</summary>
        public bool DiffersOnlyInCause => (_subject & CauseOnly) != 0;

        /// <summary>Whether a candidate so related (its subject's relation packed) may be the same count or a part or
        /// whole of it (see <see cref="EvidenceQuery.IsNeitherSameNorPart"/>).</summary>
        public static bool Pairs(byte subject, PlaceRelation place) =>
            !EvidenceQuery.IsNeitherSameNorPart((SubjectRelation)(subject & ~CauseOnly), place, (subject & CauseOnly) != 0);

        /// <summary>A subject relation and whether the subjects differ only in cause, in one byte.</summary>
        public static byte Pack(SubjectRelation relation, bool causeOnly) => (byte)((byte)relation | (causeOnly ? CauseOnly : 0));
    }
}

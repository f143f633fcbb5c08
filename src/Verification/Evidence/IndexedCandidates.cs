using System.Collections;

namespace Verification.Evidence;

/// <summary>The claims an <see cref="EvidenceIndex"/> found for a query, each with what the index knows of it: its
/// origins as resolved when the index was built, how the query's place relates to its place, and its period's days.</summary>
/// <remarks>Validators ask about the candidates one after another; answering from here spares reading each candidate's
/// place, period, subject and source again (see <see cref="ICandidateFacts"/>).</remarks>
internal sealed class IndexedCandidates(EvidenceIndex index, Place? place, Period? period) : IReadOnlyList<Claim>, ICandidateFacts
{
    private readonly List<Found> _found = [];

    // The position last asked about: validators ask about the same candidate several times, then the next one.
    private int _last;

    /// <summary>The place they were found for.</summary>
    public Place? Place { get; } = place;

    /// <summary>The period they were found for.</summary>
    public Period? Period { get; } = period;

    /// <summary>The index they came from.</summary>
    public EvidenceIndex Index { get; } = index;

    public int Count => _found.Count;

    public Claim this[int index] => _found[index].Claim;

    /// <summary>The origins of the claim at <paramref name="index"/>, as resolved when the index was built.</summary>
    public IndexedOrigins OriginsAt(int index) => _found[index].Origins;

    /// <summary>Where <paramref name="claim"/> (this very instance) is; -1 when it is not one of the candidates.</summary>
    /// <remarks>Looks at the position last asked about, then on from there, then from the beginning. Should several
    /// threads ask at once, a stale position only means a longer search.</remarks>
    public int IndexOf(Claim claim)
    {
        var found = _found;
        var start = Math.Min(Volatile.Read(ref _last), found.Count);
        for (var i = start; i < found.Count; i++)
        {
            if (ReferenceEquals(found[i].Claim, claim))
            {
                Volatile.Write(ref _last, i);
                return i;
            }
        }

        for (var i = 0; i < start; i++)
        {
            if (ReferenceEquals(found[i].Claim, claim))
            {
                Volatile.Write(ref _last, i);
                return i;
            }
        }

        return -1;
    }

    public bool TryGetPlaceRelation(Place? place, Claim evidence, PlaceNameTable names, out PlaceRelation relation)
    {
        var i = ReferenceEquals(names, Index.Options.PlaceNames) && Equals(place, Place) ? IndexOf(evidence) : -1;
        relation = i >= 0 ? _found[i].Relation : default;
        return i >= 0;
    }

    public bool TryGetSameTime(Period? period, Claim evidence, int window, out bool? sameTime)
    {
        var i = Equals(period, Period) ? IndexOf(evidence) : -1;
        if (i < 0)
        {
            sameTime = null;
            return false;
        }

        // The index keeps an undated claim's period as the widest interval there is.
        var found = _found[i];
        sameTime = period is null || found.Start == int.MinValue
            ? null
            : Verification.Period.IsSameTime(period.Start.DayNumber, period.End.DayNumber, found.Start, found.End, window);
        return true;
    }

    public IEnumerator<Claim> GetEnumerator()
    {
        foreach (var f in _found)
        {
            yield return f.Claim;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(Claim claim, IndexedOrigins origins, PlaceRelation relation, int start, int end) =>
        _found.Add(new Found(claim, origins, relation, start, end));

    // Start and End: the period's first and last day numbers; int.MinValue and int.MaxValue when it has none.
    private readonly record struct Found(Claim Claim, IndexedOrigins Origins, PlaceRelation Relation, int Start, int End);
}

namespace Verification;

/// <summary>Candidates that carry what was worked out about each of them while they were found, so that a
/// <see cref="ValidationContext"/> need not work it out again from the claims.</summary>
/// <remarks>An evidence index reads each candidate's place keys and period while it searches; answering from them
/// spares reading the candidate's place and period again, which for evidence held in a large index means memory that has
/// long left the processor's caches. The facts hold only for the place and period the candidates were found for, under
/// the alias table they were found with: a context asks <see cref="WereFoundFor(Place?, PlaceNameTable)"/> and
/// <see cref="WereFoundFor(Period?)"/> once, then reads the facts by position. A candidate's figure is a fact of the
/// candidate alone, and holds for any claim.</remarks>
internal interface ICandidateFacts
{
    /// <summary>Whether the candidates were found for <paramref name="place"/> (this place, or an equal one) under
    /// <paramref name="names"/>, so that <see cref="RelationAt"/> answers for it.</summary>
    /// <param name="place">The place of the claim being checked (null when it has none).</param>
    /// <param name="names">The alias table the relation must be computed under.</param>
    bool WereFoundFor(Place? place, PlaceNameTable names);

    /// <summary>Whether the candidates were found for <paramref name="period"/>, so that <see cref="SameTimeAt"/>
    /// answers for it.</summary>
    /// <param name="period">The period of the claim being checked (null when it has none).</param>
    bool WereFoundFor(Period? period);

    /// <summary>Where <paramref name="evidence"/> (this very instance) is among the candidates; -1 when it is not one.</summary>
    /// <param name="evidence">An evidence claim.</param>
    int IndexOf(Claim evidence);

    /// <summary>How the place the candidates were found for relates to the place of the candidate at
    /// <paramref name="index"/>.</summary>
    /// <param name="index">The candidate's position.</param>
    PlaceRelation RelationAt(int index);

    /// <summary>Whether <paramref name="period"/> (the one the candidates were found for) and the period of the candidate
    /// at <paramref name="index"/> are about the same time (see <see cref="Period.IsSameTimeAs"/>); null when either is
    /// unknown.</summary>
    /// <param name="index">The candidate's position.</param>
    /// <param name="period">The period the candidates were found for.</param>
    /// <param name="window">The most days the two ends may lie apart.</param>
    bool? SameTimeAt(int index, Period? period, int window);

    /// <summary>The interval of the figure of the candidate at <paramref name="index"/>; null when it states none.
    /// Holds whatever the candidates were found for.</summary>
    /// <param name="index">The candidate's position.</param>
    FigureBounds? FigureAt(int index);
}

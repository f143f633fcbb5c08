namespace Verification;

/// <summary>Candidates that carry what was worked out about each of them while they were found, so that a
/// <see cref="ValidationContext"/> need not work it out again from the claims.</summary>
/// <remarks>An evidence index reads each candidate's place keys and period while it searches; answering from them
/// spares reading the candidate's place and period again, which for evidence held in a large index means memory that has
/// long left the processor's caches.</remarks>
internal interface ICandidateFacts
{
    /// <summary>How <paramref name="place"/> relates to <paramref name="evidence"/>'s place, when the candidates know
    /// it: they were found for that place, under <paramref name="names"/>.</summary>
    /// <param name="place">The place of the claim being checked (null when it has none).</param>
    /// <param name="evidence">One of the candidates (this very instance).</param>
    /// <param name="names">The alias table the relation must be computed under.</param>
    /// <param name="relation">The relation, when known.</param>
    bool TryGetPlaceRelation(Place? place, Claim evidence, PlaceNameTable names, out PlaceRelation relation);

    /// <summary>Whether <paramref name="period"/> and <paramref name="evidence"/>'s period are about the same time (see
    /// <see cref="Period.IsSameTimeAs"/>; null when either is unknown), when the candidates know the evidence's period.</summary>
    /// <param name="period">The period of the claim being checked (null when it has none).</param>
    /// <param name="evidence">One of the candidates (this very instance).</param>
    /// <param name="window">The most days the two ends may lie apart.</param>
    /// <param name="sameTime">The answer, when known.</param>
    bool TryGetSameTime(Period? period, Claim evidence, int window, out bool? sameTime);
}

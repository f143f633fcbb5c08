namespace Verification;

/// <summary>Candidates that carry what was worked out about each of them while they were found, so that a
/// <see cref="ValidationContext"/> need not work it out again from the claims.</summary>
/// <remarks>An evidence index reads each candidate's place keys and period while it searches; answering from them
/// spares reading the candidate's place and period again, which for evidence held in a large index means memory that has
/// long left the processor's caches. Place and subject relations hold only for the place and subject the candidates were
/// found for, under the tables they were found with: a context asks <see cref="WereFoundFor(Place?, PlaceNameTable)"/>
/// and <see cref="WereFoundFor(Subject, SubjectVocabulary)"/> once, then reads the facts by position. A candidate's
/// figure, coverage and time are facts of the candidate alone (its time under the options it was found with).</remarks>
internal interface ICandidateFacts
{
    /// <summary>Whether the candidates were found for <paramref name="place"/> (this place, or an equal one) under
    /// <paramref name="names"/>, so that <see cref="RelationAt"/> answers for it.</summary>
    /// <param name="place">The place of the claim being checked (null when it has none).</param>
    /// <param name="names">The alias table the relation must be computed under.</param>
    bool WereFoundFor(Place? place, PlaceNameTable names);

    /// <summary>Whether the candidates were found for <paramref name="subject"/> under <paramref name="vocabulary"/>, so
    /// that <see cref="SubjectRelationAt"/> answers for it.</summary>
    /// <param name="subject">The subject of the claim being checked.</param>
    /// <param name="vocabulary">The vocabulary the relation must be read under.</param>
    bool WereFoundFor(Subject subject, SubjectVocabulary vocabulary);

    /// <summary>Whether the candidates' facts were worked out under <paramref name="options"/> (their measures depend on
    /// the vocabulary and the reporting lag), so that <see cref="TimeAt"/> answers under them.</summary>
    /// <param name="options">The options of the run.</param>
    bool WereFoundUnder(VerificationOptions options);

    /// <summary>Where <paramref name="evidence"/> (this very instance) is among the candidates; -1 when it is not one.</summary>
    /// <param name="evidence">An evidence claim.</param>
    int IndexOf(Claim evidence);

    /// <summary>How the place the candidates were found for relates to the place of the candidate at
    /// <paramref name="index"/>.</summary>
    /// <param name="index">The candidate's position.</param>
    PlaceRelation RelationAt(int index);

    /// <summary>How the subject the candidates were found for relates to the subject of the candidate at
    /// <paramref name="index"/>.</summary>
    /// <param name="index">The candidate's position.</param>
    SubjectRelation SubjectRelationAt(int index);

    /// <summary>Whether the subject the candidates were found for and that of the candidate at <paramref name="index"/>
    /// count the same population and event and differ only in qualifiers of cause ("killed" and "killed in air
    /// strikes"); holds like <see cref="SubjectRelationAt"/>.</summary>
    /// <param name="index">The candidate's position.</param>
    bool DiffersOnlyInCauseAt(int index);

    /// <summary>The measure and days of the candidate at <paramref name="index"/> (see <see cref="MeasureRules"/>).</summary>
    /// <param name="index">The candidate's position.</param>
    ClaimTime TimeAt(int index);

    /// <summary>Whether the figure of the candidate at <paramref name="index"/> covers only part of its place.</summary>
    /// <param name="index">The candidate's position.</param>
    bool IsPartialAt(int index);

    /// <summary>The interval of the figure of the candidate at <paramref name="index"/>; null when it states none.
    /// Holds whatever the candidates were found for.</summary>
    /// <param name="index">The candidate's position.</param>
    FigureBounds? FigureAt(int index);
}

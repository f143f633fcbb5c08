using Verification.Claims;
using Verification.Figures;
using Verification.Measures;
using Verification.Places;
using Verification.Subjects;
namespace Verification.Validators;

/// <summary>What a validator reads of one candidate at once: how its place and subject relate to the claim's, its
/// figure's interval, whether it covers only part of its place, and its measure and days.</summary>
/// <remarks>
/// <para>Read with <see cref="ValidationContext.FactsAt"/>, one call per candidate: an evidence source that worked these
/// out while it searched (see <see cref="ICandidateFacts"/>) hands them over from where it keeps them, and otherwise the
/// context works them out from the two claims. Either way the values are the same.</para>
/// <para>The relations are read from the claim's side: <see cref="Place"/> is how the claim's place relates to the
/// candidate's (<see cref="PlaceRelation.Contains"/>: the claim's place contains the candidate's), as
/// <see cref="ValidationContext.PlaceRelationTo"/> gives it, and <see cref="Subject"/> how what the claim counts relates to
/// what the candidate counts, as <see cref="ValidationContext.SubjectRelationTo"/> gives it.</para>
/// </remarks>
/// <param name="place">How the claim's place relates to the candidate's (<see cref="PlaceRelation.Same"/> when neither
/// has one).</param>
/// <param name="subject">How what the claim counts relates to what the candidate counts.</param>
/// <param name="differsOnlyInCause">Whether one subject is narrower than the other only by qualifiers of cause
/// ("killed" and "killed in air strikes"); false unless <paramref name="subject"/> is <see cref="SubjectRelation.Contains"/>
/// or <see cref="SubjectRelation.Within"/>.</param>
/// <param name="time">The candidate's measure and days under the run's options (see <see cref="ClaimTime"/>).</param>
/// <param name="isPartial">Whether the candidate's figure covers only part of its place.</param>
/// <param name="figure">The interval of the candidate's figure; null when it states none.</param>
public readonly struct CandidateFacts(PlaceRelation place, SubjectRelation subject, bool differsOnlyInCause, ClaimTime time, bool isPartial, FigureBounds? figure)
{
    /// <summary>How the claim's place relates to the candidate's (<see cref="PlaceRelation.Same"/> when neither has
    /// one).</summary>
    public PlaceRelation Place { get; } = place;

    /// <summary>How what the claim counts relates to what the candidate counts.</summary>
    public SubjectRelation Subject { get; } = subject;

    /// <summary>Whether one subject is narrower than the other only by qualifiers of cause ("killed" and "killed in air
    /// strikes"): one count when both are of one incident. False unless <see cref="Subject"/> is
    /// <see cref="SubjectRelation.Contains"/> or <see cref="SubjectRelation.Within"/>.</summary>
    public bool DiffersOnlyInCause { get; } = differsOnlyInCause;

    /// <summary>The candidate's measure and days under the run's options; compare them with the claim's through
    /// <see cref="ValidationContext.CompareTime(in CandidateFacts)"/>.</summary>
    public ClaimTime Time { get; } = time;

    /// <summary>Whether the candidate's figure covers only part of its place (<see cref="Coverage.Partial"/>).</summary>
    public bool IsPartial { get; } = isPartial;

    /// <summary>The interval of the candidate's figure; null when it states none.</summary>
    public FigureBounds? Figure { get; } = figure;

    /// <summary>Works out the facts of <paramref name="candidate"/> for <paramref name="claim"/> from the two claims, as a
    /// context does when its candidates carry none.</summary>
    /// <param name="claim">The claim checked.</param>
    /// <param name="candidate">The candidate.</param>
    /// <param name="options">The options of the run: the alias table, the subject vocabulary and the reporting lag.</param>
    /// <returns>The candidate's facts.</returns>
    /// <remarks>An evidence source that implements <see cref="ICandidateFacts"/> must hand over exactly these values.</remarks>
    public static CandidateFacts Of(Claim claim, Claim candidate, VerificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(options);
        var subjects = options.Subjects;
        var (claimKey, candidateKey) = (subjects.Read(claim), subjects.Read(candidate));
        var subject = subjects.Relate(claimKey, candidateKey);
        return new CandidateFacts(
            PlaceRelationOf(claim.Place, candidate.Place, options.PlaceNames),
            subject,
            subject is SubjectRelation.Contains or SubjectRelation.Within && subjects.DifferOnlyInCause(claimKey, candidateKey),
            MeasureRules.TimeOf(candidate, options),
            candidate.Coverage == Coverage.Partial,
            candidate.Figure?.Bounds);
    }

    /// <summary>How one place relates to another: <see cref="PlaceRelation.Same"/> when neither has one,
    /// <see cref="PlaceRelation.Unrelated"/> when only one has.</summary>
    internal static PlaceRelation PlaceRelationOf(Place? claim, Place? candidate, PlaceNameTable names) => (claim, candidate) switch
    {
        (null, null) => PlaceRelation.Same,
        ({ } a, { } b) => a.RelationTo(b, names),
        _ => PlaceRelation.Unrelated,
    };
}

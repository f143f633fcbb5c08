using Verification.Claims;
using Verification.Measures;
using Verification.Places;
using Verification.Subjects;
namespace Verification.Validators;

/// <summary>How a claim and one of its candidates stand to each other: the same count (compared for agreement), one a
/// part of the other (checked part ≤ whole), or neither.</summary>
internal enum PairKind
{
    /// <summary>Neither: different things, or parts in opposite directions.</summary>
    None,

    /// <summary>The same count (the figure check compares them).</summary>
    Same,

    /// <summary>The evidence counts a part of what the claim counts.</summary>
    EvidencePart,

    /// <summary>The claim counts a part of what the evidence counts.</summary>
    ClaimPart,
}

/// <summary>What the built-in validators need to know of a claim and one candidate: how subjects, places and coverage
/// make them the same count or a part and a whole, and how their times compare.</summary>
/// <remarks>Kept in sixteen bytes (the relations as bytes): findings keep one for every figure compared, until a run
/// ends. What an unspecified subject leaves unnamed (the population, or a disease) is for the finding to tell, when it
/// is written.</remarks>
internal readonly struct Pairing
{
    private readonly byte _kind;
    private readonly byte _subject;
    private readonly byte _place;
    private readonly byte _measure;
    private readonly byte _relation;
    private readonly bool _lessPrecisePlace;
    private readonly bool _partialCoverage;
    private readonly bool _byPlaceOnly;
    private readonly int _window;
    private readonly int _asOfDifference;

    /// <summary>A pairing.</summary>
    /// <param name="kind">The same count, a part and a whole, or neither.</param>
    /// <param name="subject">How the claim's subject relates to the evidence's.</param>
    /// <param name="place">How the claim's place relates to the evidence's.</param>
    /// <param name="time">How their times compare under the rule of their measures.</param>
    /// <param name="lessPrecisePlace">An incident placed at a containing place, or in an area that may hold the other's
    /// place (<see cref="PlaceRelation.MayOverlap"/>), on the same day: the same incident, placed less precisely by one
    /// of them.</param>
    /// <param name="partialCoverage">Whether one of them (exactly one) covers only part of its place.</param>
    /// <param name="byPlaceOnly">A part and its whole by place alone.</param>
    public Pairing(PairKind kind, SubjectRelation subject, PlaceRelation place, TimeComparison time, bool lessPrecisePlace, bool partialCoverage, bool byPlaceOnly = false)
    {
        _byPlaceOnly = byPlaceOnly;
        _kind = (byte)kind;
        _subject = (byte)subject;
        _place = (byte)place;
        _measure = (byte)time.Measure;
        _relation = (byte)time.Relation;
        _window = time.Window;
        _asOfDifference = time.AsOfDifference;
        _lessPrecisePlace = lessPrecisePlace;
        _partialCoverage = partialCoverage;
    }

    /// <summary>The same count, a part and a whole, or neither.</summary>
    public PairKind Kind => (PairKind)_kind;

    /// <summary>How the claim's subject relates to the evidence's.</summary>
    public SubjectRelation Subject => (SubjectRelation)_subject;

    /// <summary>How the claim's place relates to the evidence's.</summary>
    public PlaceRelation Place => (PlaceRelation)_place;

    /// <summary>How their times compare under the rule of their measures.</summary>
    public TimeComparison Time => new((Measure)_measure, (TimeRelation)_relation, _window, _asOfDifference);

    /// <summary>An incident placed at a containing place, or in an area that may hold the other's place, on the same
    /// day: the same incident, placed less precisely by one of them.</summary>
    public bool LessPrecisePlace => _lessPrecisePlace;

    /// <summary>Whether one of them (exactly one) covers only part of its place.</summary>
    public bool PartialCoverage => _partialCoverage;

    /// <summary>A part and its whole by place alone: the same subject and coverage, at a place and a place containing it.</summary>
    public bool ByPlaceOnly => _byPlaceOnly;

    /// <summary>Works out the pairing of the claim and a candidate, from the candidate's facts.</summary>
    /// <remarks>Each of subject, coverage and place may make one side a part: a narrower subject, a figure covering part of
    /// its place, a place inside the other's. They must agree on which side, or the pair is neither. An incident at a
    /// containing place on the same day is the same incident (see DESIGN: places), unless subject or coverage already
    /// make it a part. So is an incident in an area described of a place ("northern French coast, France") and one at a
    /// place inside that place ("Calais, France"), which the area may hold; otherwise such places
    /// (<see cref="PlaceRelation.MayOverlap"/>) are neither the same nor a part and a whole.</remarks>
    /// <param name="context">The claim's context.</param>
    /// <param name="facts">The candidate's facts, as <see cref="ValidationContext.FactsAt"/> gave them.</param>
    public static Pairing Of(ValidationContext context, in CandidateFacts facts)
    {
        var subject = facts.Subject;
        if (subject == SubjectRelation.Unrelated)
        {
            return default;
        }

        var place = facts.Place;
        if (place == PlaceRelation.Unrelated)
        {
            return default;
        }

        var time = context.CompareTime(facts);

        // "Killed" and "killed in an air strike" are one count when both are of one incident.
        if (subject is SubjectRelation.Contains or SubjectRelation.Within && time.Measure == Measure.Incident && facts.DiffersOnlyInCause)
        {
            subject = SubjectRelation.Same;
        }

        var claimPartial = context.Claim.Coverage == Coverage.Partial;
        var partial = claimPartial != facts.IsPartial;

        // +1: the evidence is the part; -1: the claim is.
        var direction = subject switch { SubjectRelation.Contains => 1, SubjectRelation.Within => -1, _ => 0 };
        var byCoverage = !partial ? 0 : claimPartial ? -1 : 1;
        if (byCoverage != 0 && direction != 0 && byCoverage != direction)
        {
            return default;
        }

        direction = direction != 0 ? direction : byCoverage;
        if (place == PlaceRelation.MayOverlap)
        {
            return direction == 0 && time is { Measure: Measure.Incident, Relation: TimeRelation.Same }
                ? new Pairing(PairKind.Same, subject, place, time, true, partial)
                : default;
        }

        var byPlace = place switch { PlaceRelation.Contains => 1, PlaceRelation.Within => -1, _ => 0 };
        var lessPrecise = byPlace != 0 && direction == 0 && time is { Measure: Measure.Incident, Relation: TimeRelation.Same };
        if (!lessPrecise && byPlace != 0)
        {
            if (direction != 0 && direction != byPlace)
            {
                return default;
            }

            direction = byPlace;
        }

        var byPlaceOnly = !lessPrecise && byPlace != 0 && subject is SubjectRelation.Same or SubjectRelation.Unspecified && !partial;
        var kind = direction switch { 0 => PairKind.Same, > 0 => PairKind.EvidencePart, _ => PairKind.ClaimPart };
        return new Pairing(kind, subject, place, time, lessPrecise, partial, byPlaceOnly);
    }
}

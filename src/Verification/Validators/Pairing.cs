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
/// <param name="Kind">The same count, a part and a whole, or neither.</param>
/// <param name="Subject">How the claim's subject relates to the evidence's.</param>
/// <param name="Place">How the claim's place relates to the evidence's.</param>
/// <param name="Time">How their times compare under the rule of their measures.</param>
/// <param name="LessPrecisePlace">An incident placed at a containing place on the same day: the same incident, placed
/// less precisely by one of them.</param>
/// <param name="PartialCoverage">Whether one of them (exactly one) covers only part of its place.</param>
/// <param name="PopulationUnspecified">Whether one of them leaves the population general where the other names it.</param>
/// <param name="CauseUnspecified">Whether one of them leaves unnamed the cause its event always has ("cases" against
/// "cholera cases").</param>
internal readonly record struct Pairing(PairKind Kind, SubjectRelation Subject, PlaceRelation Place, TimeComparison Time, bool LessPrecisePlace, bool PartialCoverage, bool PopulationUnspecified = false, bool CauseUnspecified = false)
{
    /// <summary>Works out the pairing of the claim and the candidate at <paramref name="index"/>.</summary>
    /// <remarks>Each of subject, coverage and place may make one side a part: a narrower subject, a figure covering part of
    /// its place, a place inside the other's. They must agree on which side, or the pair is neither. An incident at a
    /// containing place on the same day is the same incident (see DESIGN: places), unless subject or coverage already
    /// make it a part.</remarks>
    public static Pairing Of(ValidationContext context, int index)
    {
        var subject = context.SubjectRelationAt(index);
        if (subject == SubjectRelation.Unrelated)
        {
            return default;
        }

        var place = context.PlaceRelationAt(index);
        if (place == PlaceRelation.Unrelated)
        {
            return default;
        }

        var time = context.CompareTimeAt(index);

        // "Killed" and "killed in an air strike" are one count when both are of one incident.
        var vocabulary = context.Options.Subjects;
        if (subject is SubjectRelation.Contains or SubjectRelation.Within && time.Measure == Measure.Incident
            && vocabulary.DifferOnlyInCause(vocabulary.Read(context.Claim.Subject), vocabulary.Read(context.Candidates[index].Subject)))
        {
            subject = SubjectRelation.Same;
        }

        // What an unspecified relation leaves unnamed, for the finding to say.
        bool populationUnspecified = false, causeUnspecified = false;
        if (subject == SubjectRelation.Unspecified)
        {
            var (claimKey, evidenceKey) = (vocabulary.Read(context.Claim.Subject), vocabulary.Read(context.Candidates[index].Subject));
            causeUnspecified = vocabulary.CauseLeftUnstated(claimKey, evidenceKey);
            populationUnspecified = claimKey.Population != evidenceKey.Population;
        }

        var claimPartial = context.Claim.Coverage == Coverage.Partial;
        var partial = claimPartial != context.IsPartialAt(index);

        // +1: the evidence is the part; -1: the claim is.
        var direction = subject switch { SubjectRelation.Contains => 1, SubjectRelation.Within => -1, _ => 0 };
        var byCoverage = !partial ? 0 : claimPartial ? -1 : 1;
        if (byCoverage != 0 && direction != 0 && byCoverage != direction)
        {
            return default;
        }

        direction = direction != 0 ? direction : byCoverage;
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

        var kind = direction switch { 0 => PairKind.Same, > 0 => PairKind.EvidencePart, _ => PairKind.ClaimPart };
        return new Pairing(kind, subject, place, time, lessPrecise, partial, populationUnspecified, causeUnspecified);
    }
}

using Verification.Claims;
using Verification.Measures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
using Verification.Validators;
namespace Verification.Evidence;

/// <summary>What evidence is wanted for: a claim's subject, place and period, compared under the run's options.</summary>
/// <param name="Subject">The subject; evidence must count a related thing: the same, or a part or whole of it (through
/// <see cref="VerificationOptions.Subjects"/>; see <see cref="SubjectVocabulary.Relate(SubjectKey, SubjectKey)"/>).</param>
/// <param name="Place">The place; evidence must be at the same place, a containing or a contained one (through
/// <see cref="VerificationOptions.PlaceNames"/>). Null matches only evidence with no place.</param>
/// <param name="Period">The period; evidence must have none, or one that reaches within the search margin of it
/// (<see cref="MarginDays"/>). Null matches evidence of any time.</param>
/// <param name="Options">The options of the run, which decide how subjects and places compare.</param>
public sealed record EvidenceQuery(Subject Subject, Place? Place, Period? Period, VerificationOptions Options)
{
    /// <summary>The query for a claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="options">The options of the run.</param>
    public static EvidenceQuery For(Claim claim, VerificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(options);
        return new(claim.Subject, claim.Place, claim.Period, options) { Quote = claim.Quote };
    }

    /// <summary>The quote of the claim the query was made for, which a subject naming only a kind of figure is read from
    /// (see <see cref="SubjectVocabulary.Read(Claim)"/>).</summary>
    internal string? Quote { get; init; }

    /// <summary>What the query's subject counts under its options.</summary>
    public SubjectKey SubjectKey => Options.Subjects.Read(Subject, Quote);

    /// <summary>How many days before the period's start and after its end evidence is still a candidate: the larger of
    /// the same-time window and the reporting lag. Snapshots a day apart, or incidents dated a day later, need not
    /// overlap to compare (see <see cref="Measure"/>).</summary>
    public int MarginDays => Math.Max(0, Math.Max(Options.SameTimeWindowDays, Options.ReportingLagDays));

    /// <summary>Whether <paramref name="candidate"/> is evidence this query asks for: a related subject, a related place
    /// (or no place on either side) and days that reach within the margin of the query's (or no period on either side);
    /// not, though, a narrower count at a wider place or a wider count at a narrower one, which is neither the same count
    /// nor a part or whole of it.</summary>
    /// <param name="candidate">An evidence claim.</param>
    /// <remarks>The engine checks every candidate an <see cref="IEvidenceSource"/> returns with this, so a source may
    /// return more than it is asked for; a source may also use it to filter what it reads. Both sides' days are read as
    /// their measures read them: a running total "since 17 October" reaches back to that day (see
    /// <see cref="SearchDays"/> and <see cref="MeasureRules.TimeOf(Claim, VerificationOptions)"/>).</remarks>
    public bool Matches(Claim candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var (key, candidateKey) = (SubjectKey, Options.Subjects.Read(candidate));
        var subject = Options.Subjects.Relate(key, candidateKey);
        if (subject == SubjectRelation.Unrelated)
        {
            return false;
        }

        var place = CandidateFacts.PlaceRelationOf(Place, candidate.Place, Options.PlaceNames);
        if (place == PlaceRelation.Unrelated
            || IsNeitherSameNorPart(subject, place, subject is SubjectRelation.Contains or SubjectRelation.Within && Options.Subjects.DifferOnlyInCause(key, candidateKey)))
        {
            return false;
        }

        return candidate.Period is null
            || Reaches(key, MeasureRules.TimeOf(candidateKey, candidate.Period, candidate.Measure, candidate.Figure?.Text, Options));
    }

    /// <summary>Whether <paramref name="candidate"/>, whose facts for the query's claim are <paramref name="facts"/>, is
    /// evidence this query asks for: the rules of <see cref="Matches(Claim)"/>, with the place and subject relations and
    /// the candidate's days read from the facts rather than worked out again.</summary>
    /// <param name="candidate">An evidence claim.</param>
    /// <param name="facts">Its facts for the claim the query was made for (see <see cref="ICandidateFacts"/>).</param>
    /// <remarks>The engine checks the candidates of a list that carries its facts with this: as cheap as reading the
    /// facts, and a source that returns more than it was asked for is still caught. The candidate itself is not read
    /// (whether it has a period is <see cref="ClaimTime.Dated"/>): in a large store each candidate read is a cache miss.</remarks>
    public bool Matches(Claim candidate, in CandidateFacts facts)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return facts.Subject != SubjectRelation.Unrelated
            && facts.Place != PlaceRelation.Unrelated
            && !IsNeitherSameNorPart(facts.Subject, facts.Place, facts.DiffersOnlyInCause)
            && (!facts.Time.Dated || Reaches(SubjectKey, facts.Time));
    }

    // Whether the candidate's days reach the days the query searches: its period, or from the start its subject's words
    // give ("since 17 October"), as its measure reads it.
    private bool Reaches(SubjectKey key, ClaimTime candidate)
    {
        var (start, end) = SearchDays(key);
        return candidate.Start <= end && candidate.End >= start;
    }

    /// <summary>Whether a candidate whose subject and place relate so to the query's counts neither the same thing nor a
    /// part or whole of it: a narrower count at a wider place or a wider count at a narrower place ("children killed" in
    /// Iraq against "people killed" in Mosul), or a narrower or wider count in an area that may overlap the place.
    /// Subjects that differ only in cause are one count for an incident, so they are kept.</summary>
    /// <param name="subject">How the query's subject relates to the candidate's.</param>
    /// <param name="place">How the query's place relates to the candidate's.</param>
    /// <param name="differsOnlyInCause">Whether the subjects differ only in qualifiers of cause.</param>
    public static bool IsNeitherSameNorPart(SubjectRelation subject, PlaceRelation place, bool differsOnlyInCause) =>
        !differsOnlyInCause && (subject, place) is
            (SubjectRelation.Contains, PlaceRelation.Within or PlaceRelation.MayOverlap)
            or (SubjectRelation.Within, PlaceRelation.Contains or PlaceRelation.MayOverlap);

    /// <summary>The days a candidate's period must reach (day numbers, both included): the period widened by
    /// <see cref="MarginDays"/>, from the start its subject's words give when that is earlier ("since 17 October");
    /// every day when the query has no period.</summary>
    /// <param name="subject">The query's subject as <see cref="Options"/> read it.</param>
    public (int Start, int End) SearchDays(SubjectKey subject)
    {
        if (Period is null)
        {
            return (int.MinValue, int.MaxValue);
        }

        var start = subject.Cues.Since is null ? Period.Start.DayNumber : Math.Min(Period.Start.DayNumber, MeasureRules.TimeOf(subject, Period, null, null, Options).Start);
        return ((int)Math.Max(int.MinValue + 1L, (long)start - MarginDays), (int)Math.Min(int.MaxValue - 1L, (long)Period.End.DayNumber + MarginDays));
    }
}

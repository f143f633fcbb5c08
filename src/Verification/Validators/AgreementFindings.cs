using System.Globalization;
using Verification.Claims;
using Verification.Engine;
using Verification.Measures;
using Verification.Places;
using Verification.Sources;
using Verification.Subjects;
using Verification.Verdicts;
using static Verification.Validators.EvidenceDescriptions;

namespace Verification.Validators;

/// <summary>The findings of <see cref="FigureAgreementValidator"/> for one claim, kept as what the comparison found and
/// made into <see cref="Finding"/> objects when first read: one per independent figure compared, then a note on echoes,
/// a note on figures of another time, and a note when nothing could be compared.</summary>
/// <remarks>See <see cref="FindingsMadeWhenRead"/>.</remarks>
internal sealed class AgreementFindings : FindingsMadeWhenRead
{
    private readonly Claim _claim;
    private readonly Comparison[] _comparisons;
    private readonly Claim[]? _echoes;
    private readonly Apart[]? _notComparable;
    private readonly IReadOnlySet<string>? _claimOrigins;
    private readonly Measure _measure;
    private readonly SubjectReading _reading;
    private readonly SubjectVocabulary _subjects;

    /// <summary>What comparing <paramref name="claim"/>'s figure found.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="comparisons">The independent figures compared, in candidate order.</param>
    /// <param name="echoes">Evidence sharing the claim's origin (null when none); not changed afterwards.</param>
    /// <param name="notComparable">Evidence of another time, with the rule that decided (null when none); not changed afterwards.</param>
    /// <param name="claimOrigins">The claim's own origins; null when there are no echoes (only their note names them).</param>
    /// <param name="measure">The claim's measure.</param>
    /// <param name="reading">How what the claim counts was read: by the vocabulary, by its words, or from its quote.</param>
    /// <param name="subjects">The vocabulary the subjects were read under, for what a finding says of them.</param>
    public AgreementFindings(Claim claim, Comparison[] comparisons, Claim[]? echoes, Apart[]? notComparable, IReadOnlySet<string>? claimOrigins, Measure measure, SubjectReading reading, SubjectVocabulary subjects)
    {
        _claim = claim;
        _comparisons = comparisons;
        _echoes = echoes;
        _notComparable = notComparable;
        _claimOrigins = claimOrigins;
        _measure = measure;
        _reading = reading;
        _subjects = subjects;
        foreach (var c in comparisons)
        {
            AnySupports |= c.Agrees;
            AnyContradicts |= !c.Agrees;
        }

        Count = comparisons.Length + (echoes is null ? 0 : 1) + (notComparable is null ? 0 : 1) + (comparisons.Length == 0 ? 1 : 0);
    }

    public override int Count { get; }

    public override bool AnyContradicts { get; }

    public override bool AnySupports { get; }

    // No finding of this validator discounts an origin.
    public override bool AnyDiscounts => false;

    protected override Finding Make(int index)
    {
        const string Name = FigureAgreementValidator.ValidatorName;
        if (index < _comparisons.Length)
        {
            var c = _comparisons[index];
            return new Finding(Name, c.Agrees ? FindingOutcome.Supports : FindingOutcome.Contradicts, new ComparisonMessage(_claim, c, _reading, _subjects))
            {
                Code = c.Agrees ? FindingCodes.FigureAgrees : FindingCodes.FigureConflicts,
                State = new FigureComparisonState(c.Evidence.Id, c.Agrees, _measure, c.Pair.Time.Rule, c.Pair.Subject, c.Pair.Place),
                Evidence = [c.Evidence.Id],
                Origins = OriginSet.ListOf(c.Origins),
            };
        }

        // The notes, in this order, each when it applies.
        var note = index - _comparisons.Length;
        if (_echoes is not null && note-- == 0)
        {
            var ids = new ClaimIds(_echoes);
            return new Finding(Name, FindingOutcome.Note, new EchoMessage(_claim, _echoes, _claimOrigins!)) { Code = FindingCodes.Echoes, Evidence = ids, Echoes = ids };
        }

        if (_notComparable is not null && note == 0)
        {
            var ids = new ClaimIds(Array.ConvertAll(_notComparable, a => a.Evidence));
            return new Finding(Name, FindingOutcome.Note, new NotComparableMessage(_claim, _notComparable)) { Code = FindingCodes.NotComparableInTime, Evidence = ids, NotComparable = ids };
        }

        return new Finding(Name, FindingOutcome.Note, new NothingComparedMessage(_claim, _echoes is null && _notComparable is null, _measure, _reading))
        {
            Code = FindingCodes.NoIndependentFigure,
        };
    }

    // Said when the subject vocabulary could not read what the claim counts, or read it from the quote.
    private static string ReadingNote(Claim claim, SubjectReading reading) => reading switch
    {
        SubjectReading.Words => $"; what is counted was compared by its words: the subject vocabulary does not read '{claim.Subject}'",
        SubjectReading.Quote => $"; what is counted was read from the quote, since '{claim.Subject}' names only a kind of figure",
        _ => string.Empty,
    };

    // Origins are compared in one form ("unhcr", "yemen health ministry"); the reader should see them as the claims spell them ("UNHCR"), and an
    // unnamed source's origin in one claim by the source's name.
    private static string OriginNames(Claim claim, Claim[] echoes, IReadOnlySet<string> origins)
    {
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in echoes.Prepend(claim))
        {
            foreach (var name in c.DirectOrigins.Append(c.Source))
            {
                // Its origin in the claim's place ("yemen health ministry" for "Health Ministry"), and the name alone, as
                // an unnamed source's origin gives it.
                written.TryAdd(OriginGraph.NormalizeSource(name, c.Place), name.Trim());
                written.TryAdd(OriginGraph.NormalizeSource(name), name.Trim());
            }
        }

        return string.Join(" and ", origins.Order(StringComparer.Ordinal).Select(OriginGraph.SourceNameOf).Distinct().Select(o => written.GetValueOrDefault(o, o)));
    }

    /// <summary>One comparison: the evidence, its independent origins, whether the figures agree, and how the two were
    /// paired (subjects, places, the time rule that decided).</summary>
    /// <remarks>The origins as the context gave them, listed when the finding is made: an index's candidate may have
    /// been told independent without its origins being read.</remarks>
    internal readonly record struct Comparison(Claim Evidence, IReadOnlySet<string> Origins, bool Agrees, Pairing Pair);

    /// <summary>Evidence about the same count whose time does not compare, with the rule that said so; or, when
    /// <paramref name="Grew"/>, a running total of the same time that differs because the later of the two is larger.</summary>
    internal readonly record struct Apart(Claim Evidence, TimeComparison Time, bool Grew = false)
    {
        /// <summary>Why the two are not comparable, for the finding.</summary>
        public string Reason => Grew
            ? string.Create(CultureInfo.InvariantCulture, $"running totals as of days within {Time.Window} days, the later one larger: a total that grew, which neither confirms nor contradicts the earlier")
            : Time.Rule;
    }

    // "UNHCR's 'about 270,000' (243,000–297,000) agrees with … (snapshots: the as-of days lie within 7 days)" or
    // "… conflicts with …". The figure comparison is made again when the message is written: keeping it would make
    // every comparison larger.
    private sealed class ComparisonMessage(Claim claim, Comparison c, SubjectReading reading, SubjectVocabulary subjects) : FindingMessage
    {
        public override string Compose()
        {
            var evidence = c.Evidence;
            var notes = Notes(claim, evidence, c.Pair, reading, subjects);
            if (c.Pair.Time.Relation is TimeRelation.Earlier or TimeRelation.Later)
            {
                var (earlier, later) = c.Pair.Time.Relation == TimeRelation.Earlier ? (evidence, claim) : (claim, evidence);
                var stated = earlier.Figure!.Bounds.IsAbove(later.Figure!.Bounds) ? string.Empty : " as stated";
                return string.Create(CultureInfo.InvariantCulture, $"{FigureOf(earlier)}{WhereWhen(earlier)} is larger{stated} than {FigureOf(later)}{WhereWhen(later)}, a later total from the same start: a running total does not shrink{notes} ({c.Pair.Time.Rule}).");
            }

            var comparison = claim.Figure!.Compare(evidence.Figure!);
            if (comparison.Agrees)
            {
                var leeway = comparison.AgreesOnlyThroughLeeway ? ", but only within the hedge or rounding of the stated numbers" : string.Empty;
                return string.Create(CultureInfo.InvariantCulture, $"{FigureOf(claim)} agrees with {FigureOf(evidence)}{WhereWhen(evidence)}{leeway}{notes} ({c.Pair.Time.Rule}).");
            }

            var direction = evidence.Figure!.Low >= claim.Figure!.High ? "higher" : "lower";
            var gap = comparison.RelativeGap;
            var percent = double.IsInfinity(gap) ? string.Empty : $", {Math.Round(gap * 100).ToString(CultureInfo.InvariantCulture)}% apart at the nearest ends";
            return string.Create(CultureInfo.InvariantCulture, $"{FigureOf(claim)} conflicts with {FigureOf(evidence)}{WhereWhen(evidence)}: the independent figure is {direction}{percent}{notes} ({c.Pair.Time.Rule}).");
        }

        // What the reader should know about how the two were matched.
        private static string Notes(Claim claim, Claim evidence, Pairing pair, SubjectReading reading, SubjectVocabulary subjects)
        {
            var notes = ReadingNote(claim, reading);
            if (pair.LessPrecisePlace)
            {
                notes += pair.Place == PlaceRelation.MayOverlap
                    ? "; the same incident, placed by one of them only in an area described in words, which may hold the other's place"
                    : "; the same incident, placed less precisely by one of them";
            }
            else if (pair.ByPlaceOnly)
            {
                var (inner, outer) = pair.Place == PlaceRelation.Within ? (claim, evidence) : (evidence, claim);
                notes += $"; taken as one figure placed less precisely by one of them, since the numbers stated for {inner.Place!.Name} and for {outer.Place!.Name}, which contains it, agree without rounding or a hedge";
            }

            // Worked out here rather than when pairing: most findings are never written.
            if (pair.Subject == SubjectRelation.Unspecified)
            {
                var (claimKey, evidenceKey) = (subjects.Read(claim), subjects.Read(evidence));
                if (claimKey.Population != evidenceKey.Population)
                {
                    notes += "; one of them leaves the population unspecified";
                }

                if (subjects.CauseLeftUnstated(claimKey, evidenceKey))
                {
                    notes += "; one of them leaves the disease or cause unspecified";
                }
            }

            return notes;
        }
    }

    private sealed class EchoMessage(Claim claim, Claim[] echoes, IReadOnlySet<string> claimOrigins) : FindingMessage
    {
        public override string Compose() =>
            $"{Ids(echoes)} {(echoes.Length == 1 ? "repeats" : "repeat")} the figure of {OriginNames(claim, echoes, claimOrigins)}, the claim's own origin; an echo is not independent corroboration.";
    }

    // "e3 is about people displaced in the same place but not comparable in time (snapshots: …)"; grouped by rule.
    private sealed class NotComparableMessage(Claim claim, Apart[] notComparable) : FindingMessage
    {
        public override string Compose()
        {
            var groups = notComparable.GroupBy(a => a.Reason, StringComparer.Ordinal)
                .Select(g => $"{Ids(g.Select(a => a.Evidence))} ({g.Key})");
            var many = notComparable.Length != 1;
            return $"{string.Join("; ", groups)} {(many ? "count" : "counts")} {claim.Subject} but not at a time that compares, so {(many ? "they are" : "it is")} not comparable.";
        }
    }

    private sealed class NothingComparedMessage(Claim claim, bool nothingFound, Measure measure, SubjectReading reading) : FindingMessage
    {
        public override string Compose() =>
            $"{(nothingFound ? "No other source's figure" : "No independent figure from the same time")} for {claim.Subject}{WhereWhen(claim)} was found (the claim's figure reads as {Kind(measure)}{ReadingNote(claim, reading)}).";

        private static string Kind(Measure measure) => measure switch
        {
            Measure.Incident => "an incident figure",
            Measure.Stock => "a snapshot",
            Measure.Total => "a running total",
            _ => "a projection",
        };
    }
}

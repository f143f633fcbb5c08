using Verification.Claims;
using Verification.Figures;
using Verification.Measures;
using Verification.Subjects;
using Verification.Verdicts;
namespace Verification.Validators;

/// <summary>Compares the claim's figure with figures from independent origins for the same count, place and time.</summary>
/// <remarks>
/// <para>For each candidate that counts the same thing (<see cref="Pairing"/>: the same subject, or one with its
/// population unspecified; the same place, or for an incident the same day a containing place; the same coverage), and
/// for a snapshot or total a figure at a containing place whose stated numbers agree with the claim's (one figure placed
/// less precisely, not a part and its whole):
/// evidence whose time does not compare under the rule of the two measures is listed as not comparable (never a
/// contradiction), and so is a running total that grew (a later, larger total from the same start, whoever gave it);
/// evidence sharing the claim's origin is an echo (listed, never corroboration); running totals from the same start as
/// of days further apart than the window are ordered, and the earlier one larger than the later contradicts (so do
/// totals of the same time that do not agree, unless the later one is the larger); an independent figure that overlaps
/// supports the claim, one that does not contradicts it. When either period is
/// unknown, the figures are compared and the finding says time was not checked.</para>
/// <para>Parts and wholes (a narrower subject, a contained place, partial coverage) are left to
/// <see cref="PartWholeValidator"/>.</para>
/// </remarks>
internal sealed class FigureAgreementValidator : IInlineValidator
{
    public const string ValidatorName = "FigureAgreement";

    [ThreadStatic]
    private static Gathered? t_gathered;

    public string Name => ValidatorName;

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        var claim = context.Claim;
        if (claim.Figure?.Bounds is not { } claimed)
        {
            return ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(Name, FindingOutcome.Note, "The claim states no figure, so there is nothing to compare.") { Code = FindingCodes.NoFigure }]);
        }

        // Cleared first too: a check that threw on this thread may have left something behind.
        var gathered = t_gathered ??= new Gathered();
        gathered.Clear();
        var (compared, echoes, notComparable) = (gathered.Compared, gathered.Echoes, gathered.NotComparable);
        var candidates = context.Candidates;
        for (var i = 0; i < candidates.Count; i++)
        {
            // All of the candidate's facts in one read: the candidates may know them without the evidence being read.
            var facts = context.FactsAt(i);
            if (facts.Figure is not { } figure)
            {
                continue;
            }

            // A narrower or wider subject makes a part, unless it differs only in cause: left to the part check unpaired.
            if (facts.Subject is SubjectRelation.Contains or SubjectRelation.Within && !facts.DiffersOnlyInCause)
            {
                continue;
            }

            var pair = Pairing.Of(context, facts);
            if (pair.Kind != PairKind.Same && !OnePlacedLessPrecisely(pair, claim, candidates[i]))
            {
                // A part or whole of the claim's count from its own origin, agreeing with it, repeats the origin's figure.
                if (pair.Kind != PairKind.None && pair.Time.Compares && claimed.Agrees(figure) && context.IsEchoAt(i, out _))
                {
                    echoes.Add(candidates[i]);
                }

                continue;
            }

            var evidence = candidates[i];
            if (pair.Time.Relation is TimeRelation.Different or TimeRelation.ProjectionAndCount)
            {
                notComparable.Add(new AgreementFindings.Apart(evidence, pair.Time));
                continue;
            }

            // A later, larger running total (as of a day beyond the window, or within it and not agreeing) updates a
            // growing count: whoever gave it, it is neither an echo of the claim nor a confirmation or contradiction.
            // Beyond the window a later total that states a larger number is one too, even where a bound lets the two
            // agree ("more than 1,300" and, two weeks on, 1,706). The same figure again, days later, may still be an echo.
            var ordered = pair.Time.Relation is TimeRelation.Earlier or TimeRelation.Later;
            var shrinks = ordered && (pair.Time.Relation == TimeRelation.Earlier ? figure.IsAbove(claimed) : claimed.IsAbove(figure));
            var agrees = claimed.Agrees(figure);
            if (ordered && !shrinks && StatedShrinks(pair.Time, claim.Figure!, evidence))
            {
                shrinks = true;
                agrees = false;
            }
            if (ordered ? !shrinks && (!agrees || LaterStatesMore(pair.Time, claim.Figure!, evidence)) : Grew(pair.Time, agrees, claim.Figure!, evidence))
            {
                notComparable.Add(new AgreementFindings.Apart(evidence, pair.Time, Grew: !ordered));
                continue;
            }

            // The evidence's origins, asked for once: they tell an echo (as context.IsEcho does), then go on the finding.
            if (context.IsEchoAt(i, out var origins))
            {
                echoes.Add(evidence);
                continue;
            }

            // Independent totals as of days beyond the window neither confirm each other nor, unless the earlier is the
            // larger, conflict.
            if (ordered && !shrinks)
            {
                notComparable.Add(new AgreementFindings.Apart(evidence, pair.Time));
                continue;
            }

            // Of ordered totals, only an earlier total above a later one is left: a running total does not shrink.
            compared.Add(new AgreementFindings.Comparison(evidence, origins, agrees, pair));
        }

        // Findings are made from what was found when they are read (see AgreementFindings). The claim's origins only go
        // on the note on echoes: a claim none of whose candidates was asked about echoes never has them resolved.
        var result = new AgreementFindings(claim, [.. compared], Exact(echoes), notComparable.Count == 0 ? null : [.. notComparable], echoes.Count == 0 ? null : context.ClaimOrigins, context.ClaimMeasure, ReadingOf(claim, context.Options.Subjects), context.Options.Subjects);
        gathered.Clear();
        return ValueTask.FromResult<IReadOnlyList<Finding>>(result);
    }

    private static SubjectReading ReadingOf(Claim claim, SubjectVocabulary subjects) =>
        subjects.Read(claim).IsRead ? (subjects.IsReadFromQuote(claim) ? SubjectReading.Quote : SubjectReading.Vocabulary) : SubjectReading.Words;

    // A snapshot or total at a place and one of the same subject and time at a place containing it, whose stated numbers
    // agree without a hedge or rounding: read as one figure, placed less precisely by one of them, rather than a part and
    // its whole (see docs/concepts.md). Numbers that meet only through leeway stay a part and a whole.
    private static bool OnePlacedLessPrecisely(Pairing pair, Claim claim, Claim evidence) =>
        pair.ByPlaceOnly && pair.Time.Relation == TimeRelation.Same
        && claim.Figure!.Compare(evidence.Figure!) is { Agrees: true, AgreesOnlyThroughLeeway: false };

    // Whether two running totals of the same time differ as a total grows: the one as of the later day is the larger, and
    // they do not agree, or meet only as plain numbers do, through rounding ("950", then "at least 955" a day later).
    // Totals whose intervals meet through a hedge agree.
    private static bool Grew(TimeComparison time, bool agrees, Figure claimed, Claim evidence)
    {
        if (time.Measure != Measure.Total || time.AsOfDifference == 0)
        {
            return false;
        }

        var (earlier, later) = time.AsOfDifference > 0 ? (claimed, evidence.Figure!) : (evidence.Figure!, claimed);
        return later.CoreLow > earlier.CoreHigh
            && (!agrees || (earlier.Kind is FigureKind.Exact or FigureKind.Rounded && later.Kind is FigureKind.Exact or FigureKind.Rounded or FigureKind.LowerBound));
    }

    // Whether, of two running totals as of days beyond the window, the later one's stated number is above the earlier's:
    // "more than 1,300" and, two weeks later, 1,706 agree through the bound, yet the later one is a newer count.
    private static bool LaterStatesMore(TimeComparison time, Figure claimed, Claim evidence)
    {
        var (earlier, later) = time.AsOfDifference > 0 ? (claimed, evidence.Figure!) : (evidence.Figure!, claimed);
        return later.CoreLow > earlier.CoreLow;
    }

    // Whether, of two running totals as of days beyond the window, both stated as plain numbers, the later states less:
    // "60" and, ten days later, 59 meet through the rounding of "60", yet a total reported to have shrunk.
    private static bool StatedShrinks(TimeComparison time, Figure claimed, Claim evidence)
    {
        var (earlier, later) = time.AsOfDifference > 0 ? (claimed, evidence.Figure!) : (evidence.Figure!, claimed);
        return earlier.Kind is FigureKind.Exact or FigureKind.Rounded && later.Kind is FigureKind.Exact or FigureKind.Rounded
            && earlier.CoreLow > later.CoreHigh;
    }

    private static Claim[]? Exact(List<Claim> claims) => claims.Count == 0 ? null : [.. claims];

    // What one claim's check gathers, in lists the thread keeps and clears after each claim; the result keeps copies of
    // the exact size. A result lives as long as the run, and most claims find few candidates: lists of their own would
    // keep room they never use.
    private sealed class Gathered
    {
        public List<AgreementFindings.Comparison> Compared { get; } = [];

        public List<Claim> Echoes { get; } = [];

        public List<AgreementFindings.Apart> NotComparable { get; } = [];

        public void Clear()
        {
            Compared.Clear();
            Echoes.Clear();
            NotComparable.Clear();
        }
    }
}

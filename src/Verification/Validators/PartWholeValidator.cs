using Verification.Claims;
using Verification.Figures;
using Verification.Measures;
using Verification.Places;
using Verification.Subjects;
using Verification.Verdicts;
using static Verification.Validators.EvidenceDescriptions;

namespace Verification.Validators;

/// <summary>Checks that a part's count does not exceed the whole's, at the same time.</summary>
/// <remarks>
/// A part is a narrower count (<see cref="Pairing"/>): a place inside the other's, a narrower subject ("children
/// killed" within "civilians killed", "bodies recovered" within "killed"), or a figure that covers only part of its
/// place. The part's lowest possible value must not exceed the whole's highest, nor may a part stated as a round number
/// ("4,000") state more than the whole allows, its rounding aside, at the same time; and for running totals
/// from the same start, a part as of an earlier day must not exceed the whole as of a later one either, since neither
/// shrinks (the whole's later total holds at least the part's later total, which holds at least its earlier one). A part
/// as of a later day says nothing about an earlier whole. This is a consistency check, not
/// corroboration: it can contradict a claim but never supports one, and it applies whatever the evidence's origin,
/// since a source's own figures must fit together too.
/// </remarks>
internal sealed class PartWholeValidator : IInlineValidator
{
    public const string ValidatorName = "PartWhole";

    [ThreadStatic]
    private static List<Exceeds>? t_exceeding;

    public string Name => ValidatorName;

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        var claim = context.Claim;
        if (claim.Figure?.Bounds is not { } claimed)
        {
            return ValueTask.FromResult<IReadOnlyList<Finding>>([]);
        }

        // Gathered in a list the thread keeps; the result keeps an array of the exact size.
        var exceeding = t_exceeding ??= [];
        exceeding.Clear();
        var candidates = context.Candidates;
        for (var i = 0; i < candidates.Count; i++)
        {
            // Most candidates are the same count at the same place: told from the facts read at once.
            var facts = context.FactsAt(i);
            if (facts.Place == PlaceRelation.Same && facts.Subject is SubjectRelation.Same or SubjectRelation.Unspecified
                && facts.IsPartial == (claim.Coverage == Coverage.Partial))
            {
                continue;
            }

            // Only a figure wholly above the other can break part ≤ whole, whichever is the part: told before pairing.
            // A round number counts by the number stated too (see StatedAbove), which lies within its interval: the
            // candidate's own figure is read only when its interval reaches above the claim's.
            if (facts.Figure is not { } figure
                || !(figure.IsAbove(claimed) || claimed.IsAbove(figure) || StatedAbove(claim.Figure, figure)
                     || (figure.High > claimed.High && StatedAbove(candidates[i].Figure!, claimed))))
            {
                continue;
            }

            var pair = Pairing.Of(context, facts);
            if (pair.Kind is not (PairKind.EvidencePart or PairKind.ClaimPart))
            {
                continue;
            }

            // Time.Relation says how the evidence's as-of day lies to the claim's: the part must be the earlier one.
            var evidenceIsPart = pair.Kind == PairKind.EvidencePart;
            if (!pair.Time.Compares && pair.Time.Relation != (evidenceIsPart ? TimeRelation.Earlier : TimeRelation.Later))
            {
                continue;
            }

            // The part's smallest possible value is above the whole's largest.
            var (part, partBounds, wholeBounds) = evidenceIsPart ? (candidates[i].Figure!, figure, claimed) : (claim.Figure, claimed, figure);
            if (partBounds.IsAbove(wholeBounds))
            {
                exceeding.Add(new Exceeds(candidates[i], evidenceIsPart, pair, false));
            }
            else if (StatedAbove(part, wholeBounds))
            {
                exceeding.Add(new Exceeds(candidates[i], evidenceIsPart, pair, true));
            }
        }

        IReadOnlyList<Finding> result = exceeding.Count == 0 ? [] : new ExceedsFindings(claim, [.. exceeding]);
        exceeding.Clear();
        return ValueTask.FromResult(result);
    }

    // Whether a round number states more than the other figure allows: its rounding lets two reports of one count
    // agree, but a part reported as "4,000" in one city is more than 3,621 for the whole country, however it was rounded.
    private static bool StatedAbove(Figure figure, in FigureBounds other) =>
        figure.Kind == FigureKind.Rounded && figure.CoreLow > other.High;

    // A part above its whole: the evidence, which of the two is the part, how they were paired, and whether only the
    // part's stated round number is above the whole.
    private readonly record struct Exceeds(Claim Evidence, bool EvidenceIsPart, Pairing Pair, bool ByStatedNumber);

    // The findings of one claim, made when first read.
    private sealed class ExceedsFindings(Claim claim, Exceeds[] exceeding) : FindingsMadeWhenRead
    {
        public override int Count => exceeding.Length;

        public override bool AnyContradicts => true;

        public override bool AnySupports => false;

        public override bool AnyDiscounts => false;

        protected override Finding Make(int index)
        {
            var e = exceeding[index];
            var (part, whole) = e.EvidenceIsPart ? (e.Evidence, claim) : (claim, e.Evidence);
            return new Finding(ValidatorName, FindingOutcome.Contradicts, new ExceedsMessage(part, whole, e.Pair, e.ByStatedNumber))
            {
                Code = FindingCodes.PartExceedsWhole,
                State = new PartWholeState(part.Id, whole.Id, e.Pair.Subject, e.Pair.Place, e.Pair.PartialCoverage),
                Evidence = [e.Evidence.Id],
            };
        }
    }

    // Written when read, like the other built-in findings: a bulk run reads few of them.
    private sealed class ExceedsMessage(Claim part, Claim whole, Pairing pair, bool byStatedNumber) : FindingMessage
    {
        public override string Compose()
        {
            var what = pair.Place is PlaceRelation.Contains or PlaceRelation.Within && !pair.LessPrecisePlace
                ? $" for {part.Place!.Name} alone is more than {FigureOf(whole)} for all of {whole.Place!.Name}"
                : pair.PartialCoverage && part.Coverage == Coverage.Partial
                    ? $", which covers only part of {part.Place?.Name ?? "the place"}, is more than {FigureOf(whole)} for all of it"
                    : $" for {part.Subject} is more than {FigureOf(whole)} for {whole.Subject}, of which it is a part";
            var time = pair.Time.Relation switch
            {
                TimeRelation.Unchecked => TimeNote(true),
                TimeRelation.Earlier or TimeRelation.Later => " (running totals from the same start: a part as of an earlier day cannot exceed the whole as of a later one)",
                _ => $" ({pair.Time.Rule})",
            };
            var stated = byStatedNumber ? " as stated, its rounding aside" : string.Empty;
            return $"{FigureOf(part)}{what}{stated}: a part cannot exceed the whole{time}.";
        }
    }
}

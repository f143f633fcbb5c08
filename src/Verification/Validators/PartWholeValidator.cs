using static Verification.Validators.EvidenceDescriptions;

namespace Verification.Validators;

/// <summary>Checks that a part's count does not exceed the whole's, for the same subject and time.</summary>
/// <remarks>
/// When the claim's place contains the evidence's place, the evidence is a part: its lowest possible value must not
/// exceed the claim's highest. When the claim's place lies within the evidence's, the claim is the part. This is a
/// consistency check, not corroboration: it can contradict a claim but never supports one, and it applies whatever
/// the evidence's origin, since a source's own figures must fit together too.
/// </remarks>
internal sealed class PartWholeValidator : IClaimValidator
{
    public const string ValidatorName = "PartWhole";

    public string Name => ValidatorName;

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        var claim = context.Claim;
        if (claim.Figure?.Bounds is not { } claimed)
        {
            return ValueTask.FromResult<IReadOnlyList<Finding>>([]);
        }

        List<Finding>? findings = null;
        var candidates = context.Candidates;
        for (var i = 0; i < candidates.Count; i++)
        {
            // The place first: most candidates are at the claim's own place. The candidates may know place, figure and
            // time without the evidence claim being read.
            var relation = context.PlaceRelationAt(i);
            if (relation is not (PlaceRelation.Contains or PlaceRelation.Within))
            {
                continue;
            }

            var sameTime = context.IsSameTimeAt(i);
            if (sameTime == false || context.FigureAt(i) is not { } figure)
            {
                continue;
            }

            // The part's smallest possible value is above the whole's largest.
            if (!(relation == PlaceRelation.Contains ? figure.IsAbove(claimed) : claimed.IsAbove(figure)))
            {
                continue;
            }

            var evidence = candidates[i];
            var (part, whole) = relation == PlaceRelation.Contains ? (evidence, claim) : (claim, evidence);
            (findings ??= []).Add(new Finding(Name, FindingOutcome.Contradicts, new ExceedsMessage(part, whole, sameTime is null))
            {
                Evidence = [evidence.Id],
            });
        }

        return ValueTask.FromResult<IReadOnlyList<Finding>>(findings is null ? [] : findings.ToArray());
    }

    // Written when read, like the other built-in findings: a bulk run reads few of them.
    private sealed class ExceedsMessage(Claim part, Claim whole, bool timeUnchecked) : FindingMessage
    {
        public override string Compose() =>
            $"{FigureOf(part)} for {part.Place!.Name} alone is more than {FigureOf(whole)} for all of {whole.Place!.Name}: a part cannot exceed the whole{TimeNote(timeUnchecked)}.";
    }
}

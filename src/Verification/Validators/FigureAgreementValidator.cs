using System.Globalization;
using static Verification.Validators.EvidenceDescriptions;

namespace Verification.Validators;

/// <summary>Compares the claim's figure with figures from independent origins for the same subject, place and time.</summary>
/// <remarks>
/// <para>For each candidate at the same place: evidence not about the same time is listed as not comparable (never a
/// contradiction); evidence sharing the claim's origin is an echo (listed, never corroboration); an independent figure
/// that overlaps supports the claim, one that does not contradicts it. When either period is unknown, the figures are
/// compared and the finding says time was not checked.</para>
/// <para>Evidence at a containing or contained place is left to <see cref="PartWholeValidator"/>.</para>
/// </remarks>
internal sealed class FigureAgreementValidator : IClaimValidator
{
    public const string ValidatorName = "FigureAgreement";

    public string Name => ValidatorName;

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        var claim = context.Claim;
        if (claim.Figure is null)
        {
            return ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(Name, FindingOutcome.Note, "The claim states no figure, so there is nothing to compare.")]);
        }

        var findings = new List<Finding>();
        List<Claim>? echoes = null, notComparable = null;
        var compared = 0;
        string? claimFigure = null; // described once, for every comparison
        foreach (var evidence in context.Candidates)
        {
            if (evidence.Figure is null || context.PlaceRelationTo(evidence) != PlaceRelation.Same)
            {
                continue;
            }

            var sameTime = context.IsSameTime(evidence);
            if (sameTime == false)
            {
                (notComparable ??= []).Add(evidence);
                continue;
            }

            // The evidence's origins, asked for once: they tell an echo (as context.IsEcho does), then go on the finding.
            var origins = context.OriginsOf(evidence);
            if (origins.Overlaps(context.ClaimOrigins))
            {
                (echoes ??= []).Add(evidence);
                continue;
            }

            compared++;
            findings.Add(Compare(context, evidence, origins, sameTime is null, claimFigure ??= FigureOf(claim).ToString()));
        }

        if (echoes is not null)
        {
            findings.Add(new Finding(Name, FindingOutcome.Note,
                $"{Ids(echoes)} {(echoes.Count == 1 ? "repeats" : "repeat")} the figure of {OriginNames(claim, echoes, context.ClaimOrigins)}, the claim's own origin; an echo is not independent corroboration.")
            { Evidence = [.. echoes.Select(e => e.Id)], Echoes = [.. echoes.Select(e => e.Id)] });
        }

        if (notComparable is not null)
        {
            findings.Add(new Finding(Name, FindingOutcome.Note,
                $"{Ids(notComparable)} {(notComparable.Count == 1 ? "is" : "are")} about {claim.Subject} in the same place but as of a different time (more than {context.Options.SameTimeWindowDays} days apart), so not comparable; a running total changes over time.")
            { Evidence = [.. notComparable.Select(e => e.Id)], NotComparable = [.. notComparable.Select(e => e.Id)] });
        }

        if (compared == 0)
        {
            var what = echoes is null && notComparable is null ? "No other source's figure" : "No independent figure from the same time";
            findings.Add(new Finding(Name, FindingOutcome.Note, $"{what} for {claim.Subject}{WhereWhen(claim)} was found."));
        }

        return ValueTask.FromResult<IReadOnlyList<Finding>>(findings);
    }

    // Origins are compared normalised ("unhcr"); the reader should see them as the claims spell them ("UNHCR").
    private static string OriginNames(Claim claim, List<Claim> echoes, IReadOnlySet<string> origins)
    {
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in echoes.Prepend(claim))
        {
            foreach (var name in c.DirectOrigins.Append(c.Source))
            {
                written.TryAdd(OriginGraph.NormalizeSource(name), name.Trim());
            }
        }

        return string.Join(" and ", origins.Order(StringComparer.Ordinal).Select(o => written.GetValueOrDefault(o, o)));
    }

    private Finding Compare(ValidationContext context, Claim evidence, IReadOnlySet<string> origins, bool timeUnchecked, string claimFigure)
    {
        var claim = context.Claim;
        var comparison = claim.Figure!.Compare(evidence.Figure!);
        var time = timeUnchecked ? " (time not checked: a period is missing)" : string.Empty;
        if (comparison.Agrees)
        {
            var leeway = comparison.AgreesOnlyThroughLeeway ? ", but only within the hedge or rounding of the stated numbers" : string.Empty;
            return new Finding(Name, FindingOutcome.Supports, $"{claimFigure} agrees with {FigureOf(evidence)}{WhereWhen(evidence)}{leeway}{time}.")
            {
                Evidence = [evidence.Id],
                Origins = origins.ToArray(),
            };
        }

        var direction = evidence.Figure!.Low >= claim.Figure!.High ? "higher" : "lower";
        var percent = double.IsInfinity(comparison.RelativeGap) ? string.Empty : $", {Math.Round(comparison.RelativeGap * 100).ToString(CultureInfo.InvariantCulture)}% apart at the nearest ends";
        return new Finding(Name, FindingOutcome.Contradicts, $"{claimFigure} conflicts with {FigureOf(evidence)}{WhereWhen(evidence)}: the independent figure is {direction}{percent}{time}.")
        {
            Evidence = [evidence.Id],
            Origins = origins.ToArray(),
        };
    }
}

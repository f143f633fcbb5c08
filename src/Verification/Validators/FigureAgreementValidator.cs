using System.Globalization;
using Verification.Engine;
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
            findings.Add(Compare(claim, evidence, origins, sameTime is null));
        }

        if (echoes is not null)
        {
            var ids = echoes.ConvertAll(e => e.Id).ToArray();
            var claimOrigins = context.ClaimOrigins;
            findings.Add(new Finding(Name, FindingOutcome.Note, () =>
                $"{Ids(echoes)} {(echoes.Count == 1 ? "repeats" : "repeat")} the figure of {OriginNames(claim, echoes, claimOrigins)}, the claim's own origin; an echo is not independent corroboration.")
            { Evidence = ids, Echoes = ids });
        }

        if (notComparable is not null)
        {
            var ids = notComparable.ConvertAll(e => e.Id).ToArray();
            var window = context.Options.SameTimeWindowDays;
            findings.Add(new Finding(Name, FindingOutcome.Note, () =>
                $"{Ids(notComparable)} {(notComparable.Count == 1 ? "is" : "are")} about {claim.Subject} in the same place but as of a different time (more than {window} days apart), so not comparable; a running total changes over time.")
            { Evidence = ids, NotComparable = ids });
        }

        if (compared == 0)
        {
            var what = echoes is null && notComparable is null ? "No other source's figure" : "No independent figure from the same time";
            findings.Add(new Finding(Name, FindingOutcome.Note, () => $"{what} for {claim.Subject}{WhereWhen(claim)} was found."));
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

    // Messages are composed when read (most findings of a bulk run never are); everything they read is immutable.
    private static Finding Compare(Claim claim, Claim evidence, IReadOnlySet<string> origins, bool timeUnchecked)
    {
        var comparison = claim.Figure!.Compare(evidence.Figure!);
        if (comparison.Agrees)
        {
            return new Finding(ValidatorName, FindingOutcome.Supports, () => Agreement(claim, evidence, comparison.AgreesOnlyThroughLeeway, timeUnchecked))
            {
                Evidence = [evidence.Id],
                Origins = OriginSet.ListOf(origins),
            };
        }

        return new Finding(ValidatorName, FindingOutcome.Contradicts, () => Conflict(claim, evidence, comparison.RelativeGap, timeUnchecked))
        {
            Evidence = [evidence.Id],
            Origins = OriginSet.ListOf(origins),
        };
    }

    private static string Agreement(Claim claim, Claim evidence, bool onlyThroughLeeway, bool timeUnchecked)
    {
        var leeway = onlyThroughLeeway ? ", but only within the hedge or rounding of the stated numbers" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{FigureOf(claim)} agrees with {FigureOf(evidence)}{WhereWhen(evidence)}{leeway}{TimeNote(timeUnchecked)}.");
    }

    private static string Conflict(Claim claim, Claim evidence, double relativeGap, bool timeUnchecked)
    {
        var direction = evidence.Figure!.Low >= claim.Figure!.High ? "higher" : "lower";
        var percent = double.IsInfinity(relativeGap) ? string.Empty : $", {Math.Round(relativeGap * 100).ToString(CultureInfo.InvariantCulture)}% apart at the nearest ends";
        return string.Create(CultureInfo.InvariantCulture, $"{FigureOf(claim)} conflicts with {FigureOf(evidence)}{WhereWhen(evidence)}: the independent figure is {direction}{percent}{TimeNote(timeUnchecked)}.");
    }

    private static string TimeNote(bool timeUnchecked) => timeUnchecked ? " (time not checked: a period is missing)" : string.Empty;
}

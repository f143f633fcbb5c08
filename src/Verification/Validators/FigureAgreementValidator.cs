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

    [ThreadStatic]
    private static List<ComparisonFindings.Comparison>? t_compared;

    public string Name => ValidatorName;

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        var claim = context.Claim;
        if (claim.Figure is null)
        {
            return ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(Name, FindingOutcome.Note, "The claim states no figure, so there is nothing to compare.")]);
        }

        // Gathered in a list the thread keeps, then copied to an array of the exact size that the result keeps.
        var compared = t_compared ??= [];
        compared.Clear();
        List<Claim>? echoes = null, notComparable = null;
        var candidates = context.Candidates;
        for (var i = 0; i < candidates.Count; i++)
        {
            // Place and time first: the candidates may know them without the evidence claim being read.
            if (context.PlaceRelationAt(i) != PlaceRelation.Same)
            {
                continue;
            }

            var evidence = candidates[i];
            if (evidence.Figure is null)
            {
                continue;
            }

            var sameTime = context.IsSameTimeAt(i);
            if (sameTime == false)
            {
                (notComparable ??= []).Add(evidence);
                continue;
            }

            // The evidence's origins, asked for once: they tell an echo (as context.IsEcho does), then go on the finding.
            var origins = context.OriginsAt(i);
            if (origins.Overlaps(context.ClaimOrigins))
            {
                (echoes ??= []).Add(evidence);
                continue;
            }

            compared.Add(new ComparisonFindings.Comparison(evidence, OriginSet.ListOf(origins), claim.Figure.Compare(evidence.Figure).Agrees, sameTime is null));
        }

        var count = (echoes is null ? 0 : 1) + (notComparable is null ? 0 : 1) + (compared.Count == 0 ? 1 : 0);
        var notes = count == 0 ? [] : new Finding[count];
        var n = 0;
        if (echoes is not null)
        {
            var ids = new ClaimIds(echoes);
            notes[n++] = new Finding(Name, FindingOutcome.Note, new EchoMessage(claim, echoes, context.ClaimOrigins)) { Evidence = ids, Echoes = ids };
        }

        if (notComparable is not null)
        {
            var ids = new ClaimIds(notComparable);
            notes[n++] = new Finding(Name, FindingOutcome.Note, new NotComparableMessage(claim, notComparable, context.Options.SameTimeWindowDays)) { Evidence = ids, NotComparable = ids };
        }

        if (compared.Count == 0)
        {
            notes[n] = new Finding(Name, FindingOutcome.Note, new NothingComparedMessage(claim, echoes is null && notComparable is null));
        }

        var result = new ComparisonFindings(claim, [.. compared], notes);
        compared.Clear();
        return ValueTask.FromResult<IReadOnlyList<Finding>>(result);
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

    private sealed class EchoMessage(Claim claim, List<Claim> echoes, IReadOnlySet<string> claimOrigins) : FindingMessage
    {
        public override string Compose() =>
            $"{Ids(echoes)} {(echoes.Count == 1 ? "repeats" : "repeat")} the figure of {OriginNames(claim, echoes, claimOrigins)}, the claim's own origin; an echo is not independent corroboration.";
    }

    private sealed class NotComparableMessage(Claim claim, List<Claim> notComparable, int window) : FindingMessage
    {
        public override string Compose() =>
            $"{Ids(notComparable)} {(notComparable.Count == 1 ? "is" : "are")} about {claim.Subject} in the same place but as of a different time (more than {window} days apart), so not comparable; a running total changes over time.";
    }

    private sealed class NothingComparedMessage(Claim claim, bool nothingFound) : FindingMessage
    {
        public override string Compose() =>
            $"{(nothingFound ? "No other source's figure" : "No independent figure from the same time")} for {claim.Subject}{WhereWhen(claim)} was found.";
    }
}

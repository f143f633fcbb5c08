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
    private static Gathered? t_gathered;

    public string Name => ValidatorName;

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        var claim = context.Claim;
        if (claim.Figure?.Bounds is not { } claimed)
        {
            return ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(Name, FindingOutcome.Note, "The claim states no figure, so there is nothing to compare.")]);
        }

        // Cleared first too: a check that threw on this thread may have left something behind.
        var gathered = t_gathered ??= new Gathered();
        gathered.Clear();
        var (compared, echoes, notComparable) = (gathered.Compared, gathered.Echoes, gathered.NotComparable);
        var candidates = context.Candidates;
        for (var i = 0; i < candidates.Count; i++)
        {
            // Place, figure and time: the candidates may know them without the evidence claim being read.
            if (context.PlaceRelationAt(i) != PlaceRelation.Same)
            {
                continue;
            }

            if (context.FigureAt(i) is not { } figure)
            {
                continue;
            }

            var evidence = candidates[i];
            var sameTime = context.IsSameTimeAt(i);
            if (sameTime == false)
            {
                notComparable.Add(evidence);
                continue;
            }

            // The evidence's origins, asked for once: they tell an echo (as context.IsEcho does), then go on the finding.
            if (context.IsEchoAt(i, out var origins))
            {
                echoes.Add(evidence);
                continue;
            }

            compared.Add(new AgreementFindings.Comparison(evidence, origins, claimed.Agrees(figure), sameTime is null));
        }

        // Findings are made from what was found when they are read (see AgreementFindings).
        var result = new AgreementFindings(claim, [.. compared], Exact(echoes), Exact(notComparable), context.ClaimOrigins, context.Options.SameTimeWindowDays);
        gathered.Clear();
        return ValueTask.FromResult<IReadOnlyList<Finding>>(result);
    }

    private static Claim[]? Exact(List<Claim> claims) => claims.Count == 0 ? null : [.. claims];

    // What one claim's check gathers, in lists the thread keeps and clears after each claim; the result keeps copies of
    // the exact size. A result lives as long as the run, and most claims find few candidates: lists of their own would
    // keep room they never use.
    private sealed class Gathered
    {
        public List<AgreementFindings.Comparison> Compared { get; } = [];

        public List<Claim> Echoes { get; } = [];

        public List<Claim> NotComparable { get; } = [];

        public void Clear()
        {
            Compared.Clear();
            Echoes.Clear();
            NotComparable.Clear();
        }
    }
}

using Verification.Claims;
using Verification.Figures;
using Verification.Input;
namespace Verification.Engine;

/// <summary>Reads figure text again under a run's figure options, so that one configuration governs the claims and the
/// evidence: claims read before the run (<c>ClaimsFile.ReadAsync</c> without options, <c>Figure.Parse</c> without
/// options) would otherwise keep the tolerance and culture they were read with.</summary>
/// <remarks>Only figures read from text under other options are read again; a figure made from numbers, or read under
/// options equal to the run's, is kept as it is (the same instance).</remarks>
internal static class FigureRereading
{
    /// <summary>The claim with its figure read under <paramref name="options"/>; the claim itself when nothing changes.
    /// A figure text that does not read under them adds a <c>figure-unreadable</c> problem and keeps the claim.</summary>
    public static Claim Under(Claim claim, FigureOptions options, List<ClaimProblem> problems, int position)
    {
        if (claim.Figure is not { ReadWith: { } used, Text: { } text }
            || ReferenceEquals(used, options)
            || used.Equals(options))
        {
            return claim;
        }

        if (Figure.TryParse(text, options, out var figure, out var error))
        {
            return claim with { Figure = figure };
        }

        var label = Input.ClaimLabels.Of(claim.Id, position);
        problems.Add(new ClaimProblem(label, "figure", "figure-unreadable", $"{Input.ClaimLabels.Describe(label, position, "figure")}: {error} (read again with the run's figure options)"));
        return claim;
    }

    /// <summary>The claims with their figures read under <paramref name="options"/>; the same list when nothing changes.
    /// Figure texts that do not read under them add problems to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<Claim> Under(IReadOnlyList<Claim> claims, FigureOptions options, List<ClaimProblem> problems)
    {
        Claim[]? changed = null;

        // Claims read from one file share the options they were read with: compare those with the run's once.
        FigureOptions? same = null;
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim?.Figure?.ReadWith is not { } used || ReferenceEquals(used, same))
            {
                continue;
            }

            if (used.Equals(options))
            {
                same = used;
                continue;
            }

            var read = Under(claim, options, problems, i);
            if (!ReferenceEquals(read, claim))
            {
                changed ??= [.. claims];
                changed[i] = read;
            }
        }

        return changed ?? claims;
    }
}

namespace Verification.Validators;

/// <summary>How findings describe claims to a reader: "UNHCR's 'about 270,000' (243,000–297,000)".</summary>
internal static class EvidenceDescriptions
{
    /// <summary>"UNHCR's 'about 270,000' (243,000–297,000)", or without the interval when the text says it all.</summary>
    /// <remarks>Built in one go (these run for every compared candidate), with no intermediate strings but the interval's.</remarks>
    public static string FigureOf(Claim claim)
    {
        var figure = claim.Figure!;
        var interval = figure.DescribeInterval();
        var suffix = PossessiveSuffix(claim.Source);
        return figure.Text is { } text && !string.Equals(text, interval, StringComparison.Ordinal)
            ? $"{claim.Source}{suffix} '{text}' ({interval})"
            : $"{claim.Source}{suffix} {interval}";
    }

    public static string Possessive(string source) => source + PossessiveSuffix(source);

    private static string PossessiveSuffix(string source) => source.EndsWith('s') ? "'" : "'s";

    /// <summary>" for Mosul, 2017-03-20" — the where and when of a claim, as far as known.</summary>
    public static string WhereWhen(Claim claim) => (claim.Place, claim.Period) switch
    {
        ({ } place, { } period) => $" for {place.Name}, {period}",
        ({ } place, null) => " for " + place.Name,
        (null, { } period) => $" for {period}",
        _ => string.Empty,
    };

    public static string Ids(IEnumerable<Claim> claims) => string.Join(", ", claims.Select(c => c.Id));
}

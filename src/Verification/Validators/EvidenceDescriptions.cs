namespace Verification.Validators;

/// <summary>How findings describe claims to a reader: "UNHCR's 'about 270,000' (243,000–297,000)".</summary>
internal static class EvidenceDescriptions
{
    /// <summary>"UNHCR's 'about 270,000' (243,000–297,000)", or without the interval when the text says it all.</summary>
    public static string FigureOf(Claim claim)
    {
        var figure = claim.Figure!;
        var interval = figure.DescribeInterval();
        var stated = figure.Text is { } text && !string.Equals(text, interval, StringComparison.Ordinal)
            ? $"'{text}' ({interval})"
            : interval;
        return $"{Possessive(claim.Source)} {stated}";
    }

    public static string Possessive(string source) =>
        source.EndsWith('s') ? source + "'" : source + "'s";

    /// <summary>" for Mosul, 2017-03-20" — the where and when of a claim, as far as known.</summary>
    public static string WhereWhen(Claim claim)
    {
        var parts = new List<string>(2);
        if (claim.Place is { } place)
        {
            parts.Add(place.Name);
        }

        if (claim.Period is { } period)
        {
            parts.Add(period.ToString());
        }

        return parts.Count == 0 ? string.Empty : " for " + string.Join(", ", parts);
    }

    public static string Ids(IEnumerable<Claim> claims) => string.Join(", ", claims.Select(c => c.Id));
}

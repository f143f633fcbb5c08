using System.Globalization;
using Verification.Figures;

namespace Verification.Extraction.Tests.Accuracy;

/// <summary>What the extractor found for a case, as the same <c>key = value</c> pairs the case expects.</summary>
internal static class AccuracyScorer
{
    private static readonly ClaimExtractor Extractor = new(new ExtractionOptions { KeepMentions = true });

    public static IReadOnlyList<KeyValuePair<string, string>> Found(AccuracyCase c)
    {
        var result = Extractor.Extract(new Article(c.Text, c.Published) { Outlet = AccuracyCase.Outlet });
        var m = result.Mentions;
        var claims = result.Claims.Where(x => x.Claim.Figure is not null).Select(x => x.Claim).ToList();
        return c.Category switch
        {
            "figure" => [.. m.Figures.Select(n => KeyValuePair.Create(n.Text, Interval(n.Figure!)))],
            "kind" => [.. m.Numbers.Select(n => KeyValuePair.Create(n.Text, n.Kind.ToString().ToLowerInvariant()))],
            "period" => [.. m.Periods.Where(p => !p.IsFuture).Select(p => KeyValuePair.Create(p.Text, p.Period + (p.IsStatementDate ? " said" : string.Empty)))],
            "place" => [.. m.Places.Where(p => !p.IsModifier).Select(p => KeyValuePair.Create(p.Text, p.Place.Path))],
            "subject" => [.. claims.Select(x => KeyValuePair.Create(x.Figure!.Text ?? string.Empty, x.Subject.Text))],
            "source" => [.. claims.Select(x => KeyValuePair.Create(x.Figure!.Text ?? string.Empty, x.Source))],
            "contested" => [.. claims.Select(x => KeyValuePair.Create(x.Figure!.Text ?? string.Empty, x.IsContested ? "yes" : "no"))],
            "claims" => [.. result.Claims.Select(x => KeyValuePair.Create(x.Claim.Figure?.Text ?? "(event)", string.Empty))],
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Category, "Unknown category."),
        };
    }

    /// <summary>"[306000,374000]", "(400,inf)", "[0,100)".</summary>
    public static string Interval(Figure f) =>
        string.Create(CultureInfo.InvariantCulture, $"{(f.LowInclusive ? '[' : '(')}{Number(f.Low)},{(f.IsUnbounded ? "inf" : Number(f.High))}{(f.HighInclusive ? ']' : ')')}");

    private static string Number(double v) => Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Matches found pairs against expected ones (each used once); returns true positives.</summary>
    public static int TruePositives(IReadOnlyList<KeyValuePair<string, string>> expected, IReadOnlyList<KeyValuePair<string, string>> found)
    {
        var pool = found.ToList();
        var hits = 0;
        foreach (var e in expected)
        {
            var i = pool.FindIndex(f => string.Equals(f.Key, e.Key, StringComparison.Ordinal) && string.Equals(f.Value, e.Value, StringComparison.Ordinal));
            if (i >= 0)
            {
                hits++;
                pool.RemoveAt(i);
            }
        }

        return hits;
    }
}

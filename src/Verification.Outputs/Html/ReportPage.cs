using System.Globalization;
using System.Reflection;
using Verification.Claims;
using Verification.Outputs.ClaimReview;
using Verification.Outputs.Evidence;
using Verification.Outputs.Statements;
using Verification.Verdicts;

namespace Verification.Outputs.Html;

/// <summary>What the HTML report's templates see: the report, its summary and every claim with its findings, evidence
/// and chart, as plain values (text, numbers, booleans, lists and objects of those).</summary>
/// <remarks>The names are the template contract documented in docs/outputs.md; every text is raw and the page escapes
/// it when written, except <c>chart</c>, which is SVG the library wrote with its texts escaped.</remarks>
internal static class ReportPage
{
    /// <summary>The model for one report.</summary>
    /// <param name="result">The results.</param>
    /// <param name="evidence">The evidence claims by id.</param>
    /// <param name="options">Title, reviewer and clock.</param>
    public static Dictionary<string, object?> Model(ReportVerification result, IReadOnlyDictionary<string, Claim> evidence, HtmlReportOptions options)
    {
        var report = result.Report;
        var outlet = Blank(report.Outlet);
        var counts = new Dictionary<string, object?>
        {
            ["claims"] = result.Claims.Count,
            ["corroborated"] = result.Corroborated,
            ["contested"] = result.Contested,
            ["unverified"] = result.Unverified,
        };
        return new Dictionary<string, object?>
        {
            ["title"] = Blank(options.Title) ?? "Verification of " + (outlet ?? report.Id),
            ["report"] = new Dictionary<string, object?>
            {
                ["id"] = report.Id,
                ["outlet"] = outlet,
                ["published"] = report.Published is { } day ? Day(day) : null,
                ["url"] = WebAddress(report.Url),
            },
            ["summary"] = counts,
            ["claims"] = result.Claims.Select(c => (object?)Claim(c, evidence)).ToList(),
            ["reviewer"] = Blank(options.ReviewerName),
            ["generated"] = Day(DateOnly.FromDateTime(options.TimeProvider.GetUtcNow().UtcDateTime)),
            ["library"] = "Verification " + LibraryVersion,
        };
    }

    private static Dictionary<string, object?> Claim(ClaimVerification c, IReadOnlyDictionary<string, Claim> evidence)
    {
        var claim = c.Claim;
        var roles = EvidenceRoles.Of(c);
        var chartRows = new List<ChartRow>();
        if (claim.Figure is { } figure)
        {
            chartRows.Add(new ChartRow(claim.Id, claim.Source, figure, null));
            foreach (var (id, role) in roles)
            {
                if (evidence.TryGetValue(id, out var e) && e.Figure is { } evidenceFigure)
                {
                    chartRows.Add(new ChartRow(id, e.Source, evidenceFigure, role));
                }
            }
        }

        var fields = Fields(claim);
        fields["anchor"] = "claim-" + claim.Id;
        fields["verdict"] = c.Verdict.ToString().ToLowerInvariant();
        fields["verdict_label"] = ClaimReviewJsonLd.RatingName(c.Verdict);
        fields["reason"] = c.Reason;
        fields["flagged_by_report"] = claim.IsContested;
        fields["measure"] = c.Measure?.ToString().ToLowerInvariant();
        fields["subject_tag"] = c.SubjectKey?.Tag;
        fields["chart"] = chartRows.Count > 0 ? FigureChart.Render(claim.Id, chartRows) : null;
        fields["chart_sources"] = chartRows.Count;
        fields["findings"] = c.Findings.Select(f => (object?)new Dictionary<string, object?>
        {
            ["validator"] = f.Validator,
            ["outcome"] = f.Outcome.ToString().ToLowerInvariant(),
            ["message"] = f.Message,
            ["evidence"] = string.Join(", ", f.Evidence),
        }).ToList();
        fields["evidence"] = roles.Select(e => (object?)Evidence(e.Id, e.Role, evidence)).ToList();
        return fields;
    }

    private static Dictionary<string, object?> Evidence(string id, EvidenceRole role, IReadOnlyDictionary<string, Claim> evidence)
    {
        var found = evidence.TryGetValue(id, out var claim);
        var fields = found ? Fields(claim!) : new Dictionary<string, object?> { ["id"] = id };
        fields["found"] = found;
        fields["role"] = FigureChart.RoleClass(role);
        fields["role_label"] = role switch
        {
            EvidenceRole.Supports => "agrees",
            EvidenceRole.Contradicts => "conflicts",
            EvidenceRole.NotComparable => "not comparable in time",
            EvidenceRole.Echo => "echo of the claim's origin",
            _ => "named by a finding",
        };
        fields["url"] = found ? WebAddress(EvidenceLookup.Url(claim!)) : null;
        return fields;
    }

    // The fields a claim and a piece of evidence share.
    private static Dictionary<string, object?> Fields(Claim claim) => new()
    {
        ["id"] = claim.Id,
        ["figure"] = claim.Figure?.ToString(),
        ["interval"] = claim.Figure?.DescribeInterval(),
        ["subject"] = claim.Subject.Text,
        ["place"] = claim.Place?.Path,
        ["period"] = claim.Period is { } period ? ClaimStatement.PeriodInWords(period, abbreviated: false, withPreposition: false) : null,
        ["source"] = claim.Source,
        ["derived_from"] = claim.DerivedFrom.Count > 0 ? string.Join(", ", claim.DerivedFrom) : null,
        ["reported_in"] = Blank(claim.ReportedIn),
        ["quote"] = Blank(claim.Quote),
    };

    // Only web addresses become links: any other scheme (javascript:, data:) could run or load something.
    private static string? WebAddress(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url.AbsoluteUri : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string LibraryVersion =>
        typeof(ReportPage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ReportPage).Assembly.GetName().Version?.ToString(3)
        ?? "unknown";
}

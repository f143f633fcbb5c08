using Verification.Claims;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.Outputs.Tests.TestSupport;

/// <summary>Results made by hand from findings, for the cases the Mosul example lacks.</summary>
internal static class Results
{
    /// <summary>A claim with the builder's defaults and the given id.</summary>
    public static Claim Claim(string id = "c1") => new ClaimBuilder(id).WithFigure("around 340,000").WithSubject("people fled").WithPlace("Mosul, Iraq").WithPeriod("2017-03").WithSource("UNHCR").Build();

    /// <summary>A finding that names evidence.</summary>
    public static Finding Finding(FindingOutcome outcome, params string[] evidence) =>
        new("FigureAgreement", outcome, $"{outcome} {string.Join(" ", evidence)}") { Evidence = evidence, Origins = [.. evidence.Select(e => "origin of " + e)] };

    /// <summary>The verdict the rules give the findings.</summary>
    public static ClaimVerification Verify(Claim claim, params Finding[] findings) => ClaimVerification.FromFindings(claim, findings);

    /// <summary>A report of one claim, with its result.</summary>
    public static ReportVerification Report(params ClaimVerification[] claims) =>
        new(new Report("report", [.. claims.Select(c => c.Claim)]) { Outlet = "The Outlet", Published = new DateOnly(2017, 3, 25) }, claims);
}

using Verification.Claims;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.Outputs.Tests.TestSupport;

/// <summary>A report whose every text field holds markup and quotes, to show that outputs write them as text.</summary>
internal static class Hostile
{
    /// <summary>Markup that would run a script if written unescaped, in an element or in an attribute.</summary>
    public const string Text = "\"'><script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";

    /// <summary>One claim and one piece of evidence, every text field <see cref="Text"/> with a suffix; the evidence agrees.</summary>
    public static (ReportVerification Result, IReadOnlyList<Claim> Evidence) Report()
    {
        var claim = new ClaimBuilder(Text + "id").WithFigure("around 100").WithSubject(Text + "subject").WithPlace(Text + "place, Iraq")
            .WithPeriod("2017-03-17").WithSource(Text + "source").WithDerivedFrom(Text + "origin").WithReportedIn(Text + "outlet").WithQuote(Text + "quote")
            .WithMetadata("url", "\"javascript:alert(1)\"").Build();
        var evidence = new ClaimBuilder(Text + "evidence").WithFigure("95").WithSubject(Text + "evidence subject").WithPlace(Text + "place, Iraq")
            .WithPeriod("2017-03-17").WithSource(Text + "evidence source").WithReportedIn(Text + "evidence outlet").WithQuote(Text + "evidence quote")
            .WithMetadata("url", "\"javascript:alert(1)\"").Build();
        var finding = new Finding(Text + "validator", FindingOutcome.Supports, Text + "message") { Evidence = [evidence.Id], Origins = ["other"] };
        var verification = ClaimVerification.FromFindings(claim, [finding]);
        var report = new Report(Text + "report", [claim]) { Outlet = Text + "report outlet", Url = new Uri("javascript:alert(1)") };
        return (new ReportVerification(report, [verification]), [evidence]);
    }
}

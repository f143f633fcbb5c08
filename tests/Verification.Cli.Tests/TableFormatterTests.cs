using Verification.Claims;
using Verification.Figures;
using Verification.Subjects;
using Verification.Verdicts;
namespace Verification.Cli.Tests;

/// <summary>The plain-text table: wrapping, widths, the summary line.</summary>
[TestFixture]
public sealed class TableFormatterTests
{
    private const string LongReason =
        "Local officials and residents' 'dozens' (24–99) conflicts with US military investigation's 105 for al-Jadida, 2017-03-17: the independent figure is higher.";

    // ---- Wrap ----------------------------------------------------------------------------------------

    [Test]
    public void Wrap_TextThatFits_IsOneLine()
    {
        Assert.That(TableFormatter.Wrap("agrees with OCHA", 20), Is.EqualTo(new[] { "agrees with OCHA" }));
    }

    [Test]
    public void Wrap_LongText_BreaksAtSpaces()
    {
        Assert.That(TableFormatter.Wrap("one two three four five", 9), Is.EqualTo(new[] { "one two", "three", "four five" }));
    }

    [Test]
    public void Wrap_WordLongerThanTheWidth_IsBrokenNotCut()
    {
        Assert.That(TableFormatter.Wrap("a mosul-2017-evidence-e5 b", 8), Is.EqualTo(new[] { "a", "mosul-20", "17-evide", "nce-e5 b" }));
    }

    [Test]
    public void Wrap_LineBreaksAndRunsOfSpaces_CountAsOneSpace()
    {
        Assert.That(TableFormatter.Wrap("one\n  two\r\nthree", 40), Is.EqualTo(new[] { "one two three" }));
    }

    [Test]
    public void Wrap_EmptyText_IsOneEmptyLine()
    {
        Assert.That(TableFormatter.Wrap(string.Empty, 10), Is.EqualTo(new[] { string.Empty }));
    }

    // ---- Format --------------------------------------------------------------------------------------

    [TestCase(60)]
    [TestCase(80)]
    [TestCase(120)]
    public void Format_EveryLine_FitsTheWidth(int width)
    {
        var text = new TableFormatter(width).Format(Results(("c1", "dozens", Verdict.Contested, LongReason)));

        Assert.That(Lines(text).Select(l => l.Length), Has.All.LessThanOrEqualTo(width));
    }

    [Test]
    public void Format_WidthBelowTheMinimum_UsesTheMinimum()
    {
        var text = new TableFormatter(10).Format(Results(("c1", "dozens", Verdict.Contested, LongReason)));

        Assert.That(Lines(text).Max(l => l.Length), Is.LessThanOrEqualTo(TableFormatter.MinimumWidth).And.GreaterThan(10));
    }

    [Test]
    public void Format_LongReason_WrapsWithinItsColumnAndLosesNoWord()
    {
        var text = new TableFormatter(80).Format(Results(("c1", "dozens", Verdict.Contested, LongReason)));

        var lines = Lines(text);
        var reasonColumn = lines[0].IndexOf("REASON", StringComparison.Ordinal);
        var body = lines.Skip(2).TakeWhile(l => l.Length > 0).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Has.Count.GreaterThan(1));
            Assert.That(body.Skip(1), Has.All.StartsWith(new string(' ', reasonColumn)));
            Assert.That(string.Join(" ", body.Select(l => l[reasonColumn..])), Is.EqualTo(LongReason));
        }
    }

    [Test]
    public void Format_Rows_ShowIdFigureVerdictAndReason()
    {
        var text = new TableFormatter().Format(Results(
            ("c1", "around 340,000", Verdict.Corroborated, "Agrees."),
            ("c2", null, Verdict.Unverified, "No figure.")));

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "CLAIM  FIGURE          VERDICT       REASON",
            "-----  --------------  ------------  " + new string('-', TableFormatter.DefaultWidth - 37),
            "c1     around 340,000  corroborated  Agrees.",
            "c2     -               unverified    No figure.",
            string.Empty,
            "2 claims: 1 corroborated, 0 contested, 1 unverified",
        }));
    }

    [Test]
    public void Format_NoClaims_PrintsTheHeaderAndAZeroSummary()
    {
        var text = new TableFormatter().Format(Results());

        Assert.That(Lines(text)[^1], Is.EqualTo("0 claims: 0 corroborated, 0 contested, 0 unverified"));
    }

    [Test]
    public void Summary_OneClaim_IsSingular()
    {
        Assert.That(TableFormatter.Summary(Results(("c1", "105", Verdict.Contested, "Conflicts."))), Is.EqualTo("1 claim: 0 corroborated, 1 contested, 0 unverified"));
    }

    [Test]
    public void Format_ControlCharactersInTheInput_AreEscaped()
    {
        var text = new TableFormatter(findings: true).Format(Results(("c\u001b[2J1", "dozens", Verdict.Contested, "Airwars\u001b]0;owned\u0007 said \u009b31m so.")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Where(c => char.IsControl(c) && c is not ('\n' or '\r')), Is.Empty);
            Assert.That(text, Does.Contain("c\\u001B[2J1").And.Contain("Airwars\\u001B]0;owned\\u0007 said \\u009B31m so."));
        }
    }

    [Test]
    public void FindingLine_ControlCharacters_AreEscaped()
    {
        var line = TableFormatter.FindingLine(new Finding("Desk\u001b[2J", FindingOutcome.Note, "bell\u0007"));

        Assert.That(line, Is.EqualTo("[Desk\\u001B[2J] note: bell\\u0007"));
    }

    private static ReportVerification Results(params (string Id, string? Figure, Verdict Verdict, string Reason)[] rows)
    {
        var claims = rows.Select(r => new Claim(r.Id, new Subject("civilians killed"), r.Figure is null ? null : Figure.Parse(r.Figure), "Airwars")).ToList();
        var results = rows.Select((r, i) => new ClaimVerification(
            claims[i],
            r.Verdict,
            [new Finding("Test", r.Verdict switch { Verdict.Corroborated => FindingOutcome.Supports, Verdict.Contested => FindingOutcome.Contradicts, _ => FindingOutcome.Note }, r.Reason)]));
        return new ReportVerification(new Report("r1", claims), [.. results]);
    }

    private static string[] Lines(string text) => text.TrimEnd().Split(Environment.NewLine);
    // ---- Findings --------------------------------------------------------------------------------------

    private static ReportVerification WithPluginNote()
    {
        var claim = new Claim("m3", "people displaced", Figure.Parse("about 270,000"), "UNHCR");
        var findings = new[]
        {
            new Finding("FigureAgreement", FindingOutcome.Supports, "UNHCR's 'about 270,000' agrees with OCHA's 'some 255,000'.") { Evidence = ["e1"], Origins = ["ocha"] },
            new Finding("Displacement", FindingOutcome.Note, "Camp counts for Mosul lag registrations by about a week, so a later total is expected to be higher."),
        };
        var result = ClaimVerification.FromFindings(claim, findings);
        return new ReportVerification(new Report("r", [claim]), [result]);
    }

    [Test]
    public void Format_WithFindings_ListsEveryFindingUnderItsRowPluginNotesIncluded()
    {
        var text = new TableFormatter(120, findings: true).Format(WithPluginNote());
        var lines = text.Split(Environment.NewLine);

        // Indented under the figure column: past "CLAIM" and the gap after it.
        Assert.That(lines[2], Does.StartWith("m3     "));
        Assert.That(lines[3], Is.EqualTo("       - [FigureAgreement] supports (e1): UNHCR's 'about 270,000' agrees with OCHA's 'some 255,000'."));
        Assert.That(lines[4], Does.StartWith("       - [Displacement] note: Camp counts for Mosul lag registrations"));
        Assert.That(lines[5], Does.StartWith("         ").And.Not.StartWith("         -"), "continued two further in");
        Assert.That(string.Join(" ", lines[4..6].Select(l => l.Trim())), Does.EndWith("so a later total is expected to be higher."));
    }

    [Test]
    public void Format_WithoutFindings_ShowsOnlyTheReason()
    {
        var text = new TableFormatter(120).Format(WithPluginNote());

        Assert.That(text, Does.Not.Contain("Camp counts"), "the note is not the reason");
    }

    [Test]
    public void Format_WithFindingsInANarrowTable_WrapsThemWithinTheWidth()
    {
        var text = new TableFormatter(TableFormatter.MinimumWidth, findings: true).Format(WithPluginNote());

        Assert.That(text.Split(Environment.NewLine), Has.All.Length.LessThanOrEqualTo(TableFormatter.MinimumWidth));
        Assert.That(text, Does.Contain("       - [Displacement] note: Camp"));
    }

    [Test]
    public void FindingLine_FindingWithEvidence_NamesValidatorOutcomeAndEvidence()
    {
        var finding = new Finding("FigureAgreement", FindingOutcome.Contradicts, "It conflicts.") { Evidence = ["e5", "e8"] };

        Assert.That(TableFormatter.FindingLine(finding), Is.EqualTo("[FigureAgreement] contradicts (e5, e8): It conflicts."));
    }
}

using Verification.Claims;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Validators;

/// <summary>The figure comparisons of one claim, kept compact and made into findings when read, must read as a plain
/// list of those findings would: same findings, same order, same verdict.</summary>
public sealed class AgreementFindingsTests
{
    private static readonly Claim Claim = Claims.Of("c1", "about 270,000");

    // Evidence that agrees (IOM), evidence that conflicts (OCHA), and a figure from another time (not comparable).
    private static IReadOnlyList<Finding> Findings() => Contexts.Run(new FigureAgreementValidator(), Contexts.For(
        Claim,
        Claims.Of("e1", "255,000", source: "IOM"),
        Claims.Of("e2", "600,000", source: "OCHA"),
        Claims.Of("e3", "100,000", source: "Airwars", period: "2016-10-17")));

    [Test]
    public void Findings_FromFigureAgreement_AreComparisonsThenNotes()
    {
        var findings = Findings();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(findings, Is.TypeOf<AgreementFindings>());
            Assert.That(findings.Select(f => (f.Outcome, string.Join(",", f.Evidence))), Is.EqualTo(new[]
            {
                (FindingOutcome.Supports, "e1"),
                (FindingOutcome.Contradicts, "e2"),
                (FindingOutcome.Note, "e3"),
            }));
            Assert.That(findings[1].Origins, Is.EqualTo(new[] { "ocha" }));
        }
    }

    [Test]
    public void Findings_NothingCompared_AreTheEchoNoteThenTheTimeNoteThenWhyNothingWasCompared()
    {
        var findings = Contexts.Run(new FigureAgreementValidator(), Contexts.For(
            Claim,
            Claims.Of("e1", "270,000", source: "Reuters", derivedFrom: ["UNHCR"]),
            Claims.Of("e2", "100,000", source: "Airwars", period: "2016-10-17")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(findings.Select(f => f.Outcome), Is.All.EqualTo(FindingOutcome.Note));
            Assert.That(findings.Select(f => (string.Join(",", f.Echoes), string.Join(",", f.NotComparable))), Is.EqualTo(new[] { ("e1", ""), ("", "e2"), ("", "") }));
            Assert.That(findings[2].Message, Does.StartWith("No independent figure from the same time for"));
        }
    }

    [Test]
    public void Indexer_ReadTwice_GivesTheSameFinding()
    {
        var findings = Findings();
        var first = findings.ToList();

        var second = findings.ToList();

        Assert.That(second.Zip(first, ReferenceEquals).ToList(), Is.EqualTo(new[] { true, true, true }));
    }

    [Test]
    public void Indexer_ReadFromManyThreadsAtOnce_GivesOneFindingPerPosition()
    {
        var findings = Findings();

        var seen = new Finding[16];
        Parallel.For(0, seen.Length, i => seen[i] = findings[0]);

        Assert.That(seen, Has.All.SameAs(seen[0]));
    }

    [Test]
    public void Indexer_OutOfRange_Throws()
    {
        var findings = Findings();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => findings[-1], Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => findings[findings.Count], Throws.TypeOf<ArgumentOutOfRangeException>());
        }
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void FromFindings_Summary_GivesTheVerdictOfThePlainList(int minIndependentOrigins)
    {
        // Agreeing evidence only (so not contested), from two origins: the summary decides for one origin, the count for more.
        var findings = Contexts.Run(new FigureAgreementValidator(), Contexts.For(
            Claim,
            Claims.Of("e1", "255,000", source: "IOM"),
            Claims.Of("e2", "280,000", source: "OCHA")));

        var compact = ClaimVerification.FromFindings(Claim, findings, minIndependentOrigins);
        var plain = ClaimVerification.FromFindings(Claim, [.. findings], minIndependentOrigins);

        Assert.That(compact.Verdict, Is.EqualTo(plain.Verdict).And.EqualTo(minIndependentOrigins <= 2 ? Verdict.Corroborated : Verdict.Unverified));
    }

    [Test]
    public void FromFindings_SummaryWithAConflict_IsContested()
    {
        var verdict = ClaimVerification.FromFindings(Claim, Findings()).Verdict;

        Assert.That(verdict, Is.EqualTo(Verdict.Contested));
    }
}

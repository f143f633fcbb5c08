using Verification.Outputs.Evidence;
using Verification.Outputs.Tests.TestSupport;
using Verification.Verdicts;

namespace Verification.Outputs.Tests.Evidence;

public sealed class EvidenceRolesTests
{
    [Test]
    public void Of_FindingsOfEveryKind_GroupsByRoleAgreementFirstEchoesLast()
    {
        var echo = new Finding("FigureAgreement", FindingOutcome.Note, "echo") { Evidence = ["e4"], Echoes = ["e4"] };
        var late = new Finding("FigureAgreement", FindingOutcome.Note, "not comparable") { Evidence = ["e2"], NotComparable = ["e2"] };
        var part = new Finding("PartWhole", FindingOutcome.Note, "a part") { Evidence = ["e9"] };
        var result = Results.Verify(
            Results.Claim(),
            echo,
            Results.Finding(FindingOutcome.Contradicts, "e5"),
            late,
            Results.Finding(FindingOutcome.Supports, "e6", "e7"),
            part,
            Results.Finding(FindingOutcome.Contradicts, "e8"));

        Assert.That(EvidenceRoles.Of(result), Is.EqualTo(new[]
        {
            ("e6", EvidenceRole.Supports), ("e7", EvidenceRole.Supports),
            ("e5", EvidenceRole.Contradicts), ("e8", EvidenceRole.Contradicts),
            ("e2", EvidenceRole.NotComparable),
            ("e9", EvidenceRole.Mentioned),
            ("e4", EvidenceRole.Echo),
        }));
    }

    [Test]
    public void Of_EvidenceNamedTwice_TakesTheRoleAReaderMustSee()
    {
        var result = Results.Verify(
            Results.Claim(),
            Results.Finding(FindingOutcome.Supports, "e1"),
            Results.Finding(FindingOutcome.Contradicts, "e1"),
            new Finding("FigureAgreement", FindingOutcome.Note, "echo") { Evidence = ["e2"], Echoes = ["e2"] },
            Results.Finding(FindingOutcome.Supports, "e2"));

        Assert.That(EvidenceRoles.Of(result), Is.EqualTo(new[] { ("e2", EvidenceRole.Supports), ("e1", EvidenceRole.Contradicts) }));
    }

    [Test]
    public void Of_NoFindings_IsEmpty()
    {
        Assert.That(EvidenceRoles.Of(Results.Verify(Results.Claim())), Is.Empty);
    }
}

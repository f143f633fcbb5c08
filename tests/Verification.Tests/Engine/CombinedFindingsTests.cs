using System.Collections;
using Moq;
using Verification.Claims;
using Verification.Engine;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Engine;

public sealed class CombinedFindingsTests
{
    private static Finding Note(string message) => new("V", FindingOutcome.Note, message);

    [Test]
    public void Of_EitherListEmpty_IsTheOtherList()
    {
        IReadOnlyList<Finding> some = [Note("a")];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CombinedFindings.Of(some, []), Is.SameAs(some));
            Assert.That(CombinedFindings.Of([], some), Is.SameAs(some));
        }
    }

    [Test]
    public void Of_SeveralLists_ReadsAsOneListInOrder()
    {
        var combined = CombinedFindings.Of(CombinedFindings.Of([Note("a"), Note("b")], [Note("c")]), [Note("d"), Note("e")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(combined, Has.Count.EqualTo(5));
            Assert.That(combined.Select(f => f.Message), Is.EqualTo(new[] { "a", "b", "c", "d", "e" }));
            Assert.That(Enumerable.Range(0, combined.Count).Select(i => combined[i].Message), Is.EqualTo(new[] { "a", "b", "c", "d", "e" }));
            Assert.That(() => combined[5], Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => combined[-1], Throws.TypeOf<ArgumentOutOfRangeException>());
        }
    }

    [TestCase(FindingOutcome.Supports, false, true, false)]
    [TestCase(FindingOutcome.Contradicts, true, false, false)]
    [TestCase(FindingOutcome.Note, false, false, false)]
    public void Summary_OfPlainLists_ComesFromTheirFindings(FindingOutcome outcome, bool contradicts, bool supports, bool discounts)
    {
        var summary = (IFindingsSummary)CombinedFindings.Of([Note("a")], [new Finding("V", outcome, "b")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.AnyContradicts, Is.EqualTo(contradicts));
            Assert.That(summary.AnySupports, Is.EqualTo(supports));
            Assert.That(summary.AnyDiscounts, Is.EqualTo(discounts));
        }
    }

    [Test]
    public void Summary_FindingDiscountingAnOrigin_IsTold()
    {
        var summary = (IFindingsSummary)CombinedFindings.Of([Note("a")], [Note("b") with { DiscountedOrigins = ["unreliable"] }]);

        Assert.That(summary.AnyDiscounts, Is.True);
    }

    [Test]
    public void Summary_OfListsWithSummaries_ReadsNoFinding()
    {
        var first = new SummarisedOnly(count: 2, contradicts: false, supports: true);
        var second = new SummarisedOnly(count: 1, contradicts: true, supports: false);

        var combined = CombinedFindings.Of(first, second);
        var summary = (IFindingsSummary)combined;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(combined, Has.Count.EqualTo(3));
            Assert.That(summary.AnySupports, Is.True);
            Assert.That(summary.AnyContradicts, Is.True);
            Assert.That(summary.AnyDiscounts, Is.False);
            Assert.That(first.Reads + second.Reads, Is.Zero);
        }
    }

    [Test]
    public async Task VerifyAsync_PluginChangesItsListAfterReturning_ResultKeepsWhatItReturned()
    {
        var returned = new List<Finding> { new("Plugin", FindingOutcome.Supports, "agrees") };
        var plugin = new Mock<IClaimValidator>();
        plugin.SetupGet(v => v.Name).Returns("Plugin");
        plugin.Setup(v => v.ValidateAsync(It.IsAny<ValidationContext>(), It.IsAny<CancellationToken>()))
            .Returns(new ValueTask<IReadOnlyList<Finding>>(returned));
        var verifier = Verifiers.With([new Verification.Validators.ReportFlagValidator(), plugin.Object], []);

        var result = await verifier.VerifyClaimAsync(Claims.Of("c1", contested: true));
        returned.Add(new Finding("Plugin", FindingOutcome.Contradicts, "added later"));
        returned[0] = new Finding("Plugin", FindingOutcome.Note, "replaced later");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Findings.Select(f => f.Validator), Is.EqualTo(new[] { "ReportFlag", "Plugin" }));
            Assert.That(result.Findings[1].Message, Is.EqualTo("agrees"));
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
        }
    }

    [Test]
    public async Task VerifyAsync_FigureCheckAndReportFlagBothFind_VerdictAndFindingsInValidatorOrder()
    {
        Claim[] evidence = [Claims.Of("e1", figure: "270,000", source: "IOM")];
        var claim = Claims.Of("c1", figure: "about 270,000", source: "UNHCR", contested: true);

        var result = await Verifiers.BuiltIn(evidence).VerifyClaimAsync(claim);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
            Assert.That(result.Findings.Select(f => (f.Validator, f.Outcome)), Is.EqualTo(new[]
            {
                ("FigureAgreement", FindingOutcome.Supports),
                ("ReportFlag", FindingOutcome.Contradicts),
            }));
            Assert.That(result.Supporting, Is.EqualTo(new[] { "e1" }));
            Assert.That(result.Reason, Does.StartWith("The report itself says UNHCR's figure is contested"));
        }
    }

    // A list that answers the verdict's questions itself and counts how often a finding is read.
    private sealed class SummarisedOnly(int count, bool contradicts, bool supports) : IReadOnlyList<Finding>, IFindingsSummary
    {
        public int Reads { get; private set; }

        public int Count => count;

        public bool AnyContradicts => contradicts;

        public bool AnySupports => supports;

        public bool AnyDiscounts => false;

        public Finding this[int index]
        {
            get
            {
                Reads++;
                return new Finding("V", FindingOutcome.Note, "read");
            }
        }

        public IEnumerator<Finding> GetEnumerator() => Enumerable.Range(0, count).Select(i => this[i]).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

using Verification.Places;
using Verification.Subjects;
using Verification.Verdicts;
namespace Verification.Core.Tests.Verdicts;

public sealed class FindingTests
{
    [Test]
    public void Message_ComposedFinding_IsNotComposedUntilRead()
    {
        var calls = 0;
        var finding = new Finding("FigureAgreement", FindingOutcome.Supports, () => $"composed {++calls}");

        Assert.That(calls, Is.Zero);
        Assert.That(finding.Message, Is.EqualTo("composed 1"));
    }

    [Test]
    public void Message_ComposedFindingReadTwice_IsComposedOnce()
    {
        var calls = 0;
        var finding = new Finding("FigureAgreement", FindingOutcome.Supports, () => $"composed {++calls}");

        _ = finding.Message;

        Assert.That(finding.Message, Is.EqualTo("composed 1"));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void Message_WithOnComposedFinding_ReplacesTheComposedMessage()
    {
        var finding = new Finding("FigureAgreement", FindingOutcome.Note, () => "composed") with { Message = "given" };

        Assert.That(finding.Message, Is.EqualTo("given"));
    }

    [Test]
    public void Equals_ComposedAndGivenWithSameText_AreEqual()
    {
        var composed = new Finding("FigureAgreement", FindingOutcome.Note, () => "the same") { Evidence = ["e1"] };
        var given = new Finding("FigureAgreement", FindingOutcome.Note, "the same") { Evidence = ["e1"] };

        Assert.That(composed, Is.EqualTo(given));
        Assert.That(composed.GetHashCode(), Is.EqualTo(given.GetHashCode()));
    }

    [Test]
    public void Equals_ComposedWithDifferentText_AreNotEqual()
    {
        var a = new Finding("FigureAgreement", FindingOutcome.Note, () => "one");
        var b = new Finding("FigureAgreement", FindingOutcome.Note, () => "other");

        Assert.That(a, Is.Not.EqualTo(b));
    }

    [Test]
    public void Ctor_NullComposer_Throws()
    {
        Assert.That(() => new Finding("FigureAgreement", FindingOutcome.Note, (Func<string>)null!), Throws.ArgumentNullException);
    }

    [Test]
    public void ToString_ComposedFinding_ShowsTheComposedMessage()
    {
        var finding = new Finding("FigureAgreement", FindingOutcome.Contradicts, () => "figures differ");

        Assert.That(finding.ToString(), Is.EqualTo("[FigureAgreement] contradicts: figures differ"));
    }

    [Test]
    public void Message_ComposerThrows_SaysSoInsteadOfThrowing()
    {
        var finding = new Finding("Plugin", FindingOutcome.Note, () => throw new InvalidOperationException("no template"));

        Assert.That(finding.Message, Does.Contain("could not be written").And.Contain("InvalidOperationException: no template"));
    }

    [TestCase(FindingOutcome.Supports, FindingSeverity.Information)]
    [TestCase(FindingOutcome.Note, FindingSeverity.Information)]
    [TestCase(FindingOutcome.Contradicts, FindingSeverity.Warning)]
    [TestCase(FindingOutcome.Error, FindingSeverity.Error)]
    public void Severity_NotSet_FollowsFromTheOutcome(FindingOutcome outcome, FindingSeverity expected)
    {
        Assert.That(new Finding("Plugin", outcome, "text").Severity, Is.EqualTo(expected));
    }

    [Test]
    public void Severity_Set_OverridesTheOutcome()
    {
        var finding = new Finding("Plugin", FindingOutcome.Note, "a weak grade") { Severity = FindingSeverity.Warning };

        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That(finding with { Message = "copied" }, Has.Property(nameof(Finding.Severity)).EqualTo(FindingSeverity.Warning));
    }

    [Test]
    public void Severity_SetToInformationOnAContradiction_IsKept()
    {
        // Information is the enumeration's zero: it must still count as set.
        var finding = new Finding("Plugin", FindingOutcome.Contradicts, "minor") { Severity = FindingSeverity.Information };

        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Information));
    }

    [Test]
    public void Severity_Undefined_Throws()
    {
        Assert.That(() => new Finding("Plugin", FindingOutcome.Note, "text") { Severity = (FindingSeverity)7 }, Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Code_NotSet_IsNull()
    {
        Assert.That(new Finding("Plugin", FindingOutcome.Note, "text").Code, Is.Null);
    }

    [Test]
    public void Equals_DifferentCodeSeverityOrState_AreNotEqual()
    {
        var finding = new Finding("Plugin", FindingOutcome.Note, "text") { Code = "plugin-note", State = new PartWholeState("a", "b", SubjectRelation.Contains, PlaceRelation.Same, false) };

        Assert.Multiple(() =>
        {
            Assert.That(finding, Is.EqualTo(finding with { State = new PartWholeState("a", "b", SubjectRelation.Contains, PlaceRelation.Same, false) }));
            Assert.That(finding, Is.Not.EqualTo(finding with { Code = "plugin-other" }));
            Assert.That(finding, Is.Not.EqualTo(finding with { Severity = FindingSeverity.Warning }));
            Assert.That(finding, Is.Not.EqualTo(finding with { State = new PartWholeState("b", "a", SubjectRelation.Contains, PlaceRelation.Same, false) }));
        });
    }
}

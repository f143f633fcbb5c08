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
}

using Verification.Measures;
using Verification.Subjects;
namespace Verification.Core.Tests.Subjects;

/// <summary>What a read subject says about the kind of figure it counts.</summary>
public sealed class SubjectKeyTests
{
    private static SubjectKey Read(string phrase) => SubjectVocabulary.Default.Read(phrase);

    [TestCase("civilians killed", Measure.Incident)]
    [TestCase("IDPs", Measure.Stock)]
    [TestCase("people fled", Measure.Total)]
    public void EventMeasure_ReadPhrase_IsTheUsualMeasureOfItsEvent(string phrase, Measure expected)
    {
        Assert.That(Read(phrase).EventMeasure, Is.EqualTo(expected));
    }

    [Test]
    public void EventMeasure_UnreadPhrase_IsNull()
    {
        Assert.That(Read("ceasefire violations").EventMeasure, Is.Null);
    }

    [Test]
    public void SaysRunningTotal_SinceADay_IsTrueAndKeepsTheStart()
    {
        var key = Read("people displaced since 17 October");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(key.SaysRunningTotal, Is.True);
            Assert.That(key.Since, Is.EqualTo("17 october"));
            Assert.That(key.SaysProjection, Is.False);
        }
    }

    [Test]
    public void SaysProjection_ExpectedTo_IsTrue()
    {
        var key = Read("death toll expected to rise");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(key.SaysProjection, Is.True);
            Assert.That(key.SaysRunningTotal, Is.False);
        }
    }

    [Test]
    public void SaysRunningTotal_PlainPhrase_IsFalseWithoutStart()
    {
        var key = Read("civilians reported killed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(key.SaysRunningTotal, Is.False);
            Assert.That(key.SaysProjection, Is.False);
            Assert.That(key.Since, Is.Null);
        }
    }
}

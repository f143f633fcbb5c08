using Verification.Cli.Progress;

namespace Verification.Cli.Tests.Progress;

[TestFixture]
public sealed class ProgressTextTests
{
    [TestCase(0.4, "1 s")]
    [TestCase(17, "17 s")]
    [TestCase(245, "4 min 05 s")]
    [TestCase(7380, "2 h 03 min")]
    public void Duration_Seconds_ReadAsAPersonSaysThem(double seconds, string expected) =>
        Assert.That(ProgressText.Duration(TimeSpan.FromSeconds(seconds)), Is.EqualTo(expected));

    [Test]
    public void Left_NothingDoneYet_Unknown() =>
        Assert.That(ProgressText.Left(0, TimeSpan.FromSeconds(3)), Is.Null);

    [Test]
    public void Left_QuarterDoneInTenSeconds_ThirtySecondsLeft() =>
        Assert.That(ProgressText.Left(0.25, TimeSpan.FromSeconds(10)), Is.EqualTo(TimeSpan.FromSeconds(30)));
}

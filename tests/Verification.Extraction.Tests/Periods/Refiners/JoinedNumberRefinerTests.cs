using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Periods.Refiners;

/// <summary>A date inside a longer run of joined digits is a reference or a telephone number, not a date.</summary>
[TestFixture]
public sealed class JoinedNumberRefinerTests
{
    [TestCase("Call the hotline on 0800-2016-10-17 for help.")]
    [TestCase("Case file 17/10/2016/44 was closed.")]
    public void Annotate_DateInsideLongerDigitRun_IsNoPeriod(string text) => Assert.That(Extract.Mentions(text).Periods, Is.Empty);

    [Test]
    public void Annotate_DateFollowedByAFullStop_IsStillADate() =>
        Assert.That(Extract.Mentions("The operation started on 17/10/2016.").Periods.Select(p => p.Text), Is.EqualTo(new[] { "17/10/2016" }));
}

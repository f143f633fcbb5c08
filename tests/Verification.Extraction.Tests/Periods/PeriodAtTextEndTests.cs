using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Periods;

/// <summary>A part of a period ("mid-", "the end of") with nothing after it, at the very end of a text: no period, and
/// no exception (the recogniser once read past the last token here).</summary>
[TestFixture]
public sealed class PeriodAtTextEndTests
{
    [TestCase("Prices rose in mid-")]
    [TestCase("Prices rose in mid")]
    [TestCase("The talks ran until the end of")]
    [TestCase("Thursday, 3 March and in mid-")]
    public void Annotate_PartOfAPeriodAtTheEnd_FindsNoPeriodThere(string text)
    {
        var mentions = Extract.Mentions(text);

        Assert.That(mentions.Periods.Where(p => p.Span.End == text.Length), Is.Empty);
    }
}

using System.Diagnostics;
using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Claims;

/// <summary>Inputs that break naive scanners end in time, with a bounded result.</summary>
[TestFixture]
public sealed class RobustnessTests
{
    [Test]
    [CancelAfter(60_000)]
    public void Extract_TenMegabytesWithoutNewlines_EndsInTimeWithClaimsFromEverySentence()
    {
        const string Sentence = "Around 340,000 people have fled Mosul since October, according to UNHCR figures. ";
        var text = string.Concat(Enumerable.Repeat(Sentence, (10_000_000 / Sentence.Length) + 1));
        var clock = Stopwatch.StartNew();

        var result = Extract.Claims(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
            Assert.That(result.Claims, Has.Count.EqualTo((10_000_000 / Sentence.Length) + 1));
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public void Extract_TenMegabytesWithoutNewlinesOrFullStops_EndsInTime()
    {
        var text = string.Concat(Enumerable.Repeat("around 340,000 people have fled all parts of mosul and ", 190_000));
        var clock = Stopwatch.StartNew();

        var result = Extract.Claims(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
            Assert.That(result.Mentions.Figures.Count(), Is.EqualTo(190_000));
        }
    }

    [Test]
    [CancelAfter(30_000)]
    public void Extract_LineOfOneHundredThousandDigits_FindsNoNumberInTime()
    {
        var text = new string('7', 100_000);
        var clock = Stopwatch.StartNew();

        var result = Extract.Claims(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
            Assert.That(result.Mentions.Numbers, Is.Empty);
            Assert.That(result.Claims, Is.Empty);
        }
    }

    [Test]
    [CancelAfter(30_000)]
    public void Extract_DigitsSeparatedBySpaces_AreBoundedByTheInput()
    {
        var text = "1" + string.Concat(Enumerable.Repeat(" 000", 200_000));

        var result = Extract.Claims(text);

        Assert.That(result.Mentions.Numbers, Has.Count.LessThanOrEqualTo(200_001));
    }

    [Test]
    public void Extract_EmptyText_FindsNothing()
    {
        var result = Extract.Claims(string.Empty);

        Assert.That(result.Claims, Is.Empty);
    }

    [Test]
    public void Extract_LoneSurrogatesAndControlCharacters_DoNotThrow()
    {
        var text = "\uD800 12 people \u0000 were killed \uDC00 in Mosul.\u001B";

        Assert.That(() => Extract.Claims(text), Throws.Nothing);
    }

    [Test]
    public void Extract_SameTextTwice_GivesTheSameClaims()
    {
        const string Text = "At least 20 civilians were killed in Idlib on Tuesday, the Syrian Observatory said.";

        var first = Extract.Claims(Text).Claims.Select(c => c.Claim);
        var second = Extract.Claims(Text).Claims.Select(c => c.Claim);

        Assert.That(second, Is.EqualTo(first));
    }
}

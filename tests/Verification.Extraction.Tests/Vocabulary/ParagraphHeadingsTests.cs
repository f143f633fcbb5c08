using Verification.Extraction.Vocabulary;

namespace Verification.Extraction.Tests.Vocabulary;

[TestFixture]
public sealed class ParagraphHeadingsTests
{
    [TestCase("Read more")]
    [TestCase("PHOTO")]
    [TestCase("follow us")]
    [TestCase("Source")]
    public void IsFurniture_ListedHead_IsTrue(string head)
    {
        Assert.That(ParagraphHeadings.IsFurniture(head), Is.True);
    }

    [TestCase("Reading")]
    [TestCase("The toll")]
    [TestCase("read  more")]
    public void IsFurniture_OtherHead_IsFalse(string head)
    {
        Assert.That(ParagraphHeadings.IsFurniture(head), Is.False);
    }

    [Test]
    public void Parse_PhraseTwiceOrBroken_SaysEachLine()
    {
        var problems = new List<string>();

        var phrases = ParagraphHeadings.Parse(
            [("en", 1, ["photo"]), ("en", 2, ["photo"]), ("en", 3, ["Video"]), ("en", 4, ["see: also"]), ("fr", 1, ["photo"])], problems);

        Assert.That(phrases.Select(p => (p.Language, p.Phrase)), Is.EqualTo(new[] { ("en", "photo"), ("fr", "photo") }));
        Assert.That(problems, Is.EqualTo(new[]
        {
            "en/headings.txt line 2: 'photo' is listed twice.",
            "en/headings.txt line 3: expected one lower-case phrase without a colon.",
            "en/headings.txt line 4: expected one lower-case phrase without a colon.",
        }));
    }
}

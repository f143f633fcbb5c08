using Verification.Extraction.Languages;

namespace Verification.Extraction.Tests.Languages;

[TestFixture]
public sealed class DigitWritingTests
{
    private static readonly DigitWriting French = DigitWriting.ReadShipped("fr");

    [TestCase("3 000 morts", "3,000")]
    [TestCase("3\u00A0000 morts", "3,000")]
    [TestCase("3\u202F000 morts", "3,000")]
    [TestCase("3.000 morts", "3,000")]
    [TestCase("1 250 000 déplacés", "1,250,000")]
    [TestCase("3,5 millions", "3.5")]
    [TestCase("12,5 %", "12.5%")]
    [TestCase("12\u00A0%", "12%")]
    [TestCase("1er mars", "1st")]
    [TestCase("2e jour", "2nd")]
    [TestCase("11e jour", "11th")]
    public void Read_FrenchNumber_IsTheNumberAsTheReadersTakeIt(string text, string canonical)
    {
        Assert.That(French.Read(text, 0).Canonical, Is.EqualTo(canonical));
    }

    [TestCase("2016 300 personnes", 4)]
    [TestCase("1.0000 personnes", 1)]
    [TestCase("3 00 personnes", 1)]
    [TestCase("3 000 000 0", 9)]
    public void Read_NoGroupOfThree_EndsBeforeIt(string text, int end)
    {
        Assert.That(French.Read(text, 0).End, Is.EqualTo(end));
    }

    [Test]
    public void Read_NumberAsWritten_HasNoCanonicalText()
    {
        Assert.That(French.Read("2016, 300", 0), Is.EqualTo(new DigitWriting.Reading(4, null, "2016", string.Empty)));
    }

    [Test]
    public void Build_BrokenLines_SaysEveryProblem()
    {
        var problems = new List<string>();

        DigitWriting.Build(
            [
                ("x line 1", ["decimal", "comma"]),
                ("x line 2", ["decimal", "full-stop"]),
                ("x line 3", ["group", "comma"]),
                ("x line 4", ["group", "tab"]),
                ("x line 5", ["ordinal-suffix", "ER"]),
            ],
            problems);

        Assert.That(problems, Has.Count.EqualTo(4));
        Assert.That(problems, Has.Some.StartsWith("x line 2").And.Some.StartsWith("x line 4").And.Some.StartsWith("x line 5"));
        Assert.That(problems, Has.Some.Contains("both the decimal sign and a group sign"));
    }
}

using Verification.Figures;
namespace Verification.Core.Tests.Figures;

public sealed class FigureScannerTests
{
    [TestCase('7', 7)]
    [TestCase('\u0663', 3)]
    [TestCase('\u06F9', 9)]
    [TestCase('x', -1)]
    public void DigitValue_ReadsThreeScripts(char c, int expected)
    {
        Assert.That(FigureScanner.DigitValue(c), Is.EqualTo(expected));
    }

    [TestCase("340,000 people", 3, 7)]
    [TestCase("3,00,000", 1, 8)]
    [TestCase("1,0000", 1, 1)]
    [TestCase("1 200", 1, 1)]
    public void GroupsEnd_WithoutPlainSpace_EndsAfterTheGroups(string text, int afterFirstRun, int expected)
    {
        Assert.That(FigureScanner.GroupsEnd(text, afterFirstRun, afterFirstRun, plainSpace: false), Is.EqualTo(expected));
    }

    [Test]
    public void GroupsEnd_WithPlainSpace_JoinsSpacedGroups()
    {
        Assert.That(FigureScanner.GroupsEnd("1 200", 1, 1, plainSpace: true), Is.EqualTo(5));
    }

    [TestCase("Twelve", FigureWord.Unit, 12)]
    [TestCase("ninety", FigureWord.Tens, 90)]
    [TestCase("about", FigureWord.About, 0)]
    [TestCase("reach", FigureWord.None, 0)]
    [TestCase("année", FigureWord.None, 0)]
    public void Classify_TellsTheWordsRunningTextShares(string word, FigureWord expected, long value)
    {
        var kind = FigureScanner.Classify(word, stackalloc char[16], out var read);

        Assert.That((kind, read), Is.EqualTo((expected, value)));
    }
}

using Verification.Extraction.Tests.TestSupport;
using Verification.Extraction.Vocabulary;

namespace Verification.Extraction.Tests.Vocabulary;

[TestFixture]
public sealed class PluralEndingsTests
{
    [TestCase("policemen")]
    [TestCase("townspeople")]
    [TestCase("Staff")]
    [TestCase("wounded")]
    [TestCase("refugees")]
    public void HasOne_NounPluralAlready_IsTrue(string noun)
    {
        Assert.That(PluralEndings.HasOne(noun), Is.True);
    }

    [TestCase("soldier")]
    [TestCase("fighter")]
    public void HasOne_SingularNoun_IsFalse(string noun)
    {
        Assert.That(PluralEndings.HasOne(noun), Is.False);
    }

    [Test]
    public void ReadShipped_EveryLanguage_ReadsWithoutProblems()
    {
        Assert.That(PluralEndings.ReadShipped(), Is.Not.Empty);
    }

    [TestCase("Dozens of policemen were wounded in Mosul on Tuesday.", "policemen")]
    [TestCase("Dozens of soldier were wounded in Mosul on Tuesday.", "soldiers")]
    public void Extract_CountedNoun_IsWrittenInThePlural(string text, string noun)
    {
        var claim = Extract.Single(text);

        Assert.That(claim.Subject.Text.Split(' ')[0], Is.EqualTo(noun));
    }
}

using Verification.Extraction.Numbers;
using Verification.Figures;

namespace Verification.Extraction.Tests.Numbers;

/// <summary>The vague-phrase trie: which words may start a phrase of the table, in any case.</summary>
[TestFixture]
public sealed class VaguePhrasesTests
{
    [TestCase("dozens")]
    [TestCase("Dozens")]
    [TestCase("TENS")]
    [TestCase("several")]
    [TestCase("Ümpteen")]
    [TestCase("ümpteen")]
    [TestCase("a-whole-lot-of-them-and-then-some-more-than-anyone-can-count-seventy")]
    public void MayStart_FirstWordOfAPhrase_IsTrue(string word)
    {
        var phrases = new VaguePhrases(VagueQuantityTable.Default.With("ümpteen", 10, 99)
            .With("a-whole-lot-of-them-and-then-some-more-than-anyone-can-count-seventy people", 70, 70));

        Assert.That(phrases.MayStart(word), Is.True);
    }

    [TestCase("people")]
    [TestCase("dozen-ish")]
    [TestCase("tend")]
    [TestCase("")]
    [TestCase("a-whole-lot-of-them-and-then-some-more-than-anyone-can-count-seventy-one")]
    public void MayStart_OtherWord_IsFalse(string word)
    {
        var phrases = new VaguePhrases(VagueQuantityTable.Default.With("ümpteen", 10, 99)
            .With("a-whole-lot-of-them-and-then-some-more-than-anyone-can-count-seventy people", 70, 70));

        Assert.That(phrases.MayStart(word), Is.False);
    }
}

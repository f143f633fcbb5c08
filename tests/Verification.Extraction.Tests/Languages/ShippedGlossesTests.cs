using System.Text.RegularExpressions;
using Verification.Extraction.Languages;
using Verification.Figures;
using Verification.Extraction.Tests.TestSupport;
using Verification.Extraction.Vocabulary;

namespace Verification.Extraction.Tests.Languages;

/// <summary>The shipped glosses of every language besides English: they read without problems (no phrase twice, none
/// with two readings), and none is dead: each changes the text, and each word it gives the readers is one they read.</summary>
[TestFixture]
public sealed partial class ShippedGlossesTests
{
    private static IEnumerable<string> GlossedLanguages => ExtractionOptions.SupportedLanguages.Where(l => l != "en");

    [Test]
    public void SupportedLanguages_AreEnglishThenFrench()
    {
        Assert.That(ExtractionOptions.SupportedLanguages, Is.EqualTo(new[] { "en", "fr" }));
    }

    [TestCaseSource(nameof(GlossedLanguages))]
    public void Glosses_Shipped_ReadWithoutProblems(string language)
    {
        Assert.That(() => GlossTable.ReadShipped(language), Throws.Nothing);
        Assert.That(() => DigitWriting.ReadShipped(language), Throws.Nothing);
    }

    [TestCaseSource(nameof(GlossedLanguages))]
    public void Glosses_EachEntry_ChangesTheText(string language)
    {
        var same = GlossTable.ReadShipped(language).Entries
            .Where(g => g.Phrase.Replace("' ", "'", StringComparison.Ordinal).Equals(g.Canonical, StringComparison.OrdinalIgnoreCase))
            .Select(g => g.Where);

        Assert.That(same, Is.Empty);
    }

    [TestCaseSource(nameof(GlossedLanguages))]
    public void Glosses_EveryLowerCaseWordGiven_IsOneTheReadersRead(string language)
    {
        var lexicon = LexiconFile.ReadShipped();
        var literals = WordsComparedInCode();
        var vague = FigureOptions.Default.VagueQuantities.Keys.SelectMany(k => k.Split(' ')).ToHashSet(StringComparer.Ordinal);
        Span<char> scratch = stackalloc char[16];
        var unread = new List<string>();
        foreach (var gloss in GlossTable.ReadShipped(language).Entries)
        {
            foreach (var word in Words().Matches(gloss.Canonical).Select(m => m.Value))
            {
                // Capitalised words are names and months, read by the gazetteer, the source lists and the month names.
                if (char.IsUpper(word[0]) || lexicon.ContainsKey(word) || literals.Contains(word) || vague.Contains(word)
                    || FigureScanner.Classify(word, scratch, out _) != FigureWord.None)
                {
                    continue;
                }

                unread.Add($"{gloss.Where}: '{word}'");
            }
        }

        Assert.That(unread, Is.Empty);
    }

    // The words the extraction's readers compare text with, as string literals in its code.
    private static HashSet<string> WordsComparedInCode()
    {
        var source = Repository.File("src", "Verification.Extraction").Directory!;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in source.EnumerateFiles("*.cs", SearchOption.AllDirectories).Where(f => f.Directory!.Name is not ("obj" or "bin" or "Languages")))
        {
            foreach (Match m in Literal().Matches(File.ReadAllText(file.FullName)))
            {
                words.Add(m.Groups[1].Value);
            }
        }

        return words;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    [GeneratedRegex("\"([a-z]+)\"")]
    private static partial Regex Literal();
}

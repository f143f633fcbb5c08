using System.Text.RegularExpressions;
using Verification.Extraction.Tests.TestSupport;
using Verification.Extraction.Text;
using Verification.Extraction.Vocabulary;

namespace Verification.Extraction.Tests.Vocabulary;

/// <summary>The shipped word lists of every language: no class that no code reads, no word twice, no word in two classes
/// whose roles exclude each other.</summary>
[TestFixture]
public sealed partial class ShippedVocabularyTests
{
    /// <summary>Classes no word may share: a word in both would be read two incompatible ways.</summary>
    /// <summary>Classes no word may share: a word in both would be read two incompatible ways.</summary>
    private static readonly string[][] Incompatible =
    [
        [nameof(Lex.CountNoun), nameof(Lex.NotCountNoun)],
        [nameof(Lex.CountNoun), nameof(Lex.Unit)],
        [nameof(Lex.CountNoun), nameof(Lex.Currency)],
        [nameof(Lex.CountNoun), nameof(Lex.Percent)],
        [nameof(Lex.Unit), nameof(Lex.Currency)],
        [nameof(Lex.Unit), nameof(Lex.Percent)],
        [nameof(Lex.Currency), nameof(Lex.Percent)],
        [nameof(Lex.Month), nameof(Lex.Weekday)],
        [nameof(Lex.Month), nameof(Lex.Season)],
        [nameof(Lex.Weekday), nameof(Lex.Season)],
        [nameof(Lex.Month), nameof(Lex.TimeUnit)],
        [nameof(Lex.Weekday), nameof(Lex.TimeUnit)],
        [nameof(Lex.Pronoun), nameof(Lex.Determiner)],
        [nameof(Lex.CountNoun), nameof(Lex.YearCue)],
        [nameof(Lex.ContestCue), nameof(Lex.SubjectVerb)],
    ];

    [Test]
    public void Lexicon_Shipped_ReadsWithoutProblems()
    {
        Assert.That(() => LexiconFile.ReadShipped(), Throws.Nothing);
    }

    [Test]
    public void Headings_Shipped_ReadWithoutProblems()
    {
        Assert.That(ParagraphHeadings.ReadShipped(), Is.Not.Empty);
    }

    [Test]
    public void Lexicon_EveryClass_IsListedAndRead()
    {
        var listed = LexiconFile.ReadShippedLines().Select(l => l.Class).ToHashSet();
        var read = ReadClasses();

        var classes = Enum.GetValues<Lex>().Where(l => l != Lex.None).ToList();

        Assert.That(classes.Where(c => !listed.Contains(c)).Select(LexiconFile.ClassName), Is.Empty, "classes with no word in any language");
        Assert.That(classes.Where(c => !read.Contains(c.ToString())).Select(LexiconFile.ClassName), Is.Empty, "classes no code reads");
    }

    [TestCaseSource(nameof(Incompatible))]
    public void Lexicon_IncompatibleClasses_ShareNoWord(string first, string second)
    {
        Lex a = Enum.Parse<Lex>(first), b = Enum.Parse<Lex>(second);

        var both = LexiconFile.ReadShipped().Where(e => (e.Value.Flags & a) != 0 && (e.Value.Flags & b) != 0).Select(e => e.Key);

        Assert.That(both, Is.Empty);
    }

    [Test]
    public void Lexicon_PeopleVerbs_AreSubjectVerbsOfTheirOwnEvent()
    {
        var entries = LexiconFile.ReadShipped();

        var wrong = entries.Where(e => (e.Value.Flags & Lex.PeopleVerb) != 0 && e.Value.Canonical != e.Key).Select(e => e.Key);

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Lexicon_SubjectVerbEvents_AreSubjectVerbsThemselves()
    {
        var entries = LexiconFile.ReadShipped();

        var events = entries.Values.Select(e => e.Canonical).OfType<string>().Distinct();

        Assert.That(events.Where(e => !entries.TryGetValue(e, out var entry) || entry.Canonical != e), Is.Empty);
    }

    [Test]
    public void Lexicon_MonthNames_AreAbbreviationsAfterTheFullName()
    {
        var entries = LexiconFile.ReadShipped();
        var months = LexiconFile.ReadShippedLines().Where(l => l.Class == Lex.Month).ToList();

        Assert.That(months, Is.Not.Empty);
        Assert.That(months.Where(m => (entries[m.Words[0]].Flags & Lex.Abbreviation) != 0).Select(m => m.Words[0]), Is.Empty, "full names read as abbreviations");
        Assert.That(months.SelectMany(m => m.Words.Skip(1)).Where(w => (entries[w].Flags & Lex.Abbreviation) == 0), Is.Empty, "abbreviations not in class abbreviation");
    }

    [Test]
    public void Lexicon_AmbiguousMonths_AreMonths()
    {
        var entries = LexiconFile.ReadShipped();

        Assert.That(entries.Where(e => (e.Value.Flags & Lex.AmbiguousMonth) != 0 && (e.Value.Flags & Lex.Month) == 0).Select(e => e.Key), Is.Empty);
    }

    [Test]
    public void Lexicon_Words_FitTheTokenizersLookup()
    {
        // The tokenizer looks up words of at most 24 letters.
        Assert.That(LexiconFile.ReadShipped().Keys.Where(w => w.Length > 24), Is.Empty);
    }

    // The Lex flags named in the extraction's code, outside the lexicon's own declaration and reader.
    private static HashSet<string> ReadClasses()
    {
        var source = Repository.File("src", "Verification.Extraction").Directory!;
        Assert.That(source.Exists, Is.True, source.FullName);
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in source.EnumerateFiles("*.cs", SearchOption.AllDirectories))
        {
            if (file.Name is "Lexicon.cs" || file.Directory!.Name is "Vocabulary" or "obj" or "bin")
            {
                continue;
            }

            foreach (Match m in LexFlag().Matches(File.ReadAllText(file.FullName)))
            {
                read.Add(m.Groups[1].Value);
            }
        }

        return read;
    }

    [GeneratedRegex(@"\bLex\.([A-Z]\w*)")]
    private static partial Regex LexFlag();
}

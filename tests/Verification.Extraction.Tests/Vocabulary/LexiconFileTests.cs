using Verification.Extraction.Text;
using Verification.Extraction.Vocabulary;
using Verification.Figures;

namespace Verification.Extraction.Tests.Vocabulary;

/// <summary>The checks a lexicon file passes before it is used: its format, and no word twice in a class or with two
/// values for one field.</summary>
[TestFixture]
public sealed class LexiconFileTests
{
    [Test]
    public void Parse_WellFormedLines_ReadsClassValueAndWords()
    {
        var problems = new List<string>();

        var lines = LexiconFile.Parse([Row("month=3\tmarch mar"), Row("preposition\tin on")], problems);

        Assert.That(problems, Is.Empty);
        Assert.That(lines.Select(l => (l.Class, l.Value, string.Join(' ', l.Words))),
            Is.EqualTo(new[] { (Lex.Month, (string?)"3", "march mar"), (Lex.Preposition, (string?)null, "in on") }));
    }

    [Test]
    public void Parse_BrokenLines_SaysEveryProblemWithItsLine()
    {
        var problems = new List<string>();

        var lines = LexiconFile.Parse(
            [Row("colour\tred", 4), Row("month=13\tundecember", 5), Row("preposition=1\tin", 6), Row("month\tjanuary", 7), Row("unit\tKm", 8), Row("unit", 9)],
            problems);

        Assert.That(lines, Is.Empty);
        Assert.That(problems, Has.Count.EqualTo(6));
        Assert.That(problems[0], Does.StartWith("en/lexicon.tsv line 4: 'colour' is not a word class"));
        Assert.That(problems[1], Does.Contain("line 5: class month needs a value: a month number, 1 to 12 ('13' is not)"));
        Assert.That(problems[2], Does.Contain("line 6: class preposition carries no value"));
        Assert.That(problems[3], Does.Contain("line 7: class month needs a value"));
        Assert.That(problems[4], Does.Contain("line 8: 'Km' is not a lower-case word"));
        Assert.That(problems[5], Does.Contain("line 9: expected a class, a tab and words"));
    }

    [Test]
    public void Build_WordTwiceInOneClass_IsReported()
    {
        var problems = new List<string>();

        LexiconFile.Build(Lines(Row("unit\tkm mm", 1), Row("unit\tmm", 2)), problems);

        Assert.That(problems, Is.EqualTo(new[] { "en/lexicon.tsv line 2: 'mm' is already in class unit at en/lexicon.tsv line 1." }));
    }

    [Test]
    public void Build_WordWithTwoValuesForOneField_IsReported()
    {
        var problems = new List<string>();

        LexiconFile.Build(Lines(Row("month=3\tmar", 1), Row("month=4\tmar", 2), Row("dozen=12\tscore", 3), Row("number-extra=20\tscore", 4)), problems);

        Assert.That(problems, Has.Count.EqualTo(2));
        Assert.That(problems[0], Is.EqualTo("en/lexicon.tsv line 2: 'mar' already has another value for month (3) at en/lexicon.tsv line 1."));
        Assert.That(problems[1], Does.StartWith("en/lexicon.tsv line 4: 'score' already has another value"));
    }

    [Test]
    public void Build_WordInSeveralClasses_HasEveryClassAndValue()
    {
        var problems = new List<string>();

        var entries = LexiconFile.Build(Lines(Row("month=5\tmay"), Row("auxiliary\tmay"), Row("ordinal=2\tsecond"), Row("time-unit=second\tsecond")), problems);

        Assert.That(problems, Is.Empty);
        Assert.That(entries["may"].Flags, Is.EqualTo(Lex.Month | Lex.Auxiliary));
        Assert.That(entries["may"].Month, Is.EqualTo(5));
        Assert.That((entries["second"].Ordinal, entries["second"].TimeUnit), Is.EqualTo(((short)2, Lexicon.Second)));
    }

    [Test]
    public void Build_SameWordAndRoleInTwoLanguages_IsOneEntry()
    {
        var problems = new List<string>();

        var entries = LexiconFile.Build(Lines(Row("time-unit=minute\tminute", 1, "en"), Row("time-unit=minute\tminute", 1, "fr")), problems);

        Assert.That(problems, Is.Empty);
        Assert.That(entries["minute"].TimeUnit, Is.EqualTo(Lexicon.Minute));
    }

    [Test]
    public void ClassName_FlagOfTwoWords_IsHyphenated()
    {
        Assert.That(LexiconFile.ClassName(Lex.SpeechVerb), Is.EqualTo("speech-verb"));
    }

    private static (string Language, int Number, string[] Fields) Row(string line, int number = 1, string language = "en") =>
        (language, number, line.Split('\t'));

    private static List<LexiconFile.Line> Lines(params (string, int, string[])[] rows)
    {
        var problems = new List<string>();
        var lines = LexiconFile.Parse(rows, problems);
        Assert.That(problems, Is.Empty);
        return lines;
    }
}

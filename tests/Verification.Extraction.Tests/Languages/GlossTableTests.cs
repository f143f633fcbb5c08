using Verification.Extraction.Languages;

namespace Verification.Extraction.Tests.Languages;

[TestFixture]
public sealed class GlossTableTests
{
    private static GlossTable Build(List<string> problems, params (string Where, string[] Fields)[] rows) => GlossTable.Build(rows, problems);

    [Test]
    public void Build_WellFormedLines_ListsEachPhraseByItsTokens()
    {
        var problems = new List<string>();

        var table = Build(problems, ("a 1", ["plus de", "more than"]), ("a 2", ["du 11 au 14", "from # to #"]), ("a 3", ["l'oim", "IOM"]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems, Is.Empty);
            Assert.That(table.TryGet("plus de", out var more) ? more.Canonical : null, Is.EqualTo("more than"));
            Assert.That(table.TryGet("du # au #", out var range) ? range.Canonical : null, Is.EqualTo("from # to #"));
            Assert.That(table.TryGet("l' oim", out var iom) ? iom.Canonical : null, Is.EqualTo("IOM"));
        }
    }

    [Test]
    public void Build_PhraseTwice_IsReportedWithBothLines()
    {
        var problems = new List<string>();

        Build(problems, ("a 1", ["environ", "about"]), ("b 7", ["environ", "about"]), ("b 8", ["environ", "around"]));

        Assert.That(problems, Is.EqualTo(new[]
        {
            "b 7: 'environ' is already listed at a 1.",
            "b 8: 'environ' already reads as 'about' at a 1.",
        }));
    }

    [Test]
    public void Build_BrokenLines_SaysEveryProblem()
    {
        var problems = new List<string>();

        var table = Build(
            problems,
            ("a 1", ["plus de"]),
            ("a 2", ["Plus de", "more than"]),
            ("a 3", ["du # au #", "from #"]),
            ("a 4", ["#", "a number"]),
            ("a 5", ["- mars", "March"]));

        Assert.That(problems.Select(p => p[..3]), Is.EqualTo(new[] { "a 1", "a 2", "a 3", "a 4", "a 5" }));
        Assert.That(table.Entries, Is.Empty);
    }

    [Test]
    public void Build_DashCanonical_DropsThePhrase()
    {
        var table = Build([], ("a 1", ["ne", "-"]));

        Assert.That(table.TryGet("ne", out var gloss) ? gloss.Canonical : null, Is.Empty);
    }
}

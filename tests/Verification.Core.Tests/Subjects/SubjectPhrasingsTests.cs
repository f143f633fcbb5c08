using Verification.Subjects;
namespace Verification.Core.Tests.Subjects;

/// <summary>Real phrasings of what figures count — from news reports, UN agencies, ministries and HXL data sets — each
/// read as a careful fact-checker reads it.</summary>
/// <remarks>The rows live in <c>Data/phrasings.tsv</c>: the phrase, the canonical key it means
/// (<see cref="SubjectKey.Canonical"/>), and where the wording comes from. The first line is a header.</remarks>
public sealed class SubjectPhrasingsTests
{
    private const int MinimumRows = 200;

    private static readonly Lazy<IReadOnlyList<Phrasing>> Rows = new(ReadRows);

    public static IEnumerable<TestCaseData> Phrasings() =>
        Rows.Value.Select(r => new TestCaseData(r.Phrase, r.Expected).SetArgDisplayNames(r.Phrase));

    [TestCaseSource(nameof(Phrasings))]
    public void Read_RealPhrasing_IsWhatItCounts(string phrase, string expected)
    {
        var key = SubjectVocabulary.Default.Read(phrase);

        Assert.That(key.Canonical, Is.EqualTo(expected), () => $"'{phrase}' read as {key}; words left unread: [{string.Join(", ", key.Unread)}]");
    }

    [Test]
    public void File_HasEnoughRowsAndNoPhraseTwice()
    {
        var phrases = Rows.Value.Select(r => r.Phrase.ToLowerInvariant()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(phrases, Has.Count.GreaterThanOrEqualTo(MinimumRows));
            Assert.That(phrases, Is.Unique);
        }
    }

    [Test]
    public void File_EveryRowHasPhraseKeyAndSource()
    {
        var lines = File.ReadAllLines(PathOfFile()).Skip(1).Where(l => l.Length > 0);

        Assert.That(lines, Has.All.Matches<string>(l => l!.Split('\t') is [{ Length: > 0 }, { Length: > 0 }, { Length: > 0 }]));
    }

    private static string PathOfFile() => Path.Combine(AppContext.BaseDirectory, "Subjects", "Data", "phrasings.tsv");

    private static IReadOnlyList<Phrasing> ReadRows() =>
        [.. File.ReadAllLines(PathOfFile())
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Where(c => c.Length == 3)
            .Select(c => new Phrasing(c[0].Trim(), c[1].Trim(), c[2].Trim()))];

    private sealed record Phrasing(string Phrase, string Expected, string Source);
}

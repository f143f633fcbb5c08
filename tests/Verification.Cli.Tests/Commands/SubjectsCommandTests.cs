using System.Text.Json;
using System.Text.RegularExpressions;
using Verification.Cli.Tests.TestSupport;

namespace Verification.Cli.Tests.Commands;

/// <summary><c>verify subjects</c>, run in process: how phrases are read, with the shipped vocabulary or another file.</summary>
[TestFixture]
public sealed partial class SubjectsCommandTests
{
    private const string SmallVocabulary = """
        {
          "populations": [ { "name": "people", "general": true, "phrases": ["people"] } ],
          "events": [ { "name": "killed", "measure": "incident", "hxl": "#affected+killed", "phrases": ["martyrs", "killed"] } ]
        }
        """;

    [Test]
    public async Task Subjects_ReadPhrase_PrintsEachPartOfTheKey()
    {
        var run = await CliRun.InvokeAsync("subjects", "civilians reported killed");
        var block = Blocks(run.Stdout).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stderr, Is.Empty);
            Assert.That(block["phrase"], Is.EqualTo("civilians reported killed"));
            Assert.That(block["key"], Is.EqualTo("civilians|killed|"));
            Assert.That(block["population"], Is.EqualTo("civilians"));
            Assert.That(block["event"], Is.EqualTo("killed"));
            Assert.That(block["qualifiers"], Is.EqualTo("—"));
            Assert.That(block["hxl"], Is.EqualTo("#affected+killed+civilians"));
            Assert.That(block["measure"], Is.EqualTo("incident (usual for killed)"));
            Assert.That(block["unread"], Is.EqualTo("—"));
        }
    }

    [Test]
    public async Task Subjects_GeneralPopulationAndQualifier_SaysUnspecifiedAndNamesTheQualifier()
    {
        var run = await CliRun.InvokeAsync("subjects", "IDPs in camps");
        var block = Blocks(run.Stdout).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(block["population"], Is.EqualTo("unspecified"));
            Assert.That(block["event"], Is.EqualTo("displaced"));
            Assert.That(block["qualifiers"], Is.EqualTo("in camps"));
            Assert.That(block["measure"], Is.EqualTo("stock (usual for displaced)"));
        }
    }

    [Test]
    public async Task Subjects_HxlHashtag_ReadsTheHashtag()
    {
        var run = await CliRun.InvokeAsync("subjects", "#affected+idps");

        Assert.That(Blocks(run.Stdout).Single()["key"], Is.EqualTo("*|displaced|"));
    }

    [TestCase("people displaced since 17 October", "running total (since 17 october)")]
    [TestCase("deaths so far", "running total (the words say so)")]
    [TestCase("death toll expected to rise", "projection (the words say so)")]
    public async Task Subjects_MeasureCueInTheWords_IsPrinted(string phrase, string measure)
    {
        var run = await CliRun.InvokeAsync("subjects", phrase);

        Assert.That(Blocks(run.Stdout).Single()["measure"], Is.EqualTo(measure));
    }

    [Test]
    public async Task Subjects_UnreadPhrase_SaysItIsComparedByWordsAndExitsZero()
    {
        var run = await CliRun.InvokeAsync("subjects", "ceasefire violations");
        var block = Blocks(run.Stdout).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(block["key"], Is.EqualTo("~ceasefire violation"));
            Assert.That(block["event"], Does.Contain("compared by words (ceasefire violation)"));
            Assert.That(block["unread"], Is.EqualTo("ceasefire, violation"));
            Assert.That(block, Does.Not.ContainKey("population"));
        }
    }

    [Test]
    public async Task Subjects_SeveralPhrases_OneBlockEachInOrder()
    {
        var run = await CliRun.InvokeAsync("subjects", "death toll", "people fled", "homes destroyed");

        Assert.That(Blocks(run.Stdout).Select(b => b["key"]), Is.EqualTo(new[] { "*|killed|", "*|fled|", "homes|destroyed|" }));
    }

    [Test]
    public async Task Subjects_FormatJson_WritesEveryFieldOfEveryPhrase()
    {
        var run = await CliRun.InvokeAsync("subjects", "--format", "json", "civilians killed since March", "ceasefire violations");
        using var json = JsonDocument.Parse(run.Stdout);
        var subjects = json.RootElement.GetProperty("subjects");
        var read = subjects[0];
        var unread = subjects[1];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(subjects.GetArrayLength(), Is.EqualTo(2));
            Assert.That(read.GetProperty("phrase").GetString(), Is.EqualTo("civilians killed since March"));
            Assert.That(read.GetProperty("read").GetBoolean(), Is.True);
            Assert.That(read.GetProperty("key").GetString(), Is.EqualTo("civilians|killed|"));
            Assert.That(read.GetProperty("population").GetString(), Is.EqualTo("civilians"));
            Assert.That(read.GetProperty("event").GetString(), Is.EqualTo("killed"));
            Assert.That(read.GetProperty("qualifiers").GetArrayLength(), Is.Zero);
            Assert.That(read.GetProperty("hxl").GetString(), Is.EqualTo("#affected+killed+civilians"));
            Assert.That(read.GetProperty("measure").GetString(), Is.EqualTo("total"));
            Assert.That(read.GetProperty("measureFrom").GetString(), Is.EqualTo("words"));
            Assert.That(read.GetProperty("since").GetString(), Is.EqualTo("march"));
            Assert.That(unread.GetProperty("read").GetBoolean(), Is.False);
            Assert.That(unread.GetProperty("population").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(unread.GetProperty("event").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(unread.GetProperty("measure").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(unread.GetProperty("words").GetString(), Is.EqualTo("ceasefire violation"));
            Assert.That(unread.GetProperty("unread").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "ceasefire", "violation" }));
        }
    }

    [Test]
    public async Task Subjects_VocabularyFile_ReadsWithIt()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("vocabulary.json", SmallVocabulary);

        var withFile = await CliRun.InvokeAsync("subjects", "--vocabulary", file.FullName, "martyrs");
        var shipped = await CliRun.InvokeAsync("subjects", "martyrs");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withFile.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(Blocks(withFile.Stdout).Single()["key"], Is.EqualTo("*|killed|"));
            Assert.That(Blocks(shipped.Stdout).Single()["key"], Is.EqualTo("~martyr"));
        }
    }

    [Test]
    public async Task Subjects_VocabularyFileWithProblems_ExitsTwoListingEveryProblem()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("vocabulary.json", """
            {
              "events": [
                { "name": "killed", "measure": "sometimes", "phrases": ["killed"] },
                { "name": "dead", "parent": "deaths", "measure": "incident", "phrases": ["Killed"] }
              ]
            }
            """);

        var run = await CliRun.InvokeAsync("subjects", "--vocabulary", file.FullName, "people killed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines, Is.EqualTo(new[]
            {
                $"{file.FullName}: vocabulary-invalid: events[killed]: 'measure' must be incident, stock, total or projection (it is 'sometimes').",
                $"{file.FullName}: vocabulary-invalid: events[dead]: the parent 'deaths' is not declared.",
                $"{file.FullName}: vocabulary-invalid: events[dead]: the phrase 'Killed' is already declared in events[killed] (phrases compare in lower case, singular, without accents).",
            }));
        }
    }

    [Test]
    public async Task Subjects_VocabularyFileNotJson_ExitsTwoOnOneLine()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("vocabulary.json", "{ \"events\": [");

        var run = await CliRun.InvokeAsync("subjects", "--vocabulary", file.FullName, "people killed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.StderrLines, Has.Count.EqualTo(1));
            Assert.That(run.Stderr, Does.StartWith($"{file.FullName}: vocabulary-invalid: The subject vocabulary is not valid JSON"));
        }
    }

    [Test]
    public async Task Subjects_VocabularyFileMissing_ExitsTwoNamingTheFile()
    {
        using var temp = new TempDirectory();
        var missing = temp.Missing("vocabulary.json");

        var run = await CliRun.InvokeAsync("subjects", "--vocabulary", missing.FullName, "people killed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr.Trim(), Is.EqualTo($"{missing.FullName}: file-missing: the file does not exist."));
        }
    }

    [Test]
    public async Task Subjects_EmptyPhrase_ExitsTwoNamingIt()
    {
        var run = await CliRun.InvokeAsync("subjects", "people killed", " ");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.Stderr.Trim(), Is.EqualTo("PHRASE #2: phrase-empty: ' ' has no words to read."));
        }
    }

    [Test]
    public async Task Subjects_NoPhrase_ExitsTwo()
    {
        var run = await CliRun.InvokeAsync("subjects");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr, Does.Contain("verify subjects --help"));
        }
    }

    // The table: a quoted phrase, then one indented "label  value" line per part; blocks apart by an empty line.
    private static List<Dictionary<string, string>> Blocks(string stdout)
    {
        var blocks = new List<Dictionary<string, string>>();
        foreach (var line in stdout.Split(["\r\n", "\n"], StringSplitOptions.None))
        {
            if (line.StartsWith('"'))
            {
                blocks.Add(new Dictionary<string, string>(StringComparer.Ordinal) { ["phrase"] = line.Trim('"') });
            }
            else if (line.StartsWith("  ", StringComparison.Ordinal) && LabelAndValue().Match(line) is { Success: true } m)
            {
                blocks[^1][m.Groups[1].Value] = m.Groups[2].Value;
            }
        }

        return blocks;
    }

    [GeneratedRegex(@"^  (\S+)\s{2,}(.+)$")]
    private static partial Regex LabelAndValue();
}

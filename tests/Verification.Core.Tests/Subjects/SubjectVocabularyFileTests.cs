using System.Text;
using Verification.Subjects;

namespace Verification.Core.Tests.Subjects;

/// <summary>Vocabulary files (docs/formats.md, "Subject vocabulary"): what their entries make the reader do, and what
/// makes a file rejected.</summary>
public sealed class SubjectVocabularyFileTests
{
    private const string Small = """
        {
          "populations": [
            { "name": "people", "general": true, "phrases": ["people"] },
            { "name": "families", "phrases": ["families"] },
            { "name": "buildings", "things": true, "phrases": ["buildings"] },
            { "name": "schools", "parent": "buildings", "phrases": ["schools"] }
          ],
          "events": [
            { "name": "affected", "general": true, "measure": "stock", "hxl": "#affected", "phrases": ["affected"] },
            { "name": "displaced", "measure": "stock", "hxl": "#affected+displaced", "phrases": ["displaced"] },
            { "name": "detained", "measure": "stock", "phrases": ["abducted"] },
            { "name": "returned", "measure": "total", "phrases": ["returned"] },
            { "name": "missing", "measure": "stock", "phrases": ["missing"] },
            { "name": "destroyed", "measure": "incident", "needsPopulation": true, "phrases": ["destroyed", "hit"] }
          ],
          "terms": [
            { "phrases": ["IDPs"], "population": "people", "event": "displaced", "hxl": "#affected+idps" }
          ],
          "qualifiers": [
            { "name": "in camps", "implies": "displaced", "phrases": ["in camps", "in IDP camps"] },
            { "name": "cholera", "phrases": ["cholera"] }
          ],
          "filler": ["from", "their", "in", "the", "by"]
        }
        """;

    private static SubjectVocabulary Load(string json) => SubjectVocabulary.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static string Read(string phrase) => Load(Small).Read(phrase).Canonical;

    [Test]
    public void Read_ThingsAfterAnEventThatBefallsPeople_SayWhereNotWho()
    {
        Assert.That(Read("abducted from their school"), Is.EqualTo("*|detained|"));
    }

    [TestCase("schools destroyed")]
    [TestCase("destroyed schools")]
    public void Read_ThingsWithAnEventThatBefallsThings_AreWhatIsCounted(string phrase)
    {
        Assert.That(Read(phrase), Is.EqualTo("schools|destroyed|"));
    }

    [Test]
    public void Read_PopulationRightAfterATermLeavingItGeneral_SaysWho()
    {
        Assert.That(Read("IDP families"), Is.EqualTo("families|displaced|"));
    }

    [Test]
    public void Read_GeneralEventThenAnEventThatBefallsPeople_TakesTheLaterOne()
    {
        Assert.That(Read("affected people displaced"), Is.EqualTo("*|displaced|"));
    }

    [Test]
    public void Read_GeneralEventThenAnEventThatBefallsThings_KeepsTheGeneralOne()
    {
        Assert.That(Read("people affected in the buildings hit"), Is.EqualTo("*|affected|"));
    }

    [Test]
    public void Read_EventSayingWhoThenAnEventThatHappenedToThem_TakesTheLaterOne()
    {
        Assert.That(Read("displaced families returned"), Is.EqualTo("families|returned|"));
    }

    [Test]
    public void Read_EventSayingWhoThenAStatus_KeepsTheFirst()
    {
        Assert.That(Read("abducted families still missing"), Is.EqualTo("families|detained|"));
    }

    [Test]
    public void Read_PeopleThenTwoEvents_KeepsTheFirst()
    {
        Assert.That(Read("families displaced and returned"), Is.EqualTo("families|displaced|"));
    }

    [TestCase("cases", "cholera cases", SubjectRelation.Unspecified)]
    [TestCase("active cases", "cholera cases", SubjectRelation.Within)]
    [TestCase("cases", "cases in camps", SubjectRelation.Contains)]
    [TestCase("deaths", "cholera deaths", SubjectRelation.Contains)]
    public void Relate_EventThatAlwaysHasACause_LeavesItUnspecifiedWhenUnnamed(string first, string second, SubjectRelation relation)
    {
        const string Json = """
            {
              "events": [
                { "name": "cases", "measure": "total", "causeImplied": true, "phrases": ["cases"] },
                { "name": "active cases", "parent": "cases", "measure": "stock", "phrases": ["active cases"] },
                { "name": "killed", "measure": "incident", "phrases": ["deaths"] }
              ],
              "qualifiers": [
                { "name": "cholera", "cause": true, "phrases": ["cholera"] },
                { "name": "in camps", "phrases": ["in camps"] }
              ],
              "filler": ["in"]
            }
            """;
        var vocabulary = Load(Json);

        Assert.That(vocabulary.Relate(vocabulary.Read(first), vocabulary.Read(second)), Is.EqualTo(relation));
    }

    [TestCase("families in camps", "families|displaced|in camps")]
    [TestCase("people affected in camps", "*|displaced|in camps")]
    [TestCase("families abducted in camps", "families|detained|in camps")]
    [TestCase("families with cholera", "~cholera family with")]
    public void Read_QualifierImplyingAnEvent_GivesItToPhrasesWithoutOne(string phrase, string canonical)
    {
        Assert.That(Read(phrase), Is.EqualTo(canonical));
    }

    [Test]
    public void Load_QualifierImplyingAnUndeclaredEvent_IsRefused()
    {
        var json = Small.Replace("\"implies\": \"displaced\"", "\"implies\": \"sheltered\"", StringComparison.Ordinal);

        Assert.That(() => Load(json), Throws.TypeOf<FormatException>()
            .With.Message.Contains("qualifiers[in camps]: 'implies' names the event 'sheltered', which is not declared under 'events'."));
    }

    [Test]
    public void Read_QualifierPhraseHoldingTheEventsWord_DoesNotSwallowIt()
    {
        Assert.That(Read("IDPs in camps"), Is.EqualTo("*|displaced|in camps"));
    }

    [Test]
    public void Read_TagOfATerm_ReadsAsTheTerm()
    {
        Assert.That(Read("#affected+idps"), Is.EqualTo("*|displaced|"));
    }

    [Test]
    public void Load_PhraseDeclaredTwiceInAnotherSpelling_IsRefusedNamingBothPlaces()
    {
        var json = Small.Replace("\"phrases\": [\"abducted\"]", "\"phrases\": [\"abducted\", \"Displaced\"]", StringComparison.Ordinal);

        Assert.That(() => Load(json), Throws.TypeOf<FormatException>()
            .With.Message.Contains("events[detained]: the phrase 'Displaced' is already declared in events[displaced]"));
    }

    private static readonly string TwoLanguages = WithLanguages("""
        "languages": {
          "es": {
            "populations": { "families": ["familias"] },
            "events": { "displaced": ["desplazados", "desplazadas"] },
            "qualifiers": { "in camps": ["en campamentos"] }
          },
          "pt": { "events": { "displaced": ["deslocados"] }, "ignored": ["confirmados"] }
        }
        """);

    private static string WithLanguages(string languages) =>
        Small.Replace("\"filler\":", languages + ",\n  \"filler\":", StringComparison.Ordinal);

    [TestCase("desplazados en campamentos", "*|displaced|in camps")]
    [TestCase("familias desplazadas", "families|displaced|")]
    [TestCase("deslocados", "*|displaced|")]
    public void Read_PhrasesOfLanguageBlocks_ReadAsTheirEntries(string phrase, string canonical)
    {
        Assert.That(Load(TwoLanguages).Read(phrase).Canonical, Is.EqualTo(canonical));
    }

    [Test]
    public void Read_IgnoredWordOfALanguageBlock_IsReadAndLeftAside()
    {
        var key = Load(TwoLanguages).Read("deslocados confirmados");

        Assert.That(key.Unread, Is.Empty);
    }

    [Test]
    public void Load_OneWordWithOneMeaningInTwoLanguages_IsAccepted()
    {
        var json = WithLanguages("""
            "languages": { "es": { "events": { "displaced": ["desplazados"] } }, "pt": { "events": { "displaced": ["Desplazados"] } } }
            """);

        Assert.That(Load(json).Read("desplazados").Canonical, Is.EqualTo("*|displaced|"));
    }

    [Test]
    public void Load_OneWordWithTwoMeaningsInTwoLanguages_IsRefusedNamingBothPlaces()
    {
        var json = WithLanguages("""
            "languages": { "es": { "events": { "displaced": ["desplazados"] } }, "pt": { "events": { "detained": ["desplazados"] } } }
            """);

        Assert.That(() => Load(json), Throws.TypeOf<FormatException>()
            .With.Message.Contains("languages[pt].events[detained]: the phrase 'desplazados' is already declared in languages[es].events[displaced]"));
    }

    [Test]
    public void Load_OneWordTwiceInOneLanguage_IsRefused()
    {
        var json = WithLanguages("""
            "languages": { "cs": { "events": { "displaced": ["vysídlení", "vysídlení"] } } }
            """);

        Assert.That(() => Load(json), Throws.TypeOf<FormatException>()
            .With.Message.Contains("languages[cs].events[displaced]: the phrase 'vysídlení' is already declared in languages[cs].events[displaced]"));
    }

    [Test]
    public void Load_LanguageBlockNamingWhatIsNotDeclared_ListsEveryProblem()
    {
        var json = WithLanguages("""
            "languages": {
              "es": { "events": { "muertos": ["muertos"] }, "populations": { "people": [] }, "filler": ["de"] },
              "fr": ["morts"]
            }
            """);

        Assert.That(() => Load(json), Throws.TypeOf<FormatException>()
            .With.Message.Contains("languages[es].events[muertos]: 'muertos' is not declared under 'events'.")
            .And.Message.Contains("languages[es].populations[people]: needs a non-empty array of phrases.")
            .And.Message.Contains("languages[es]: 'filler' is not a list a language block may hold")
            .And.Message.Contains("languages[fr]: must be an object of lists."));
    }

    [Test]
    public void Load_SeveralProblems_ListsEveryOne()
    {
        var json = Small
            .Replace("\"measure\": \"stock\", \"phrases\": [\"abducted\"]", "\"measure\": \"sometimes\", \"phrases\": [\"abducted\"]", StringComparison.Ordinal)
            .Replace("\"parent\": \"buildings\"", "\"parent\": \"structures\"", StringComparison.Ordinal);

        Assert.That(() => Load(json), Throws.TypeOf<FormatException>()
            .With.Message.Contains("events[detained]: 'measure' must be incident, stock, total or projection (it is 'sometimes').")
            .And.Message.Contains("populations[schools]: the parent 'structures' is not declared."));
    }
}

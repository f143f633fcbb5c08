using System.Text;
using Verification.Claims;
using Verification.Figures;
using Verification.Subjects;

namespace Verification.Core.Tests.Subjects;

public sealed class SubjectVocabularyTests
{
    private static readonly SubjectVocabulary Default = SubjectVocabulary.Default;

    private static string Key(SubjectVocabulary vocabulary, string phrase) => vocabulary.CanonicalKeyOf(new Subject(phrase));

    private static bool Same(SubjectVocabulary vocabulary, string a, string b) =>
        string.Equals(Key(vocabulary, a), Key(vocabulary, b), StringComparison.Ordinal);

    private static SubjectRelation Relate(string a, string b) => Default.Relate(new Subject(a), new Subject(b));

    // --- reading ---

    [TestCase("civilians killed", "civilians|killed|")]
    [TestCase("civilian deaths", "civilians|killed|")]
    [TestCase("civilians reported killed", "civilians|killed|")]
    [TestCase("Civilian Death Toll", "civilians|killed|")]
    [TestCase("deaths conceded by the coalition", "*|killed|")]
    [TestCase("people killed", "*|killed|")]
    [TestCase("death toll", "*|killed|")]
    [TestCase("bodies recovered", "*|bodies recovered|")]
    [TestCase("IDPs", "*|displaced|")]
    [TestCase("internally displaced persons", "*|displaced|")]
    [TestCase("displaced people in camps", "*|displaced|in camps")]
    [TestCase("returnees", "*|returned|")]
    [TestCase("people in need of humanitarian assistance", "*|in need|")]
    [TestCase("children killed in air strikes", "children|killed|by air strikes")]
    [TestCase("people, including five children, were killed", "*|killed|")]
    [TestCase("homes destroyed", "homes|destroyed|")]
    public void Read_RealPhrasing_ReadsPopulationEventAndQualifiers(string phrase, string canonical)
    {
        Assert.That(Default.Read(phrase).Canonical, Is.EqualTo(canonical));
    }

    [Test]
    public void ReadClaim_SubjectNamingOnlyAKindOfFigure_IsReadFromWhatTheQuoteCountsBeforeIt()
    {
        var claim = new Claim("h2", "official figure", Figure.Parse("316,000"), "Haitian government")
        {
            Quote = "The report estimates the death toll was between 46,000 and 85,000, far below the government's official figure of 316,000.",
        };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Default.Read(claim).Canonical, Is.EqualTo("*|killed|"));
            Assert.That(Default.IsReadFromQuote(claim), Is.True);
            Assert.That(Default.Read(claim.Subject).IsRead, Is.False);
        }
    }

    [TestCase("official figure", null, TestName = "ReadClaim_NoQuote_IsTheSubjectAlone")]
    [TestCase("official figure", "Officials gave no breakdown of the 316,000.", TestName = "ReadClaim_QuoteWithoutTheSubjectsWords_IsTheSubjectAlone")]
    [TestCase("official figure", "The official figure of 316,000 was disputed.", TestName = "ReadClaim_NothingReadBeforeTheSubject_IsTheSubjectAlone")]
    [TestCase("displaced", "The death toll rose to 40 as the displaced numbered 316,000.", TestName = "ReadClaim_SubjectNamingACount_IsNeverReadFromTheQuote")]
    public void ReadClaim_WhenTheQuoteCannotSay_ReadsTheSubject(string subject, string? quote)
    {
        var claim = new Claim("h2", subject, Figure.Parse("316,000"), "Haitian government") { Quote = quote };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Default.Read(claim), Is.EqualTo(Default.Read(claim.Subject)));
            Assert.That(Default.IsReadFromQuote(claim), Is.False);
        }
    }

    [Test]
    public void Read_UnknownEvent_FallsBackToNormalisedWords()
    {
        var key = Default.Read("Vaccines delivered");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(key.IsRead, Is.False);
            Assert.That(key.Canonical, Is.EqualTo("~delivered vaccine"));
            Assert.That(key.Words, Is.EqualTo(new Subject("Vaccines delivered").Key));
        }
    }

    [Test]
    public void Read_WordsItDoesNotKnow_AreLeftAsideAndListed()
    {
        var key = Default.Read("children killed in market attack");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(key.Canonical, Is.EqualTo("children|killed|"));
            Assert.That(key.Unread, Is.EquivalentTo(new[] { "market", "attack" }));
        }
    }

    [Test]
    public void Read_DeathsAtAHospital_CountPeople()
    {
        Assert.That(Default.Read("deaths recorded at Madina hospital").Canonical, Is.EqualTo("*|killed|"));
    }

    [Test]
    public void Read_ThingsDestroyed_CountWhatTheUnreadWordsName()
    {
        Assert.That(Key(Default, "bridges destroyed"), Is.Not.EqualTo(Key(Default, "markets destroyed")));
    }

    [TestCase("#affected+killed+civilians", "civilians|killed|")]
    [TestCase("#affected+idps", "*|displaced|")]
    [TestCase("#affected+returnees", "*|returned|")]
    [TestCase("#inneed", "*|in need|")]
    [TestCase("#affected+displaced+incamp", "*|displaced|in camps")]
    public void Read_HxlTag_ReadsThroughTheTags(string tag, string canonical)
    {
        Assert.That(Default.Read(tag).Canonical, Is.EqualTo(canonical));
    }

    [TestCase("civilians killed", "#affected+killed+civilians")]
    [TestCase("IDPs", "#affected+displaced")]
    [TestCase("people in need", "#inneed")]
    [TestCase("children displaced in camps", "#affected+displaced+children+incamp")]
    public void Read_ReadPhrase_HasItsHxlTag(string phrase, string tag)
    {
        Assert.That(Default.Read(phrase).Tag, Is.EqualTo(tag));
    }

    [Test]
    public void Read_UnreadPhrase_HasNoTag()
    {
        Assert.That(Default.Read("vaccines delivered").Tag, Is.Null);
    }

    [Test]
    public void Read_SameText_ReturnsTheSameKeyInstance()
    {
        var first = Default.Read("civilians killed");

        Assert.That(Default.Read("civilians" + " killed"), Is.SameAs(first));
    }

    [Test]
    public void Read_Null_ThrowsArgumentNullException()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => Default.Read((string)null!), Throws.ArgumentNullException);
            Assert.That(() => Default.Read((Subject)null!), Throws.ArgumentNullException);
        }
    }

    // --- relations ---

    [TestCase("civilian deaths", "civilians reported killed", SubjectRelation.Same)]
    [TestCase("people killed", "civilians killed", SubjectRelation.Unspecified)]
    [TestCase("death toll", "civilian deaths", SubjectRelation.Unspecified)]
    [TestCase("civilians killed", "children killed", SubjectRelation.Contains)]
    [TestCase("children killed", "civilians killed", SubjectRelation.Within)]
    [TestCase("people killed", "children killed", SubjectRelation.Contains)]
    [TestCase("people killed", "bodies recovered", SubjectRelation.Contains)]
    [TestCase("casualties", "people injured", SubjectRelation.Contains)]
    [TestCase("IDPs", "IDPs in camps", SubjectRelation.Contains)]
    [TestCase("people killed", "people injured", SubjectRelation.Unrelated)]
    [TestCase("people fled", "people displaced", SubjectRelation.Unrelated)]
    [TestCase("civilians killed", "fighters killed", SubjectRelation.Unrelated)]
    [TestCase("households displaced", "people displaced", SubjectRelation.Unrelated)]
    [TestCase("children killed", "bodies recovered", SubjectRelation.Unrelated)]
    [TestCase("cases", "suspected cholera cases", SubjectRelation.Unspecified)]
    [TestCase("cholera cases", "cases", SubjectRelation.Unspecified)]
    [TestCase("cholera cases", "measles cases", SubjectRelation.Unrelated)]
    [TestCase("active cases", "cholera cases", SubjectRelation.Within)]
    [TestCase("deaths", "cholera deaths", SubjectRelation.Contains)]
    [TestCase("vaccines delivered", "vaccines delivered", SubjectRelation.Same)]
    [TestCase("vaccines delivered", "doses delivered", SubjectRelation.Unrelated)]
    public void Relate_TwoPhrasings_Relation(string a, string b, SubjectRelation expected)
    {
        Assert.That(Relate(a, b), Is.EqualTo(expected));
    }

    // --- cues ---

    [Test]
    public void Read_Since_IsARunningTotalWithItsStartWords()
    {
        var key = Default.Read("people displaced since 17 October");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(key.Canonical, Is.EqualTo("*|displaced|"));
            Assert.That(key.Cues.Total, Is.True);
            Assert.That(key.Cues.Since, Is.EqualTo("17 october"));
        }
    }

    [Test]
    public void Read_ProjectionWords_AreAProjection()
    {
        Assert.That(Default.Read("deaths expected").Cues.Projection, Is.True);
    }

    [TestCase("expected to exceed 60", ExpectedResult = true)]
    [TestCase("could reach 1 million", ExpectedResult = true)]
    [TestCase("plans to shelter 5,000", ExpectedResult = true)]
    [TestCase("about 60", ExpectedResult = false)]
    [TestCase("more than 4,500", ExpectedResult = false)]
    public bool SaysProjection_FigureText(string text) => Default.SaysProjection(text);

    // --- the shipped file: no dead entry ---

    [Test]
    public void Default_EveryEventPhrase_ReadsAsItsEvent()
    {
        var wrong = Default.Data.Phrases.Values
            .Where(t => t.Role == SubjectVocabulary.TermRole.Event)
            .Where(t => Default.Read(t.Phrase).Event != t.Event)
            .Select(t => $"'{t.Phrase}' reads as {Default.Read(t.Phrase)}, not {t.Event}")
            .ToList();

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Default_EveryPopulationPhrase_ReadsAsItsPopulation()
    {
        var wrong = Default.Data.Phrases.Values
            .Where(t => t.Role == SubjectVocabulary.TermRole.Population)
            .Where(t => Event(t.Population!) is var e && Default.Read(t.Phrase + " " + e) is var k && k.Population != (Default.Data.Populations[t.Population!].General ? null : t.Population))
            .Select(t => $"'{t.Phrase} {Event(t.Population!)}' reads as {Default.Read(t.Phrase + " " + Event(t.Population!))}")
            .ToList();

        Assert.That(wrong, Is.Empty);
    }

    // Things are counted by what befalls things.
    private static string Event(string population) => Default.Data.Populations[population].Things ? "destroyed" : "killed";

    [Test]
    public void Default_EveryQualifierAndIgnoredWord_DoesWhatItSays()
    {
        var plain = Default.Read("people killed").Canonical;
        var wrong = new List<string>();
        foreach (var t in Default.Data.Phrases.Values)
        {
            var key = Default.Read("people killed " + t.Phrase);
            if (t.Role == SubjectVocabulary.TermRole.Qualifier && !key.Qualifiers.Contains(t.Qualifier!))
            {
                wrong.Add($"qualifier '{t.Phrase}': {key}");
            }

            if (t.Role == SubjectVocabulary.TermRole.Ignored && key.Canonical != plain)
            {
                wrong.Add($"ignored '{t.Phrase}': {key}");
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    // --- loading ---

    [Test]
    public void Load_DuplicatePhrase_IsRefusedNamingBothPlaces()
    {
        const string Json = """
            { "events": [ { "name": "killed", "measure": "incident", "phrases": ["killed", "deaths"] },
                          { "name": "injured", "measure": "incident", "phrases": ["injured", "Death"] } ] }
            """;

        Assert.That(() => SubjectVocabulary.Load(new MemoryStream(Encoding.UTF8.GetBytes(Json))),
            Throws.InstanceOf<FormatException>().With.Message.Contains("events[injured]").And.Message.Contains("events[killed]"));
    }

    [Test]
    public void Load_EveryProblem_IsListed()
    {
        const string Json = """
            { "populations": [ { "name": "children", "parent": "minors", "phrases": ["children"] } ],
              "events": [ { "name": "killed", "measure": "sometimes", "phrases": ["killed"] }, { "name": "x", "measure": "stock", "phrases": [] } ] }
            """;

        Assert.That(() => SubjectVocabulary.Load(new MemoryStream(Encoding.UTF8.GetBytes(Json))),
            Throws.InstanceOf<FormatException>()
                .With.Message.Contains("the parent 'minors' is not declared")
                .And.Message.Contains("'measure' must be incident, stock, total or projection")
                .And.Message.Contains("events[x]: needs a non-empty 'phrases' array"));
    }

    [Test]
    public void Load_NotJson_IsAFormatException()
    {
        Assert.That(() => SubjectVocabulary.Load(new MemoryStream(Encoding.UTF8.GetBytes("{ nope"))), Throws.InstanceOf<FormatException>());
    }

    [Test]
    public void Load_SmallFile_ReadsWithIt()
    {
        const string Json = """
            { "populations": [ { "name": "people", "general": true, "phrases": ["people"] } ],
              "events": [ { "name": "vaccinated", "measure": "total", "hxl": "#reached+vaccinated", "phrases": ["vaccinated", "jabs"] } ] }
            """;
        var vocabulary = SubjectVocabulary.Load(new MemoryStream(Encoding.UTF8.GetBytes(Json)));

        Assert.That(Same(vocabulary, "people vaccinated", "jabs"), Is.True);
    }

    [TestCase("KİŞİ YAŞAMINI YİTİRDİ")]
    [TestCase("kisi yasamini yitirdi")]
    [TestCase("Zemrelo")]
    public void Read_PhraseInOtherCaseOrWithoutAccents_ReadsAsTheVocabularysPhrase(string phrase)
    {
        const string Json = """
            { "populations": [ { "name": "people", "general": true, "phrases": ["kişi"] } ],
              "events": [ { "name": "killed", "measure": "incident", "phrases": ["yaşamını yitirdi", "zemřelo"] } ] }
            """;
        var vocabulary = SubjectVocabulary.Load(new MemoryStream(Encoding.UTF8.GetBytes(Json)));

        Assert.That(vocabulary.Read(phrase).Canonical, Is.EqualTo("*|killed|"));
    }

    // --- With ---

    [Test]
    public void With_UnreadPhrases_BecomeOneSubject()
    {
        var vocabulary = SubjectVocabulary.Empty.With("schools destroyed", "destroyed schools", "schools razed");

        Assert.That(Same(vocabulary, "schools razed", "schools destroyed"), Is.True);
    }

    [Test]
    public void With_ReadPhrase_NamesOnlyItself()
    {
        var vocabulary = Default.With("civilians killed", "bystanders killed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Same(vocabulary, "bystanders killed", "civilians killed"), Is.True);
            Assert.That(Same(vocabulary, "people killed", "civilians killed"), Is.False);
        }
    }

    [Test]
    public void With_ReturnsCopy_OriginalUnchanged()
    {
        _ = Default.With("civilians killed", "bystanders killed");

        Assert.That(Same(Default, "bystanders killed", "civilians killed"), Is.False);
    }

    [Test]
    public void With_TwoSynonymsFromTwoGroups_MergesAllThree()
    {
        var vocabulary = SubjectVocabulary.Empty
            .With("homes destroyed", "houses destroyed")
            .With("buildings collapsed", "buildings flattened")
            .With("structures lost", "houses destroyed", "buildings flattened");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Same(vocabulary, "homes destroyed", "buildings collapsed"), Is.True);
            Assert.That(Same(vocabulary, "homes destroyed", "structures lost"), Is.True);
        }
    }

    [Test]
    public void With_PluralOrderVariantOfListedPhrase_IsCovered()
    {
        var vocabulary = SubjectVocabulary.Empty.With("houses destroyed", "homes razed");

        Assert.That(Same(vocabulary, "Razed Home", "destroyed house"), Is.True);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase("the")]
    public void With_InvalidCanonical_ThrowsArgumentException(string? canonical)
    {
        Assert.That(() => SubjectVocabulary.Empty.With(canonical!, "x"), Throws.Exception.AssignableTo<ArgumentException>());
    }

    [Test]
    public void With_NullSynonymArray_ThrowsArgumentNullException()
    {
        Assert.That(() => SubjectVocabulary.Empty.With("people killed", null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Empty_ReadsNothing()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SubjectVocabulary.Empty.Read("civilians killed").IsRead, Is.False);
            Assert.That(Same(SubjectVocabulary.Empty, "civilian deaths", "civilians killed"), Is.False);
        }
    }
}

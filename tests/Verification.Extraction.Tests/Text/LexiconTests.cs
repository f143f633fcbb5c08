using Verification.Extraction.Text;

namespace Verification.Extraction.Tests.Text;

/// <summary>A few words of each list of the shipped lexicon read as they did when the lists were code.</summary>
[TestFixture]
public sealed class LexiconTests
{
    [TestCase("january", 1)]
    [TestCase("sept", 9)]
    [TestCase("may", 5)]
    [TestCase("dec", 12)]
    public void Find_MonthName_HasItsNumber(string word, int month)
    {
        Assert.That((Entry(word).Flags & Lex.Month, Entry(word).Month), Is.EqualTo((Lex.Month, (byte)month)));
    }

    [TestCase("monday", 1)]
    [TestCase("thurs", 4)]
    [TestCase("sunday", 7)]
    public void Find_Weekday_HasItsNumber(string word, int day)
    {
        Assert.That(Entry(word).Weekday, Is.EqualTo(day));
    }

    [TestCase("fall", 3)]
    [TestCase("winter", 4)]
    public void Find_Season_HasItsNumber(string word, int season)
    {
        Assert.That(Entry(word).Season, Is.EqualTo(season));
    }

    [TestCase("fortnight", Lexicon.Fortnight)]
    [TestCase("hrs", Lexicon.Hour)]
    [TestCase("months", Lexicon.MonthUnit)]
    [TestCase("nights", Lexicon.Night)]
    public void Find_TimeUnit_HasItsUnit(string word, byte unit)
    {
        Assert.That(Entry(word).TimeUnit, Is.EqualTo(unit));
    }

    [TestCase("eastern", 1)]
    [TestCase("southwestern", 8)]
    [TestCase("central", 9)]
    public void Find_Direction_HasItsCode(string word, int direction)
    {
        Assert.That(Entry(word).Direction, Is.EqualTo(direction));
    }

    [TestCase("first", 1)]
    [TestCase("twentieth", 20)]
    [TestCase("hundredth", 100)]
    public void Find_Ordinal_HasItsValue(string word, int value)
    {
        Assert.That(Entry(word).Ordinal, Is.EqualTo(value));
    }

    [TestCase("lakh", (ulong)Lex.IndianScale, 1e5)]
    [TestCase("crores", (ulong)Lex.IndianScale, 1e7)]
    [TestCase("dozens", (ulong)Lex.Dozen, 12)]
    [TestCase("naught", (ulong)Lex.NumberExtra, 0)]
    [TestCase("minus", (ulong)Lex.NumberExtra, -1)]
    [TestCase("point", (ulong)Lex.NumberExtra, 0.1)]
    public void Find_NumberWord_HasItsValue(string word, ulong lex, double value)
    {
        Assert.That(((ulong)Entry(word).Flags & lex, Entry(word).Number), Is.EqualTo((lex, value)));
    }

    [TestCase("slain", "killed")]
    [TestCase("hospitalized", "hospitalised")]
    [TestCase("fleeing", "fled")]
    [TestCase("fatalities", "killed")]
    public void Find_SubjectVerb_HasItsEvent(string word, string canonical)
    {
        Assert.That(Entry(word).Canonical, Is.EqualTo(canonical));
    }

    [TestCase("in", Lexicon.StrongYearCue)]
    [TestCase("year", Lexicon.StrongYearCue)]
    [TestCase("after", Lexicon.WeakYearCue)]
    [TestCase("till", Lexicon.WeakYearCue)]
    public void Find_YearCue_HasItsStrength(string word, byte strength)
    {
        Assert.That(Entry(word).YearCue, Is.EqualTo(strength));
    }

    [TestCase("people", (ulong)(Lex.CountNoun | Lex.SourceNoun))]
    [TestCase("said", (ulong)(Lex.Auxiliary | Lex.SpeechVerb))]
    [TestCase("km", (ulong)(Lex.Unit | Lex.Label))]
    [TestCase("dinars", (ulong)(Lex.Currency))]
    [TestCase("disputed", (ulong)(Lex.SpeechVerb | Lex.ContestCue))]
    [TestCase("al", (ulong)(Lex.PlaceArticle | Lex.Abbreviation))]
    [TestCase("gmt", (ulong)(Lex.Meridiem))]
    [TestCase("yazidi", (ulong)(Lex.Demonym))]
    [TestCase("governorate", (ulong)(Lex.Settlement))]
    [TestCase("outskirts", (ulong)(Lex.PartNoun))]
    [TestCase("tally", (ulong)(Lex.RelayNoun | Lex.Toll))]
    [TestCase("aged", (ulong)(Lex.AgeWord))]
    [TestCase("resolution", (ulong)(Lex.Label))]
    [TestCase("killed", (ulong)(Lex.SubjectVerb | Lex.PeopleVerb))]
    [TestCase("tonight", (ulong)(Lex.RelativeDay | Lex.TimeOfDay))]
    [TestCase("march", (ulong)(Lex.Month | Lex.AmbiguousMonth))]
    [TestCase("sept", (ulong)(Lex.Month | Lex.Abbreviation))]
    [TestCase("between", (ulong)(Lex.Preposition | Lex.MonthCue))]
    public void Find_Word_HasItsClasses(string word, ulong classes)
    {
        Assert.That(Entry(word).Flags, Is.EqualTo((Lex)classes));
    }

    [TestCase("market")]
    [TestCase("subscribe")]
    public void Find_WordOutsideTheLexicon_IsNotFound(string word)
    {
        Assert.That(Lexicon.Find(word), Is.EqualTo(-1));
    }

    [Test]
    public void Has_PeopleVerb_TellsItFromOtherSubjectVerbs()
    {
        Assert.That((Lexicon.Has("fled", Lex.PeopleVerb), Lexicon.Has("destroyed", Lex.PeopleVerb)), Is.EqualTo((true, false)));
    }

    private static LexEntry Entry(string word)
    {
        var index = Lexicon.Find(word);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), word + " is not in the lexicon");
        return Lexicon.Entries[index];
    }
}

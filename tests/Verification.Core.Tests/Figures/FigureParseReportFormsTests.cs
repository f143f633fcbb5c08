using System.Diagnostics;
using Verification.Figures;

namespace Verification.Core.Tests.Figures;

/// <summary>Figure forms taken from real reports (DESIGN §2, "Forms from real reports"): lead-ins, verbs, projections,
/// editorial brackets, estimates with their interval, and a percentage with its count.</summary>
[TestFixture]
public sealed class FigureParseReportFormsTests
{
    private const double Tolerance = 1e-6;

    // ---- Emphasis: the figure as stated ----------------------------------------------------------

    [TestCase("only 412")]
    [TestCase("just 412")]
    [TestCase("merely 412")]
    [TestCase("a mere 412")]
    [TestCase("Only 412")]
    public void Parse_Emphasis_LeavesTheNumberAsStated(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Exact(412)));
    }

    [Test]
    public void Parse_EmphasisOnARoundNumber_KeepsItsRounding()
    {
        Assert.That(Figure.Parse("only 400"), Is.EqualTo(Figure.Parse("400")));
    }

    [TestCase("only about 400", "about 400")]
    [TestCase("only dozens", "dozens")]
    [TestCase("a total of 3,100", "3,100")]
    [TestCase("a total of some 3,100", "some 3,100")]
    public void Parse_EmphasisBeforeAnotherForm_ReadsThatForm(string text, string same)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Parse(same)));
    }

    [TestCase("just under 100")]
    [TestCase("just below 100")]
    public void Parse_JustBeforeABound_IsNotEmphasis(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Nearly(100, 0.10)));
    }

    // ---- Verbs of more than, and of nearly --------------------------------------------------------

    [TestCase("topped 150,000")]
    [TestCase("tops 150,000")]
    [TestCase("surpassed 150,000")]
    [TestCase("exceeded 150,000")]
    [TestCase("exceeding 150,000")]
    [TestCase("passed 150,000")]
    [TestCase("passed the 150,000 mark")]
    [TestCase("crossed the 150,000 threshold")]
    [TestCase("topped the 150,000 milestone")]
    public void Parse_VerbOfExceeding_IsMoreThan(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.MoreThan(150_000)));
    }

    [TestCase("approaching 5,000")]
    [TestCase("nearing 5,000")]
    [TestCase("just shy of 5,000")]
    [TestCase("shy of 5,000")]
    public void Parse_VerbOrPhraseOfNearly_IsNearly(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Nearly(5_000, 0.10)));
    }

    [TestCase("exceeded about 150,000")]
    [TestCase("topped more than 150,000")]
    public void Parse_VerbOfExceedingWithAnotherPrefix_IsNotAFigure(string text)
    {
        Assert.That(() => Figure.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains("expected one number after"));
    }

    // ---- Other bounds and hedges of real reports ---------------------------------------------------

    [TestCase("estimated at 318,402")]
    [TestCase("estimated to be 318,402")]
    [TestCase("est. 318,402")]
    public void Parse_EstimatedAt_IsHedged(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Hedged(318_402, 0.10)));
    }

    [TestCase("well over 400")]
    [TestCase("just over 400")]
    [TestCase("north of 400")]
    [TestCase("upward of 400")]
    [TestCase("upwards of 400")]
    [TestCase("in excess of 400")]
    public void Parse_MoreThanPhrases_AreOpenBelow(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.MoreThan(400)));
    }

    [TestCase("as high as 240")]
    [TestCase("as much as 240")]
    [TestCase("as many as 240")]
    public void Parse_AsHighAs_IsUpTo(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.UpTo(240)));
    }

    [Test]
    public void Parse_WellUnder_IsFewerThan()
    {
        Assert.That(Figure.Parse("well under 100"), Is.EqualTo(Figure.FewerThan(100)));
    }

    [TestCase("over 1m", 1_000_000)]
    [TestCase("more than 1.2m", 1_200_000)]
    public void Parse_BoundOnAScaleSuffix_UsesItsValue(string text, double value)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.MoreThan(value)));
    }

    [TestCase("1.2 million-plus", 1_200_000)]
    [TestCase("1.2 million plus", 1_200_000)]
    [TestCase("1,200-plus", 1_200)]
    [TestCase("1,200 plus", 1_200)]
    [TestCase("at least 1,200-plus", 1_200)]
    public void Parse_PlusWritten_IsAtLeast(string text, double value)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.AtLeast(value)));
    }

    [TestCase("plus")]
    [TestCase("-plus")]
    [TestCase("more than 1,200-plus")]
    public void Parse_MalformedPlus_IsNotAFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    [TestCase("some 1,200", 1_200)]
    [TestCase("as many as 1,200", 1_200)]
    public void Parse_CommonPhrasesStillRead(string text, double value)
    {
        Assert.That(Figure.Parse(text).CoreHigh, Is.EqualTo(value));
    }

    // ---- Bounds after the number, certainty, "an estimate of", "closer to" -------------------------

    [TestCase("58 at least", "at least 58")]
    [TestCase("58 At Least", "at least 58")]
    [TestCase("1.2 million at least", "at least 1.2 million")]
    [TestCase("a dozen at least", "at least a dozen")]
    [TestCase("100 at most", "at most 100")]
    public void Parse_BoundAfterTheNumber_IsThatBound(string text, string same)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Parse(same)));
    }

    [TestCase("at least 58 at least")]
    [TestCase("about 58 at least")]
    [TestCase("between 50 and 60 at least")]
    [TestCase("dozens at least")]
    [TestCase("58 at")]
    [TestCase("at least")]
    [TestCase("58 least")]
    public void Parse_BoundAfterAnotherFormOrIncomplete_IsNotAFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    [Test]
    public void Parse_PlusWithTrailingAtLeast_IsNotAFigure()
    {
        Assert.That(Figure.TryParse("58+ at least", out _), Is.False);
    }

    [TestCase("possibly dozens", "dozens")]
    [TestCase("perhaps 100", "100")]
    [TestCase("Probably around 50", "around 50")]
    [TestCase("maybe hundreds", "hundreds")]
    [TestCase("reportedly at least 12", "at least 12")]
    [TestCase("allegedly as many as 300", "as many as 300")]
    [TestCase("apparently only 64", "64")]
    [TestCase("possibly between 40 and 90", "between 40 and 90")]
    [TestCase("perhaps a quarter of a million", "a quarter of a million")]
    public void Parse_WordOfCertaintyFirst_LeavesTheFigureAsStated(string text, string same)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Parse(same)));
    }

    [TestCase("possibly")]
    [TestCase("dozens possibly")]
    [TestCase("possibly perhaps 100")]
    [TestCase("100 possibly")]
    public void Parse_WordOfCertaintyAloneOrNotFirst_IsNotAFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    [Test]
    public void Parse_WordOfCertaintyBeforeAProjection_ReadsTheProjection()
    {
        var figure = Figure.Parse("possibly could reach 10,000");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure, Is.EqualTo(Figure.Parse("10,000")));
            Assert.That(figure.Text, Is.EqualTo("possibly could reach 10,000"));
        }
    }

    [TestCase("an estimate of 100")]
    [TestCase("An Estimate Of 100")]
    public void Parse_AnEstimateOf_IsHedged(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Parse("about 100")));
    }

    [TestCase("an estimate of")]
    [TestCase("an estimate 100")]
    [TestCase("estimate of 100")]
    [TestCase("an estimate of about 100")]
    public void Parse_IncompleteEstimateOf_IsNotAFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    [TestCase("closer to 600")]
    [TestCase("Closer To 600")]
    public void Parse_CloserTo_IsAsCloseTo(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Nearly(600, 0.10)));
    }

    [TestCase("closer 600")]
    [TestCase("closer to")]
    [TestCase("600 closer")]
    public void Parse_IncompleteCloserTo_IsNotAFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    [TestCase("18 per cent of the quarter (52,300 people)")]
    [TestCase("52,300 (18 per cent possibly more)")]
    [TestCase("52,300 people (18 per cent closer to a fifth)")]
    public void Parse_NewWordsAfterAPercentageOrItsCount_AreCutAsBefore(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Parse("52,300")));
    }

    [Test]
    public void Parse_NumberWordsOfAnotherLanguage_AreNotRead()
    {
        // Turkish "35 bin 418" is 35,418: the grammar reads English words only (see concepts, Figures).
        Assert.That(Figure.TryParse("35 bin 418", out _), Is.False);
    }

    // ---- Ranges --------------------------------------------------------------------------------------

    [TestCase("anywhere from 40 to 90")]
    [TestCase("anywhere between 40 and 90")]
    [TestCase("somewhere between 40 and 90")]
    [TestCase("ranging from 40 to 90")]
    public void Parse_AnywhereFrom_IsARange(string text)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Between(40, 90)));
    }

    [Test]
    public void Parse_AnywhereWithoutFrom_IsNotAFigure()
    {
        Assert.That(Figure.TryParse("anywhere 40 to 90", out _), Is.False);
    }

    // ---- Projections: the words stay in the text, the figure reads the number -------------------------

    [TestCase("expected to exceed 60")]
    [TestCase("is expected to exceed 60")]
    [TestCase("projected to top 60")]
    [TestCase("could exceed 60")]
    [TestCase("likely to surpass 60")]
    public void Parse_ProjectionOfExceeding_IsMoreThanAndKeepsTheText(string text)
    {
        var figure = Figure.Parse(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure, Is.EqualTo(Figure.MoreThan(60)));
            Assert.That(figure.Text, Is.EqualTo(text));
        }
    }

    [TestCase("could reach 1 million", "1 million")]
    [TestCase("may reach 1 million", "1 million")]
    [TestCase("is forecast to reach 1 million", "1 million")]
    [TestCase("will reach about 5,000", "about 5,000")]
    [TestCase("could be as many as 100", "as many as 100")]
    [TestCase("expected to rise to more than 4,000", "more than 4,000")]
    [TestCase("set to total 3,100", "3,100")]
    [TestCase("could reach tens of thousands", "tens of thousands")]
    public void Parse_ProjectionOfReaching_ReadsWhatFollows(string text, string same)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Parse(same)));
    }

    [Test]
    public void Parse_CouldReachOneMillion_IsTheRoundedMillion()
    {
        var figure = Figure.Parse("could reach 1 million");

        Assert.That((figure.Low, figure.High, figure.CoreLow), Is.EqualTo((900_000d, 1_100_000d, 1_000_000d)).Within(Tolerance));
    }

    [TestCase("reached 1,201", "1,201")]
    [TestCase("stood at 1,201", "1,201")]
    [TestCase("rose to 1,201", "1,201")]
    [TestCase("fell below 100", "below 100")]
    [TestCase("totalled 3,100", "3,100")]
    [TestCase("numbered several hundred", "several hundred")]
    public void Parse_VerbOfStating_ReadsWhatFollows(string text, string same)
    {
        Assert.That(Figure.Parse(text), Is.EqualTo(Figure.Parse(same)));
    }

    [TestCase("expected to 60")]
    [TestCase("could 60")]
    [TestCase("could")]
    [TestCase("exceeded")]
    [TestCase("only")]
    [TestCase("reached")]
    public void Parse_IncompleteLeadIn_IsNotAFigure(string text)
    {
        Assert.That(() => Figure.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains($"'{text}' is not a figure"));
    }

    // ---- Editorial brackets ------------------------------------------------------------------------

    [TestCase("[58,000]", "58,000")]
    [TestCase("[ 58,000 ]", "58,000")]
    [TestCase("[about 58,000]", "about 58,000")]
    [TestCase("[dozens]", "dozens")]
    public void Parse_EditorialBrackets_ReadTheFigureInside(string text, string same)
    {
        var figure = Figure.Parse(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure, Is.EqualTo(Figure.Parse(same)));
            Assert.That(figure.Text, Is.EqualTo(text));
        }
    }

    [TestCase("[]")]
    [TestCase("[58,000")]
    [TestCase("58,000]")]
    [TestCase("[[58,000]]")]
    public void Parse_BrokenBrackets_AreNotAFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    // ---- An estimate with its interval ---------------------------------------------------------------

    [TestCase("1,230 (95% CI 610 to 2,040)")]
    [TestCase("1,230 (95% CI: 610–2,040)")]
    [TestCase("1,230 (95% CI, 610-2,040)")]
    [TestCase("1,230 (95 per cent CI 610 to 2,040)")]
    [TestCase("1,230 (95% confidence interval 610 to 2,040)")]
    [TestCase("1,230 (95% UI 610, 2,040)")]
    [TestCase("1,230 (range 610 to 2,040)")]
    [TestCase("1,230 (610–2,040)")]
    [TestCase("1,230(610-2,040)")]
    public void Parse_EstimateWithItsInterval_IsTheIntervalWithTheEstimateAsCore(string text)
    {
        var figure = Figure.Parse(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure, Is.EqualTo(Figure.Estimate(1_230, 610, 2_040)));
            Assert.That(figure.Kind, Is.EqualTo(FigureKind.Estimate));
            Assert.That((figure.Low, figure.High, figure.CoreLow, figure.CoreHigh), Is.EqualTo((610d, 2_040d, 1_230d, 1_230d)));
            Assert.That(figure.Text, Is.EqualTo(text));
        }
    }

    [Test]
    public void Parse_HedgedEstimateWithItsInterval_TakesTheStatedInterval()
    {
        Assert.That(Figure.Parse("about 1,230 (95% CI 610 to 2,040)"), Is.EqualTo(Figure.Estimate(1_230, 610, 2_040)));
    }

    [Test]
    public void Parse_EstimateAtAnEndOfItsInterval_IsAllowed()
    {
        Assert.That(Figure.Parse("610 (95% CI 610 to 2,040)"), Is.EqualTo(Figure.Estimate(610, 610, 2_040)));
    }

    [Test]
    public void Parse_EstimateOutsideItsInterval_IsNotAFigure()
    {
        Assert.That(
            () => Figure.Parse("1,230 (95% CI 1,300 to 2,040)"),
            Throws.TypeOf<FormatException>().With.Message.Contains("the estimate (1,230) lies outside its interval (1,300–2,040)"));
    }

    [TestCase("more than 1,230 (95% CI 610 to 2,040)")]
    [TestCase("dozens (95% CI 610 to 2,040)")]
    public void Parse_BoundOrVagueBeforeAnInterval_IsNotAFigure(string text)
    {
        Assert.That(() => Figure.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains("expected one number before its interval"));
    }

    [TestCase("1,230 (95% CI 610)")]
    [TestCase("1,230 (95% CI)")]
    [TestCase("1,230 (CI 2,040 to 610)")]
    public void Parse_LabelledNoteThatIsNoRange_IsNotAFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    [Test]
    public void Compare_EstimateWithAFigureInsideItsIntervalButNotAtTheEstimate_AgreesOnlyThroughLeeway()
    {
        var comparison = Figure.Parse("1,230 (95% CI 610 to 2,040)").Compare(Figure.Exact(1_900));

        Assert.That((comparison.Agrees, comparison.AgreesOnlyThroughLeeway), Is.EqualTo((true, true)));
    }

    [Test]
    public void Estimate_OutsideItsInterval_Throws()
    {
        Assert.That(() => Figure.Estimate(5, 6, 9), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    // ---- A percentage and its count ------------------------------------------------------------------

    [TestCase("18 per cent (52,300 people)")]
    [TestCase("18% (52,300)")]
    [TestCase("18 percent (52,300 displaced people)")]
    [TestCase("18 per cent of the population (52,300 people)")]
    [TestCase("52,300 (18%)")]
    [TestCase("52,300 people (18 per cent)")]
    public void Parse_PercentageWithItsCount_IsTheCount(string text)
    {
        var figure = Figure.Parse(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure, Is.EqualTo(Figure.Rounded(52_300, 100)));
            Assert.That(figure.Text, Is.EqualTo(text));
        }
    }

    [Test]
    public void Parse_PercentageWithAHedgedCount_KeepsTheHedge()
    {
        Assert.That(Figure.Parse("18% (about 52,300 people)"), Is.EqualTo(Figure.Hedged(52_300, 0.10, 100)));
    }

    [TestCase("18% (20%)")]
    [TestCase("52,300 (UNHCR)")]
    [TestCase("52,300 (2016)")]
    [TestCase("18% (people)")]
    [TestCase("(52,300)")]
    public void Parse_NoteThatIsNeitherIntervalNorCount_IsNotAFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    [TestCase("18%", 18)]
    [TestCase("18 %", 18)]
    [TestCase("18 per cent", 18)]
    [TestCase("18 percent", 18)]
    [TestCase("about 18%", 18)]
    public void Parse_Percentage_ReadsTheNumber(string text, double value)
    {
        Assert.That(Figure.Parse(text).CoreLow, Is.EqualTo(value));
    }

    [TestCase("%")]
    [TestCase("per cent")]
    [TestCase("18 per")]
    public void Parse_PercentWithoutANumber_IsNotAFigure(string text)
    {
        Assert.That(Figure.TryParse(text, out _), Is.False);
    }

    // ---- Linear time ---------------------------------------------------------------------------------

    [Test]
    [CancelAfter(5_000)]
    public void Parse_LongAdversarialTextOfTheNewForms_FailsFast()
    {
        var texts = new[]
        {
            "1 " + string.Concat(Enumerable.Repeat("(", 100_000)) + ")",
            string.Concat(Enumerable.Repeat("only ", 20_000)) + "5",
            string.Concat(Enumerable.Repeat("could reach ", 20_000)) + "5",
            "[" + string.Concat(Enumerable.Repeat("[1]", 20_000)) + "]",
            "1 (" + string.Concat(Enumerable.Repeat("95% CI ", 20_000)) + ")",
            string.Concat(Enumerable.Repeat("18% (", 20_000)) + string.Concat(Enumerable.Repeat(")", 20_000)),
            string.Concat(Enumerable.Repeat("possibly ", 20_000)) + "5",
            "5" + string.Concat(Enumerable.Repeat(" at least", 20_000)),
            string.Concat(Enumerable.Repeat("a quarter of ", 20_000)) + "a million",
        };

        var stopwatch = Stopwatch.StartNew();
        var parsed = 0;
        foreach (var text in texts)
        {
            parsed += Figure.TryParse(text, out _) ? 1 : 0;
        }

        Assert.That((parsed, stopwatch.Elapsed < TimeSpan.FromSeconds(2)), Is.EqualTo((0, true)));
    }
}

using Verification.Extraction.Mentions;
using Verification.Extraction.Tests.TestSupport;
using Verification.Figures;

namespace Verification.Extraction.Tests.Numbers;

/// <summary>Number forms of news copy read in running text as the figure rules read them in a claims file: fractions
/// joined by "and", shares in words, signed numbers, ranges, comparison signs, two bounds, scale notation and amounts.</summary>
[TestFixture]
public sealed class NumberFormsTests
{
    private static NumberMention Only(string text)
    {
        var numbers = Extract.Mentions(text).Numbers;
        Assert.That(numbers, Has.Count.EqualTo(1), () => "numbers: " + string.Join(" | ", numbers.Select(n => $"{n.Text} = {n.Kind} {n.Value}")));
        return numbers[0];
    }

    // ---- Fractions ------------------------------------------------------------------------------------

    [Test]
    public void Annotate_ScaleAndAHalf_IsHalfOfTheScaleMore()
    {
        var n = Only("Turkey hosts 2 million and a half refugees from the war, the UN agency said.");

        Assert.That((n.Text, n.Kind, n.Value), Is.EqualTo(("2 million and a half", NumberKind.Count, 2_500_000d)));
    }

    [Test]
    public void Annotate_ScaleAndAHalf_MakesAClaimOfThatSize()
    {
        var claim = Extract.Single("Some 1 million and a half people have fled the fighting, aid agencies said.");

        Assert.That(claim.Figure!.CoreLow, Is.EqualTo(1_500_000));
    }

    [TestCase("The river rose two and a fourth metres overnight.", "two and a fourth metres", 2.25)]
    [TestCase("Crews cleared one and a half million tonnes of rubble.", "one and a half million tonnes", 1_500_000)]
    public void Annotate_WholeAndAFraction_ReadsTheWhole(string text, string span, double value)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Value), Is.EqualTo((span, value)));
    }

    [Test]
    public void Annotate_HalfAMillion_IsACount()
    {
        var n = Only("Half a million people were left without power after the storm.");

        Assert.That((n.Kind, n.Value), Is.EqualTo((NumberKind.Count, 500_000d)));
    }

    [TestCase("More than half of the city's residents have fled.", "More than half", 50)]
    [TestCase("Nearly a third of the schools were damaged in the quake.", "Nearly a third", 100.0 / 3)]
    [TestCase("Two-thirds of the district's wells are dry.", "Two-thirds", 200.0 / 3)]
    public void Annotate_ShareInWords_IsAPercentage(string text, string span, double percent)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Kind), Is.EqualTo((span, NumberKind.Percentage)));
        Assert.That(n.Value, Is.EqualTo(percent).Within(1e-9));
    }

    [Test]
    public void Annotate_MoreThanHalf_IsNoClaim()
    {
        Assert.That(Extract.Claims("More than half of the residents have left the city.").Claims, Is.Empty);
    }

    [TestCase("The second half of the match was delayed by rain.")]
    [TestCase("Talks broke down after half an hour.")]
    [TestCase("His half-brother was among the dead.")]
    public void Annotate_HalfThatIsNoShare_IsNoNumber(string text)
    {
        Assert.That(Extract.Mentions(text).Numbers.Where(n => n.Kind == NumberKind.Percentage), Is.Empty);
    }

    // ---- Signs ----------------------------------------------------------------------------------------

    [TestCase("Temperatures fell to −5 °C in the camps overnight.", "−5 °C", -5)]
    [TestCase("In the hills it was −12C by dawn.", "−12C", -12)]
    [TestCase("Night frost reached -8 degrees in the camp.", "-8 degrees", -8)]
    public void Annotate_NegativeTemperature_KeepsItsSign(string text, string span, double value)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Kind, n.Value, n.Figure), Is.EqualTo((span, NumberKind.Measure, value, (Figure?)null)));
    }

    [Test]
    public void Annotate_RangeOfNegativeTemperatures_RunsLowToHigh()
    {
        var n = Only("Overnight temperatures ranged from -18 °C to -34 °C in the valley.");

        Assert.That((n.Text, n.Kind, n.Value, n.HighValue), Is.EqualTo(("-18 °C to -34 °C", NumberKind.Measure, -34d, -18d)));
    }

    [TestCase("Highs neared 45 degrees Celsius in the camps.", "45 degrees Celsius")]
    [TestCase("The thermometer showed 114 degrees F at noon.", "114 degrees F")]
    public void Annotate_DegreesWithTheirScale_AreOneUnit(string text, string span)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Kind, n.Unit), Is.EqualTo((span, NumberKind.Measure, span[(span.IndexOf(' ', StringComparison.Ordinal) + 1)..])));
    }

    [TestCase("The index fell –3.2% on the news.", "–3.2%", -3.2)]
    [TestCase("Exports changed by -4.5 per cent over the year.", "-4.5 per cent", -4.5)]
    public void Annotate_NegativeChange_IsASignedPercentage(string text, string span, double value)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Kind, n.Value), Is.EqualTo((span, NumberKind.Percentage, value)));
    }

    [Test]
    public void Annotate_NegativeAmount_IsSignedMoney()
    {
        var n = Only("The fund closed the year at $-99.99 a share.");

        Assert.That((n.Text, n.Kind, n.Value), Is.EqualTo(("$-99.99", NumberKind.Money, -99.99)));
    }

    [Test]
    public void Annotate_NegativeCount_IsNoClaim()
    {
        var result = Extract.Claims("Officials reported −40 people missing in the district.");

        Assert.That(result.Claims, Is.Empty);
        Assert.That(result.Mentions.Numbers.Select(n => (n.Kind, n.Value)), Is.EqualTo(new[] { (NumberKind.Other, -40d) }));
    }

    [Test]
    public void Annotate_EnDashBetweenNumbers_IsARangeNotASign()
    {
        var n = Only("Officials said 30–40 people were killed.");

        Assert.That((n.Text, n.Value, n.HighValue), Is.EqualTo(("30–40", 30d, 40d)));
    }

    // ---- Ranges ---------------------------------------------------------------------------------------

    [TestCase("Police detained 30 through 200 protesters each night.", "30 through 200", 30, 200)]
    [TestCase("Estimates put the dead at 30~150, a local doctor said.", "30~150", 30, 150)]
    [TestCase("Officials said 30 to 40 people were killed.", "30 to 40", 30, 40)]
    [TestCase("Officials said between 30 and 40 people were killed.", "between 30 and 40", 30, 40)]
    public void Annotate_Range_IsOneCount(string text, string span, double low, double high)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Kind, n.Figure!.Low, n.Figure.High), Is.EqualTo((span, NumberKind.Count, low, high)));
    }

    [TestCase("Police said 2000-6000 protesters gathered in the square.", "2000-6000", 2000, 6000)]
    [TestCase("Organisers expected 1500–3000 people at the rally.", "1500–3000", 1500, 3000)]
    [TestCase("Police said 1000-2000 people gathered in the square.", "1000-2000", 1000, 2000)]
    public void Annotate_RangeFromAYearLikeNumber_IsACountAndNoPeriod(string text, string span, double low, double high)
    {
        var mentions = Extract.Mentions(text);

        Assert.That(mentions.Figures.Select(n => (n.Text, n.Figure!.Low, n.Figure.High)), Is.EqualTo(new[] { (span, low, high) }));
        Assert.That(mentions.Periods, Is.Empty);
    }

    [TestCase("The drought of 2010-2012 killed livestock across the region.")]
    [TestCase("Aid fell sharply in 2013-14.")]
    public void Annotate_RangeOfYears_StaysAPeriod(string text)
    {
        var mentions = Extract.Mentions(text);

        Assert.That(mentions.Periods, Has.Count.EqualTo(1));
        Assert.That(mentions.Figures, Is.Empty);
    }

    // ---- Comparison signs and two bounds -------------------------------------------------------------

    [TestCase("The order covers groups of >= 40 people.", ">= 40", 40, true)]
    [TestCase("The order covers groups of ≥ 40 people.", "≥ 40", 40, true)]
    [TestCase("Organisers expected > 1,000 marchers.", "> 1,000", 1000, false)]
    [TestCase("Sites with x>12 cases were closed.", ">12", 12, false)]
    public void Annotate_LowerBoundSign_IsALowerBound(string text, string span, double low, bool inclusive)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Figure!.Low, n.Figure.LowInclusive, n.Figure.IsUnbounded), Is.EqualTo((span, low, inclusive, true)));
    }

    [Test]
    public void Annotate_TildeBeforeANumber_IsAHedge()
    {
        var n = Only("Organisers counted ~150 people at the vigil.");

        Assert.That((n.Text, n.Figure), Is.EqualTo(("~150", Figure.Hedged(150, 0.10))));
    }

    [Test]
    public void Annotate_LessThanSign_IsAnUpperBound()
    {
        var n = Only("Clinics with <40 staff were merged.");

        Assert.That((n.Text, n.Figure), Is.EqualTo(("<40", Figure.FewerThan(40))));
    }

    [TestCase("The count was greater than 50 and smaller than 200 people.", "greater than 50 and smaller than 200")]
    [TestCase("Officials counted more than 50 but fewer than 200 bodies.", "more than 50 but fewer than 200")]
    public void Annotate_TwoBounds_AreOneInterval(string text, string span)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Figure!.Bounds), Is.EqualTo((span, new FigureBounds(50, false, 200, false))));
    }

    [Test]
    public void Annotate_BoundsOfTwoCounts_StayTwo()
    {
        var numbers = Extract.Mentions("More than 50 were killed and fewer than 20 were injured.").Numbers;

        Assert.That(numbers.Select(n => n.Text), Is.EqualTo(new[] { "More than 50", "fewer than 20" }));
    }

    // ---- Notation and amounts -------------------------------------------------------------------------

    [TestCase("The video drew 2.4e6 views in a day.", "2.4e6", 2_400_000)]
    [TestCase("The clip had 3mil views by Friday.", "3mil", 3_000_000)]
    [TestCase("The app reached 5MM downloads.", "5MM", 5_000_000)]
    public void Annotate_ScaleNotation_IsACountOfThatSize(string text, string span, double value)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Kind, n.Value), Is.EqualTo((span, NumberKind.Count, value)));
    }

    [TestCase("The bank wrote off 7 bln roubles.", "7 bln roubles", 7e9, "roubles")]
    [TestCase("The deal is worth 1.2bn euros.", "1.2bn euros", 1.2e9, "euros")]
    [TestCase("Donors pledged $4.2 billion in Brussels.", "$4.2 billion", 4.2e9, "$")]
    [TestCase("The EU released €3m in aid.", "€3m", 3e6, "€")]
    [TestCase("The company was valued at $1T last week.", "$1T", 1e12, "$")]
    [TestCase("The council set aside £2.5m for repairs.", "£2.5m", 2.5e6, "£")]
    [TestCase("A ticket costs 15€ at the door.", "15€", 15, "€")]
    public void Annotate_Amount_IsMoneyWithItsCurrency(string text, string span, double value, string unit)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Kind, n.Value, n.Unit), Is.EqualTo((span, NumberKind.Money, value, unit)));
        Assert.That(n.Figure!.CoreLow, Is.EqualTo(value));
    }

    [Test]
    public void Annotate_YearLikeDigitsWithAScale_AreNoYear()
    {
        var n = Only("The fund lost 2000bn in the crash.");

        Assert.That((n.Kind, n.Value), Is.EqualTo((NumberKind.Count, 2e12)));
    }

    [TestCase("The dose was cut to 0.0012 grams.", 0.0012)]
    [TestCase("Output rose 0.3 percent.", 0.3)]
    public void Annotate_Decimals_AreTheNearestDouble(string text, double value)
    {
        Assert.That(Extract.Mentions(text).Numbers[0].Value, Is.EqualTo(value));
    }

    [Test]
    public void Annotate_FiveMillimetres_IsAMeasure()
    {
        var n = Only("Rain of 5mm fell on the camp.");

        Assert.That((n.Kind, n.Value), Is.EqualTo((NumberKind.Measure, 5d)));
    }

    // ---- What is no figure ----------------------------------------------------------------------------

    [TestCase("For help, call +964 770 123 4567 or the hotline.", "+964 770 123 4567")]
    [TestCase("Relatives can call (212) 555-0100 for news.", "(212) 555-0100")]
    [TestCase("The helpline, 212-555-0100, is open all night.", "212-555-0100")]
    [TestCase("Call the desk on 555-0100 for details.", "555-0100")]
    [TestCase("The embassy's line is +1-212-555-0100 from abroad.", "+1-212-555-0100")]
    public void Annotate_TelephoneNumber_IsOneIdentifierAndNoPeriod(string text, string span)
    {
        var mentions = Extract.Mentions(text);

        Assert.That(mentions.Numbers.Select(n => (n.Text, n.Kind)), Is.EqualTo(new[] { (span, NumberKind.Identifier) }));
        Assert.That(mentions.Periods, Is.Empty);
    }

    [TestCase("The ceasefire of 2016-10-17 held for a week.", "2016-10-17")]
    [TestCase("The ceasefire of 17.10.2016 held for a week.", "17.10.2016")]
    public void Annotate_DigitDate_IsNoTelephoneNumber(string text, string date)
    {
        var mentions = Extract.Mentions(text);

        Assert.That(mentions.Periods.Select(p => p.Text), Is.EqualTo(new[] { date }));
        Assert.That(mentions.Numbers.Select(n => n.Kind), Has.None.EqualTo(NumberKind.Identifier));
    }

    [TestCase("A new case of COVID-19 was found among the G7 delegates.")]
    [TestCase("The Boeing 737 came down near the A1 road.")]
    [TestCase("Version 2.1 of the app was released on page 5 of the report.")]
    [TestCase("The Apollo 11 crew met in Room 101.")]
    [TestCase("Sales of Windows 10 and the iPhone 15 rose.")]
    [TestCase("The 3rd Infantry Division crossed the river.")]
    [TestCase("The meeting began at 10:30 in the capital.")]
    [TestCase("The Formula 1 race in the city was called off.")]
    [TestCase("A magnitude 7.8 earthquake struck before dawn.")]
    [TestCase("The hosts won 2-1 after extra time.")]
    [TestCase("The motion passed on a 3-2 vote.")]
    [TestCase("The derby ended in a 2-2 draw.")]
    public void Extract_SentenceWithoutAFigure_MakesNoClaimAndNoCount(string text)
    {
        var result = Extract.Claims(text);

        Assert.That(result.Claims, Is.Empty);
        Assert.That(result.Mentions.Figures, Is.Empty);
    }

    [Test]
    public void Annotate_AscendingPairOfSmallNumbers_IsStillARange()
    {
        var n = Only("Officials said 2-3 people were hurt.");

        Assert.That((n.Text, n.Kind), Is.EqualTo(("2-3", NumberKind.Count)));
    }

    [TestCase("Version 2.1 of the app was released.", NumberKind.Identifier)]
    [TestCase("The meeting began at 10:30 in the capital.", NumberKind.Time)]
    public void Annotate_IdentifierOrTime_HasNoInterval(string text, NumberKind kind)
    {
        var n = Extract.Mentions(text).Numbers.Single(m => m.Kind == kind);

        Assert.That(n.Figure, Is.Null);
    }
}

using Verification.Periods;
namespace Verification.Core.Tests.Periods;

public sealed class PeriodTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Period P(string text) => Period.Parse(text);

    // --- Parse ---

    [Test]
    public void Parse_Day_IsThatDay()
    {
        var period = P("2017-03-18");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(period.Start, Is.EqualTo(D("2017-03-18")));
            Assert.That(period.End, Is.EqualTo(D("2017-03-18")));
            Assert.That(period.Precision, Is.EqualTo(PeriodPrecision.Day));
            Assert.That(period.Days, Is.EqualTo(1));
        }
    }

    [TestCase("2017-03", "2017-03-01", "2017-03-31")]
    [TestCase("2017-04", "2017-04-01", "2017-04-30")]
    [TestCase("2017-02", "2017-02-01", "2017-02-28")]
    [TestCase("2016-02", "2016-02-01", "2016-02-29")]
    [TestCase("2000-02", "2000-02-01", "2000-02-29")]
    [TestCase("1900-02", "1900-02-01", "1900-02-28")]
    [TestCase("2016-12", "2016-12-01", "2016-12-31")]
    [TestCase("9999-12", "9999-12-01", "9999-12-31")]
    public void Parse_Month_CoversWholeMonth(string text, string start, string end)
    {
        var period = P(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(period.Start, Is.EqualTo(D(start)));
            Assert.That(period.End, Is.EqualTo(D(end)));
            Assert.That(period.Precision, Is.EqualTo(PeriodPrecision.Month));
        }
    }

    [TestCase("2017", "2017-01-01", "2017-12-31", 365)]
    [TestCase("2016", "2016-01-01", "2016-12-31", 366)]
    [TestCase("0001", "0001-01-01", "0001-12-31", 365)]
    [TestCase("9999", "9999-01-01", "9999-12-31", 365)]
    public void Parse_Year_CoversWholeYear(string text, string start, string end, int days)
    {
        var period = P(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(period.Start, Is.EqualTo(D(start)));
            Assert.That(period.End, Is.EqualTo(D(end)));
            Assert.That(period.Precision, Is.EqualTo(PeriodPrecision.Year));
            Assert.That(period.Days, Is.EqualTo(days));
        }
    }

    [TestCase("2016-10-17/2017-03-25", "2016-10-17", "2017-03-25")]
    [TestCase("2017-03-18/2017-03-18", "2017-03-18", "2017-03-18")]
    [TestCase("2016-10/2017-03", "2016-10-01", "2017-03-31")]
    [TestCase("2016-10-17/2017-03", "2016-10-17", "2017-03-31")]
    [TestCase("2016/2017-02", "2016-01-01", "2017-02-28")]
    [TestCase("2016/2017", "2016-01-01", "2017-12-31")]
    [TestCase("2017-03/2017-03-15", "2017-03-01", "2017-03-15")]
    public void Parse_Interval_RunsFromFirstStartToLastEnd(string text, string start, string end)
    {
        var period = P(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(period.Start, Is.EqualTo(D(start)));
            Assert.That(period.End, Is.EqualTo(D(end)));
            Assert.That(period.Precision, Is.EqualTo(PeriodPrecision.Interval));
        }
    }

    [Test]
    public void Parse_Interval_IncludesBothEnds()
    {
        var period = P("2016-10-17/2017-03-25");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(period.Contains(D("2016-10-17")), Is.True);
            Assert.That(period.Contains(D("2017-03-25")), Is.True);
            Assert.That(period.Contains(D("2016-10-16")), Is.False);
            Assert.That(period.Contains(D("2017-03-26")), Is.False);
            Assert.That(period.Days, Is.EqualTo(160));
        }
    }

    [Test]
    public void Parse_SurroundingSpaces_AreTrimmed()
    {
        Assert.That(P("  2017-03-18 "), Is.EqualTo(Period.Day(D("2017-03-18"))));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("March 2017")]
    [TestCase("2017-3")]
    [TestCase("2017-3-18")]
    [TestCase("17-03-2018")]
    [TestCase("2017-02-29")]
    [TestCase("2017-13")]
    [TestCase("2017-00")]
    [TestCase("2017-04-31")]
    [TestCase("0000")]
    [TestCase("-2017")]
    [TestCase("201")]
    [TestCase("20170")]
    [TestCase("2017-03-18T00:00")]
    [TestCase("2017-03-18/")]
    [TestCase("/2017-03-18")]
    [TestCase("2017-03-18/2017-03-20/2017-03-22")]
    [TestCase("2017-03-18 / 2017-03-20")]
    public void Parse_NotAPeriod_ThrowsFormatException(string text)
    {
        Assert.That(() => P(text), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void Parse_NotAPeriod_MessageNamesTheTextAndTheExpectedForms()
    {
        Assert.That(
            () => P("March 2017"),
            Throws.TypeOf<FormatException>().With.Message.Contains("'March 2017'").And.Message.Contains("2016-10-17/2017-03-25"));
    }

    [TestCase("2017-03-25/2016-10-17")]
    [TestCase("2017-04/2017-03")]
    [TestCase("2017-04-01/2017-03")]
    public void Parse_IntervalEndingBeforeItStarts_ThrowsWithReason(string text)
    {
        Assert.That(() => P(text), Throws.TypeOf<FormatException>().With.Message.Contains("ends before it starts"));
    }

    [Test]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => Period.Parse(null!), Throws.ArgumentNullException);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("2017-02-30")]
    public void TryParse_NotAPeriod_ReturnsFalseAndNull(string? text)
    {
        var ok = Period.TryParse(text, out var period);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ok, Is.False);
            Assert.That(period, Is.Null);
        }
    }

    [Test]
    public void TryParse_WithError_GivesReason()
    {
        var ok = Period.TryParse("2017-02-30", out var period, out var error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ok, Is.False);
            Assert.That(period, Is.Null);
            Assert.That(error, Does.Contain("'2017-02-30' is not a period"));
        }
    }

    [Test]
    public void TryParse_WithError_EmptyTextSaysEmpty()
    {
        var ok = Period.TryParse(" ", out _, out var error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ok, Is.False);
            Assert.That(error, Does.StartWith("an empty period"));
        }
    }

    [Test]
    public void TryParse_Valid_GivesNoError()
    {
        var ok = Period.TryParse("2017-03", out var period, out var error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ok, Is.True);
            Assert.That(period, Is.EqualTo(Period.Month(2017, 3)));
            Assert.That(error, Is.Null);
        }
    }

    // --- Factories ---

    [Test]
    public void Month_LeapFebruary_EndsOn29th()
    {
        Assert.That(Period.Month(2016, 2).End, Is.EqualTo(D("2016-02-29")));
    }

    [Test]
    public void Month_LastMonthOfCalendar_DoesNotOverflow()
    {
        Assert.That(Period.Month(9999, 12).End, Is.EqualTo(D("9999-12-31")));
    }

    [TestCase(0)]
    [TestCase(13)]
    public void Month_InvalidMonth_ThrowsArgumentOutOfRangeException(int month)
    {
        Assert.That(() => Period.Month(2017, month), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Between_EndBeforeStart_ThrowsArgumentException()
    {
        Assert.That(() => Period.Between(D("2017-03-25"), D("2017-03-24")), Throws.ArgumentException);
    }

    [Test]
    public void Between_SameDay_IsOneDayInterval()
    {
        var period = Period.Between(D("2017-03-17"), D("2017-03-17"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(period.Days, Is.EqualTo(1));
            Assert.That(period.Precision, Is.EqualTo(PeriodPrecision.Interval));
        }
    }

    // --- Overlaps / Contains ---

    [TestCase("2017-03-01/2017-03-17", "2017-03-17/2017-03-31")]
    [TestCase("2017-03-17", "2017-03")]
    [TestCase("2017-03", "2017")]
    [TestCase("2016-10-17/2017-03-25", "2016-10-17")]
    [TestCase("2016-10-17/2017-03-25", "2017-03-25")]
    [TestCase("2016-12/2017-01", "2016")]
    public void Overlaps_SharingAtLeastTheBoundaryDay_IsTrue(string a, string b)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(P(a).Overlaps(P(b)), Is.True);
            Assert.That(P(b).Overlaps(P(a)), Is.True);
        }
    }

    [TestCase("2017-03-01/2017-03-16", "2017-03-17/2017-03-31")]
    [TestCase("2017-02", "2017-03")]
    [TestCase("2016", "2017")]
    [TestCase("2016-10-17/2017-03-25", "2017-03-26")]
    public void Overlaps_AdjacentOrApart_IsFalse(string a, string b)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(P(a).Overlaps(P(b)), Is.False);
            Assert.That(P(b).Overlaps(P(a)), Is.False);
        }
    }

    [Test]
    public void Overlaps_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => P("2017").Overlaps(null!), Throws.ArgumentNullException);
    }

    [TestCase("2017-02-28", false)]
    [TestCase("2017-03-01", true)]
    [TestCase("2017-03-31", true)]
    [TestCase("2017-04-01", false)]
    public void Contains_MonthEdges(string day, bool expected)
    {
        Assert.That(P("2017-03").Contains(D(day)), Is.EqualTo(expected));
    }

    // --- IsSameTimeAs ---

    [Test]
    public void IsSameTimeAs_DesignRunningTotals_ThreeWeeksApart_IsFalse()
    {
        // "255,708 displaced since 17 October, as of 3 March" and "340,000 fled since October, as of 25 March".
        var asOfThirdMarch = P("2016-10-17/2017-03-03");
        var asOfTwentyFifthMarch = P("2016-10/2017-03-25");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asOfThirdMarch.Overlaps(asOfTwentyFifthMarch), Is.True);
            Assert.That(asOfThirdMarch.IsSameTimeAs(asOfTwentyFifthMarch, 7), Is.False);
        }
    }

    [Test]
    public void IsSameTimeAs_DesignIncidentDay_ReportedInMarchAndMay_IsTrue()
    {
        // The 17 March strike's toll refers to 17 March, whenever it was published.
        Assert.That(P("2017-03-17").IsSameTimeAs(P("2017-03-17"), 7), Is.True);
    }

    [TestCase("2017-03-24", true)]
    [TestCase("2017-03-25", false)]
    public void IsSameTimeAs_EndsAtWindowEdge_SevenInEightOut(string otherEnd, bool expected)
    {
        var a = P("2017-03-01/2017-03-17");
        var b = P("2017-03-01/" + otherEnd);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(a.IsSameTimeAs(b, 7), Is.EqualTo(expected));
            Assert.That(b.IsSameTimeAs(a, 7), Is.EqualTo(expected));
        }
    }

    [Test]
    public void IsSameTimeAs_EndsWithinWindowButNoOverlap_IsFalse()
    {
        // Ends seven days apart, but the days do not overlap.
        Assert.That(P("2017-03-10").IsSameTimeAs(P("2017-03-17"), 7), Is.False);
    }

    [TestCase(0, false)]
    [TestCase(1, true)]
    public void IsSameTimeAs_WindowZeroNeedsEqualEnds(int window, bool expected)
    {
        Assert.That(P("2017-03-01/2017-03-17").IsSameTimeAs(P("2017-03-10/2017-03-18"), window), Is.EqualTo(expected));
    }

    [Test]
    public void IsSameTimeAs_WindowZeroAndEqualEnds_IsTrue()
    {
        Assert.That(P("2017-03-01/2017-03-17").IsSameTimeAs(P("2017-03-17"), 0), Is.True);
    }

    [Test]
    public void IsSameTimeAs_NegativeWindow_ThrowsArgumentOutOfRangeException()
    {
        Assert.That(() => P("2017").IsSameTimeAs(P("2017"), -1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void IsSameTimeAs_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => P("2017").IsSameTimeAs(null!, 7), Throws.ArgumentNullException);
    }

    // --- ToString / equality ---

    [TestCase("2017-03-18")]
    [TestCase("2017-03")]
    [TestCase("2017")]
    [TestCase("0999")]
    [TestCase("2016-10-17/2017-03-25")]
    [TestCase("2017-03-18/2017-03-18")]
    public void ToString_IsTheParsedForm(string text)
    {
        Assert.That(P(text).ToString(), Is.EqualTo(text));
    }

    [TestCase("2016-10/2017-03")]
    [TestCase("2016/2017")]
    [TestCase("2017-03-18")]
    [TestCase("2017-02")]
    [TestCase("2016")]
    public void ToString_RoundTripsThroughParse(string text)
    {
        var period = P(text);

        Assert.That(P(period.ToString()), Is.EqualTo(period));
    }

    [Test]
    public void ToString_IntervalWithMonthEnds_IsWrittenInDays()
    {
        Assert.That(P("2016-10/2017-03").ToString(), Is.EqualTo("2016-10-01/2017-03-31"));
    }

    [Test]
    public void Equals_SameDaysAndPrecision_IsTrue()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(P("2017-03"), Is.EqualTo(Period.Month(2017, 3)));
            Assert.That(P("2017-03") == Period.Month(2017, 3), Is.True);
            Assert.That(P("2017-03").GetHashCode(), Is.EqualTo(Period.Month(2017, 3).GetHashCode()));
        }
    }

    [Test]
    public void Equals_SameDaysDifferentPrecision_IsFalse()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(P("2017-03"), Is.Not.EqualTo(P("2017-03-01/2017-03-31")));
            Assert.That(P("2017-03-18"), Is.Not.EqualTo(P("2017-03-18/2017-03-18")));
            Assert.That(P("2017-03-18") != P("2017-03-18/2017-03-18"), Is.True);
        }
    }

    [Test]
    public void Equals_Null_IsFalse()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(P("2017").Equals(null), Is.False);
            Assert.That(P("2017") == null, Is.False);
            Assert.That((Period?)null == null, Is.True);
        }
    }
}

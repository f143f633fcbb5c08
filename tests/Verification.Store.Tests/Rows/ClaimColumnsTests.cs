using Microsoft.Data.Sqlite;
using Verification.Claims;
using Verification.Figures;
using Verification.Measures;
using Verification.Store.Rows;
using Verification.Testing;

namespace Verification.Store.Tests.Rows;

public sealed class ClaimColumnsTests
{
    private static IEnumerable<TestCaseData> Claims()
    {
        var full = new ClaimBuilder("c1").WithSubject("civilians killed").WithFigure("around 340,000").WithPlace("al-Jadida, West Mosul, Mosul, Iraq")
            .WithPeriod("2016-10-17/2017-03-25").WithSource("UNHCR").WithDerivedFrom("IOM", "OCHA").WithReportedIn("The Independent")
            .FlaggedAsContested().WithQuote("Around 340,000 people have fled.").WithMetadata("url", "\"https://example.org\"").Build() with { Measure = Measure.Total, Coverage = Coverage.Partial };
        yield return new TestCaseData(full).SetArgDisplayNames("every field");
        yield return new TestCaseData(new ClaimBuilder("c2").WithoutFigure().WithoutPlace().WithoutPeriod().Build()).SetArgDisplayNames("no figure, place or period");
        yield return new TestCaseData(new ClaimBuilder("c3").WithFigure(105, 141).Build()).SetArgDisplayNames("interval from numbers");
        yield return new TestCaseData(new ClaimBuilder("c4").WithFigure(440, null).Build()).SetArgDisplayNames("open interval from numbers");
        yield return new TestCaseData(new ClaimBuilder("c5").WithFigure(Figure.Estimate(1230, 610, 2040)).Build()).SetArgDisplayNames("estimate from numbers");
        yield return new TestCaseData(new ClaimBuilder("c6").WithFigure(Figure.MoreThan(400)).Build()).SetArgDisplayNames("more than, from numbers");
        yield return new TestCaseData(new ClaimBuilder("c7").WithFigure(Figure.FewerThan(100)).Build()).SetArgDisplayNames("fewer than, from numbers");
        yield return new TestCaseData(new ClaimBuilder("c8").WithFigure(Figure.Interval(105, 141, "105 to 141 by one count")).Build()).SetArgDisplayNames("numbers with a text of their own");
        yield return new TestCaseData(new ClaimBuilder("c9").WithPlace("rebel-held northwest, Syria").WithPeriod("2017-03").Build()).SetArgDisplayNames("described area, month");
    }

    [TestCaseSource(nameof(Claims))]
    public void Read_ValuesOfAClaim_GivesTheClaimBack(Claim claim)
    {
        var values = ClaimColumns.ValuesOf(claim, new FigureOptions());

        var read = RoundTrip(values);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ClaimColumns.CanKeep(claim, values), Is.True);
            Assert.That(read, Is.EqualTo(claim));
            Assert.That(read.Figure?.Text, Is.EqualTo(claim.Figure?.Text));
        }
    }

    [Test]
    public void Read_TextFigureUnderOtherFigureOptions_IsReadUnderThem()
    {
        var claim = new ClaimBuilder("c1").WithFigure("about 340,000").Build();
        var values = ClaimColumns.ValuesOf(claim, new FigureOptions());

        var wider = new FigureOptions { HedgeTolerance = 0.3 };

        var read = RoundTrip(values, wider);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Figure, Is.EqualTo(Figure.Parse("about 340,000", wider)));
            Assert.That(read.Figure, Is.Not.EqualTo(claim.Figure));
        }
    }

    [Test]
    public void Digest_ClaimsThatDifferInAnyField_Differ()
    {
        var claim = new ClaimBuilder("c1").WithFigure("105").Build();
        var figures = new FigureOptions();

        Assert.That(ClaimColumns.Digest(ClaimColumns.ValuesOf(claim with { Quote = "x" }, figures)), Is.Not.EqualTo(ClaimColumns.Digest(ClaimColumns.ValuesOf(claim, figures))));
    }

    // Through a real row: the columns written, then read back.
    private static Claim RoundTrip(object?[] values, FigureOptions? figures = null)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE t ({ClaimColumns.Definitions("REAL")}); INSERT INTO t ({ClaimColumns.List}) VALUES ({ClaimColumns.Parameters})";
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue(ClaimColumns.Columns[i].Name, values[i] ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
        command.CommandText = $"SELECT {ClaimColumns.List} FROM t";
        command.Parameters.Clear();
        using var reader = command.ExecuteReader();
        reader.Read();
        return ClaimColumns.Read(reader, 0, figures ?? new FigureOptions());
    }
}

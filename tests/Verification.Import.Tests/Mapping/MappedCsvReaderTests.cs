using Verification.Figures;
using Verification.Import.Mapping;
using Verification.Measures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
namespace Verification.Import.Tests.Mapping;

public class MappedCsvReaderTests
{
    private static readonly ColumnMapping Tally = ColumnMappingFile.Parse("""
        { "idPrefix": "t", "id": "ref", "subject": "what", "figure": "n", "place": ["town", "country"], "date": "day", "source": "who" }
        """);

    [Test]
    public async Task ReadAsync_GoodRows_ClaimsWithEveryField()
    {
        var records = await TestFiles.ReadAsync(new MappedCsvReader(Tally), """
            ref,what,n,town,country,day,who
            a1,civilians killed,105,Mosul,Iraq,2017-03-17,US military
            a2,people displaced,"around 340,000",Mosul,Iraq,2017-03,UNHCR
            """);

        Assert.That(records, Has.Count.EqualTo(2));
        var first = records[0].Claim!;
        Assert.That(first.Id, Is.EqualTo("t:a1"));
        Assert.That(records[0].Row, Is.EqualTo(2));
        Assert.That(first.Subject, Is.EqualTo(new Subject("civilians killed")));
        Assert.That(first.Figure, Is.EqualTo(Figure.Exact(105)));
        Assert.That(first.Place, Is.EqualTo(Place.Of("Mosul", "Iraq")));
        Assert.That(first.Period, Is.EqualTo(Period.Day(new DateOnly(2017, 3, 17))));
        Assert.That(first.Source, Is.EqualTo("US military"));
        Assert.That(records[1].Claim!.Figure!.Low, Is.EqualTo(306_000));
        Assert.That(records[1].Claim!.Period, Is.EqualTo(Period.Month(2017, 3)));
    }

    [Test]
    public async Task ReadAsync_BadRows_EveryProblemWithRowAndColumn()
    {
        var records = await TestFiles.ReadAsync(new MappedCsvReader(Tally), """
            ref,what,n,town,country,day,who
            a1,civilians killed,n/a,Mosul,Iraq,17/03/2017,
            a2,civilians killed,-4,Mosul,Iraq,2017-03-17,UNHCR
            a3,civilians killed,12,Mosul,Iraq,2017-03-17,UNHCR
            a3,civilians killed,13,Mosul,Iraq,2017-03-17,UNHCR
            """);

        var problems = records.SelectMany(r => r.Problems).Select(p => (p.Row, p.Column, p.Code)).ToList();
        Assert.That(problems, Is.EquivalentTo(new (int, string?, string)[]
        {
            (2, "n", "figure-unreadable"), (2, "day", "date-unreadable"), (2, "who", "source-missing"),
            (3, "n", "figure-negative"),
            (5, "ref", "id-duplicate"),
        }));
        Assert.That(records.Where(r => r.IsClaim).Select(r => r.Claim!.Id), Is.EqualTo(new[] { "t:a3" }));
        Assert.That(records[0].Problems[0].File, Is.EqualTo("test.csv"));
    }

    [Test]
    public async Task ReadAsync_NumberCellWithACommaBeforeFewerThanThreeDigits_IsRefusedNotReadAsThousands()
    {
        var ranges = ColumnMappingFile.Parse("""
            { "subject": {"value": "people killed"}, "figure": {"low": "low", "high": "high"}, "source": {"value": "UCDP"} }
            """);

        var single = await TestFiles.ReadAsync(new MappedCsvReader(Tally), """
            ref,what,n,town,country,day,who
            a1,civilians killed,"1,5",Mosul,Iraq,2017-03-17,US military
            a2,civilians killed,"1,059",Mosul,Iraq,2017-03-17,US military
            """);
        var range = await TestFiles.ReadAsync(new MappedCsvReader(ranges), """
            low,high
            "1,5","2,5"
            """);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(single[0].Problems.Select(p => (p.Column, p.Code)), Is.EqualTo(new[] { ((string?)"n", "figure-unreadable") }));
            Assert.That(single[0].Problems.Single().Message, Does.Contain("'1,5'"));
            Assert.That(single[1].Claim!.Figure, Is.EqualTo(Figure.Exact(1059)));
            Assert.That(range.Single().Problems.Select(p => (p.Column, p.Code)), Is.EqualTo(new[] { ((string?)"low", "figure-unreadable"), ("high", "figure-unreadable") }));
        }
    }

    [Test]
    public async Task ReadAsync_NumberCellsUnderACultureThatGroupsWithFullStops_ReadAsThatCultureWritesThem()
    {
        var records = await TestFiles.ReadAsync(
            new MappedCsvReader(Tally),
            """
            ref,what,n,town,country,day,who
            a1,civilians killed,44.218,Mosul,Iraq,2017-03-17,US military
            a2,civilians killed,"1.059.849",Mosul,Iraq,2017-03-17,US military
            """,
            new EvidenceFileOptions { FileName = "test.csv", Figures = FigureOptions.Default with { Culture = System.Globalization.CultureInfo.GetCultureInfo("de-DE") } });

        Assert.That(records.Select(r => r.Claim?.Figure), Is.EqualTo(new[] { Figure.Exact(44_218), Figure.Exact(1_059_849) }));
    }

    [Test]
    public void Constructor_MappingBuiltInCodeThatBreaksTheRules_ListsEveryProblemAsForAFile()
    {
        var mapping = new ColumnMapping
        {
            Format = "desk",
            HeaderRow = 0,
            Figures = [new FigureMapping { Subject = new ColumnValue { Column = "what", Value = "people killed" }, High = ColumnValue.FromColumn("max") }],
            Date = ColumnValue.FromColumn("day"),
            Start = ColumnValue.FromColumn("from"),
            Measure = ColumnValue.Constant("weekly"),
            Metadata = ["source"],
        };

        var e = Assert.Throws<ColumnMappingException>(() => _ = new MappedCsvReader(mapping));

        Assert.That(e!.Problems.Select(p => p.Split(':')[1].Trim()), Is.EquivalentTo(new[]
        {
            "field-type", "field-type", "figure-low-missing", "measure-unknown", "period-ambiguous", "metadata-reserved",
        }));
        Assert.That(e.Problems, Has.All.StartWith("mapping 'desk': "));
    }

    [Test]
    public void Constructor_MappingBuiltInCodeThatKeepsTheRules_IsAccepted()
    {
        Assert.That(() => new MappedCsvReader(Tally), Throws.Nothing);
        Assert.That(BuiltInMappings.All.Select(m => new MappedCsvReader(m).Format), Is.EquivalentTo(BuiltInMappings.All.Select(m => m.Format)));
    }

    [Test]
    public async Task ReadAsync_ColumnMissing_HeaderProblemAndNothingRead()
    {
        var records = await TestFiles.ReadAsync(new MappedCsvReader(Tally), """
            ref,what,number,town,country,day,who
            a1,civilians killed,105,Mosul,Iraq,2017-03-17,US military
            """);

        Assert.That(records, Has.Count.EqualTo(1));
        Assert.That(records[0].Problems.Select(p => (p.Row, p.Column, p.Code)), Is.EqualTo(new (int, string?, string)[] { (1, "n", "column-missing") }));
    }

    [Test]
    public async Task ReadAsync_IntervalWithBest_EstimateAndProblems()
    {
        var mapping = ColumnMappingFile.Parse("""
            { "subject": {"value": "people killed"}, "figure": {"low": "low", "best": "best", "high": "high"}, "source": {"value": "UCDP"} }
            """);
        var records = await TestFiles.ReadAsync(new MappedCsvReader(mapping), """
            low,best,high
            1,6,30
            4,4,4
            10,5,30
            9,,3
            """);

        Assert.That(records[0].Claim!.Figure, Is.EqualTo(Figure.Estimate(6, 1, 30)));
        Assert.That(records[1].Claim!.Figure, Is.EqualTo(Figure.Exact(4)));
        Assert.That(records[2].Problems.Single().Code, Is.EqualTo("figure-best-outside"));
        Assert.That(records[3].Problems.Single().Code, Is.EqualTo("figure-inverted"));
    }

    [Test]
    public async Task ReadAsync_StartAfterEnd_PeriodInverted()
    {
        var mapping = ColumnMappingFile.Parse("""
            { "subject": {"value": "people killed"}, "figure": "n", "start": "from", "end": "to", "source": {"value": "X"} }
            """);
        var records = await TestFiles.ReadAsync(new MappedCsvReader(mapping), """
            n,from,to
            3,2017-03-01,2017-03-05
            3,2017-03-09,2017-03-05
            """);

        Assert.That(records[0].Claim!.Period, Is.EqualTo(Period.Between(new DateOnly(2017, 3, 1), new DateOnly(2017, 3, 5))));
        Assert.That(records[1].Problems.Single().Code, Is.EqualTo("period-inverted"));
    }

    [Test]
    public async Task ReadAsync_QuotedCellsAndHashtagRowUnderHeader_ReadAsCsv()
    {
        var records = await TestFiles.ReadAsync(new MappedCsvReader(Tally), "ref,what,n,town,country,day,who\n#id,#x,#affected,#loc,#country,#date,#meta+source\n\"a,1\",\"civilians\nkilled\",\"1,200\",Mosul,Iraq,2017-03-17,\"UN \"\"OCHA\"\"\"\n");

        var claim = records.Single().Claim!;
        Assert.That(claim.Id, Is.EqualTo("t:a,1"));
        Assert.That(claim.Figure, Is.EqualTo(Figure.Exact(1200)));
        Assert.That(claim.Source, Is.EqualTo("UN \"OCHA\""));
        Assert.That(records.Single().Row, Is.EqualTo(3));
    }

    [Test]
    public async Task ReadAsync_PlacePartsRepeated_KeptOnceAtTheMostGeneral()
    {
        var records = await TestFiles.ReadAsync(new MappedCsvReader(Tally), """
            ref,what,n,town,country,day,who
            a1,civilians killed,1,Iraq,Iraq,2017-03-17,X
            a2,civilians killed,1,,Iraq,2017-03-17,X
            """);

        Assert.That(records.Select(r => r.Claim!.Place), Is.All.EqualTo(Place.Of("Iraq")));
    }

    [Test]
    public void Recognises_HeaderWithEveryColumn_TrueOtherwiseFalse()
    {
        var reader = new MappedCsvReader(Tally);
        IReadOnlyList<string> full = ["REF", "what", "n", "town", "country", "day", "who", "extra"];
        IReadOnlyList<string> partial = ["ref", "what", "n"];

        Assert.That(reader.Recognises(new FilePreview("f", [full], string.Empty)), Is.True);
        Assert.That(reader.Recognises(new FilePreview("f", [partial], string.Empty)), Is.False);
    }
}

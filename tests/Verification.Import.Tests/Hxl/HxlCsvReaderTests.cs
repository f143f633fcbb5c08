using Verification.Figures;
using Verification.Import.Hxl;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
namespace Verification.Import.Tests.Hxl;

public class HxlCsvReaderTests
{
    [Test]
    public async Task ReadAsync_HashtagRowUnderTitles_ColumnsByTag()
    {
        var records = await TestFiles.ReadAsync(new HxlCsvReader(), """
            Displacement in Iraq,,,,,
            Province,Country,IDPs,Killed,As of,Source
            #adm1+name,#country+code,#affected+idps,#affected+killed,#date+reported,#meta+source
            Ninewa,IRQ,"170,550",,2014-06-01,IOM
            Erbil,IRQ,98856,12,2014-06-01,IOM
            """);

        Assert.That(records.Select(r => r.Claim!.Id), Is.EqualTo(new[] { "hxl:r4:affected+idps", "hxl:r5:affected+idps", "hxl:r5:affected+killed" }));
        var first = records[0].Claim!;
        Assert.That(first.Subject, Is.EqualTo(new Subject("#affected+idps")));
        Assert.That(first.Figure, Is.EqualTo(Figure.Exact(170_550)));
        Assert.That(first.Place, Is.EqualTo(Place.Of("Ninewa", "IRQ")));
        Assert.That(first.Period, Is.EqualTo(Period.Day(new DateOnly(2014, 6, 1))));
        Assert.That(first.Source, Is.EqualTo("IOM"));
    }

    [Test]
    public async Task ReadAsync_SourceGiven_MetaSourceBecomesDerivation()
    {
        var records = await TestFiles.ReadAsync(new HxlCsvReader(), """
            #affected+killed,#meta+source,#date+start,#date+end
            6,Reuters,2017-03-01,2017-03-03
            """, new EvidenceFileOptions { FileName = "f.csv", Source = "UCDP", IdPrefix = "u" });

        var claim = records.Single().Claim!;
        Assert.That(claim.Id, Is.EqualTo("u:r2"));
        Assert.That(claim.Source, Is.EqualTo("UCDP"));
        Assert.That(claim.DerivedFrom, Is.EqualTo(new[] { "Reuters" }));
        Assert.That(claim.Period, Is.EqualTo(Period.Between(new DateOnly(2017, 3, 1), new DateOnly(2017, 3, 3))));
    }

    [Test]
    public async Task ReadAsync_NoHashtagRow_Refused()
    {
        var records = await TestFiles.ReadAsync(new HxlCsvReader(), "a,b\n1,2\n");

        Assert.That(records.Single().Problems.Single().Code, Is.EqualTo("hxl-missing"));
    }

    [Test]
    public async Task ReadAsync_BadFigureAndNoSource_EveryProblem()
    {
        var records = await TestFiles.ReadAsync(new HxlCsvReader(), """
            #affected+killed,#adm1+name
            lots,Ninewa
            """);

        Assert.That(records.Single().Problems.Select(p => (p.Row, p.Column, p.Code)), Is.EquivalentTo(new (int, string?, string)[]
        {
            (2, "#affected+killed", "figure-unreadable"), (2, null, "source-missing"),
        }));
    }

    [Test]
    public async Task ReadAsync_HdxUcdpSample_KilledPerEvent()
    {
        var records = await TestFiles.ReadSampleAsync(new HxlCsvReader(), "hdx-ucdp-bangladesh-hxl.csv");

        Assert.That(records.SelectMany(r => r.Problems), Is.Empty);
        Assert.That(records, Has.Count.EqualTo(30));
        var first = records[0].Claim!;
        Assert.That(first.Subject.Text, Is.EqualTo("#affected+killed"));
        Assert.That(first.Place?.Parts[^1], Is.EqualTo("Bangladesh"));
        Assert.That(first.Period, Is.Not.Null);
    }

    [Test]
    public void Recognises_HashtagRowWithAFigure_TrueOtherwiseFalse()
    {
        var reader = new HxlCsvReader();
        IReadOnlyList<string> title = ["Title", ""];
        IReadOnlyList<string> tags = ["#adm1+name", "#affected+idps"];
        IReadOnlyList<string> tagsNoFigure = ["#adm1+name", "#date"];

        Assert.That(reader.Recognises(new FilePreview("f", [title, tags], string.Empty)), Is.True);
        Assert.That(reader.Recognises(new FilePreview("f", [title, tagsNoFigure], string.Empty)), Is.False);
    }
}

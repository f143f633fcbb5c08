using Verification.Figures;
using Verification.Import.Mapping;
using Verification.Measures;
using Verification.Periods;
using Verification.Places;
namespace Verification.Import.Tests.Mapping;

public class BuiltInMappingsTests
{
    [Test]
    public async Task UcdpGed_Sample_BestWithinLowHighAndCivilians()
    {
        var records = await TestFiles.ReadSampleAsync(new MappedCsvReader(BuiltInMappings.UcdpGed), "ucdp-ged-kokang-2015.csv");

        Assert.That(records.SelectMany(r => r.Problems), Is.Empty);
        // Two claims per event: all deaths, and civilian deaths.
        Assert.That(records, Has.Count.EqualTo(60));
        var first = records[0].Claim!;
        Assert.That(first.Id, Is.EqualTo("ucdp:209984"));
        Assert.That(first.Source, Is.EqualTo("UCDP"));
        Assert.That(first.Measure, Is.EqualTo(Measure.Incident));
        Assert.That(first.Place?.Parts[^1], Is.EqualTo("Myanmar (Burma)"));
        var estimates = records.Select(r => r.Claim!.Figure!).Where(f => f.Kind == FigureKind.Estimate).ToList();
        Assert.That(estimates, Is.Not.Empty);
        Assert.That(estimates.TrueForAll(f => f.CoreLow >= f.Low && f.CoreLow <= f.High && f.Low < f.High), Is.True);
        Assert.That(records.Where(r => r.Claim!.Id.EndsWith(":civilians", StringComparison.Ordinal)).Select(r => r.Claim!.Subject.Text), Has.All.EqualTo("civilians killed"));
    }

    [Test]
    public async Task UcdpGed_IdRepeated_OneProblemForTheRow()
    {
        var header = "id,low,best,high,deaths_civilians,date_start,date_end,where_coordinates,adm_2,adm_1,country,source_office,source_headline,dyad_name,type_of_violence,where_prec,date_prec,event_clarity";
        var row = "7,1,2,3,0,2015-02-01,2015-02-01,Laukkaing town,,Shan State,Myanmar (Burma),DVB,h,d,1,1,1,1";
        var records = await TestFiles.ReadAsync(new MappedCsvReader(BuiltInMappings.UcdpGed), $"{header}\n{row}\n{row}\n");

        Assert.That(records.Take(2).Select(r => r.Claim!.Id), Is.EqualTo(new[] { "ucdp:7", "ucdp:7:civilians" }));
        Assert.That(records[2].Problems.Select(p => (p.Row, p.Column, p.Code)), Is.EqualTo(new (int, string?, string)[] { (3, "id", "id-duplicate") }));
    }

    [Test]
    public async Task UcdpGed_HdxFileWithHashtagRow_HashtagRowSkipped()
    {
        var records = await TestFiles.ReadSampleAsync(new MappedCsvReader(BuiltInMappings.UcdpGed), "hdx-ucdp-bangladesh-hxl.csv");

        Assert.That(records.SelectMany(r => r.Problems), Is.Empty);
        Assert.That(records[0].Row, Is.EqualTo(3));
    }

    [Test]
    public async Task Acled_Sample_FatalitiesDerivedFromTheSource()
    {
        var records = await TestFiles.ReadSampleAsync(new MappedCsvReader(BuiltInMappings.Acled), "acled-layout-mosul-2017.csv");

        Assert.That(records.SelectMany(r => r.Problems), Is.Empty);
        var claim = records[0].Claim!;
        Assert.That(claim.Figure, Is.EqualTo(Figure.Exact(105)));
        Assert.That(claim.Source, Is.EqualTo("ACLED"));
        Assert.That(claim.DerivedFrom, Is.EqualTo(new[] { "US Central Command" }));
        Assert.That(claim.Place, Is.EqualTo(Place.Of("Al-Jadida", "Mosul", "Ninewa", "Iraq")));
        Assert.That(claim.Period, Is.EqualTo(Period.Day(new DateOnly(2017, 3, 17))));
    }

    [Test]
    public async Task Airwars_MinMaxAndGrading_IntervalsAndContested()
    {
        var header = "unique_reference_code,permalink,country,date,grading,strike_status,geolocation_accuracy,civilians_killed_min,civilians_killed_max,children_killed_min,children_killed_max,women_killed_min,women_killed_max,men_killed_min,men_killed_max,civilians_injured_min,civilians_injured_max";
        var records = await TestFiles.ReadAsync(new MappedCsvReader(BuiltInMappings.Airwars), header + "\n"
            + "CI1,,Iraq,2017-03-17 00:00:00,Confirmed,,,105,240,3,3,,,,,,\n"
            + "CI2,,Iraq,2017-03-18 00:00:00,Contested,,,2,,,,,,,,,\n");

        Assert.That(records.Select(r => r.Claim!.Id), Is.EqualTo(new[] { "airwars:CI1", "airwars:CI1:children", "airwars:CI2" }));
        Assert.That(records[0].Claim!.Figure, Is.EqualTo(Figure.Interval(105, 240)));
        Assert.That(records[1].Claim!.Figure, Is.EqualTo(Figure.Exact(3)));
        Assert.That(records[2].Claim!.Figure, Is.EqualTo(Figure.Exact(2)));
        Assert.That(records[2].Claim!.IsContested, Is.True);
        Assert.That(records[0].Claim!.IsContested, Is.False);
        Assert.That(records[0].Claim!.Metadata["grading"], Is.EqualTo("\"Confirmed\""));
    }

    [Test]
    public async Task Airwars_Sample_ReadsWithoutProblems()
    {
        var records = await TestFiles.ReadSampleAsync(new MappedCsvReader(BuiltInMappings.Airwars), "airwars-layout-mosul-2017.csv");

        Assert.That(records.SelectMany(r => r.Problems), Is.Empty);
        Assert.That(records.Single().Claim!.Figure, Is.EqualTo(Figure.Interval(105, 240)));
    }

    [Test]
    public async Task UserMapping_Sample_ReadsTheTally()
    {
        var mapping = await ColumnMappingFile.ReadAsync(TestFiles.Sample("mosul-tally.mapping.json"));
        var records = await TestFiles.ReadSampleAsync(new MappedCsvReader(mapping), "mosul-tally.csv");

        Assert.That(records.SelectMany(r => r.Problems), Is.Empty);
        Assert.That(records.Select(r => r.Claim!.Figure!.High), Is.EqualTo(new[] { 105, 240, double.PositiveInfinity, 160 }));
        Assert.That(records[0].Claim!.ReportedIn, Is.EqualTo("US Central Command investigation, 25 May 2017"));
        Assert.That(records[1].Claim!.ReportedIn, Is.Null);
    }
}

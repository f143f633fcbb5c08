using System.Text;

namespace Verification.Plugins.SourceReliability.Tests;

public sealed class SourceReliabilityOptionsTests
{
    private static SourceReliabilityOptions Load(string json) =>
        new SourceReliabilityOptions().LoadTable(new MemoryStream(Encoding.UTF8.GetBytes(json)), "table.json");

    [Test]
    public void LoadTable_EveryProperty_IsRead()
    {
        var options = Load("""{ "threshold": "B", "discountUnjudged": true, "sources": { "UNHCR": "A", "Rumour mill": "e" } }""");

        Assert.That((options.Threshold, options.DiscountUnjudged, options.Grades["unhcr"], options.Grades["Rumour mill"]),
            Is.EqualTo((SourceReliabilityGrade.B, true, SourceReliabilityGrade.A, SourceReliabilityGrade.E)));
    }

    [Test]
    public void LoadTable_PropertiesLeftOut_KeepTheirValues()
    {
        var options = Load("""{ "sources": { "UNHCR": "A" } }""");

        Assert.That((options.Threshold, options.DiscountUnjudged), Is.EqualTo((SourceReliabilityGrade.C, false)));
    }

    [Test]
    public void LoadTable_GradeOutsideTheScale_ThrowsNamingTheField() =>
        Assert.That(() => Load("""{ "sources": { "UNHCR": "G" } }"""),
            Throws.TypeOf<FormatException>().With.Message.EqualTo("table.json: 'sources.UNHCR' must be a grade from \"A\" to \"F\"; it was \"G\"."));

    [Test]
    public void LoadTable_GradeAsNumber_Throws() =>
        Assert.That(() => Load("""{ "threshold": 3 }"""), Throws.TypeOf<FormatException>().With.Message.Contains("'threshold' must be a grade"));

    [Test]
    public void LoadTable_UnknownProperty_ThrowsNamingIt() =>
        Assert.That(() => Load("""{ "treshold": "B" }"""), Throws.TypeOf<FormatException>().With.Message.Contains("unknown property 'treshold'"));

    [Test]
    public void LoadTable_NotJson_ThrowsNamingTheInput() =>
        Assert.That(() => Load("{ sources"), Throws.TypeOf<FormatException>().With.Message.StartsWith("table.json: not valid JSON"));

    [Test]
    public void LoadTable_File_IsRead()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{ "sources": { "OCHA": "B" } }""");

            Assert.That(new SourceReliabilityOptions().LoadTable(file).Grades["OCHA"], Is.EqualTo(SourceReliabilityGrade.B));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Problems_EmptySourceName_IsListed()
    {
        var options = new SourceReliabilityOptions();
        options.Grades[" "] = SourceReliabilityGrade.A;

        Assert.That(options.Problems(), Is.EqualTo(new[] { "Grades must not hold an empty source name." }));
    }
}

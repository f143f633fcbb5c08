using Verification.Import.Mapping;
namespace Verification.Import.Tests.Mapping;

public class ColumnMappingFileTests
{
    [Test]
    public void Parse_EveryProblem_Listed()
    {
        var e = Assert.Throws<ColumnMappingException>(() => ColumnMappingFile.Parse("""
            { "subjekt": "x", "figure": 3, "delimiter": ";;", "measure": {"value": "flow"}, "date": "d", "start": "s" }
            """, "m.json"));

        var codes = e!.Problems.Select(p => p.Split(": ")[1]).ToList();
        Assert.That(codes, Is.SupersetOf(new[] { "field-unknown", "subject-missing", "field-type", "measure-unknown", "period-ambiguous" }));
        Assert.That(e.Problems, Has.All.StartsWith("m.json: "));
    }

    [Test]
    public void Parse_MetadataNamedAsAClaimField_Refused()
    {
        var e = Assert.Throws<ColumnMappingException>(() => ColumnMappingFile.Parse("""
            { "subject": {"value": "people killed"}, "figure": "n", "metadata": ["notes", "source"] }
            """));

        Assert.That(e!.Problems.Single(), Does.Contain("metadata-reserved: field 'metadata': a column named 'source'"));
    }

    [Test]
    public void Parse_NotJson_MappingInvalid()
    {
        var e = Assert.Throws<ColumnMappingException>(() => ColumnMappingFile.Parse("{ subject", "m.json"));

        Assert.That(e!.Problems.Single(), Does.Contain("mapping-invalid"));
    }

    [Test]
    public void Parse_ColumnsAndConstants_Distinguished()
    {
        var mapping = ColumnMappingFile.Parse("""
            { "subject": {"value": "people killed"}, "figure": {"column": "n"}, "derivedFrom": {"column": "via", "separator": "|"}, "delimiter": ";", "headerRow": 3 }
            """);

        Assert.That(mapping.Figures.Single().Subject, Is.EqualTo(ColumnValue.Constant("people killed")));
        Assert.That(mapping.Figures.Single().Figure, Is.EqualTo(ColumnValue.FromColumn("n")));
        Assert.That(mapping.DerivedFrom!.Separator, Is.EqualTo("|"));
        Assert.That(mapping.Delimiter, Is.EqualTo(';'));
        Assert.That(mapping.HeaderRow, Is.EqualTo(3));
        Assert.That(mapping.Columns(), Is.EquivalentTo(new[] { "n", "via" }));
    }
}

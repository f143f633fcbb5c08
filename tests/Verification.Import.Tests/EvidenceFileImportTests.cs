using System.Text;
using Verification.Claims;
using Verification.Import.Mapping;

namespace Verification.Import.Tests;

public class EvidenceFileImportTests
{
    private const string Csv = """
        ref,what,n,who
        a1,civilians killed,105,US military
        a2,civilians killed,many,Officials
        a3,civilians killed,61,Iraqi military
        """;

    private static readonly MappedCsvReader Reader = new(ColumnMappingFile.Parse("""{ "id": "ref", "subject": "what", "figure": "n", "source": "who" }"""));

    private static Task<ImportResult> ReadAsync(BadRows badRows, IProgress<ImportProgress>? progress = null)
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(Csv));
        return EvidenceFileImport.ReadAsync(Reader, stream, new EvidenceFileOptions { FileName = "f.csv" }, badRows, progress);
    }

    [Test]
    public async Task ReadAsync_RefuseWithABadRow_NoClaimsAndEveryProblem()
    {
        var result = await ReadAsync(BadRows.Refuse);

        Assert.That(result.IsRefused, Is.True);
        Assert.That(result.Claims, Is.Empty);
        Assert.That(result.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "f.csv, row 3, column 'n': figure-unreadable: 'many' is not a number or a figure: " + result.Problems[0].Message.Split(": ", 2)[1] }));
        Assert.That(result.Rows, Is.EqualTo(3));
    }

    [Test]
    public async Task ReadAsync_Skip_GoodRowsKeptAndProblemsListed()
    {
        var result = await ReadAsync(BadRows.Skip);

        Assert.That(result.IsRefused, Is.False);
        Assert.That(result.Claims.Select(c => c.Id), Is.EqualTo(new[] { "csv:a1", "csv:a3" }));
        Assert.That(result.Problems.Single().Row, Is.EqualTo(3));
    }

    [Test]
    public async Task ReadAsync_Progress_ToldTheRowsAtTheEnd()
    {
        var reports = new List<ImportProgress>();
        await ReadAsync(BadRows.Skip, new SynchronousProgress(reports.Add));

        Assert.That(reports[^1].Rows, Is.EqualTo(3));
        Assert.That(reports[^1].TotalBytes, Is.EqualTo(Encoding.UTF8.GetByteCount(Csv)));
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

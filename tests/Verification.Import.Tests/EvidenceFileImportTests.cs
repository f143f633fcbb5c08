using System.Text;
using Verification.Claims;
using Verification.Input;
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

    [Test]
    public async Task CheckAsync_RefuseWithABadRow_EveryProblemAndNoClaimToImport()
    {
        var check = await EvidenceFileImport.CheckAsync(Reader, Content(), new EvidenceFileOptions { FileName = "f.csv" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.IsRefused, Is.True);
            Assert.That(check.Claims, Is.Zero);
            Assert.That(check.Problems.Select(p => (p.File, p.Row, p.Column, p.Code)), Is.EqualTo(new[] { ("f.csv", 3, (string?)"n", "figure-unreadable") }));
            Assert.That(check.Rows, Is.EqualTo(3));
            Assert.That(check.Format, Is.EqualTo("csv"));
        }
    }

    [Test]
    public async Task CheckAsync_Skip_CountsTheGoodRowsClaims()
    {
        var check = await EvidenceFileImport.CheckAsync(Reader, Content(), new EvidenceFileOptions { FileName = "f.csv" }, BadRows.Skip);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.IsRefused, Is.False);
            Assert.That(check.Claims, Is.EqualTo(2));
            Assert.That(check.Problems.Single().Row, Is.EqualTo(3));
        }
    }

    [Test]
    public async Task ReadClaimsAsync_Skip_GivesTheGoodRowsClaimsInFileOrder()
    {
        var ids = new List<string>();
        await foreach (var claim in EvidenceFileImport.ReadClaimsAsync(Reader, Content(), new EvidenceFileOptions { FileName = "f.csv" }, BadRows.Skip))
        {
            ids.Add(claim.Id);
        }

        Assert.That(ids, Is.EqualTo(new[] { "csv:a1", "csv:a3" }));
    }

    [Test]
    public async Task ReadClaimsAsync_RefuseWithABadRow_ThrowsNamingTheRowAndColumnAfterTheClaimsBeforeIt()
    {
        var ids = new List<string>();
        var failure = await Assert.ThrowsAsync<InvalidClaimsException>(async () =>
        {
            await foreach (var claim in EvidenceFileImport.ReadClaimsAsync(Reader, Content(), new EvidenceFileOptions { FileName = "f.csv" }))
            {
                ids.Add(claim.Id);
            }
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Is.EqualTo(new[] { "csv:a1" }));
            Assert.That(failure?.Problems.Select(p => (p.Field, p.Code, p.Position)), Is.EqualTo(new[] { ("n", "figure-unreadable", (int?)3) }));
            Assert.That(failure?.Problems[0].Message, Does.StartWith("row 3, column 'n': 'many' is not a number"));
        }
    }

    [Test]
    public async Task ReadFileClaimsAsync_LongFile_ReadsARowOnlyWhenTheClaimBeforeItWasTaken()
    {
        var reader = new CountingReader(rows: 5000);
        var path = Path.GetTempFileName();
        try
        {
            var taken = 0;
            var readAhead = new List<int>();
            await foreach (var claim in EvidenceFileImport.ReadFileClaimsAsync(reader, path))
            {
                taken++;
                if (reader.Produced != taken)
                {
                    readAhead.Add(taken);
                }
            }

            using (Assert.EnterMultipleScope())
            {
                Assert.That(taken, Is.EqualTo(5000));
                Assert.That(readAhead, Is.Empty, "no row is read before the claims ahead of it were taken");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static MemoryStream Content() => new(Encoding.UTF8.GetBytes(Csv));

    // A reader of a long file whose rows are made as they are asked for, counting them.
    private sealed class CountingReader(int rows) : IEvidenceFileReader
    {
        public int Produced { get; private set; }

        public string Format => "counting";

        public string Description => "numbered rows made as they are read";

        public bool Recognises(FilePreview preview) => false;

        public async IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, EvidenceFileOptions options, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (var row = 2; row < rows + 2; row++)
            {
                await Task.Yield();
                Produced++;
                yield return ImportRecord.Read(row, new Claim($"counting:{row}", new Verification.Subjects.Subject("people displaced"), Verification.Figures.Figure.Exact(row * 10), "IOM"));
            }
        }
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

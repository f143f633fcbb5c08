using System.Text;

namespace Verification.Import.Tests;

/// <summary>Reads CSV text or the sample files through a reader, as the importer would.</summary>
internal static class TestFiles
{
    public static string Sample(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "data", name);

    public static async Task<List<ImportRecord>> ReadAsync(IEvidenceFileReader reader, string text, EvidenceFileOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var records = new List<ImportRecord>();
        await foreach (var record in reader.ReadAsync(stream, options ?? new EvidenceFileOptions { FileName = "test.csv" }))
        {
            records.Add(record);
        }

        return records;
    }

    public static async Task<List<ImportRecord>> ReadSampleAsync(IEvidenceFileReader reader, string name)
    {
        await using var stream = File.OpenRead(Sample(name));
        var records = new List<ImportRecord>();
        await foreach (var record in reader.ReadAsync(stream, new EvidenceFileOptions { FileName = name }))
        {
            records.Add(record);
        }

        return records;
    }
}

using System.Text;
using CsCheck;
using Verification.Figures;
using Verification.Import.Mapping;

namespace Verification.Import.Tests.Mapping;

/// <summary>Any text read as a mapped CSV file: no exception, every record a claim or a listed problem; and cells
/// quoted as RFC 4180 says read back as written.</summary>
public class MappedCsvReaderPropertyTests
{
    private static readonly MappedCsvReader Reader = new(ColumnMappingFile.Parse("""
        { "id": "ref", "subject": "what", "figure": "n", "place": ["town"], "date": "day", "source": "who" }
        """));

    private const string Header = "ref,what,n,town,day,who\n";

    private static readonly Gen<string> AnyText = Gen.String[Gen.Char["ab1,\"\n\r#-. 9é"], 0, 200];

    private static readonly Gen<string> Cell = Gen.String[Gen.Char["abc ,\"\n#é"], 1, 12];

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static List<ImportRecord> Read(string text) => TestFiles.ReadAsync(Reader, text).GetAwaiter().GetResult();

    [Test]
    public void ReadAsync_AnyText_EveryRecordAClaimOrProblems()
    {
        AnyText.Sample(text =>
        {
            var records = Read(Header + text);
            return records.TrueForAll(r => r.IsClaim ? r.Problems.Count == 0 : r.Problems.Count > 0 && r.Problems.All(p => p.File == "test.csv"))
                && records.Where(r => r.IsClaim).Select(r => r.Claim!.Id).Distinct().Count() == records.Count(r => r.IsClaim);
        }, iter: 2_000, threads: 1);
    }

    [Test]
    public void ReadAsync_QuotedCells_ReadBackAsWritten()
    {
        Gen.Select(Cell, Cell, Gen.Int[0, 1_000_000], Cell.Array[1, 8]).Sample((what, who, n, refs) =>
        {
            var distinct = refs.Select((r, i) => $"{r.Trim()}{i}").ToArray();
            var text = new StringBuilder(Header);
            foreach (var id in distinct)
            {
                text.Append(Quote(id)).Append(',').Append(Quote(what)).Append(',').Append(n).Append(",Mosul,2017-03-17,").Append(Quote(who)).Append('\n');
            }

            var records = Read(text.ToString());
            var claimsRead = what.Trim().Length > 0 && who.Trim().Length > 0;
            return records.Count == distinct.Length
                && (!claimsRead || records.Select(r => r.Claim?.Id).SequenceEqual(distinct.Select(d => $"csv:{d.Trim()}")))
                && (!claimsRead || records.TrueForAll(r => r.Claim!.Source == who.Trim() && r.Claim.Subject.Text == what.Trim() && r.Claim.Figure == Figure.Exact(n)));
        }, iter: 500, threads: 1);
    }
}

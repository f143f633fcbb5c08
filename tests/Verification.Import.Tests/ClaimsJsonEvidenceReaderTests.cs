namespace Verification.Import.Tests;

public class ClaimsJsonEvidenceReaderTests
{
    [Test]
    public async Task ReadAsync_GoodFile_OneRecordPerClaim()
    {
        var records = await TestFiles.ReadAsync(new ClaimsJsonEvidenceReader(), """
            { "claims": [ { "id": "e1", "subject": "civilians killed", "figure": "105", "source": "US military" },
                          { "id": "e2", "subject": "civilians killed", "figure": "160", "source": "Nineveh health official" } ] }
            """);

        Assert.That(records.Select(r => (r.Row, r.Claim!.Id)), Is.EqualTo(new[] { (1, "e1"), (2, "e2") }));
    }

    [Test]
    public async Task ReadAsync_BadClaim_ProblemAtItsPositionAndField()
    {
        var records = await TestFiles.ReadAsync(new ClaimsJsonEvidenceReader(), """
            { "claims": [ { "id": "e1", "subject": "civilians killed", "figure": "105", "source": "US military" },
                          { "id": "e2", "subject": "civilians killed", "figure": "lots", "source": "X" } ] }
            """);

        var problem = records.Single().Problems.Single();
        Assert.That((problem.Row, problem.Column, problem.Code), Is.EqualTo((2, "figure", "figure-unreadable")));
    }
}

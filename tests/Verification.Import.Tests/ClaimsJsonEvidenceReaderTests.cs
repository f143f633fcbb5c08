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

        var problem = records.Single(r => !r.IsClaim).Problems.Single();
        Assert.That((problem.Row, problem.Column, problem.Code), Is.EqualTo((2, "figure", "figure-unreadable")));
    }

    [Test]
    public async Task ReadAsync_BadClaimsBetweenGoodOnes_GivesTheGoodOnesToo()
    {
        var records = await TestFiles.ReadAsync(new ClaimsJsonEvidenceReader(), """
            { "claims": [ { "id": "e1", "subject": "civilians killed", "figure": "105", "source": "US military" },
                          { "id": "e2", "subject": "civilians killed", "figure": "lots", "source": "X" },
                          { "id": "e1", "subject": "civilians killed", "figure": "160", "source": "Y" },
                          { "id": "e4", "subject": "people displaced", "figure": "about 270,000", "source": "UNHCR" } ] }
            """);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(records.Where(r => r.IsClaim).Select(r => (r.Row, r.Claim!.Id, r.Claim.Figure!.Text)), Is.EqualTo(new[] { (1, "e1", "105"), (4, "e4", "about 270,000") }));
            Assert.That(records.Where(r => !r.IsClaim).Select(r => (r.Row, r.Problems[0].Code)), Is.EqualTo(new[] { (2, "figure-unreadable"), (3, "id-duplicate") }));
        }
    }

    [Test]
    public async Task ReadAsync_NotJson_OneProblemOfTheFileAndNoClaim()
    {
        var records = await TestFiles.ReadAsync(new ClaimsJsonEvidenceReader(), """{ "claims": [ { "id": "e1", """);

        Assert.That(records.Select(r => (r.Row, r.IsClaim)), Is.EqualTo(new[] { (0, false) }));
    }
}

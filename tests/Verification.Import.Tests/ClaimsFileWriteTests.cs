using Verification.Claims;
using Verification.Figures;
using Verification.Import.Mapping;
using Verification.Json;
namespace Verification.Import.Tests;

public class ClaimsFileWriteTests
{
    [Test]
    public async Task WriteAsync_ReadBackByTheClaimsFileReader_SameIntervals()
    {
        var records = await TestFiles.ReadSampleAsync(new MappedCsvReader(BuiltInMappings.UcdpGed), "ucdp-ged-kokang-2015.csv");
        var claims = records.Select(r => r.Claim!).ToList();
        using var stream = new MemoryStream();

        await ClaimsFile.WriteAsync(claims, stream);
        stream.Position = 0;
        var read = ClaimsFile.Read(stream).Report.Claims;

        Assert.That(read, Has.Count.EqualTo(claims.Count));
        for (var i = 0; i < claims.Count; i++)
        {
            var (a, b) = (claims[i].Figure!, read[i].Figure!);
            Assert.That((b.Low, b.High, b.CoreLow, b.CoreHigh), Is.EqualTo((a.Low, a.High, a.CoreLow, a.CoreHigh)), claims[i].Id);
            Assert.That(read[i].Place, Is.EqualTo(claims[i].Place));
            Assert.That(read[i].Period, Is.EqualTo(claims[i].Period));
            Assert.That(read[i].DerivedFrom, Is.EqualTo(claims[i].DerivedFrom));
            Assert.That(read[i].Metadata, Is.EquivalentTo(claims[i].Metadata));
        }
    }

    [Test]
    public async Task WriteAsync_EstimateAtAnEnd_ReadBackToTheSamePoint()
    {
        Claim[] claims = [new Claim("c1", "people killed", Figure.Estimate(1, 1, 30), "UCDP"), new Claim("c2", "people killed", Figure.Interval(440, null), "Airwars")];
        using var stream = new MemoryStream();

        await ClaimsFile.WriteAsync(claims, stream);
        stream.Position = 0;
        var read = ClaimsFile.Read(stream).Report.Claims;

        Assert.That((read[0].Figure!.Low, read[0].Figure!.High, read[0].Figure!.CoreLow), Is.EqualTo((1d, 30d, 1d)));
        Assert.That(read[1].Figure!.IsUnbounded, Is.True);
    }
}

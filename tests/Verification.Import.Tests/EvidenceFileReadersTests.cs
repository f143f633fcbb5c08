using Moq;

namespace Verification.Import.Tests;

public class EvidenceFileReadersTests
{
    [TestCase("ucdp-ged-kokang-2015.csv", "ucdp-ged")]
    [TestCase("hdx-ucdp-bangladesh-hxl.csv", "ucdp-ged")]
    [TestCase("acled-layout-mosul-2017.csv", "acled")]
    [TestCase("airwars-layout-mosul-2017.csv", "airwars")]
    public async Task DetectAsync_Samples_TheirFormat(string sample, string format)
    {
        var reader = await EvidenceFileReaders.CreateDefault().DetectAsync(TestFiles.Sample(sample));

        Assert.That(reader?.Format, Is.EqualTo(format));
    }

    [Test]
    public async Task DetectAsync_ClaimsJson_ClaimsJsonReader()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "detect.json");
        await File.WriteAllTextAsync(path, """{ "claims": [] }""");

        var reader = await EvidenceFileReaders.CreateDefault().DetectAsync(path);

        Assert.That(reader?.Format, Is.EqualTo("claims-json"));
    }

    [Test]
    public async Task DetectAsync_UnknownCsv_Null()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "unknown.csv");
        await File.WriteAllTextAsync(path, "a,b\n1,2\n");

        Assert.That(await EvidenceFileReaders.CreateDefault().DetectAsync(path), Is.Null);
    }

    [Test]
    public void Find_NameInAnyCase_ReaderOrNull()
    {
        var readers = EvidenceFileReaders.CreateDefault();

        Assert.That(readers.Find("UCDP-GED")?.Format, Is.EqualTo("ucdp-ged"));
        Assert.That(readers.Find("nope"), Is.Null);
    }

    [Test]
    public void Add_SameFormat_Replaces()
    {
        var readers = EvidenceFileReaders.CreateDefault();
        var mine = new Mock<IEvidenceFileReader>(MockBehavior.Strict);
        mine.Setup(r => r.Format).Returns("hxl");

        readers.Add(mine.Object);

        Assert.That(readers.Find("hxl"), Is.SameAs(mine.Object));
        Assert.That(readers.All.Count(r => r.Format == "hxl"), Is.EqualTo(1));
    }
}

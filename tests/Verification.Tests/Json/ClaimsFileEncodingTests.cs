using System.Text;
using Verification.Input;
using Verification.Json;

namespace Verification.Tests.Json;

/// <summary>A claims file must be UTF-8 (as JSON is): a byte that is not UTF-8, in a value or in a field's name, is an
/// input problem listed like any other, never an exception from deep inside the reader.</summary>
public sealed class ClaimsFileEncodingTests
{
    private static byte[] Utf8WithByte(string before, byte invalid, string after) =>
        [.. Encoding.UTF8.GetBytes(before), invalid, .. Encoding.UTF8.GetBytes(after)];

    private static readonly byte[] InvalidInValue =
        Utf8WithByte("""{"claims": [{"id": "c1", "subject": "people """, 0xFF, """ displaced", "figure": "105", "source": "UNHCR"}]}""");

    private static readonly byte[] InvalidInName =
        Utf8WithByte("""{"claims": [{"id": "c1", "subject": "people displaced", "figure": "105", "source": "UNHCR", "peri""", 0x8B, """d": "2017-03-17"}]}""");

    private static IEnumerable<TestCaseData> Files()
    {
        yield return new TestCaseData(InvalidInValue).SetArgDisplayNames("in a value");
        yield return new TestCaseData(InvalidInName).SetArgDisplayNames("in a field's name");
    }

    [TestCaseSource(nameof(Files))]
    public void Read_ByteThatIsNotUtf8_IsAnInputProblem(byte[] file)
    {
        using var stream = new MemoryStream(file);

        var e = Assert.Throws<InvalidClaimsException>(() => ClaimsFile.Read(stream, sourceName: "claims.json"));

        Assert.That(e.Problems, Has.Count.EqualTo(1), string.Join(" | ", e.Problems.Select(p => p.Message)));
        Assert.That(e.Problems[0].Code, Is.EqualTo("text-invalid"));
        Assert.That(e.Problems[0].Message, Does.Contain("not UTF-8"));
    }

    [TestCaseSource(nameof(Files))]
    public async Task ReadAsync_ByteThatIsNotUtf8_IsAnInputProblem(byte[] file)
    {
        var path = Path.Combine(Path.GetTempPath(), $"claims-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(path, file);
        try
        {
            var e = await Assert.ThrowsAsync<InvalidClaimsException>(() => ClaimsFile.ReadAsync(path));

            Assert.That(e.Problems.Select(p => p.Code), Is.EqualTo(new[] { "text-invalid" }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Read_Utf8WithByteOrderMark_IsRead()
    {
        byte[] file = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"claims": [{"id": "c1", "subject": "people déplacées", "figure": "105", "source": "UNHCR"}]}""")];
        using var stream = new MemoryStream(file);

        var document = ClaimsFile.Read(stream);

        Assert.That(document.Claims.Single().Subject.Text, Is.EqualTo("people déplacées"));
    }
}

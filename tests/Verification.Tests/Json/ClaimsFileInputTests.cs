using System.Text;
using Verification.Claims;
using Verification.Input;
using Verification.Json;
using Verification.Validators;

namespace Verification.Tests.Json;

/// <summary>Input that is not a claims file at all, or too much of one: refused as bad input with a code, never a
/// crash, and as soon as it is seen.</summary>
public sealed class ClaimsFileInputTests
{
    private const string Claim = """{ "id": "c1", "subject": "people displaced", "figure": "about 270,000", "place": "Mosul, Iraq", "period": "2017-03-20", "source": "UNHCR" }""";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static IReadOnlyList<ClaimProblem> ProblemsOf(byte[] json, VerificationOptions? options = null)
    {
        using var stream = new MemoryStream(json);
        return ClaimsFile.TryRead(stream, options, out _, out var problems) ? [] : problems;
    }

    // --- text that is not text ---

    [Test]
    public void Read_InvalidUtf8InAFieldValue_IsTextInvalidOfThatField()
    {
        byte[] json = [.. Utf8("""{ "claims": [ { "id": "c1", "subject": "people displaced", "figure": "105", "source": "UNHCR", "quote": "a"""), 0xFF, 0xFE, .. Utf8("\" } ] }")];

        var problems = ProblemsOf(json);

        Assert.That(problems.Select(p => (p.ClaimId, p.Field, p.Code)), Is.EqualTo(new[] { ("c1", "quote", "text-invalid") }));
    }

    [Test]
    public void Read_LoneSurrogateEscape_IsTextInvalidOfThatField()
    {
        var json = Utf8("""{ "claims": [ { "id": "c1", "subject": "people \ud800 displaced", "figure": "105", "source": "UNHCR" } ] }""");

        var problems = ProblemsOf(json);

        Assert.That(problems.Select(p => (p.Field, p.Code)), Has.Member(("subject", "text-invalid")));
    }

    [Test]
    public void Read_InvalidUtf8InAKeyOfAClaim_IsTextInvalid()
    {
        byte[] json = [.. Utf8("{ \"claims\": [ { \"id\": \"c1\", \"subject\": \"people displaced\", \"figure\": \"105\", \"source\": \"UNHCR\", \""), 0xC3, .. Utf8("\": 1 } ] }")];

        var problems = ProblemsOf(json);

        Assert.That(problems.Select(p => p.Code), Is.EqualTo(new[] { "text-invalid" }));
    }

    [Test]
    public void Read_InvalidUtf8InTheReport_IsTextInvalidOfTheReportField()
    {
        byte[] json = [.. Utf8("{ \"report\": { \"outlet\": \"The "), 0xFF, .. Utf8("\" }, \"claims\": [ " + Claim + " ] }")];

        var problems = ProblemsOf(json);

        Assert.That(problems.Select(p => (p.Field, p.Code)), Is.EqualTo(new[] { ("report.outlet", "text-invalid") }));
    }

    // --- not JSON, or too long ---

    [Test]
    public void Read_EndlessZeroBytes_IsJsonInvalidAfterTheFirstBlock()
    {
        using var zeros = new EndlessStream(0);

        var e = Assert.Throws<InvalidClaimsException>(() => ClaimsFile.Read(zeros))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(e.Problems.Select(p => p.Code), Is.EqualTo(new[] { "json-invalid" }));
            Assert.That(zeros.BytesRead, Is.LessThanOrEqualTo(1024 * 1024), "the first byte shows it is not JSON");
        }
    }

    [Test]
    public void Read_EndlessValidLookingInput_IsFileTooLargeOnceTheLimitIsPassed()
    {
        // White space without end after a key: JSON so far, longer than any limit.
        using var spaces = new EndlessStream((byte)' ');
        var options = new VerificationOptions { MaxInputBytes = 1024 * 1024 };

        var e = Assert.Throws<InvalidClaimsException>(() => ClaimsFile.Read(new PrefixedStream(Utf8("{ \"claims\": "), spaces), options))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(e.Problems.Select(p => p.Code), Is.EqualTo(new[] { "file-too-large" }));
            Assert.That(e.Problems[0].Message, Does.Contain("1 MB"));
            Assert.That(spaces.BytesRead, Is.LessThan(4 * 1024 * 1024));
        }
    }

    [Test]
    public void Read_SeekableInputOverTheLimit_IsFileTooLargeBeforeReading()
    {
        var json = Utf8($$"""{ "claims": [ {{Claim}} ] }""");
        var options = new VerificationOptions { MaxInputBytes = json.Length - 1 };

        var problems = ProblemsOf(json, options);

        Assert.That(problems.Select(p => p.Code), Is.EqualTo(new[] { "file-too-large" }));
    }

    [Test]
    public void Read_InputAtTheLimit_IsRead()
    {
        var json = Utf8($$"""{ "claims": [ {{Claim}} ] }""");

        Assert.That(ProblemsOf(json, new VerificationOptions { MaxInputBytes = json.Length }), Is.Empty);
    }

    [Test]
    public void Read_ClaimLargerThanTheFirstBlock_IsRead()
    {
        var quote = new string('q', 300_000);
        var json = Utf8($$"""{ "claims": [ {{Claim[..^1]}}, "quote": "{{quote}}" } ] }""");
        using var stream = new MemoryStream(json);

        var claim = ClaimsFile.Read(stream).Claims.Single();

        Assert.That(claim.Quote, Has.Length.EqualTo(300_000));
    }

    [Test]
    public void Read_HugeUnknownRootValue_IsSkipped()
    {
        var unknown = "[" + string.Join(",", Enumerable.Repeat("{\"x\": [1, 2, {\"y\": \"z\"}]}", 20_000)) + "]";
        var json = Utf8($$"""{ "extra": {{unknown}}, "claims": [ {{Claim}} ] }""");
        using var stream = new MemoryStream(json);

        Assert.That(ClaimsFile.Read(stream).Claims.Select(c => c.Id), Is.EqualTo(new[] { "c1" }));
    }

    [Test]
    public void Read_TextAfterTheRootObject_IsJsonInvalid()
    {
        var problems = ProblemsOf(Utf8($$"""{ "claims": [ {{Claim}} ] } x"""));

        Assert.That(problems.Select(p => p.Code), Is.EqualTo(new[] { "json-invalid" }));
    }

    [Test]
    public void Read_ReportAfterTheClaims_StillBoundsTheirPeriods()
    {
        var late = Claim.Replace("2017-03-20", "2017-04-02", StringComparison.Ordinal);
        var problems = ProblemsOf(Utf8($$"""{ "claims": [ {{late}} ], "report": { "published": "2017-03-25" } }"""));

        Assert.That(problems.Select(p => (p.ClaimId, p.Code)), Is.EqualTo(new[] { ("c1", "period-after-publication") }));
    }

    // --- cancellation ---

    [Test]
    public async Task ReadAsync_CancelledDuringALongRead_Throws()
    {
        using var directory = new TempFolder();
        var path = Path.Combine(directory.Path, "claims.json");
        await WriteManyClaimsAsync(path, 200_000);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.That(async () => await ClaimsFile.ReadAsync(path, null, cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void ReadAsync_Cancelled_StopsWithinABlockOfInput()
    {
        var claims = string.Join(",\n", Enumerable.Range(0, 50_000).Select(i => Claim.Replace("\"c1\"", $"\"c{i}\"", StringComparison.Ordinal)));
        using var cancellation = new CancellationTokenSource();
        var bytes = Utf8($$"""{ "claims": [ {{claims}} ] }""");
        using var stream = new CancellingStream(bytes, cancelAfter: 1024 * 1024, cancellation);

        Assert.That(
            async () =>
            {
                await foreach (var claim in new global::Verification.Json.ClaimsFileReading(null, null).ReadAsync(stream, synchronous: false, cancellation.Token))
                {
                    _ = claim;
                }
            },
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(stream.Position, Is.LessThan(bytes.Length / 2).And.LessThanOrEqualTo((1024 * 1024) + (64 * 1024)));
    }

    [Test]
    public async Task ReadClaimsAsync_ManyClaims_YieldsEachInFileOrder()
    {
        using var directory = new TempFolder();
        var path = Path.Combine(directory.Path, "claims.json");
        await WriteManyClaimsAsync(path, 3_000);

        var ids = new List<string>();
        await foreach (var claim in ClaimsFile.ReadClaimsAsync(path))
        {
            ids.Add(claim.Id);
        }

        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 3_000).Select(i => "c" + i)));
    }

    [Test]
    public async Task ReadClaimsAsync_BadClaim_YieldsTheClaimsBeforeItThenThrowsEveryProblem()
    {
        using var directory = new TempFolder();
        var path = Path.Combine(directory.Path, "claims.json");
        var bad = Claim.Replace("\"c1\"", "\"c2\"", StringComparison.Ordinal).Replace("\"UNHCR\"", "\"\"", StringComparison.Ordinal);
        var worse = Claim.Replace("\"c1\"", "\"c3\"", StringComparison.Ordinal).Replace("\"2017-03-20\"", "\"someday\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, $$"""{ "claims": [ {{Claim}}, {{bad}}, {{worse}} ] }""");

        var ids = new List<string>();
        var e = (await Assert.ThrowsAsync<InvalidClaimsException>(async () =>
        {
            await foreach (var claim in ClaimsFile.ReadClaimsAsync(path))
            {
                ids.Add(claim.Id);
            }
        }))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Is.EqualTo(new[] { "c1" }));
            Assert.That(e.Problems.Select(p => (p.ClaimId, p.Code)), Is.EqualTo(new[] { ("c2", "source-missing"), ("c3", "period-unreadable") }));
        }
    }

    private static async Task WriteManyClaimsAsync(string path, int count)
    {
        var writer = new StreamWriter(path);
        await using (writer)
        {
            await writer.WriteAsync("{ \"claims\": [");
            for (var i = 0; i < count; i++)
            {
                await writer.WriteAsync((i == 0 ? string.Empty : ",\n") + Claim.Replace("\"c1\"", $"\"c{i}\"", StringComparison.Ordinal));
            }

            await writer.WriteAsync("] }");
        }
    }

    /// <summary>A temporary folder, deleted with its files.</summary>
    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("claims-input-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    /// <summary>A stream of one byte repeated without end, like /dev/zero; counts what was read.</summary>
    private sealed class EndlessStream(byte value) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, value, offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Bytes that cancel a token once so many have been read.</summary>
    private sealed class CancellingStream(byte[] bytes, int cancelAfter, CancellationTokenSource cancellation) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            if (Position >= cancelAfter)
            {
                cancellation.Cancel();
            }

            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = base.Read(buffer.Span);
            if (Position >= cancelAfter)
            {
                cancellation.Cancel();
            }

            return ValueTask.FromResult(read);
        }
    }

    /// <summary>Some bytes, then another stream.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
    {
        private int _at;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_at < prefix.Length)
            {
                var n = Math.Min(count, prefix.Length - _at);
                Array.Copy(prefix, _at, buffer, offset, n);
                _at += n;
                return n;
            }

            return rest.Read(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using Verification.Cli.Commands;

namespace Verification.Cli.Tests.Commands;

/// <summary>Lines read up to a limit; a longer line is skipped by its size and the next is read.</summary>
[TestFixture]
public sealed class BoundedLineReaderTests
{
    private static async Task<List<BoundedLineReader.Line>> ReadAllAsync(string text, long maxBytes)
    {
        var reader = new BoundedLineReader(new StringReader(text), maxBytes);
        var lines = new List<BoundedLineReader.Line>();
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    [Test]
    public async Task ReadLineAsync_EveryLineEnd_SplitsAsReadLineDoes()
    {
        const string Text = "a\nb\r\nc\rd\n\ne";

        var lines = await ReadAllAsync(Text, 100);

        var expected = new List<string>();
        using var reference = new StringReader(Text);
        while (reference.ReadLine() is { } line)
        {
            expected.Add(line);
        }

        Assert.That(lines.Select(l => l.Text), Is.EqualTo(expected));
    }

    [Test]
    public async Task ReadLineAsync_CarriageReturnAtTheEnd_EndsTheLastLine()
    {
        var lines = await ReadAllAsync("a\r", 100);

        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "a" }));
    }

    [Test]
    public async Task ReadLineAsync_LineAboveTheLimit_IsSkippedWithItsSizeAndTheNextIsRead()
    {
        var lines = await ReadAllAsync("short\n" + new string('x', 50_000) + "\r\nafter", 40_000);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "short", null, "after" }));
            Assert.That(lines[1].Bytes, Is.EqualTo(50_000));
        }
    }

    [Test]
    public async Task ReadLineAsync_LineLongerThanTheBuffer_IsKeptWhole()
    {
        var line = string.Concat(Enumerable.Range(0, 10_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var lines = await ReadAllAsync(line + "\nnext", 1_000_000);

        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { line, "next" }));
    }

    [TestCase("é", 2)]
    [TestCase("€", 3)]
    [TestCase("😀", 4)]
    public async Task ReadLineAsync_SizeCountsUtf8Bytes(string text, long bytes)
    {
        var lines = await ReadAllAsync(text + "\n", 100);

        Assert.That(lines.Single().Bytes, Is.EqualTo(bytes));
    }

    [Test]
    public async Task ReadLineAsync_LimitCountsUtf8Bytes()
    {
        var lines = await ReadAllAsync("€€\n€\n", 5);

        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { null, "€" }));
    }
}

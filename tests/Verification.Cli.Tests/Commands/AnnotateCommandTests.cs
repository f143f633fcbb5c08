using System.Text.Json;
using Verification.Cli.Commands;

namespace Verification.Cli.Tests.Commands;

/// <summary><c>verify annotate</c>: JSON lines in, one JSON line of mentions out per input line.</summary>
[TestFixture]
public sealed class AnnotateCommandTests
{
    private static async Task<(int ExitCode, string[] Lines, string Stderr)> AnnotateAsync(string input, DateOnly? published = null)
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var time = new FixedTime(new DateTimeOffset(2017, 3, 25, 12, 0, 0, TimeSpan.Zero));
        var code = await AnnotateCommand.RunAsync(stdin, published, time, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), stderr.ToString());
    }

    [Test]
    public async Task RunAsync_OneLine_WritesFiguresWithIntervalAndSpan()
    {
        var (code, lines, _) = await AnnotateAsync("{\"text\": \"Around 340,000 people fled.\", \"published\": \"2017-03-25\"}\n");
        using var json = JsonDocument.Parse(lines[0]);

        var figure = json.RootElement.GetProperty("figures")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(figure.GetProperty("text").GetString(), Is.EqualTo("Around 340,000"));
            Assert.That(figure.GetProperty("kind").GetString(), Is.EqualTo("count"));
            Assert.That(figure.GetProperty("low").GetDouble(), Is.EqualTo(306_000));
            Assert.That(figure.GetProperty("high").GetDouble(), Is.EqualTo(374_000));
            Assert.That(figure.GetProperty("start").GetInt32(), Is.Zero);
            Assert.That(figure.GetProperty("end").GetInt32(), Is.EqualTo(14));
        }
    }

    [Test]
    public async Task RunAsync_RelativeDate_ResolvesAgainstTheLinesPublicationDate()
    {
        var (_, lines, _) = await AnnotateAsync("{\"text\": \"The strike happened last week.\", \"published\": \"2017-03-25\"}\n");
        using var json = JsonDocument.Parse(lines[0]);

        var period = json.RootElement.GetProperty("periods")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(period.GetProperty("from").GetString(), Is.EqualTo("2017-03-13"));
            Assert.That(period.GetProperty("to").GetString(), Is.EqualTo("2017-03-19"));
        }
    }

    [Test]
    public async Task RunAsync_PlacesAndSources_AreListed()
    {
        var (_, lines, _) = await AnnotateAsync("{\"text\": \"UNHCR said 70,000 returned to Mosul.\", \"published\": \"2017-03-25\"}\n");
        using var json = JsonDocument.Parse(lines[0]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.RootElement.GetProperty("places")[0].GetProperty("place").GetString(), Is.EqualTo("Mosul, Nineveh, Iraq"));
            Assert.That(json.RootElement.GetProperty("sources")[0].GetProperty("name").GetString(), Is.EqualTo("UNHCR"));
        }
    }

    [Test]
    public async Task RunAsync_SeveralLines_WritesOneOutputLinePerInputLine()
    {
        var (_, lines, _) = await AnnotateAsync("{\"text\": \"One.\"}\n{\"text\": \"12 people died.\"}\n{\"text\": \"In 2016.\"}\n");

        Assert.That(lines, Has.Length.EqualTo(3));
    }

    [Test]
    public async Task RunAsync_BadLine_WritesAnErrorLineInItsPlaceAndExitsTwo()
    {
        var (code, lines, stderr) = await AnnotateAsync("not json\n{\"text\": \"12 people died.\"}\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines[0], Does.StartWith("{\"error\""));
            Assert.That(stderr, Does.Contain("stdin:1"));
        }
    }

    [Test]
    public async Task RunAsync_LineWithoutPublished_UsesTheFallbackDate()
    {
        var (_, lines, _) = await AnnotateAsync("{\"text\": \"It happened yesterday.\"}\n", new DateOnly(2020, 1, 2));
        using var json = JsonDocument.Parse(lines[0]);

        Assert.That(json.RootElement.GetProperty("periods")[0].GetProperty("period").GetString(), Is.EqualTo("2020-01-01"));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

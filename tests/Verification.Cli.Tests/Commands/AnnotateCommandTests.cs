using System.CommandLine;
using System.Text.Json;
using Verification.Cli.Commands;
using Verification.Cli.Tests.TestSupport;

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

    [Test]
    public async Task RunAsync_PublishedOnTheCalendarsEdge_WritesAnErrorLineAndReadsTheNext()
    {
        var (code, lines, stderr) = await AnnotateAsync(
            "{\"text\":\"ok 5 people\"}\n{\"text\":\"last week 5 died\",\"published\":\"0001-01-01\"}\n{\"text\":\"next year 5 died\",\"published\":\"9999-12-31\"}\n{\"text\":\"x 3\"}\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(lines, Has.Length.EqualTo(4));
            Assert.That(lines[0], Does.StartWith("{\"figures\""));
            Assert.That(JsonDocument.Parse(lines[1]).RootElement.GetProperty("error").GetString(), Is.EqualTo("\"published\": '0001-01-01' is not a publication date relative dates can be read against: expected a day from 0002-01-01 to 9998-12-31."));
            Assert.That(lines[2], Does.StartWith("{\"error\""));
            Assert.That(lines[3], Does.StartWith("{\"figures\""));
            Assert.That(stderr, Does.StartWith("stdin:2: ").And.Contain("stdin:3: "));
        }
    }

    [Test]
    public async Task RunAsync_RelativeDateBeyondTheCalendar_IsReadWithoutAPeriod()
    {
        var (code, lines, _) = await AnnotateAsync("{\"text\":\"5 died in the past 999 decades\",\"published\":\"2017-03-25\"}\n{\"text\":\"x 3\"}\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(lines, Has.Length.EqualTo(2).And.All.StartsWith("{\"figures\""));
            Assert.That(JsonDocument.Parse(lines[0]).RootElement.GetProperty("periods").GetArrayLength(), Is.Zero);
        }
    }

    [Test]
    public async Task RunAsync_LineThatFailsToAnnotate_WritesAnErrorLineInItsPlaceAndReadsTheNext()
    {
        using var stdin = new StringReader("{\"text\":\"one\"}\n{\"text\":\"two\"}\n{\"text\":\"three\"}\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await AnnotateCommand.RunAsync(stdin, null, TimeProvider.System, 1024, (text, _) => text == "two" ? throw new InvalidOperationException("no annotation") : $"[\"{text}\"]", stdout, stderr, CancellationToken.None);

        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(lines, Is.EqualTo(new[] { "[\"one\"]", "{\"error\":\"unexpected error: InvalidOperationException: no annotation\"}", "[\"three\"]" }));
            Assert.That(stderr.ToString().TrimEnd(), Is.EqualTo("stdin:2: unexpected error: InvalidOperationException: no annotation"));
        }
    }

    [Test]
    public async Task RunAsync_InputThatCannotBeRead_ExitsOneWithOneLineAndNoStackTrace()
    {
        using var stdin = new FailingReader();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await AnnotateCommand.RunAsync(stdin, null, TimeProvider.System, stdout, stderr, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(stderr.ToString().TrimEnd(), Is.EqualTo("verify: unexpected error: IOException: the pipe broke"));
        }
    }

    [Test]
    public async Task RunAsync_LoneSurrogateEscape_WritesAnErrorLineAndReadsTheNext()
    {
        var (code, lines, stderr) = await AnnotateAsync("{\"text\":\"\\ud800 5 died\"}\n{\"text\":\"x 3\"}\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(JsonDocument.Parse(lines[0]).RootElement.GetProperty("error").GetString(), Does.Contain("unpaired surrogate"));
            Assert.That(lines[1], Does.StartWith("{\"figures\""));
            Assert.That(stderr, Does.StartWith("stdin:1: "));
        }
    }

    [Test]
    public async Task RunAsync_LineAboveTheDefaultLimit_WritesAnErrorLineNamingTheOptionAndReadsTheNext()
    {
        var huge = "{\"text\":\"" + string.Concat(Enumerable.Repeat("5 people ", (AnnotateCommand.DefaultMaxInputMegabytes * 1024 * 1024 / 9) + 1)) + "\"}";

        var (code, lines, stderr) = await AnnotateAsync(huge + "\n{\"text\":\"x 3\"}\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(JsonDocument.Parse(lines[0]).RootElement.GetProperty("error").GetString(), Does.EndWith("bytes), above the limit of 4 MB (--max-input-mb); it was not read."));
            Assert.That(lines[1], Does.StartWith("{\"figures\""));
            Assert.That(stderr, Does.StartWith("stdin:1: the line is "));
        }
    }

    [Test]
    public async Task RunAsync_LineAtTheLimit_IsRead()
    {
        const string Line = "{\"text\":\"5 people\"}";
        using var stdin = new StringReader(Line + "\n" + Line + "x\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await AnnotateCommand.RunAsync(stdin, null, TimeProvider.System, Line.Length, (text, _) => "ok", stdout, stderr, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0], Is.EqualTo("ok"));
            Assert.That(stderr.ToString(), Does.StartWith("stdin:2: the line is ").And.Not.Contain("stdin:1"));
        }
    }

    [TestCase("0")]
    [TestCase("-3")]
    [TestCase("lots")]
    public async Task InvokeAsync_MaxInputNotAPositiveWholeNumber_ExitsTwo(string value)
    {
        var run = await CliRun.InvokeAsync("annotate", "--max-input-mb", value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.Stderr, Does.Contain("--max-input-mb"));
        }
    }

    [Test]
    public async Task Invoke_MaxInputOption_SetsTheLineLimit()
    {
        using var stdin = new StringReader("{\"text\":\"" + new string('x', 1024 * 1024) + "\"}\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var command = AnnotateCommand.Create(() => stdin);

        var code = await command.Parse(["--max-input-mb", "1"]).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(stderr.ToString(), Does.Contain("above the limit of 1 MB (--max-input-mb)"));
        }
    }

    private sealed class FailingReader : TextReader
    {
        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(new IOException("the pipe broke"));

        public override Task<string?> ReadLineAsync() => Task.FromException<string?>(new IOException("the pipe broke"));

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromException<string?>(new IOException("the pipe broke"));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

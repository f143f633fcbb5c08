using System.Text;
using System.Text.Json;
using Verification.Extraction;
using Verification.Extraction.Json;
using Verification.Figures;
using Verification.Input;
using Verification.Json;
using Verification.Periods;
using Verification.Validators;

namespace Verification.Fuzzing;

/// <summary>The code fuzzed: each target reads untrusted bytes the way the library meets them and checks what must hold
/// of any result. Bad input may be refused with the library's documented error; any other exception, or a broken
/// invariant (<see cref="InvariantException"/>), is a defect.</summary>
public static class FuzzTargets
{
    /// <summary>The targets by the name fuzz.sh and the kept inputs' folders use.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> ByName { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["figure"] = FigureParse,
        ["claims"] = ClaimsRead,
        ["period"] = PeriodRecognise,
        ["extract"] = Extract,
    };

    private static readonly DateOnly Published = new(2017, 3, 25);

    /// <summary><see cref="Figure.TryParse(string, FigureOptions, out Figure?, out string?)"/> on the text, with the
    /// invariant and a grouping culture: a figure read is a valid interval that agrees with itself and describes itself.</summary>
    /// <param name="data">UTF-8 text (invalid bytes become replacement characters, as a reader would make them).</param>
    public static void FigureParse(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        foreach (var options in (FigureOptions[])[FigureOptions.Default, Library.Grouped])
        {
            if (!Figure.TryParse(text, options, out var figure, out var error))
            {
                Check(!string.IsNullOrWhiteSpace(error), "a refused figure says why");
                continue;
            }

            Check(figure.Low >= 0 && figure.Low <= figure.High && !double.IsNaN(figure.High), "a figure is an interval of counts");
            Check(figure.CoreLow >= figure.Low && figure.CoreHigh <= figure.High && figure.CoreLow <= figure.CoreHigh, "the core lies in the interval");
            Check(figure.Compare(figure).Agrees, "a figure agrees with itself");
            Check(figure.DescribeInterval().Length > 0, "a figure describes its interval");
        }
    }

    /// <summary><see cref="ClaimsFile.Read(Stream, VerificationOptions?, string?)"/> on the bytes: a claims file is read,
    /// or refused with <see cref="InvalidClaimsException"/> listing at least one problem.</summary>
    /// <param name="data">The bytes of a claims file.</param>
    public static void ClaimsRead(byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        try
        {
            var document = ClaimsFile.Read(stream, sourceName: "fuzz.json");
            Check(document.Claims.All(c => !string.IsNullOrWhiteSpace(c.Id)), "every claim read has an id");
        }
        catch (InvalidClaimsException e)
        {
            Check(e.Problems.Count > 0, "a refused file lists its problems");
        }
    }

    /// <summary>The period recogniser through <see cref="TextAnnotator.Annotate"/>: every date or period found lies over
    /// its own text, and a period's text parses back (<see cref="Period.Parse"/>). The first two bytes choose the
    /// publication date, so relative dates resolve against many days.</summary>
    /// <param name="data">Two bytes of date, then UTF-8 text.</param>
    public static void PeriodRecognise(byte[] data)
    {
        var published = data.Length >= 2 ? new DateOnly(2000, 1, 1).AddDays(((data[0] << 8) | data[1]) % 20_000) : Published;
        var text = Encoding.UTF8.GetString(data.AsSpan(Math.Min(2, data.Length)));
        var annotation = Library.Annotator.Annotate(text, published);
        foreach (var p in annotation.Periods)
        {
            Check(p.Span.Start >= 0 && p.Span.End <= text.Length && p.Span.Start <= p.Span.End, "a period lies in the text");
            Check(p.Span.Of(text) == p.Text, "a period's text is the text at its span");
            Check(p.Period.Start <= p.Period.End, "a period starts before it ends");
            Check(Period.Parse(p.Period.ToString()) == p.Period, "a period parses back from its text");
        }
    }

    /// <summary>The <c>verify extract</c> path: <see cref="ClaimExtractor.Extract"/> on the text, the result written as a
    /// claims file (<see cref="ExtractionJson.ToClaimsFile"/>) and read back by the engine's reader: the file is JSON,
    /// and is read or refused with the documented error, never with another exception.</summary>
    /// <param name="data">UTF-8 text of an article.</param>
    public static void Extract(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        var result = Library.Extractor.Extract(new Article(text, Published) { Outlet = "Fuzz outlet" });
        foreach (var c in result.Claims)
        {
            Check(c.QuoteSpan.Start >= 0 && c.QuoteSpan.End <= text.Length, "a claim's quote lies in the text");
            Check(c.FigureSpan is not { } f || c.QuoteSpan.Contains(f), "a claim's figure lies in its quote");
        }

        var json = ExtractionJson.ToClaimsFile(result);
        using (JsonDocument.Parse(json))
        {
        }

        ClaimsRead(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Objects of the instrumented library, made on first use: under AFL, instrumented code must not run before
    /// the fuzzer has set up its coverage map, so nothing of the library is made when the targets are looked up.</summary>
    private static class Library
    {
        public static readonly FigureOptions Grouped = new() { Culture = System.Globalization.CultureInfo.GetCultureInfo("de-DE", predefinedOnly: false) };

        public static readonly TextAnnotator Annotator = new();

        public static readonly ClaimExtractor Extractor = new(new ExtractionOptions { KeepMentions = true });
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvariantException(what);
        }
    }
}

/// <summary>A law a fuzz target checks was broken by an input.</summary>
/// <param name="message">The law.</param>
public sealed class InvariantException(string message) : Exception(message);

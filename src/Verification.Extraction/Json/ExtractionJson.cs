using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Verification.Extraction.Mentions;
using Verification.Figures;

namespace Verification.Extraction.Json;

/// <summary>Writes what was read from text as JSON: claims in the claims-file format, and mentions for debugging and
/// evaluation (see docs/extraction.md).</summary>
/// <remarks>
/// <para>A claims file written here is read back by the engine's claims-file reader: each figure is an object with its
/// text and the interval the library read (<c>{"text": "around 340,000", "low": 306000, "high": 374000}</c>; <c>high</c>
/// is null when there is no upper bound, and <c>lowInclusive</c> / <c>highInclusive</c> appear when an end is open).
/// Each claim also carries <c>quoteSpan</c> (and <c>figureSpan</c>, <c>placeSpan</c>, <c>periodSpan</c>,
/// <c>sourceSpan</c> when known) as <c>{"start": …, "end": …}</c> character offsets (UTF-16 code units, end exclusive),
/// and its metadata as strings; the reader keeps these as metadata.</para>
/// </remarks>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The claims as a claims file.</summary>
    /// <param name="result">What was read.</param>
    /// <returns>Indented JSON.</returns>
    public static string ToClaimsFile(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Indented))
        {
            WriteClaimsFile(result, w);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + Environment.NewLine;
    }

    /// <summary>Writes the claims as a claims file.</summary>
    /// <param name="result">What was read.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteClaimsFile(ExtractionResult result, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var w = writer;
        w.WriteStartObject();
        w.WriteStartObject("report");
        w.WriteString("id", result.ReportId);
        if (result.Article.Outlet is { } outlet)
        {
            w.WriteString("outlet", outlet);
        }

        w.WriteString("published", result.Article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteEndObject();
        w.WriteStartArray("claims");
        foreach (var extracted in result.Claims)
        {
            var c = extracted.Claim;
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("subject", c.Subject.Text);
            if (c.Figure is { } figure)
            {
                w.WritePropertyName("figure");
                WriteFigure(w, figure, figure.Text);
            }

            if (c.Place is { } place)
            {
                w.WriteString("place", place.Path);
            }

            if (c.Period is { } period)
            {
                w.WriteString("period", period.ToString());
            }

            w.WriteString("source", c.Source);
            w.WriteStartArray("derivedFrom");
            foreach (var d in c.DerivedFrom)
            {
                w.WriteStringValue(d);
            }

            w.WriteEndArray();
            if (c.ReportedIn is { } reportedIn)
            {
                w.WriteString("reportedIn", reportedIn);
            }

            w.WriteBoolean("contested", c.IsContested);
            if (c.Quote is { } quote)
            {
                w.WriteString("quote", quote);
            }

            Span(w, "quoteSpan", extracted.QuoteSpan);
            Span(w, "figureSpan", extracted.FigureSpan);
            Span(w, "placeSpan", extracted.PlaceSpan);
            Span(w, "periodSpan", extracted.PeriodSpan);
            Span(w, "sourceSpan", extracted.SourceSpan);
            foreach (var (key, value) in c.Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.WriteString(key, value);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One text's mentions as one line of JSON: <c>{"figures": […], "periods": […], "places": […], "sources": […]}</c>.</summary>
    /// <param name="annotation">The mentions.</param>
    /// <returns>JSON without line breaks.</returns>
    public static string ToAnnotationLine(TextAnnotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Compact))
        {
            WriteAnnotation(annotation, w);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes one text's mentions.</summary>
    /// <param name="annotation">The mentions.</param>
    /// <param name="writer">Where to write.</param>
    /// <remarks>
    /// <c>figures</c>: every number, with <c>text</c>, <c>start</c>, <c>end</c>, <c>kind</c> (count, year, date, time,
    /// age, percentage, money, ordinal, measure, identifier, other), <c>value</c> (signed, as stated), <c>low</c> and
    /// <c>high</c> (the interval; <c>high</c> null when unbounded), <c>lowInclusive</c>, <c>highInclusive</c>, and
    /// <c>unit</c> for money and measures. <c>periods</c>: <c>text</c>, <c>start</c>, <c>end</c>, <c>period</c> (the
    /// period's form), <c>from</c> and <c>to</c> (ISO dates, inclusive), <c>precision</c>, <c>statement</c> (dates a
    /// statement), <c>future</c>, and <c>note</c> when the reading needs one. <c>places</c>: <c>text</c>, <c>start</c>, <c>end</c>, <c>place</c> (the path),
    /// <c>modifier</c>. <c>sources</c>: <c>name</c>, <c>start</c>, <c>end</c>, <c>attribution</c>, <c>via</c>.
    /// </remarks>
    public static void WriteAnnotation(TextAnnotation annotation, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        ArgumentNullException.ThrowIfNull(writer);
        var w = writer;
        w.WriteStartObject();
        w.WriteStartArray("figures");
        foreach (var n in annotation.Numbers)
        {
            w.WriteStartObject();
            w.WriteString("text", n.Text);
            w.WriteNumber("start", n.Span.Start);
            w.WriteNumber("end", n.Span.End);
            w.WriteString("kind", Lower(n.Kind));
            Number(w, "value", n.Value);
            if (n.Figure is { } f)
            {
                Number(w, "low", f.Low);
                if (f.IsUnbounded)
                {
                    w.WriteNull("high");
                }
                else
                {
                    Number(w, "high", f.High);
                }

                w.WriteBoolean("lowInclusive", f.LowInclusive);
                w.WriteBoolean("highInclusive", f.HighInclusive);
            }
            else
            {
                Number(w, "low", Math.Min(n.Value, n.HighValue));
                Number(w, "high", Math.Max(n.Value, n.HighValue));
                w.WriteBoolean("lowInclusive", true);
                w.WriteBoolean("highInclusive", true);
            }

            if (n.Unit is { } unit)
            {
                w.WriteString("unit", unit);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("periods");
        foreach (var p in annotation.Periods)
        {
            w.WriteStartObject();
            w.WriteString("text", p.Text);
            w.WriteNumber("start", p.Span.Start);
            w.WriteNumber("end", p.Span.End);
            w.WriteString("period", p.Period.ToString());
            w.WriteString("from", p.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("to", p.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("precision", Lower(p.Period.Precision));
            w.WriteBoolean("statement", p.IsStatementDate);
            w.WriteBoolean("future", p.IsFuture);
            if (p.Note is not null)
            {
                w.WriteString("note", p.Note);
            }
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("places");
        foreach (var p in annotation.Places)
        {
            w.WriteStartObject();
            w.WriteString("text", p.Text);
            w.WriteNumber("start", p.Span.Start);
            w.WriteNumber("end", p.Span.End);
            w.WriteString("place", p.Place.Path);
            w.WriteBoolean("modifier", p.IsModifier);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("sources");
        foreach (var s in annotation.Sources)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteNumber("start", s.Span.Start);
            w.WriteNumber("end", s.Span.End);
            w.WriteString("attribution", Lower(s.Kind));
            if (s.Via is { } via)
            {
                w.WriteString("via", via);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void WriteFigure(Utf8JsonWriter w, Figure figure, string? text)
    {
        w.WriteStartObject();
        if (text is not null)
        {
            w.WriteString("text", text);
        }

        Number(w, "low", figure.Low);
        if (figure.IsUnbounded)
        {
            w.WriteNull("high");
        }
        else
        {
            Number(w, "high", figure.High);
        }

        if (!figure.LowInclusive)
        {
            w.WriteBoolean("lowInclusive", false);
        }

        if (!figure.HighInclusive && !figure.IsUnbounded)
        {
            w.WriteBoolean("highInclusive", false);
        }

        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        // Whole numbers as integers; others exactly, in the shortest form that reads back as the same double ("one
        // third" is 0.3333333333333333, not 0.333333, so that a reader's comparison with its own value holds).
        if (value == Math.Floor(value) && Math.Abs(value) < 9e15)
        {
            w.WriteNumber(name, (long)value);
        }
        else
        {
            w.WriteNumber(name, value);
        }
    }

    private static void Span(Utf8JsonWriter w, string name, TextSpan? span)
    {
        if (span is not { } s)
        {
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("start", s.Start);
        w.WriteNumber("end", s.End);
        w.WriteEndObject();
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}

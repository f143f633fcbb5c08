using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Verification.Claims;
using Verification.Figures;
using Verification.Measures;

namespace Verification.Json;

/// <summary>Writes claims as a claims file (docs/formats.md), which <see cref="ClaimsFile"/> reads back to the same
/// intervals: the writing side of <see cref="ClaimsFile.WriteAsync"/>.</summary>
/// <remarks>A figure is written as an object <c>{"low", "high"}</c> (with its text when it had one), except an estimate
/// within an interval (UCDP's best within low–high), which is written as text the figure rules read back to the same
/// point and interval: <c>"6 (range: 1 to 30)"</c>. Metadata read from a file is written back as the JSON it was.</remarks>
internal static class ClaimsFileWriter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes claims as a claims file.</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="cancellationToken">Cancels the write; observed between claims.</param>
    public static async Task WriteAsync(IEnumerable<Claim> claims, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new Utf8JsonWriter(stream, Indented);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("claims");
            var n = 0;
            foreach (var claim in claims)
            {
                WriteClaim(writer, claim);
                if (++n % 1000 == 0)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("subject", c.Subject.Text);
        if (c.Figure is { } figure)
        {
            w.WritePropertyName("figure");
            WriteFigure(w, figure);
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
        if (c.DerivedFrom.Count > 0)
        {
            w.WriteStartArray("derivedFrom");
            foreach (var d in c.DerivedFrom)
            {
                w.WriteStringValue(d);
            }

            w.WriteEndArray();
        }

        if (c.ReportedIn is { } reportedIn)
        {
            w.WriteString("reportedIn", reportedIn);
        }

        if (c.IsContested)
        {
            w.WriteBoolean("contested", true);
        }

        if (c.Quote is { } quote)
        {
            w.WriteString("quote", quote);
        }

        if (c.Measure is { } measure)
        {
            w.WriteString("measure", measure switch
            {
                Measure.Incident => "incident",
                Measure.Stock => "stock",
                Measure.Total => "total",
                _ => "projection",
            });
        }

        if (c.Coverage == Coverage.Partial)
        {
            w.WriteString("coverage", "partial");
        }

        foreach (var (key, value) in c.Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WritePropertyName(key);
            try
            {
                w.WriteRawValue(value);
            }
            catch (JsonException)
            {
                // Metadata set in code may be plain text rather than JSON: kept as a string.
                w.WriteStringValue(value);
            }
        }

        w.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter w, Figure figure)
    {
        if (figure.Kind == FigureKind.Estimate)
        {
            w.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"{Number(figure.CoreLow)} (range: {Number(figure.Low)} to {Number(figure.High)})"));
            return;
        }

        WriteInterval(w, figure);
    }

    /// <summary>Writes a figure as the object both claims files and results hold: its text when it had one, its low end,
    /// and its high end (null when open).</summary>
    internal static void WriteInterval(Utf8JsonWriter w, Figure figure)
    {
        w.WriteStartObject();
        if (figure.Text is { } text)
        {
            w.WriteString("text", text);
        }

        w.WriteNumber("low", figure.Low);
        if (figure.IsUnbounded)
        {
            w.WriteNull("high");
        }
        else
        {
            w.WriteNumber("high", figure.High);
        }

        w.WriteEndObject();
    }

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}

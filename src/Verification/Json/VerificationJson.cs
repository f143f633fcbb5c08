using System.Text.Encodings.Web;
using System.Text.Json;

namespace Verification;

/// <summary>Writes verification results in the JSON result format (see docs/formats.md).</summary>
/// <remarks>
/// <c>{"claims": [{"id", "verdict", "reason", "figure", "subjectTag", "measure", "supporting", "conflicting", "echoes", "notComparable",
/// "findings": [{"validator", "outcome", "code", "severity", "evidence", "message", "state"}]}], "summary": {"corroborated",
/// "contested", "unverified"}}</c>. Verdicts, outcomes and severities are lower case; a finding's code and state are written
/// when it has them, its state with its properties in camel case and enumerations as camel-case strings. Fields beyond the documented ones may be added in later versions; none is removed.
/// </remarks>
public static class VerificationJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A finding's state is a record of the validator's choosing, written by its runtime type.
    private static readonly JsonSerializerOptions StateOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes a report's results.</summary>
    /// <param name="result">The results.</param>
    /// <param name="stream">Where to write UTF-8 JSON.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteAsync(ReportVerification result, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new Utf8JsonWriter(stream, WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            Write(result, writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The results as a JSON string.</summary>
    /// <param name="result">The results.</param>
    public static string ToJson(ReportVerification result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(result, writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(ReportVerification result, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("claims");
        foreach (var c in result.Claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Claim.Id);
            w.WriteString("verdict", Lower(c.Verdict));
            w.WriteString("reason", c.Reason);
            if (c.Claim.Figure is { } figure)
            {
                w.WriteStartObject("figure");
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

            // What the subject was read as, in the interchange form of humanitarian data, and the kind of figure.
            if (c.SubjectKey?.Tag is { } tag)
            {
                w.WriteString("subjectTag", tag);
            }

            if (c.Measure is { } measure)
            {
                w.WriteString("measure", MeasureName(measure));
            }

            Ids(w, "supporting", c.Supporting);
            Ids(w, "conflicting", c.Conflicting);
            Ids(w, "echoes", c.Echoes);
            Ids(w, "notComparable", c.NotComparable);
            w.WriteStartArray("findings");
            foreach (var f in c.Findings)
            {
                w.WriteStartObject();
                w.WriteString("validator", f.Validator);
                w.WriteString("outcome", Lower(f.Outcome));
                if (f.Code is { } code)
                {
                    w.WriteString("code", code);
                }

                w.WriteString("severity", Lower(f.Severity));
                Ids(w, "evidence", f.Evidence);
                w.WriteString("message", f.Message);
                if (f.State is { } state)
                {
                    w.WritePropertyName("state");
                    JsonSerializer.Serialize(w, state, state.GetType(), StateOptions);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("summary");
        w.WriteNumber("corroborated", result.Corroborated);
        w.WriteNumber("contested", result.Contested);
        w.WriteNumber("unverified", result.Unverified);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Ids(Utf8JsonWriter w, string name, IReadOnlyList<string> ids)
    {
        w.WriteStartArray(name);
        foreach (var id in ids)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
    }

    private static string MeasureName(Measure measure) => measure switch
    {
        Measure.Incident => "incident",
        Measure.Stock => "stock",
        Measure.Total => "total",
        _ => "projection",
    };

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}

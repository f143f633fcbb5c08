using System.Text.Encodings.Web;
using System.Text.Json;
using Verification.Engine;
using Verification.Json;
using Verification.Measures;
using Verification.Verdicts;

namespace Verification.Json;

/// <summary>Writes verification results in the JSON result format (see docs/formats.md).</summary>
/// <remarks>
/// <c>{"claims": [{"id", "verdict", "reason", "figure", "subjectTag", "measure", "supporting", "conflicting", "echoes", "notComparable",
/// "findings": [{"validator", "outcome", "code", "severity", "evidence", "message", "state"}]}], "summary": {"corroborated",
/// "contested", "unverified"}}</c>. Verdicts, outcomes and severities are lower case; a finding's code and state are written
/// when it has them, its state with its properties in camel case and enumerations as camel-case strings. Fields beyond the documented ones may be added in later versions; none is removed.
/// </remarks>
public static class VerificationJson
{
    // Results are flushed to the stream in blocks of about this many bytes.
    private const int FlushAt = 64 * 1024;

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

    /// <summary>Writes results as they come, holding none: for runs too large to hold
    /// (<see cref="IClaimVerifier.VerifyAllAsync"/> over <see cref="ClaimsFile.ReadClaimsAsync"/>).</summary>
    /// <param name="results">The results, in the order to write them.</param>
    /// <param name="stream">Where to write UTF-8 JSON; written as the results come, so a failure part way leaves it
    /// half written: write to a file that replaces the real one only once complete.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The number of results written with each verdict.</returns>
    public static async Task<VerdictCounts> WriteAllAsync(IAsyncEnumerable<ClaimVerification> results, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new Utf8JsonWriter(stream, WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            int corroborated = 0, contested = 0, unverified = 0;
            writer.WriteStartObject();
            writer.WriteStartArray("claims");
            await foreach (var claim in results.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteClaim(claim, writer);
                switch (claim.Verdict)
                {
                    case Verdict.Corroborated: corroborated++; break;
                    case Verdict.Contested: contested++; break;
                    default: unverified++; break;
                }

                if (writer.BytesPending >= FlushAt)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            writer.WriteEndArray();
            var counts = new VerdictCounts(corroborated, contested, unverified);
            WriteSummary(counts, writer);
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return counts;
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
            WriteClaim(c, w);
        }

        w.WriteEndArray();
        WriteSummary(new VerdictCounts(result.Corroborated, result.Contested, result.Unverified), w);
        w.WriteEndObject();
    }

    private static void WriteSummary(VerdictCounts counts, Utf8JsonWriter w)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("corroborated", counts.Corroborated);
        w.WriteNumber("contested", counts.Contested);
        w.WriteNumber("unverified", counts.Unverified);
        w.WriteEndObject();
    }

    private static void WriteClaim(ClaimVerification c, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Claim.Id);
        w.WriteString("verdict", Lower(c.Verdict));
        w.WriteString("reason", c.Reason);
        if (c.Claim.Figure is { } figure)
        {
            w.WritePropertyName("figure");
            ClaimsFileWriter.WriteInterval(w, figure);
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

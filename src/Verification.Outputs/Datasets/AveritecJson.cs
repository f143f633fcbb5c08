using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Verification.Claims;
using Verification.Outputs.Evidence;
using Verification.Outputs.Statements;
using Verification.Verdicts;

namespace Verification.Outputs.Datasets;

/// <summary>Writes results in the AVeriTeC data set's format: a JSON array of claims labelled Supported, Refuted, Not
/// Enough Evidence or Conflicting Evidence/Cherrypicking, each with its evidence as questions and answers.</summary>
/// <remarks>
/// <para>Each claim is an object with AVeriTeC's fields: <c>claim</c> (the claim as one sentence that names its source,
/// place and time), <c>required_reannotation</c> (false), <c>label</c>, <c>justification</c> (the claim's
/// <see cref="ClaimVerification.Reason"/>), <c>claim_date</c> (the day its report was published, written d-M-yyyy as
/// AVeriTeC writes it, or null), <c>speaker</c> (the claim's source), <c>original_claim_url</c> (the report's url, or
/// null), <c>fact_checking_article</c> (null), <c>reporting_source</c> (<see cref="Claim.ReportedIn"/>, else the report's
/// outlet, or null), <c>location_ISO_code</c> (null: places are not coded), <c>claim_types</c> ("Numerical Claim" for a
/// claim with a figure, else "Event/Property Claim"), <c>fact_checking_strategies</c> ("Numerical Comparison" for a claim
/// with a figure, else "Written Evidence") and <c>questions</c>; and <c>claim_id</c>, the claim's id, which AVeriTeC's
/// submissions carry.</para>
/// <para><c>label</c> follows <see cref="EvidenceBalances.Of"/>: Supported, Refuted, "Conflicting
/// Evidence/Cherrypicking" for a contested claim with evidence on both sides, and "Not Enough Evidence".</para>
/// <para><c>questions</c> holds one question per piece of independent evidence that supports or contradicts the claim,
/// conflicting evidence first: "What figure did OCHA give for people displaced in Mosul, Nineveh, Iraq from 17 October
/// 2016 to 20 March 2017?", answered by the evidence's figure as stated (<c>answer_type</c> "Extractive"), with its
/// <c>source_url</c> when the evidence claim has a <c>url</c> field, else null, and <c>source_medium</c> null. Evidence not
/// among the claims given, or without a figure, asks no question; echoes never do.</para>
/// </remarks>
public static class AveritecJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes every claim.</summary>
    /// <param name="result">The results.</param>
    /// <param name="evidence">The evidence claims the results name; their figures answer the questions.</param>
    /// <param name="stream">Where to write UTF-8 JSON.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException">Two evidence claims share an id.</exception>
    public static async Task WriteAsync(ReportVerification result, IEnumerable<Claim> evidence, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(stream);
        var byId = EvidenceLookup.ById(evidence);
        var writer = new Utf8JsonWriter(stream, WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            Write(result, byId, writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every claim as a JSON string.</summary>
    /// <param name="result">The results.</param>
    /// <param name="evidence">The evidence claims the results name.</param>
    /// <exception cref="ArgumentException">Two evidence claims share an id.</exception>
    public static string ToJson(ReportVerification result, IEnumerable<Claim> evidence)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(evidence);
        var byId = EvidenceLookup.ById(evidence);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(result, byId, writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The AVeriTeC label for a claim: "Supported", "Refuted", "Conflicting Evidence/Cherrypicking" or "Not
    /// Enough Evidence".</summary>
    /// <param name="verification">The claim's result.</param>
    public static string Label(ClaimVerification verification) => EvidenceBalances.Of(verification) switch
    {
        EvidenceBalance.Supported => "Supported",
        EvidenceBalance.Refuted => "Refuted",
        EvidenceBalance.Conflicting => "Conflicting Evidence/Cherrypicking",
        _ => "Not Enough Evidence",
    };

    private static void Write(ReportVerification result, IReadOnlyDictionary<string, Claim> evidence, Utf8JsonWriter w)
    {
        var report = result.Report;
        w.WriteStartArray();
        foreach (var c in result.Claims)
        {
            var claim = c.Claim;
            var numerical = claim.Figure is not null;
            w.WriteStartObject();
            w.WriteString("claim_id", claim.Id);
            w.WriteString("claim", ClaimStatement.Sentence(claim));
            w.WriteBoolean("required_reannotation", false);
            w.WriteString("label", Label(c));
            w.WriteString("justification", c.Reason);
            StringOrNull(w, "claim_date", report.Published?.ToString("d-M-yyyy", CultureInfo.InvariantCulture));
            w.WriteString("speaker", claim.Source);
            StringOrNull(w, "original_claim_url", report.Url?.AbsoluteUri);
            w.WriteNull("fact_checking_article");
            StringOrNull(w, "reporting_source", !string.IsNullOrWhiteSpace(claim.ReportedIn) ? claim.ReportedIn : report.Outlet);
            w.WriteNull("location_ISO_code");
            w.WriteStartArray("claim_types");
            w.WriteStringValue(numerical ? "Numerical Claim" : "Event/Property Claim");
            w.WriteEndArray();
            w.WriteStartArray("fact_checking_strategies");
            w.WriteStringValue(numerical ? "Numerical Comparison" : "Written Evidence");
            w.WriteEndArray();
            WriteQuestions(w, c, evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteQuestions(Utf8JsonWriter w, ClaimVerification c, IReadOnlyDictionary<string, Claim> evidence)
    {
        w.WriteStartArray("questions");
        foreach (var (id, role) in EvidenceRoles.Of(c).OrderBy(e => e.Role == EvidenceRole.Contradicts ? 0 : 1))
        {
            if (role is not (EvidenceRole.Supports or EvidenceRole.Contradicts)
                || !evidence.TryGetValue(id, out var e) || e.Figure is not { } figure)
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteString("question", Question(e));
            w.WriteStartArray("answers");
            w.WriteStartObject();
            w.WriteString("answer", figure.ToString());
            w.WriteString("answer_type", "Extractive");
            StringOrNull(w, "source_url", EvidenceLookup.Url(e)?.AbsoluteUri);
            w.WriteNull("source_medium");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // "What figure did OCHA give for people displaced in Mosul, Nineveh, Iraq from 17 October 2016 to 20 March 2017?"
    private static string Question(Claim evidence)
    {
        var text = "What figure did " + evidence.Source.Trim() + " give for " + evidence.Subject.Text.Trim();
        if (evidence.Place is { } place)
        {
            text += " in " + place.Path;
        }

        if (evidence.Period is { } period)
        {
            text += " " + ClaimStatement.PeriodInWords(period, abbreviated: false);
        }

        return text + "?";
    }

    private static void StringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}

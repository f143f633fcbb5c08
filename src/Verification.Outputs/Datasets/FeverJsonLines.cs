using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Verification.Outputs.Statements;
using Verification.Verdicts;

namespace Verification.Outputs.Datasets;

/// <summary>Writes results in the FEVER shared task's format: JSON Lines, one claim per line, labelled SUPPORTS, REFUTES
/// or NOT ENOUGH INFO.</summary>
/// <remarks>
/// <para>Each line is <c>{"id", "verifiable", "label", "claim", "evidence"}</c>. <c>id</c> is the claim's id (a string,
/// where FEVER's own files number claims); <c>claim</c> is the claim as one sentence that names its source, place and time
/// ("According to UNHCR, around 340,000 people fled in Mosul, Nineveh, Iraq from 17 October 2016 to 25 March 2017.").</para>
/// <para><c>label</c> follows <see cref="EvidenceBalances.Of"/>: <see cref="EvidenceBalance.Supported"/> is SUPPORTS,
/// <see cref="EvidenceBalance.Refuted"/> is REFUTES, and both <see cref="EvidenceBalance.Conflicting"/> and
/// <see cref="EvidenceBalance.NotEnoughEvidence"/> are NOT ENOUGH INFO, FEVER having no class for evidence on both sides.
/// <c>verifiable</c> is VERIFIABLE for SUPPORTS and REFUTES, NOT VERIFIABLE otherwise.</para>
/// <para><c>evidence</c> lists evidence sets as FEVER does, each set a list of
/// <c>[annotation id, evidence id, page, sentence]</c>: here each set is one evidence claim, written
/// <c>[null, null, "e3", null]</c> with the evidence claim's id in place of the page. SUPPORTS lists the supporting
/// evidence, REFUTES the conflicting evidence; NOT ENOUGH INFO lists none.</para>
/// </remarks>
public static class FeverJsonLines
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one line per claim, each ended with "\n".</summary>
    /// <param name="result">The results.</param>
    /// <param name="stream">Where to write UTF-8 text.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteAsync(ReportVerification result, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = Encoding.UTF8.GetBytes(ToJsonLines(result));
        await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The lines as one string, each ended with "\n".</summary>
    /// <param name="result">The results.</param>
    public static string ToJsonLines(ReportVerification result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        using var buffer = new MemoryStream();
        foreach (var c in result.Claims)
        {
            buffer.SetLength(0);
            using (var w = new Utf8JsonWriter(buffer, WriterOptions))
            {
                WriteLine(w, c);
            }

            text.Append(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The FEVER label for a claim: "SUPPORTS", "REFUTES" or "NOT ENOUGH INFO".</summary>
    /// <param name="verification">The claim's result.</param>
    public static string Label(ClaimVerification verification) => EvidenceBalances.Of(verification) switch
    {
        EvidenceBalance.Supported => "SUPPORTS",
        EvidenceBalance.Refuted => "REFUTES",
        _ => "NOT ENOUGH INFO",
    };

    private static void WriteLine(Utf8JsonWriter w, ClaimVerification c)
    {
        var label = Label(c);
        w.WriteStartObject();
        w.WriteString("id", c.Claim.Id);
        w.WriteString("verifiable", label == "NOT ENOUGH INFO" ? "NOT VERIFIABLE" : "VERIFIABLE");
        w.WriteString("label", label);
        w.WriteString("claim", ClaimStatement.Sentence(c.Claim));
        w.WriteStartArray("evidence");
        var evidence = label switch
        {
            "SUPPORTS" => c.Supporting,
            "REFUTES" => c.Conflicting,
            _ => [],
        };
        foreach (var id in evidence)
        {
            w.WriteStartArray();
            w.WriteStartArray();
            w.WriteNullValue();
            w.WriteNullValue();
            w.WriteStringValue(id);
            w.WriteNullValue();
            w.WriteEndArray();
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}

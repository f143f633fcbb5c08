using System.Globalization;
using System.Text;
using Verification.Claims;
using Verification.Places;
using Verification.Verdicts;

namespace Verification.Testing;

/// <summary>Describes claims and verdicts for test failure messages: the claim, the verdict, the reason, every finding
/// and the evidence behind it.</summary>
/// <remarks>The text is for people reading a failed test; its layout may change between minor versions, so match
/// on claim ids and reasons rather than on whole lines.</remarks>
public static class VerificationText
{
    private const string Indent = "  ";

    /// <summary>One line that says what a claim states:
    /// "m4: 'dozens' (24–99) civilians killed; place: al-Jadida, Mosul, Iraq; period: 2017-03-17; source: Local officials".</summary>
    /// <param name="claim">The claim.</param>
    public static string DescribeClaim(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = new StringBuilder();
        text.Append(claim.Id).Append(": ");
        if (claim.Figure is { } figure)
        {
            var interval = figure.DescribeInterval();
            if (figure.Text is { } stated && !string.Equals(stated, interval, StringComparison.Ordinal))
            {
                text.Append('\'').Append(stated).Append("' (").Append(interval).Append(')');
            }
            else
            {
                text.Append(interval);
            }
        }
        else
        {
            text.Append("(no figure)");
        }

        text.Append(' ').Append(claim.Subject.Text);
        if (claim.Place is { } place)
        {
            text.Append("; place: ").Append(place.Path);
        }

        if (claim.Period is { } period)
        {
            text.Append("; period: ").Append(period);
        }

        text.Append("; source: ").Append(claim.Source);
        if (claim.DerivedFrom.Count > 0)
        {
            text.Append("; derived from: ").AppendJoin(", ", claim.DerivedFrom);
        }

        if (claim.IsContested)
        {
            text.Append("; flagged as contested by its report");
        }

        return text.ToString();
    }

    /// <summary>Several lines that explain a verdict: the claim, the verdict, the reason, each finding with its
    /// evidence ids, then the evidence by role (conflicting, supporting, echoes, not comparable).</summary>
    /// <param name="result">The verification of one claim.</param>
    /// <param name="findEvidence">Looks up an evidence claim by id so that it can be shown in full (for example
    /// <see cref="TestVerifier.FindEvidence"/>); null, or a null answer, shows the id alone.</param>
    public static string Describe(ClaimVerification result, Func<string, Claim?>? findEvidence = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append(DescribeClaim(result.Claim)).AppendLine();
        text.Append(Indent).Append("verdict: ").Append(Name(result.Verdict)).AppendLine();
        text.Append(Indent).Append("reason:  ").Append(result.Reason).AppendLine();
        if (result.Findings.Count == 0)
        {
            text.Append(Indent).Append("findings: none").AppendLine();
        }
        else
        {
            text.Append(Indent).Append("findings:").AppendLine();
            foreach (var finding in result.Findings)
            {
                text.Append(Indent).Append(Indent).Append('[').Append(finding.Validator).Append("] ")
                    .Append(finding.Outcome.ToString().ToLowerInvariant()).Append(": ").Append(finding.Message);
                var ids = finding.Evidence.Concat(finding.Echoes).Concat(finding.NotComparable).Distinct(StringComparer.Ordinal).ToList();
                if (ids.Count > 0)
                {
                    text.Append(" (evidence: ").AppendJoin(", ", ids).Append(')');
                }

                text.AppendLine();
            }
        }

        var roles = new (string Role, IReadOnlyList<string> Ids)[]
        {
            ("conflicting", result.Conflicting),
            ("supporting", result.Supporting),
            ("echoes", result.Echoes),
            ("not comparable", result.NotComparable),
        };
        if (roles.All(r => r.Ids.Count == 0))
        {
            text.Append(Indent).Append("evidence: none comparable").AppendLine();
        }
        else
        {
            text.Append(Indent).Append("evidence:").AppendLine();
            foreach (var (role, ids) in roles)
            {
                foreach (var id in ids)
                {
                    text.Append(Indent).Append(Indent).Append(role).Append(": ")
                        .Append(findEvidence?.Invoke(id) is { } evidence ? DescribeClaim(evidence) : id).AppendLine();
                }
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Describes each result in turn, separated by a blank line, under a heading that counts them.</summary>
    /// <param name="heading">The first line, e.g. "2 of 6 claims are contested:".</param>
    /// <param name="results">The results to describe.</param>
    /// <param name="findEvidence">Looks up evidence by id, as for <see cref="Describe"/>; may be null.</param>
    public static string DescribeAll(string heading, IEnumerable<ClaimVerification> results, Func<string, Claim?>? findEvidence = null)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder(heading);
        foreach (var result in results)
        {
            text.AppendLine().AppendLine().Append(Describe(result, findEvidence));
        }

        return text.ToString();
    }

    /// <summary>The verdict as findings and files spell it: "corroborated", "contested", "unverified".</summary>
    /// <param name="verdict">The verdict.</param>
    public static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Corroborated => "corroborated",
        Verdict.Contested => "contested",
        Verdict.Unverified => "unverified",
        _ => verdict.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}

using System.Globalization;
using Verification.Claims;
using Verification.Engine;
using Verification.Verdicts;

namespace Verification.Testing;

/// <summary>Assertions on verdicts that work in any test framework: each throws a
/// <see cref="VerificationAssertionException"/> whose message shows the verdict, the reason, the findings and the
/// evidence of every claim that failed.</summary>
/// <remarks>
/// <para>The <c>…Async</c> forms verify with the verifier they are given (usually a <see cref="TestVerifier"/>, whose
/// in-memory evidence is then shown in full) and return the verification, so a test can go on to inspect it. The
/// other forms check a verification already made.</para>
/// </remarks>
/// <example>
/// <code>
/// await claim.ShouldBeCorroboratedAsync(verifier);
/// await report.ShouldHaveNoContestedClaimsAsync(verifier);
/// result.ShouldNotBeContested();
/// </code>
/// </example>
public static class VerificationAssertions
{
    /// <summary>Verifies a claim and asserts that it is corroborated.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="verifier">The verifier.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The claim is contested or unverified.</exception>
    public static Task<ClaimVerification> ShouldBeCorroboratedAsync(this Claim claim, IClaimVerifier verifier, CancellationToken cancellationToken = default) =>
        ExpectAsync(claim, verifier, Verdict.Corroborated, negated: false, cancellationToken);

    /// <summary>Verifies a claim and asserts that it is contested.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="verifier">The verifier.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The claim is corroborated or unverified.</exception>
    public static Task<ClaimVerification> ShouldBeContestedAsync(this Claim claim, IClaimVerifier verifier, CancellationToken cancellationToken = default) =>
        ExpectAsync(claim, verifier, Verdict.Contested, negated: false, cancellationToken);

    /// <summary>Verifies a claim and asserts that it is unverified.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="verifier">The verifier.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The claim is corroborated or contested.</exception>
    public static Task<ClaimVerification> ShouldBeUnverifiedAsync(this Claim claim, IClaimVerifier verifier, CancellationToken cancellationToken = default) =>
        ExpectAsync(claim, verifier, Verdict.Unverified, negated: false, cancellationToken);

    /// <summary>Verifies a claim and asserts that it is not contested (corroborated or unverified).</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="verifier">The verifier.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The claim is contested.</exception>
    public static Task<ClaimVerification> ShouldNotBeContestedAsync(this Claim claim, IClaimVerifier verifier, CancellationToken cancellationToken = default) =>
        ExpectAsync(claim, verifier, Verdict.Contested, negated: true, cancellationToken);

    /// <summary>Verifies a claim and asserts that it is not corroborated (contested or unverified).</summary>
    /// <remarks>For a figure a test expects to stand alone or to be disputed: it fails as soon as independent evidence
    /// agrees with it and none disagrees.</remarks>
    /// <param name="claim">The claim.</param>
    /// <param name="verifier">The verifier.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The claim is corroborated.</exception>
    public static Task<ClaimVerification> ShouldNotBeCorroboratedAsync(this Claim claim, IClaimVerifier verifier, CancellationToken cancellationToken = default) =>
        ExpectAsync(claim, verifier, Verdict.Corroborated, negated: true, cancellationToken);

    /// <summary>Verifies a claim and asserts that it is not unverified: comparable independent evidence either
    /// corroborates or contests it.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="verifier">The verifier.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The claim is unverified.</exception>
    public static Task<ClaimVerification> ShouldNotBeUnverifiedAsync(this Claim claim, IClaimVerifier verifier, CancellationToken cancellationToken = default) =>
        ExpectAsync(claim, verifier, Verdict.Unverified, negated: true, cancellationToken);

    /// <summary>Verifies a claim and asserts that its verdict is <paramref name="expected"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="expected">The expected verdict.</param>
    /// <param name="verifier">The verifier.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The verdict is another.</exception>
    public static Task<ClaimVerification> ShouldHaveVerdictAsync(this Claim claim, Verdict expected, IClaimVerifier verifier, CancellationToken cancellationToken = default) =>
        ExpectAsync(claim, verifier, expected, negated: false, cancellationToken);

    /// <summary>Asserts that a verification's verdict is corroborated.</summary>
    /// <param name="result">The verification.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The claim is contested or unverified.</exception>
    public static ClaimVerification ShouldBeCorroborated(this ClaimVerification result) =>
        Expect(result, Verdict.Corroborated, negated: false, findEvidence: null);

    /// <summary>Asserts that a verification's verdict is contested.</summary>
    /// <param name="result">The verification.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The claim is corroborated or unverified.</exception>
    public static ClaimVerification ShouldBeContested(this ClaimVerification result) =>
        Expect(result, Verdict.Contested, negated: false, findEvidence: null);

    /// <summary>Asserts that a verification's verdict is unverified.</summary>
    /// <param name="result">The verification.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The claim is corroborated or contested.</exception>
    public static ClaimVerification ShouldBeUnverified(this ClaimVerification result) =>
        Expect(result, Verdict.Unverified, negated: false, findEvidence: null);

    /// <summary>Asserts that a verification's verdict is not contested.</summary>
    /// <param name="result">The verification.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The claim is contested.</exception>
    public static ClaimVerification ShouldNotBeContested(this ClaimVerification result) =>
        Expect(result, Verdict.Contested, negated: true, findEvidence: null);

    /// <summary>Asserts that a verification's verdict is not corroborated (contested or unverified).</summary>
    /// <param name="result">The verification.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The claim is corroborated.</exception>
    public static ClaimVerification ShouldNotBeCorroborated(this ClaimVerification result) =>
        Expect(result, Verdict.Corroborated, negated: true, findEvidence: null);

    /// <summary>Asserts that a verification's verdict is not unverified (corroborated or contested).</summary>
    /// <param name="result">The verification.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The claim is unverified.</exception>
    public static ClaimVerification ShouldNotBeUnverified(this ClaimVerification result) =>
        Expect(result, Verdict.Unverified, negated: true, findEvidence: null);

    /// <summary>Asserts that a verification's verdict is <paramref name="expected"/>.</summary>
    /// <param name="result">The verification.</param>
    /// <param name="expected">The expected verdict.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="VerificationAssertionException">The verdict is another.</exception>
    public static ClaimVerification ShouldHaveVerdict(this ClaimVerification result, Verdict expected) =>
        Expect(result, expected, negated: false, findEvidence: null);

    /// <summary>Verifies a report and asserts that none of its claims is contested.</summary>
    /// <param name="report">The report.</param>
    /// <param name="verifier">The verifier.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>The verification of the report.</returns>
    /// <exception cref="VerificationAssertionException">One or more claims are contested; the message lists each.</exception>
    public static async Task<ReportVerification> ShouldHaveNoContestedClaimsAsync(this Report report, IClaimVerifier verifier, CancellationToken cancellationToken = default)
    {
        var result = await VerifyAsync(report, verifier, cancellationToken).ConfigureAwait(false);
        return ExpectNone(result, Verdict.Contested, LookupByEvidenceId(verifier));
    }

    /// <summary>Verifies a report and asserts that every claim is corroborated.</summary>
    /// <param name="report">The report.</param>
    /// <param name="verifier">The verifier.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>The verification of the report.</returns>
    /// <exception cref="VerificationAssertionException">One or more claims are contested or unverified; the message lists each.</exception>
    public static async Task<ReportVerification> ShouldHaveOnlyCorroboratedClaimsAsync(this Report report, IClaimVerifier verifier, CancellationToken cancellationToken = default)
    {
        var result = await VerifyAsync(report, verifier, cancellationToken).ConfigureAwait(false);
        return ExpectAll(result, Verdict.Corroborated, LookupByEvidenceId(verifier));
    }

    /// <summary>Verifies a report and asserts that no claim has the verdict <paramref name="verdict"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="verdict">The verdict no claim may have.</param>
    /// <param name="verifier">The verifier.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>The verification of the report.</returns>
    /// <exception cref="VerificationAssertionException">One or more claims have that verdict; the message lists each.</exception>
    public static async Task<ReportVerification> ShouldHaveNoClaimsWithVerdictAsync(this Report report, Verdict verdict, IClaimVerifier verifier, CancellationToken cancellationToken = default)
    {
        var result = await VerifyAsync(report, verifier, cancellationToken).ConfigureAwait(false);
        return ExpectNone(result, verdict, LookupByEvidenceId(verifier));
    }

    /// <summary>Asserts that no claim of a verified report is contested.</summary>
    /// <param name="result">The verification of the report.</param>
    /// <returns>The verification of the report.</returns>
    /// <exception cref="VerificationAssertionException">One or more claims are contested; the message lists each.</exception>
    public static ReportVerification ShouldHaveNoContestedClaims(this ReportVerification result) =>
        ExpectNone(result, Verdict.Contested, findEvidence: null);

    /// <summary>Asserts that every claim of a verified report is corroborated.</summary>
    /// <param name="result">The verification of the report.</param>
    /// <returns>The verification of the report.</returns>
    /// <exception cref="VerificationAssertionException">One or more claims are contested or unverified; the message lists each.</exception>
    public static ReportVerification ShouldHaveOnlyCorroboratedClaims(this ReportVerification result) =>
        ExpectAll(result, Verdict.Corroborated, findEvidence: null);

    /// <summary>Asserts that no claim of a verified report has the verdict <paramref name="verdict"/>.</summary>
    /// <param name="result">The verification of the report.</param>
    /// <param name="verdict">The verdict no claim may have.</param>
    /// <returns>The verification of the report.</returns>
    /// <exception cref="VerificationAssertionException">One or more claims have that verdict; the message lists each.</exception>
    public static ReportVerification ShouldHaveNoClaimsWithVerdict(this ReportVerification result, Verdict verdict) =>
        ExpectNone(result, verdict, findEvidence: null);

    private static async Task<ClaimVerification> ExpectAsync(Claim claim, IClaimVerifier verifier, Verdict verdict, bool negated, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(verifier);
        var result = await verifier.VerifyClaimAsync(claim, null, cancellationToken).ConfigureAwait(false);
        return Expect(result, verdict, negated, LookupByEvidenceId(verifier));
    }

    private static async Task<ReportVerification> VerifyAsync(Report report, IClaimVerifier verifier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(verifier);
        return await verifier.VerifyAsync(report, cancellationToken).ConfigureAwait(false);
    }

    private static ClaimVerification Expect(ClaimVerification result, Verdict verdict, bool negated, Func<string, Claim?>? findEvidence)
    {
        ArgumentNullException.ThrowIfNull(result);
        if ((result.Verdict == verdict) != negated)
        {
            return result;
        }

        var expectation = negated ? "not to be " : "to be ";
        var message = $"Expected claim '{result.Claim.Id}' {expectation}{VerificationText.Name(verdict)}, but it is {VerificationText.Name(result.Verdict)}: {result.Reason}"
            + Environment.NewLine + Environment.NewLine + VerificationText.Describe(result, findEvidence);
        throw new VerificationAssertionException(message, [result]);
    }

    private static ReportVerification ExpectNone(ReportVerification result, Verdict verdict, Func<string, Claim?>? findEvidence)
    {
        ArgumentNullException.ThrowIfNull(result);
        var failing = result.Claims.Where(c => c.Verdict == verdict).ToList();
        if (failing.Count == 0)
        {
            return result;
        }

        var heading = string.Create(CultureInfo.InvariantCulture,
            $"Expected no claim of report '{result.Report.Id}' to be {VerificationText.Name(verdict)}, but {failing.Count} of {result.Claims.Count} {(failing.Count == 1 ? "is" : "are")}: {string.Join(", ", failing.Select(f => f.Claim.Id))}.");
        throw new VerificationAssertionException(VerificationText.DescribeAll(heading, failing, findEvidence), failing);
    }

    private static ReportVerification ExpectAll(ReportVerification result, Verdict verdict, Func<string, Claim?>? findEvidence)
    {
        ArgumentNullException.ThrowIfNull(result);
        var failing = result.Claims.Where(c => c.Verdict != verdict).ToList();
        if (failing.Count == 0)
        {
            return result;
        }

        var heading = string.Create(CultureInfo.InvariantCulture,
            $"Expected every claim of report '{result.Report.Id}' to be {VerificationText.Name(verdict)}, but {failing.Count} of {result.Claims.Count} {(failing.Count == 1 ? "is" : "are")} not: {string.Join(", ", failing.Select(f => f.Claim.Id))}.");
        throw new VerificationAssertionException(VerificationText.DescribeAll(heading, failing, findEvidence), failing);
    }

    private static Func<string, Claim?>? LookupByEvidenceId(IClaimVerifier verifier) =>
        verifier is TestVerifier test ? test.FindEvidence : null;
}

using NUnit.Framework;
using NUnit.Framework.Constraints;
using NUnit.Framework.Internal;
using Verification.Testing;

namespace Verification.NUnit;

/// <summary>Turns the actual values the constraints accept into verifications.</summary>
internal static class ActualValues
{
    public static ClaimVerification ToVerification<TActual>(TActual actual, IClaimVerifier? verifier) => actual switch
    {
        ClaimVerification result => result,
        Claim claim when verifier is not null => verifier.VerifyClaimAsync(claim).GetAwaiter().GetResult(),
        Claim claim => throw new ArgumentException(
            $"Claim '{claim.Id}' has not been verified: give the constraint a verifier, as in Is.Corroborated().By(verifier), or pass the ClaimVerification.",
            nameof(actual)),
        null => throw new ArgumentNullException(nameof(actual), "Expected a ClaimVerification, or a Claim with .By(verifier), but was null."),
        _ => throw new ArgumentException(
            $"Expected a ClaimVerification, or a Claim with .By(verifier), but was {actual.GetType().FullName}.", nameof(actual)),
    };

    public static IReadOnlyList<ClaimVerification> ToVerifications<TActual>(TActual actual, IClaimVerifier? verifier, out string subject) =>
        actual switch
        {
            ReportVerification result => Named(result.Claims, $"report '{result.Report.Id}'", out subject),
            Report report when verifier is not null => Named(verifier.VerifyAsync(report).GetAwaiter().GetResult().Claims, $"report '{report.Id}'", out subject),
            Report report => throw new ArgumentException(
                $"Report '{report.Id}' has not been verified: give the constraint a verifier, as in Has.NoContestedClaims().By(verifier), or pass the ReportVerification.",
                nameof(actual)),
            IEnumerable<ClaimVerification> results => Named([.. results], "the claims", out subject),
            null => throw new ArgumentNullException(nameof(actual), "Expected a ReportVerification, verifications, or a Report with .By(verifier), but was null."),
            _ => throw new ArgumentException(
                $"Expected a ReportVerification, verifications, or a Report with .By(verifier), but was {actual.GetType().FullName}.", nameof(actual)),
        };

    public static Func<string, Claim?>? EvidenceLookup(IClaimVerifier? verifier) =>
        verifier is TestVerifier test ? test.FindEvidence : null;

    private static IReadOnlyList<ClaimVerification> Named(IReadOnlyList<ClaimVerification> results, string name, out string subject)
    {
        subject = name;
        return results;
    }
}

/// <summary>A failure description that NUnit prints as it is, also under <c>Is.Not</c>.</summary>
/// <remarks><c>Is.Not</c> wraps a constraint and prints the actual value with NUnit's value formatter, which would
/// put angle brackets around it; a formatter for this type is added to the running test's context so that the text
/// shows unchanged.</remarks>
internal sealed class VerificationDisplay
{
    private static readonly VerificationDisplay Probe = new("probe");

    private VerificationDisplay(string text) => Text = text;

    public string Text { get; }

    /// <summary>A display of <paramref name="text"/>, with the formatter in place in the running test's context.</summary>
    public static VerificationDisplay Of(string text)
    {
        var formatter = TestExecutionContext.CurrentContext.CurrentValueFormatter;
        if (!string.Equals(formatter?.Invoke(Probe), Probe.Text, StringComparison.Ordinal))
        {
            TestContext.AddFormatter<VerificationDisplay>(value => ((VerificationDisplay)value).Text);
        }

        return new VerificationDisplay(text);
    }

    public override string ToString() => Text;
}

/// <summary>A constraint result whose actual value is written as its text.</summary>
internal sealed class DisplayResult(IConstraint constraint, VerificationDisplay display, bool isSuccess)
    : ConstraintResult(constraint, display, isSuccess)
{
    public override void WriteActualValueTo(MessageWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(display.Text);
    }
}

using NUnit.Framework;
using NUnit.Framework.Constraints;
using Verification.Claims;
using Verification.Engine;
using Verification.Subjects;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.NUnit;

/// <summary>Turns the actual values the constraints accept into verifications.</summary>
/// <remarks>A <see cref="Claim"/> or <see cref="Report"/> is verified with the constraint's verifier, under the running
/// test's cancellation token (set by NUnit's <c>[CancelAfter]</c>). The asynchronous forms await the verifier; the
/// synchronous ones, for <c>Assert.That</c>, run it on the thread pool and wait.</remarks>
internal static class ActualValues
{
    public static ClaimVerification ToVerification<TActual>(TActual actual, IClaimVerifier? verifier) => actual switch
    {
        Claim claim when verifier is not null => WaitFor(token => verifier.VerifyClaimAsync(claim, null, token)),
        _ => Given(actual),
    };

    public static async Task<ClaimVerification> ToVerificationAsync<TActual>(TActual actual, IClaimVerifier? verifier) => actual switch
    {
        Claim claim when verifier is not null => await verifier.VerifyClaimAsync(claim, null, TestCancellation).ConfigureAwait(false),
        _ => Given(actual),
    };

    public static (IReadOnlyList<ClaimVerification> Results, string Subject) ToVerifications<TActual>(TActual actual, IClaimVerifier? verifier) =>
        actual switch
        {
            Report report when verifier is not null => (WaitFor(token => verifier.VerifyAsync(report, token)).Claims, $"report '{report.Id}'"),
            _ => GivenAll(actual),
        };

    public static async Task<(IReadOnlyList<ClaimVerification> Results, string Subject)> ToVerificationsAsync<TActual>(TActual actual, IClaimVerifier? verifier) =>
        actual switch
        {
            Report report when verifier is not null => ((await verifier.VerifyAsync(report, TestCancellation).ConfigureAwait(false)).Claims, $"report '{report.Id}'"),
            _ => GivenAll(actual),
        };

    public static Func<string, Claim?>? EvidenceLookup(IClaimVerifier? verifier) =>
        verifier is TestVerifier test ? test.FindEvidence : null;

    private static CancellationToken TestCancellation => TestContext.CurrentContext.CancellationToken;

    // A synchronous assertion needs the verdict before it returns. The verifier runs on the thread pool, away from the
    // test's synchronization context (NUnit's own for async tests, a UI framework's), so that a validator resuming on
    // the context it started on cannot wait for the very thread that waits for it.
    private static T WaitFor<T>(Func<CancellationToken, Task<T>> verify)
    {
        var token = TestCancellation;
        return Task.Run(() => verify(token), token).GetAwaiter().GetResult();
    }

    private static ClaimVerification Given<TActual>(TActual actual) => actual switch
    {
        ClaimVerification result => result,
        Claim claim => throw new ArgumentException(
            $"Claim '{claim.Id}' has not been verified: give the constraint a verifier, as in Is.Corroborated().By(verifier), or pass the ClaimVerification.",
            nameof(actual)),
        null => throw new ArgumentNullException(nameof(actual), "Expected a ClaimVerification, or a Claim with .By(verifier), but was null."),
        _ => throw new ArgumentException(
            $"Expected a ClaimVerification, or a Claim with .By(verifier), but was {actual.GetType().FullName}.", nameof(actual)),
    };

    private static (IReadOnlyList<ClaimVerification> Results, string Subject) GivenAll<TActual>(TActual actual) => actual switch
    {
        ReportVerification result => (result.Claims, $"report '{result.Report.Id}'"),
        Report report => throw new ArgumentException(
            $"Report '{report.Id}' has not been verified: give the constraint a verifier, as in Has.NoContestedClaims().By(verifier), or pass the ReportVerification.",
            nameof(actual)),
        IEnumerable<ClaimVerification> results => ([.. results], "the claims"),
        null => throw new ArgumentNullException(nameof(actual), "Expected a ReportVerification, verifications, or a Report with .By(verifier), but was null."),
        _ => throw new ArgumentException(
            $"Expected a ReportVerification, verifications, or a Report with .By(verifier), but was {actual.GetType().FullName}.", nameof(actual)),
    };
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
        // NUnit hands the factory the context's formatter so far: when that already shows a display as its text, it is
        // kept, so that assertions repeated in one test do not lengthen the chain.
        TestContext.AddFormatter(next => string.Equals(next(Probe), Probe.Text, StringComparison.Ordinal)
            ? next
            : value => value is VerificationDisplay display ? display.Text : next(value));
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

using System.Collections.ObjectModel;
using Verification.Verdicts;

namespace Verification.Testing;

/// <summary>Thrown by the <see cref="VerificationAssertions"/> when a claim's verdict is not the one expected.</summary>
/// <remarks>The message names each failing claim and shows its verdict, reason, findings and evidence. Any test
/// framework reports it as a failed test.</remarks>
public sealed class VerificationAssertionException : Exception
{
    /// <summary>Creates the exception with its message and the results that failed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="failures">The verifications that did not meet the expectation.</param>
    public VerificationAssertionException(string message, IReadOnlyList<ClaimVerification> failures)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(failures);
        Failures = Listed(failures);
    }

    /// <summary>Creates the exception with no message.</summary>
    public VerificationAssertionException()
        : this("A verification assertion failed.", [])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public VerificationAssertionException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public VerificationAssertionException(string message, Exception innerException)
        : base(message, innerException) => Failures = Listed([]);

    /// <summary>The verifications that did not meet the expectation, in report order.</summary>
    /// <remarks>The list's text names each claim and its verdict ("claim 'm4' is contested; claim 'm5' is contested"),
    /// which is what test runners that show an exception's properties print.</remarks>
    public IReadOnlyList<ClaimVerification> Failures { get; }

    private static FailureList Listed(IEnumerable<ClaimVerification> failures) => new([.. failures]);

    /// <summary>The failures, with a text that names each claim and its verdict: test runners such as NUnit show an
    /// exception's public properties by their text, where a plain list shows only its type name.</summary>
    private sealed class FailureList(IList<ClaimVerification> failures) : ReadOnlyCollection<ClaimVerification>(failures)
    {
        public override string ToString() => Count == 0
            ? "none"
            : string.Join("; ", this.Select(f => $"claim '{f.Claim.Id}' is {VerificationText.Name(f.Verdict)}"));
    }
}

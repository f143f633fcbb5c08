using System.Globalization;
using NUnit.Framework.Constraints;
using Verification.Claims;
using Verification.Engine;
using Verification.Subjects;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.NUnit;

/// <summary>Tests the verdicts of every claim of a report: the constraint behind <c>Has.NoContestedClaims()</c>,
/// <c>Has.NoUnverifiedClaims()</c>, <c>Has.OnlyCorroboratedClaims()</c> and <c>Has.NoClaimsWithVerdict(…)</c>.</summary>
/// <remarks>
/// <para>The actual value is a <see cref="ReportVerification"/>, a sequence of <see cref="ClaimVerification"/>, or a
/// <see cref="Report"/> when a verifier is given with <see cref="By"/>.</para>
/// <para>On failure the message lists every failing claim, each with its verdict, reason, findings and evidence.</para>
/// </remarks>
public sealed class ReportVerdictsConstraint : Constraint
{
    private readonly Verdict _verdict;
    private readonly bool _every;
    private IClaimVerifier? _verifier;

    private ReportVerdictsConstraint(Verdict verdict, bool every)
        : base(verdict)
    {
        _verdict = verdict;
        _every = every;
    }

    /// <inheritdoc />
    public override string Description => _every
        ? "every claim " + VerificationText.Name(_verdict)
        : "no claim " + VerificationText.Name(_verdict);

    /// <summary>A constraint satisfied when no claim has the verdict <paramref name="verdict"/>.</summary>
    /// <param name="verdict">The verdict no claim may have.</param>
    public static ReportVerdictsConstraint NoClaimWith(Verdict verdict) => new(verdict, every: false);

    /// <summary>A constraint satisfied when every claim has the verdict <paramref name="verdict"/>.</summary>
    /// <param name="verdict">The verdict every claim must have.</param>
    public static ReportVerdictsConstraint EveryClaimWith(Verdict verdict) => new(verdict, every: true);

    /// <summary>Verifies a <see cref="Report"/> actual value with <paramref name="verifier"/>; with a
    /// <see cref="TestVerifier"/>, the message shows evidence in full.</summary>
    /// <param name="verifier">The verifier.</param>
    /// <returns>This constraint.</returns>
    public ReportVerdictsConstraint By(IClaimVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        _verifier = verifier;
        return this;
    }

    /// <inheritdoc />
    /// <remarks>A <see cref="Report"/> is verified on the thread pool while the test waits; in an async test, prefer
    /// <c>await Assert.ThatAsync(…)</c>, which awaits the verification instead.</remarks>
    public override ConstraintResult ApplyTo<TActual>(TActual actual) => Result(ActualValues.ToVerifications(actual, _verifier));

    /// <summary>Awaits the value <paramref name="taskDel"/> gives, then, for a <see cref="Report"/>, its verification by
    /// the verifier given to <see cref="By"/>: what <c>await Assert.ThatAsync(…)</c> calls.</summary>
    /// <remarks>The verification is cancelled with the running test's cancellation token (NUnit's <c>[CancelAfter]</c>).</remarks>
    /// <typeparam name="TActual">The type of the value.</typeparam>
    /// <param name="taskDel">Gives the value: a <see cref="ReportVerification"/>, verifications, or a <see cref="Report"/>
    /// with a verifier.</param>
    /// <returns>The result.</returns>
    public override async Task<ConstraintResult> ApplyToAsync<TActual>(Func<Task<TActual>> taskDel)
    {
        ArgumentNullException.ThrowIfNull(taskDel);
        var actual = await taskDel().ConfigureAwait(false);
        return Result(await ActualValues.ToVerificationsAsync(actual, _verifier).ConfigureAwait(false));
    }

    private DisplayResult Result((IReadOnlyList<ClaimVerification> Results, string Subject) verified)
    {
        var (results, subject) = verified;
        var failing = results.Where(r => (r.Verdict == _verdict) != _every).ToList();
        string heading;
        if (failing.Count == 0)
        {
            heading = string.Create(CultureInfo.InvariantCulture, $"{subject}: {results.Count} claims, {Counts(results)}");
        }
        else
        {
            var verb = failing.Count == 1 ? "is" : "are";
            var what = _every ? $"{verb} not {VerificationText.Name(_verdict)}" : $"{verb} {VerificationText.Name(_verdict)}";
            heading = string.Create(CultureInfo.InvariantCulture,
                $"{subject}: {failing.Count} of {results.Count} claims {what}: {string.Join(", ", failing.Select(f => f.Claim.Id))}");
        }

        var display = VerificationDisplay.Of(VerificationText.DescribeAll(heading, failing, ActualValues.EvidenceLookup(_verifier)));
        return new DisplayResult(this, display, failing.Count == 0);
    }

    private static string Counts(IReadOnlyList<ClaimVerification> results) => string.Join(", ",
        new[] { Verdict.Corroborated, Verdict.Contested, Verdict.Unverified }
            .Select(v => string.Create(CultureInfo.InvariantCulture, $"{results.Count(r => r.Verdict == v)} {VerificationText.Name(v)}")));
}

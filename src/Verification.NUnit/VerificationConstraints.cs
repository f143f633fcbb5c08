using NUnit.Framework;
using NUnit.Framework.Constraints;
using Verification.Verdicts;

namespace Verification.NUnit;

/// <summary>Verification's constraints on NUnit's <c>Is</c> and <c>Has</c>: <c>Is.Corroborated()</c>,
/// <c>Is.Not.Contested()</c>, <c>Has.NoContestedClaims()</c> and the rest.</summary>
/// <example>
/// <code>
/// using NUnit.Framework;
/// using Verification.NUnit;
///
/// Assert.That(await verifier.VerifyClaimAsync(claim), Is.Corroborated());
/// Assert.That(claim, Is.Not.Contested().By(verifier));
/// Assert.That(await verifier.VerifyAsync(report), Has.NoContestedClaims());
/// </code>
/// </example>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1708:Identifiers should differ by more than case",
    Justification = "The analyzer counts C# 14 extension blocks as members named 'extension'; no two members here differ only by case.")]
public static class VerificationConstraints
{
    extension(Is)
    {
        /// <summary>The claim is corroborated: enough independent origins agree, and none disagrees.</summary>
        public static VerdictConstraint Corroborated() => new(Verdict.Corroborated);

        /// <summary>The claim is contested: an independent origin disagrees, its report flags it, or a validator contests it.</summary>
        public static VerdictConstraint Contested() => new(Verdict.Contested);

        /// <summary>The claim is unverified: no comparable independent evidence either way.</summary>
        public static VerdictConstraint Unverified() => new(Verdict.Unverified);
    }

    extension(ConstraintExpression expression)
    {
        /// <summary>The claim is corroborated (after <c>Is.Not</c>: it is not).</summary>
        public VerdictConstraint Corroborated() => Append(expression, Verdict.Corroborated);

        /// <summary>The claim is contested (after <c>Is.Not</c>: it is not).</summary>
        public VerdictConstraint Contested() => Append(expression, Verdict.Contested);

        /// <summary>The claim is unverified (after <c>Is.Not</c>: it is not).</summary>
        public VerdictConstraint Unverified() => Append(expression, Verdict.Unverified);
    }

    extension(Has)
    {
        /// <summary>No claim of the report is contested.</summary>
        public static ReportVerdictsConstraint NoContestedClaims() => ReportVerdictsConstraint.NoClaimWith(Verdict.Contested);

        /// <summary>No claim of the report is unverified.</summary>
        public static ReportVerdictsConstraint NoUnverifiedClaims() => ReportVerdictsConstraint.NoClaimWith(Verdict.Unverified);

        /// <summary>Every claim of the report is corroborated.</summary>
        public static ReportVerdictsConstraint OnlyCorroboratedClaims() => ReportVerdictsConstraint.EveryClaimWith(Verdict.Corroborated);

        /// <summary>No claim of the report has the verdict <paramref name="verdict"/>.</summary>
        /// <param name="verdict">The verdict no claim may have.</param>
        public static ReportVerdictsConstraint NoClaimsWithVerdict(Verdict verdict) => ReportVerdictsConstraint.NoClaimWith(verdict);
    }

    private static VerdictConstraint Append(ConstraintExpression expression, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return expression.Append(new VerdictConstraint(verdict));
    }
}

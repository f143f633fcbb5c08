using FluentValidation;
using Moq;
using Verification.Claims;
using Verification.Engine;
using Verification.Json;
using Verification.Testing;
using Verification.Verdicts;

namespace Verification.FluentValidation.Tests;

public sealed class VerificationRuleExtensionsTests
{
    private static readonly Claim Dozens = new ClaimBuilder("m4")
        .WithSubject("civilians killed")
        .WithFigure("dozens")
        .WithPlace("al-Jadida, West Mosul, Mosul, Iraq")
        .WithPeriod("2017-03-17")
        .WithSource("Local officials and residents")
        .Build();

    private static readonly Claim Returned = new ClaimBuilder("m2").WithSubject("people returned").WithFigure("70,000").WithSource("UNHCR").Build();

    [Test]
    public async Task MustBeCorroborated_ContestedClaim_FailsWithTheClaimIdVerdictAndReasonAsMessage()
    {
        var verifier = Verifier((Dozens, Contested(Dozens)));
        var rules = new InlineValidator<Draft>();
        rules.RuleForEach(d => d.Claims).MustBeCorroborated(verifier.Object);

        var result = await rules.ValidateAsync(new Draft(Dozens));

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors, Has.Count.EqualTo(1));
        Assert.That(result.Errors[0].ErrorMessage, Is.EqualTo("Claim 'm4' is contested: 'dozens' conflicts with the investigation's 105"));
        Assert.That(result.Errors[0].PropertyName, Is.EqualTo("Claims[0]"));
        Assert.That(result.Errors[0].ErrorCode, Is.EqualTo("MustBeCorroborated"));
        Assert.That(result.Errors[0].AttemptedValue, Is.SameAs(Dozens));
    }

    [Test]
    public async Task MustBeCorroborated_TwoClaims_VerifiesEachOnceAndFailsOnlyTheBadOne()
    {
        var verifier = Verifier((Dozens, Contested(Dozens)), (Returned, Corroborated(Returned)));
        var rules = new InlineValidator<Draft>();
        rules.RuleForEach(d => d.Claims).MustBeCorroborated(verifier.Object);

        var result = await rules.ValidateAsync(new Draft(Returned, Dozens));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Claims[1]" }));
        verifier.Verify(v => v.VerifyClaimAsync(Dozens, null, It.IsAny<CancellationToken>()), Times.Once);
        verifier.Verify(v => v.VerifyClaimAsync(Returned, null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task MustBeCorroborated_UnverifiedClaim_Fails()
    {
        var verifier = Verifier((Returned, Unverified(Returned)));
        var rules = new InlineValidator<Draft>();
        rules.RuleForEach(d => d.Claims).MustBeCorroborated(verifier.Object);

        var result = await rules.ValidateAsync(new Draft(Returned));

        Assert.That(result.Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[] { "Claim 'm2' is unverified: No independent figure for people returned." }));
    }

    [Test]
    public async Task MustNotBeContested_UnverifiedClaim_Passes()
    {
        var verifier = Verifier((Returned, Unverified(Returned)));
        var rules = new InlineValidator<Draft>();
        rules.RuleForEach(d => d.Claims).MustNotBeContested(verifier.Object);

        var result = await rules.ValidateAsync(new Draft(Returned));

        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public async Task MustNotBeContested_ContestedClaim_FailsWithItsErrorCode()
    {
        var verifier = Verifier((Dozens, Contested(Dozens)));
        var rules = new InlineValidator<Draft>();
        rules.RuleForEach(d => d.Claims).MustNotBeContested(verifier.Object);

        var result = await rules.ValidateAsync(new Draft(Dozens));

        Assert.That(result.Errors.Select(e => e.ErrorCode), Is.EqualTo(new[] { "MustNotBeContested" }));
    }

    [Test]
    public async Task MustHaveVerdict_AllowedVerdict_Passes()
    {
        var verifier = Verifier((Dozens, Contested(Dozens)));
        var rules = new InlineValidator<Draft>();
        rules.RuleForEach(d => d.Claims).MustHaveVerdict(verifier.Object, Verdict.Contested, Verdict.Unverified);

        var result = await rules.ValidateAsync(new Draft(Dozens));

        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public void MustHaveVerdict_NoVerdictAllowed_Throws()
    {
        var rules = new InlineValidator<Draft>();
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);

        Assert.That(() => rules.RuleForEach(d => d.Claims).MustHaveVerdict(verifier.Object), Throws.ArgumentException);
    }

    [Test]
    public async Task WithMessage_Placeholders_AreFilledFromTheVerification()
    {
        var verifier = Verifier((Dozens, Contested(Dozens)));
        var rules = new InlineValidator<Draft>();
        rules.RuleForEach(d => d.Claims).MustBeCorroborated(verifier.Object)
            .WithMessage("{ClaimId} is {Verdict}: {Reason} | {Findings}");

        var result = await rules.ValidateAsync(new Draft(Dozens));

        Assert.That(result.Errors[0].ErrorMessage, Is.EqualTo(
            "m4 is contested: 'dozens' conflicts with the investigation's 105 | [FigureAgreement] contradicts: 'dozens' conflicts with the investigation's 105"));
    }

    [Test]
    public async Task MustBeCorroborated_RootIsAReport_VerifiesWithTheReport()
    {
        var report = new ReportBuilder("draft").WithPublished("2017-03-25").WithClaim(Dozens).Build();
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        verifier.Setup(v => v.VerifyClaimAsync(Dozens, report, It.IsAny<CancellationToken>())).ReturnsAsync(Corroborated(Dozens));
        var rules = new InlineValidator<Report>();
        rules.RuleForEach(r => r.Claims).MustBeCorroborated(verifier.Object);

        var result = await rules.ValidateAsync(report);

        Assert.That(result.IsValid, Is.True);
        verifier.Verify(v => v.VerifyClaimAsync(Dozens, report, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task MustBeCorroborated_ClaimBreaksInputRules_FailsListingTheProblems()
    {
        var verifier = TestVerifier.Create(new TestEvidence());
        var bad = new ClaimBuilder("c9").WithSource(" ").Build();
        var rules = new InlineValidator<Draft>();
        rules.RuleForEach(d => d.Claims).MustBeCorroborated(verifier).WithMessage("{Verdict}: {Reason}");

        var result = await rules.ValidateAsync(new Draft(bad));

        Assert.That(result.Errors[0].ErrorMessage, Does.StartWith("invalid: ").And.Contain("'c9'").And.Contain("source"));
    }

    [Test]
    public async Task MustBeCorroborated_ClaimBreaksInputRules_DefaultMessageNamesTheClaim()
    {
        var verifier = TestVerifier.Create(new TestEvidence());
        var bad = new ClaimBuilder("c9").WithSource(" ").Build();
        var rules = new InlineValidator<Draft>();
        rules.RuleForEach(d => d.Claims).MustBeCorroborated(verifier);

        var result = await rules.ValidateAsync(new Draft(bad));

        Assert.That(result.Errors[0].ErrorMessage, Does.StartWith("Claim 'c9' is invalid: "));
    }

    [Test]
    public async Task MustBeCorroborated_NullClaim_Passes()
    {
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        var rules = new InlineValidator<Draft>();
        rules.RuleForEach(d => d.Claims).MustBeCorroborated(verifier.Object);

        var result = await rules.ValidateAsync(new Draft([null!]));

        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public void ValidateAsync_Cancelled_PassesTheTokenToTheVerifier()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        verifier.Setup(v => v.VerifyClaimAsync(Dozens, null, cts.Token)).ThrowsAsync(new OperationCanceledException(cts.Token));
        var rules = new InlineValidator<Draft>();
        rules.RuleForEach(d => d.Claims).MustBeCorroborated(verifier.Object);

        Assert.That(async () => await rules.ValidateAsync(new Draft(Dozens), cts.Token), Throws.Exception.AssignableTo<OperationCanceledException>());
    }

    [Test]
    public void Validate_Synchronously_IsRefusedByFluentValidation()
    {
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        var rules = new InlineValidator<Draft>();
        rules.RuleForEach(d => d.Claims).MustBeCorroborated(verifier.Object);

        Assert.That(() => rules.Validate(new Draft(Dozens)), Throws.TypeOf<AsyncValidatorInvokedSynchronouslyException>());
    }

    [Test]
    public void MustBeCorroborated_NullVerifier_Throws()
    {
        var rules = new InlineValidator<Draft>();

        Assert.That(() => rules.RuleForEach(d => d.Claims).MustBeCorroborated(null!), Throws.ArgumentNullException);
    }

    [Test]
    public async Task MustBeCorroborated_RealEngineOnTheExample_NamesTheConflictingSource()
    {
        var evidence = Path.Combine(AppContext.BaseDirectory, "examples", "mosul-2017", "evidence.json");
        var report = ClaimsFile.Read(Path.Combine(AppContext.BaseDirectory, "examples", "mosul-2017", "claims.json")).Report;
        var rules = new InlineValidator<Report>();
        rules.RuleForEach(r => r.Claims).MustNotBeContested(TestVerifier.FromEvidenceFile(evidence));

        var result = await rules.ValidateAsync(report);

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Claims[3]", "Claims[4]" }));
        Assert.That(result.Errors[0].ErrorMessage, Does.StartWith("Claim 'm4' is contested: ").And.Contain("US military investigation's 105"));
        Assert.That(result.Errors[1].ErrorMessage, Does.StartWith("Claim 'm5' is contested: ").And.Contain("The report itself says Airwars"));
    }

    private static Mock<IClaimVerifier> Verifier(params (Claim Claim, ClaimVerification Result)[] answers)
    {
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        foreach (var (claim, result) in answers)
        {
            verifier.Setup(v => v.VerifyClaimAsync(claim, null, It.IsAny<CancellationToken>())).ReturnsAsync(result);
        }

        return verifier;
    }

    private static ClaimVerification Contested(Claim claim) => ClaimVerification.FromFindings(
        claim, [new Finding("FigureAgreement", FindingOutcome.Contradicts, "'dozens' conflicts with the investigation's 105") { Evidence = ["e5"] }]);

    private static ClaimVerification Corroborated(Claim claim) => ClaimVerification.FromFindings(
        claim, [new Finding("FigureAgreement", FindingOutcome.Supports, "agrees") { Evidence = ["e6"] }]);

    private static ClaimVerification Unverified(Claim claim) => ClaimVerification.FromFindings(
        claim, [new Finding("FigureAgreement", FindingOutcome.Note, "No independent figure for people returned.")]);

    /// <summary>A newsroom's own draft type, holding claims.</summary>
    public sealed record Draft(params IReadOnlyList<Claim> Claims);
}

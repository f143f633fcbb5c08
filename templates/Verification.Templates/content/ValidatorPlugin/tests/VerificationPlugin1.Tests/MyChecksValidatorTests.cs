using Verification.Claims;
using Verification.NUnit;
using Verification.Testing;
using Verification.Verdicts;

namespace VerificationPlugin1.Tests;

/// <summary>The validator run by the engine, as a host runs it: through <c>AddMyChecks</c> or the plugin's entry point,
/// on claims built with Verification.Testing.</summary>
public sealed class MyChecksValidatorTests
{
    private static readonly Claim AtLeast440 = new ClaimBuilder("c1")
        .WithSubject("civilians killed")
        .WithFigure("at least 440")
        .WithPlace("Iraq")
        .WithSource("Airwars")
        .Build();

    [Test]
    public async Task ValidateAsync_FigureWithNoUpperBound_AddsANote()
    {
        var verifier = TestVerifier.Create(new TestEvidence(), v => v.AddMyChecks());

        var result = await verifier.VerifyClaimAsync(AtLeast440);

        Assert.That(Notes(result), Is.EqualTo(new[] { "Airwars's figure has no upper bound (at least 440): no higher figure can contradict it." }));
    }

    [Test]
    public async Task ValidateAsync_ExactFigure_AddsNothing()
    {
        var verifier = TestVerifier.Create(new TestEvidence(), v => v.AddMyChecks());
        var claim = ClaimBuilder.FromClaim(AtLeast440).WithFigure("105").Build();

        var result = await verifier.VerifyClaimAsync(claim);

        Assert.That(Notes(result), Is.Empty);
    }

    [Test]
    public async Task AddMyChecks_OtherSubjectsOnly_LeavesTheClaimAlone()
    {
        var verifier = TestVerifier.Create(new TestEvidence(), v => v.AddMyChecks(o => o.Subjects.Add("people displaced")));

        var result = await verifier.VerifyClaimAsync(AtLeast440);

        Assert.That(Notes(result), Is.Empty);
    }

    [Test]
    public void AddMyChecks_EmptySubject_FailsWhenTheVerifierIsMade()
    {
        var e = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => TestVerifier.Create(new TestEvidence(), v => v.AddMyChecks(o => o.Subjects.Add(" "))));

        Assert.That(e.Failures, Is.EqualTo(new[] { "Subjects must not hold an empty subject." }));
    }

    [Test]
    public async Task Register_ThePluginsEntryPoint_AddsTheValidator()
    {
        var verifier = TestVerifier.Create(new TestEvidence(), v => new MyChecksPlugin().Register(v));

        var result = await verifier.VerifyClaimAsync(AtLeast440);

        Assert.That(Notes(result), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ValidateAsync_ANote_LeavesTheVerdictToTheEvidence()
    {
        var evidence = new TestEvidence().Add(c => c
            .WithId("e1")
            .WithSubject("civilians killed")
            .WithFigure("more than 500")
            .WithPlace("Iraq")
            .WithSource("Iraqi Ministry of Health"));
        var verifier = TestVerifier.Create(evidence, v => v.AddMyChecks());

        await Assert.ThatAsync(() => verifier.VerifyClaimAsync(AtLeast440), Is.Corroborated().By(verifier));
    }

    private static List<string> Notes(ClaimVerification result) =>
        [.. result.Findings.Where(f => f.Validator == "MyChecks").Select(f => f.Message)];
}

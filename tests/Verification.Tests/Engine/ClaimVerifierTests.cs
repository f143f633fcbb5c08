using System.Diagnostics;
using Moq;
using Verification.Claims;
using Verification.Engine;
using Verification.Evidence;
using Verification.Figures;
using Verification.Input;
using Verification.Periods;
using Verification.Places;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Engine;

public sealed class ClaimVerifierTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(200);

    private static Task<ClaimVerification> VerifyOneAsync(Claim claim, IEnumerable<Claim> evidence, Action<VerificationOptions>? configure = null) =>
        Verifiers.BuiltIn(evidence, configure).VerifyClaimAsync(claim);

    private static ClaimVerifier WithValidators(params IClaimValidator[] validators) =>
        Verifiers.With(validators, [], o => o.ValidatorTimeout = Short);

    private static ClaimVerifier WithValidators(IEnumerable<Claim> evidence, params IClaimValidator[] validators) =>
        Verifiers.With([new FigureAgreementValidator(), .. validators], [new InMemoryEvidenceSource(evidence)], o => o.ValidatorTimeout = Short);

    private static Mock<IClaimValidator> StrictValidator() => new(MockBehavior.Strict);

    private static Mock<IEvidenceSource> Source(params Claim[] candidates)
    {
        var source = new Mock<IEvidenceSource>(MockBehavior.Strict);
        source.Setup(s => s.GetDerivationsAsync(It.IsAny<VerificationOptions>(), It.IsAny<CancellationToken>()))
            .Returns(new ValueTask<IReadOnlyList<Claim>>([]));
        source.Setup(s => s.FindCandidatesAsync(It.IsAny<EvidenceQuery>(), It.IsAny<CancellationToken>()))
            .Returns(new ValueTask<IReadOnlyList<Claim>>(candidates));
        return source;
    }

    /// <summary>A validator made of a function.</summary>
    private sealed class FuncValidator(string name, Func<ValidationContext, CancellationToken, ValueTask<IReadOnlyList<Finding>>> validate) : IClaimValidator
    {
        public string Name => name;

        public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) => validate(context, cancellationToken);

        public static FuncValidator Says(FindingOutcome outcome) =>
            new("Desk", (c, _) => new ValueTask<IReadOnlyList<Finding>>([new Finding("Desk", outcome, "the desk says so")]));

        public static FuncValidator NotesClaimIdAfterRandomDelay() =>
            new("Echo", async (c, ct) =>
            {
                await Task.Delay(Random.Shared.Next(3), ct);
                return [new Finding("Echo", FindingOutcome.Note, c.Claim.Id)];
            });

        public static FuncValidator Hangs() =>
            new("Hangs", async (_, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return [];
            });

        public static FuncValidator Blocks(TimeSpan time) =>
            new("Blocks", (_, _) =>
            {
                Thread.Sleep(time);
                return new ValueTask<IReadOnlyList<Finding>>([]);
            });
    }

    // --- verdict rules ---

    [Test]
    public async Task VerifyAsync_IndependentAgreeingEvidence_IsCorroborated()
    {
        var result = await VerifyOneAsync(Claims.Of("c1", "about 270,000"), [Claims.Of("e1", "255,000", source: "IOM")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.Supporting, Is.EqualTo(new[] { "e1" }));
        }
    }

    [Test]
    public async Task VerifyAsync_SourceThatIsNotAnIndex_ReadsASubjectNamingOnlyAKindOfFigureFromItsQuote()
    {
        // "official figure" names no count: what it counts ("the death toll") is read from the quote, by the index and,
        // for a source that returns a plain list, by the validators alike.
        const string quote = "The report estimates the death toll was between 46,000 and 85,000, far below the government's official figure of 316,000.";
        var claim = new Claim("c1", "official figure", Figure.Parse("316,000"), "Haitian government") { Place = Place.Parse("Haiti"), Period = Period.Parse("2010-01-12"), Quote = quote };
        var evidence = new Claim("e1", "death toll", Figure.Parse("between 46,000 and 85,000"), "LTL Strategies") { Place = Place.Parse("Haiti"), Period = Period.Parse("2010-01-12"), Quote = quote };
        var plainList = Source(evidence);

        var fromIndex = await Verifiers.BuiltIn([evidence]).VerifyClaimAsync(claim);
        var fromList = await Verifiers.With([new FigureAgreementValidator()], [plainList.Object]).VerifyClaimAsync(claim);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fromIndex.Verdict, Is.EqualTo(Verdict.Contested));
            Assert.That((fromList.Verdict, fromList.Conflicting), Is.EqualTo((fromIndex.Verdict, fromIndex.Conflicting)));
        }
    }

    [Test]
    public async Task VerifyAsync_AgreeingAndDisagreeingIndependentEvidence_IsContested()
    {
        var evidence = new[] { Claims.Of("e1", "255,000", source: "IOM"), Claims.Of("e2", "61", source: "Iraqi government") };

        var result = await VerifyOneAsync(Claims.Of("c1", "about 270,000"), evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
            Assert.That(result.Conflicting, Is.EqualTo(new[] { "e2" }));
        }
    }

    [Test]
    public async Task VerifyAsync_NoEvidence_IsUnverified()
    {
        var result = await VerifyOneAsync(Claims.Of("c1", "about 270,000"), []);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public async Task VerifyAsync_OnlyEchoesOfTheClaimsOrigin_IsUnverified()
    {
        var evidence = new[] { Claims.Of("e1", "270,000", source: "UNHCR"), Claims.Of("e2", "270,000", source: "Reuters", derivedFrom: ["UNHCR"]) };

        var result = await VerifyOneAsync(Claims.Of("c1", "about 270,000"), evidence);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Echoes, Is.EqualTo(new[] { "e1", "e2" }));
        }
    }

    [Test]
    public async Task VerifyAsync_EchoThroughADerivationStatedByOtherEvidence_IsUnverified()
    {
        var evidence = new[] { Claims.Of("e1", "270,000", source: "AFP"), Claims.Of("d1", figure: null, source: "AFP", derivedFrom: ["UNHCR"]) };

        var result = await VerifyOneAsync(Claims.Of("c1", "about 270,000"), evidence);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public async Task VerifyAsync_DerivationStatedByAnotherClaimOfTheReport_MakesEvidenceAnEcho()
    {
        // The report says the outlet's figure came from UNHCR; the outlet's figure in the evidence is then no independent check.
        var report = Claims.Report(Claims.Of("c1", "about 270,000"), Claims.Of("c2", "270,000", source: "Rudaw", derivedFrom: ["UNHCR"]));
        var verifier = Verifiers.BuiltIn([Claims.Of("e1", "270,000", source: "Rudaw")]);

        var result = await verifier.VerifyAsync(report);

        Assert.That(result.Claims[0].Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public async Task VerifyAsync_OnlyEvidenceNotComparableInTime_IsUnverified()
    {
        var claim = Claims.Of("c1", "340,000", period: "2016-10-17/2017-03-25");

        var result = await VerifyOneAsync(claim, [Claims.Of("e1", "255,708", source: "IOM", period: "2016-10-17/2017-03-03")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.NotComparable, Is.EqualTo(new[] { "e1" }));
        }
    }

    [Test]
    public async Task VerifyAsync_ClaimFlaggedByItsReport_IsContestedDespiteSupport()
    {
        var claim = Claims.Of("c1", "about 270,000", contested: true);

        var result = await VerifyOneAsync(claim, [Claims.Of("e1", "255,000", source: "IOM")]);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
    }

    [Test]
    public async Task VerifyAsync_ValidatorThatContradicts_MakesTheClaimContested()
    {
        var verifier = WithValidators([Claims.Of("e1", "255,000", source: "IOM")], FuncValidator.Says(FindingOutcome.Contradicts));

        var result = await verifier.VerifyClaimAsync(Claims.Of("c1", "about 270,000"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Contested));
    }

    [Test]
    public async Task VerifyAsync_TwoOriginsRequiredAndOneAgrees_IsUnverified()
    {
        var result = await VerifyOneAsync(Claims.Of("c1", "about 270,000"), [Claims.Of("e1", "255,000", source: "IOM")], o => o.MinIndependentOrigins = 2);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public async Task VerifyAsync_TwoOriginsRequiredAndTwoAgree_IsCorroborated()
    {
        var evidence = new[] { Claims.Of("e1", "255,000", source: "IOM"), Claims.Of("e2", "260,000", source: "Iraqi government") };

        var result = await VerifyOneAsync(Claims.Of("c1", "about 270,000"), evidence, o => o.MinIndependentOrigins = 2);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [Test]
    public async Task VerifyAsync_TwoOriginsRequiredAndTwoReportsOfOneOriginAgree_IsUnverified()
    {
        // Reuters relays IOM: two supporting figures, one origin.
        var evidence = new[] { Claims.Of("e1", "255,000", source: "IOM"), Claims.Of("e2", "255,000", source: "Reuters", derivedFrom: ["IOM"]) };

        var result = await VerifyOneAsync(Claims.Of("c1", "about 270,000"), evidence, o => o.MinIndependentOrigins = 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
            Assert.That(result.Supporting, Is.EqualTo(new[] { "e1", "e2" }));
        }
    }

    [Test]
    public async Task VerifyAsync_TwoOriginsRequiredAndSecondReportReachesTheFirstOriginThroughAChain_IsUnverified()
    {
        var evidence = new[]
        {
            Claims.Of("e1", "255,000", source: "IOM"),
            Claims.Of("e2", "255,000", source: "AFP"),
            Claims.Of("d1", figure: null, source: "AFP", derivedFrom: ["Reuters"]),
            Claims.Of("d2", figure: null, source: "Reuters", derivedFrom: ["IOM"]),
        };

        var result = await VerifyOneAsync(Claims.Of("c1", "about 270,000"), evidence, o => o.MinIndependentOrigins = 2);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unverified));
    }

    [Test]
    public async Task VerifyAsync_ReportWithoutClaims_GivesNoResults()
    {
        var result = await Verifiers.BuiltIn([Claims.Of("e1")]).VerifyAsync(Claims.Report());

        Assert.That(result.Claims, Is.Empty);
    }

    [Test]
    public async Task VerifyAsync_Report_GivesOneResultPerClaimAndTheReport()
    {
        var report = Claims.Report(Claims.Of("c1"), Claims.Of("c2"));

        var result = await Verifiers.BuiltIn([]).VerifyAsync(report);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Report, Is.SameAs(report));
            Assert.That(result.Claims.Select(c => c.Claim), Is.EqualTo(report.Claims));
        }
    }

    // --- input rules ---

    [Test]
    public async Task VerifyAsync_InvalidReport_IsRejectedBeforeAnyValidatorOrSourceRuns()
    {
        var validator = StrictValidator();
        var source = new Mock<IEvidenceSource>(MockBehavior.Strict);
        var verifier = Verifiers.With([validator.Object], [source.Object]);
        var report = Claims.Report(Claims.Of("c1"), Claims.Of("c2", source: ""));

        await Assert.ThatAsync(() => verifier.VerifyAsync(report), Throws.TypeOf<InvalidClaimsException>());

        validator.Verify(v => v.ValidateAsync(It.IsAny<ValidationContext>(), It.IsAny<CancellationToken>()), Times.Never);
        source.VerifyNoOtherCalls();
    }

    [Test]
    public async Task VerifyAsync_InvalidReport_ListsEveryProblem()
    {
        var report = Claims.Report(Claims.Of("c1", subject: ""), Claims.Of("c1"), Claims.Of("c3", period: "2017-04"));

        var e = await Assert.ThrowsAsync<InvalidClaimsException>(() => Verifiers.BuiltIn([]).VerifyAsync(report));

        Assert.That(e!.Problems.Select(p => (p.ClaimId, p.Code)), Is.EqualTo(new[]
        {
            ((string?)"c1", "subject-missing"),
            ("c1", "id-duplicate"),
            ("c3", "period-after-publication"),
        }));
    }

    // --- validators that apply to some claims ---

    [Test]
    public async Task VerifyAsync_ValidatorNotApplyingToAClaim_IsNotCalledForIt()
    {
        var validator = new Mock<ISelectiveValidator>();
        validator.Setup(v => v.Name).Returns("Selective");
        validator.Setup(v => v.AppliesTo(It.IsAny<Claim>(), It.IsAny<VerificationOptions>())).Returns((Claim c, VerificationOptions _) => c.Id == "c2");
        validator.Setup(v => v.ValidateAsync(It.IsAny<ValidationContext>(), It.IsAny<CancellationToken>())).ReturnsAsync([new Finding("Selective", FindingOutcome.Note, "seen")]);

        var result = await WithValidators(validator.Object).VerifyAsync(Claims.Report(Claims.Of("c1"), Claims.Of("c2")));

        Assert.That(result.Claims.Select(c => c.Findings.Count(f => f.Validator == "Selective")), Is.EqualTo(new[] { 0, 1 }));
        validator.Verify(v => v.ValidateAsync(It.Is<ValidationContext>(x => x.Claim.Id == "c1"), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task VerifyAsync_AppliesToThrows_GivesAnErrorFindingAndTheRunGoesOn()
    {
        var validator = new Mock<ISelectiveValidator>();
        validator.Setup(v => v.Name).Returns("Selective");
        validator.Setup(v => v.AppliesTo(It.IsAny<Claim>(), It.IsAny<VerificationOptions>())).Throws(new InvalidOperationException("no table"));

        var result = await WithValidators(validator.Object).VerifyClaimAsync(Claims.Of("c1"));

        Assert.That(result.Findings, Has.Exactly(1).Matches<Finding>(f => f is { Validator: "Selective", Outcome: FindingOutcome.Error, Code: FindingCodes.ValidatorFailed } && f.Message.Contains("no table", StringComparison.Ordinal)));
        validator.Verify(v => v.ValidateAsync(It.IsAny<ValidationContext>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    // --- validators that fail ---

    [Test]
    public async Task VerifyAsync_ValidatorThrows_GivesAnErrorFindingWithTheMessage()
    {
        var validator = StrictValidator();
        validator.Setup(v => v.Name).Returns("Broken");
        validator.Setup(v => v.ValidateAsync(It.IsAny<ValidationContext>(), It.IsAny<CancellationToken>())).Throws(new InvalidOperationException("the archive is offline"));

        var result = await WithValidators(validator.Object).VerifyClaimAsync(Claims.Of("c1"));

        Assert.That(result.Findings, Has.Exactly(1).Matches<Finding>(f => f is { Validator: "Broken", Outcome: FindingOutcome.Error } && f.Message.Contains("the archive is offline", StringComparison.Ordinal)));
    }

    [Test]
    public async Task VerifyAsync_ValidatorThrows_ErrorFindingHasTheFailedCodeAndErrorSeverity()
    {
        var validator = StrictValidator();
        validator.Setup(v => v.Name).Returns("Broken");
        validator.Setup(v => v.ValidateAsync(It.IsAny<ValidationContext>(), It.IsAny<CancellationToken>())).Throws(new InvalidOperationException("boom"));

        var result = await WithValidators(validator.Object).VerifyClaimAsync(Claims.Of("c1"));

        Assert.That(result.Findings.Single(), Has.Property(nameof(Finding.Code)).EqualTo(FindingCodes.ValidatorFailed)
            .And.Property(nameof(Finding.Severity)).EqualTo(FindingSeverity.Error));
    }

    [Test]
    public async Task VerifyAsync_ValidatorFaultsAsynchronously_GivesAnErrorFinding()
    {
        var failing = new FuncValidator("Broken", async (_, _) =>
        {
            await Task.Yield();
            throw new InvalidOperationException("the archive is offline");
        });

        var result = await WithValidators(failing).VerifyClaimAsync(Claims.Of("c1"));

        Assert.That(result.Findings, Has.Exactly(1).Matches<Finding>(f => f is { Validator: "Broken", Outcome: FindingOutcome.Error } && f.Message.Contains("the archive is offline", StringComparison.Ordinal)));
    }

    [Test]
    public async Task VerifyAsync_ValidatorThrows_OtherFindingsAndVerdictStand()
    {
        var validator = StrictValidator();
        validator.Setup(v => v.Name).Returns("Broken");
        validator.Setup(v => v.ValidateAsync(It.IsAny<ValidationContext>(), It.IsAny<CancellationToken>())).Throws(new InvalidOperationException("boom"));
        var verifier = WithValidators([Claims.Of("e1", "255,000", source: "IOM")], validator.Object);

        var result = await verifier.VerifyClaimAsync(Claims.Of("c1", "about 270,000"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.Findings.Select(f => f.Outcome), Is.EqualTo(new[] { FindingOutcome.Supports, FindingOutcome.Error }));
        }
    }

    [Test]
    public async Task VerifyAsync_PluginFindingsHoldANull_GiveAnErrorFindingNamingTheValidatorAndTheRunGoesOn()
    {
        var careless = new FuncValidator("Careless", (c, _) => new ValueTask<IReadOnlyList<Finding>>([new Finding("Careless", FindingOutcome.Note, c.Claim.Id), null!]));
        var verifier = WithValidators([Claims.Of("e1", "255,000", source: "IOM")], careless);

        var result = await verifier.VerifyAsync(Claims.Report(Claims.Of("c1", "about 270,000"), Claims.Of("c2", "about 270,000")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Claims.Select(c => c.Verdict), Is.All.EqualTo(Verdict.Corroborated));
            Assert.That(result.Claims[1].Findings.Select(f => (f.Validator, f.Outcome)), Is.EqualTo(new[] { ("FigureAgreement", FindingOutcome.Supports), ("Careless", FindingOutcome.Note), ("Careless", FindingOutcome.Error) }));
            Assert.That(result.Claims[1].Findings[^1].Message, Is.EqualTo("The validator returned null in place of a finding (item 2 of 2); that item is left out."));
        }
    }

    [Test]
    public async Task VerifyAsync_ValidatorThatNeverFinishes_GivesATimeoutErrorFinding()
    {
        var result = await WithValidators(FuncValidator.Hangs()).VerifyClaimAsync(Claims.Of("c1"));

        Assert.That(result.Findings, Has.Exactly(1).Matches<Finding>(f => f is { Validator: "Hangs", Outcome: FindingOutcome.Error } && f.Message.Contains("did not finish within 0.2 s", StringComparison.Ordinal)));
        Assert.That(result.Findings.Single().Code, Is.EqualTo(FindingCodes.ValidatorTimedOut));
    }

    [Test]
    public async Task VerifyAsync_ValidatorThatBlocksItsThread_GivesATimeoutErrorFindingWithoutWaiting()
    {
        var verifier = WithValidators(FuncValidator.Blocks(TimeSpan.FromSeconds(5)));
        var clock = Stopwatch.StartNew();

        var result = await verifier.VerifyClaimAsync(Claims.Of("c1"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Findings, Has.Exactly(1).Matches<Finding>(f => f is { Validator: "Blocks", Outcome: FindingOutcome.Error } && f.Message.Contains("did not finish within 0.2 s", StringComparison.Ordinal)));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(4)));
        }
    }

    [Test]
    public async Task VerifyAsync_ValidatorTimesOut_OtherFindingsAndVerdictStand()
    {
        var verifier = WithValidators([Claims.Of("e1", "255,000", source: "IOM")], FuncValidator.Hangs());

        var result = await verifier.VerifyClaimAsync(Claims.Of("c1", "about 270,000"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
    }

    [Test]
    public async Task VerifyAsync_ValidatorHangsOnEveryClaim_RunCompletesWithAnErrorForEach()
    {
        var verifier = Verifiers.With([FuncValidator.Hangs()], [], o => (o.ValidatorTimeout, o.MaxDegreeOfParallelism) = (Short, 4));

        var result = await verifier.VerifyAsync(Claims.Report(Claims.Many(8)));

        Assert.That(result.Claims.Select(c => c.Findings.Single().Outcome), Is.All.EqualTo(FindingOutcome.Error));
    }

    [Test]
    public async Task VerifyAsync_ValidatorThatSpinsIgnoringItsToken_IsCutOffAndTheRunEndsInTime()
    {
        using var release = new CancellationTokenSource();
        var spins = new FuncValidator("Spins", (_, _) =>
        {
            // Busy, never awaiting, deaf to its token: only the end of the test lets its threads go.
            while (!release.IsCancellationRequested)
            {
                Thread.SpinWait(1_000);
            }

            return new ValueTask<IReadOnlyList<Finding>>([]);
        });
        var verifier = Verifiers.With([new FigureAgreementValidator(), spins], [new InMemoryEvidenceSource([Claims.Of("e1", "255,000", source: "IOM")])], o => (o.ValidatorTimeout, o.MaxDegreeOfParallelism) = (Short, 2));
        var claims = Enumerable.Range(0, 100).Select(i => Claims.Of("c" + i, "about 270,000")).ToArray();
        var clock = Stopwatch.StartNew();

        try
        {
            // Were the validator not cut off, its threads would starve the run: the test fails instead of hanging.
            var verification = verifier.VerifyAsync(Claims.Report(claims));
            Assert.That(await Task.WhenAny(verification, Task.Delay(TimeSpan.FromSeconds(60))), Is.SameAs(verification), "the run did not end within 60 s");
            var result = await verification;

            using (Assert.EnterMultipleScope())
            {
                Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
                Assert.That(result.Claims.Select(c => c.Verdict), Is.All.EqualTo(Verdict.Corroborated));
                Assert.That(result.Claims.Select(c => c.Findings.Single(f => f.Validator == "Spins").Outcome), Is.All.EqualTo(FindingOutcome.Error));
                Assert.That(result.Claims.Count(c => c.Findings.Any(f => f.Message.StartsWith("The validator was cut off for the rest of the run", StringComparison.Ordinal))), Is.GreaterThanOrEqualTo(90));
            }
        }
        finally
        {
            await release.CancelAsync();
        }
    }

    // --- cancellation ---

    [Test]
    public async Task VerifyAsync_CancelledToken_ThrowsOperationCanceled()
    {
        var verifier = Verifiers.BuiltIn([Claims.Of("e1")]);

        await Assert.ThatAsync(() => verifier.VerifyAsync(Claims.Report(Claims.Of("c1")), new CancellationToken(true)), Throws.Exception.AssignableTo<OperationCanceledException>());
    }

    [Test]
    public async Task VerifyAsync_CancelledWhileAValidatorRuns_ThrowsOperationCanceledRatherThanAnError()
    {
        var verifier = Verifiers.With([FuncValidator.Hangs()], [], o => o.ValidatorTimeout = TimeSpan.FromMinutes(1));
        using var cancel = new CancellationTokenSource(Short);

        await Assert.ThatAsync(() => verifier.VerifyAsync(Claims.Report(Claims.Of("c1")), cancel.Token), Throws.Exception.AssignableTo<OperationCanceledException>());
    }

    [Test]
    public async Task VerifyAllAsync_CancelledToken_ThrowsOperationCanceled()
    {
        var verifier = Verifiers.BuiltIn([]);

        await Assert.ThatAsync(() => verifier.VerifyAllAsync(AsyncData.Stream(Claims.Many(3)), new CancellationToken(true)).CollectAsync(), Throws.Exception.AssignableTo<OperationCanceledException>());
    }

    // --- order and parallelism ---

    [Test]
    public async Task VerifyAsync_ManyClaimsInParallel_KeepsInputOrder()
    {
        var claims = Claims.Many(500);
        var verifier = Verifiers.With([FuncValidator.NotesClaimIdAfterRandomDelay()], [], o => o.MaxDegreeOfParallelism = 8);

        var result = await verifier.VerifyAsync(Claims.Report(claims));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Claims.Select(c => c.Claim.Id), Is.EqualTo(claims.Select(c => c.Id)));
            Assert.That(result.Claims.Select(c => c.Findings.Single().Message), Is.EqualTo(claims.Select(c => c.Id)));
        }
    }

    [TestCase(8)]
    [TestCase(256)]
    public async Task VerifyAsync_SlowValidator_RunsClaimsConcurrentlyUpToTheLimit(int claims)
    {
        var running = 0;
        var most = 0;
        var probe = new FuncValidator("Probe", async (_, ct) =>
        {
            InterlockedMax(ref most, Interlocked.Increment(ref running));
            await Task.Delay(20, ct);
            Interlocked.Decrement(ref running);
            return [];
        });
        var verifier = Verifiers.With([probe], [], o => o.MaxDegreeOfParallelism = 4);

        await verifier.VerifyAsync(Claims.Report(Claims.Many(claims)));

        Assert.That(most, Is.InRange(2, 4));
    }

    [Test]
    public async Task VerifyAsync_LargestParallelismAllowed_VerifiesEveryClaim()
    {
        var verifier = Verifiers.With([FuncValidator.NotesClaimIdAfterRandomDelay()], [], o => o.MaxDegreeOfParallelism = int.MaxValue);

        var result = await verifier.VerifyAsync(Claims.Report(Claims.Many(20)));

        Assert.That(result.Claims.Select(c => c.Findings.Single().Message), Is.EqualTo(Claims.Many(20).Select(c => c.Id)));
    }

    [Test]
    public async Task VerifyAllAsync_LargestParallelismAllowed_VerifiesEveryClaim()
    {
        var verifier = Verifiers.With([FuncValidator.NotesClaimIdAfterRandomDelay()], [], o => o.MaxDegreeOfParallelism = int.MaxValue);

        var results = await verifier.VerifyAllAsync(AsyncData.Stream(Claims.Many(20))).CollectAsync();

        Assert.That(results.Select(c => c.Findings.Single().Message), Is.EqualTo(Claims.Many(20).Select(c => c.Id)));
    }

    [Test]
    public async Task VerifyAllAsync_Stream_YieldsResultsInInputOrder()
    {
        var claims = Claims.Many(200);
        var verifier = Verifiers.With([FuncValidator.NotesClaimIdAfterRandomDelay()], [], o => o.MaxDegreeOfParallelism = 4);

        var results = await verifier.VerifyAllAsync(AsyncData.Stream(claims)).CollectAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Select(c => c.Claim.Id), Is.EqualTo(claims.Select(c => c.Id)));
            Assert.That(results.Select(c => c.Findings.Single().Message), Is.EqualTo(claims.Select(c => c.Id)));
        }
    }

    [Test]
    public async Task VerifyAllAsync_Stream_AppliesTheVerdictRules()
    {
        var verifier = Verifiers.BuiltIn([Claims.Of("e1", "255,000", source: "IOM")]);

        var results = await verifier.VerifyAllAsync(AsyncData.Stream([Claims.Of("c1", "about 270,000"), Claims.Of("c2", "61")])).CollectAsync();

        Assert.That(results.Select(r => r.Verdict), Is.EqualTo(new[] { Verdict.Corroborated, Verdict.Contested }));
    }

    [Test]
    public async Task VerifyAllAsync_InvalidClaim_ThrowsAfterYieldingTheResultsBeforeIt()
    {
        var verifier = Verifiers.BuiltIn([]);
        var results = new List<ClaimVerification>();

        await Assert.ThatAsync(
            async () =>
            {
                await foreach (var result in verifier.VerifyAllAsync(AsyncData.Stream([Claims.Of("c1"), Claims.Of("c2"), Claims.Of("c3", subject: ""), Claims.Of("c4")])))
                {
                    results.Add(result);
                }
            },
            Throws.TypeOf<InvalidClaimsException>().With.Property(nameof(InvalidClaimsException.Problems)).Exactly(1).Property(nameof(ClaimProblem.Code)).EqualTo("subject-missing"));

        Assert.That(results.Select(r => r.Claim.Id), Is.EqualTo(new[] { "c1", "c2" }));
    }

    [Test]
    public async Task VerifyAllAsync_RepeatedId_IsIdDuplicate()
    {
        var verifier = Verifiers.BuiltIn([]);

        var e = await Assert.ThrowsAsync<InvalidClaimsException>(() => verifier.VerifyAllAsync(AsyncData.Stream([Claims.Of("c1"), Claims.Of("c2"), Claims.Of("c1")])).CollectAsync());

        Assert.That(e!.Problems.Select(p => (p.ClaimId, p.Code)), Is.EqualTo(new[] { ((string?)"c1", "id-duplicate") }));
    }

    [Test]
    public async Task VerifyAllAsync_RepeatedId_NamesThePositionAsAClaimsFileDoes()
    {
        var verifier = Verifiers.BuiltIn([]);

        var e = await Assert.ThrowsAsync<InvalidClaimsException>(() => verifier.VerifyAllAsync(AsyncData.Stream([Claims.Of("c1"), Claims.Of("c2"), Claims.Of("c1")])).CollectAsync());

        var problem = e!.Problems.Single();
        Assert.That(problem.Message, Does.StartWith("claim 3 (id 'c1'), field 'id': "));
        Assert.That(problem.Position, Is.EqualTo(2));
    }

    [Test]
    public async Task VerifyAllAsync_ClaimWithoutId_IsLabelledByItsPositionInTheStream()
    {
        var verifier = Verifiers.BuiltIn([]);

        var e = await Assert.ThrowsAsync<InvalidClaimsException>(() => verifier.VerifyAllAsync(AsyncData.Stream([Claims.Of("c1"), Claims.Of("c2"), Claims.Of("")])).CollectAsync());

        Assert.That(e!.Problems.Select(p => (p.ClaimId, p.Code)), Is.EqualTo(new[] { ((string?)"#3", "id-missing") }));
    }

    // --- one claim ---

    [Test]
    public async Task VerifyClaimAsync_InvalidClaim_ThrowsWithItsProblems()
    {
        var e = await Assert.ThrowsAsync<InvalidClaimsException>(() => Verifiers.BuiltIn([]).VerifyClaimAsync(Claims.Of("c1", source: " ")));

        Assert.That(e!.Problems.Select(p => p.Code), Is.EqualTo(new[] { "source-missing" }));
    }

    [Test]
    public async Task VerifyClaimAsync_WithReport_ChecksThePeriodAgainstPublication()
    {
        var claim = Claims.Of("c1", period: "2017-04-01");

        await Assert.ThatAsync(() => Verifiers.BuiltIn([]).VerifyClaimAsync(claim, Claims.Report()), Throws.TypeOf<InvalidClaimsException>());
    }

    [Test]
    public async Task VerifyClaimAsync_WithoutReport_HasNoPublicationDateToCheck()
    {
        var result = await Verifiers.BuiltIn([]).VerifyClaimAsync(Claims.Of("c1", period: "2017-04-01"));

        Assert.That(result.Claim.Id, Is.EqualTo("c1"));
    }

    [Test]
    public async Task VerifyClaimAsync_GivesTheReportToValidators()
    {
        Report? seen = null;
        var validator = new FuncValidator("Spy", (c, _) =>
        {
            seen = c.Report;
            return new ValueTask<IReadOnlyList<Finding>>([]);
        });
        var report = Claims.Report();

        await WithValidators(validator).VerifyClaimAsync(Claims.Of("c1"), report);

        Assert.That(seen, Is.SameAs(report));
    }

    // --- evidence sources ---

    [Test]
    public async Task VerifyAsync_CandidatesFromAMockSource_AreCompared()
    {
        var source = Source(Claims.Of("e1", "255,000", source: "IOM"));
        var verifier = Verifiers.With([new FigureAgreementValidator()], [source.Object]);

        var result = await verifier.VerifyClaimAsync(Claims.Of("c1", "about 270,000"));

        Assert.That(result.Supporting, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public async Task VerifyAsync_Source_IsAskedForTheClaimsSubjectPlaceAndPeriod()
    {
        var source = Source();
        var claim = Claims.Of("c1", "about 270,000", subject: "IDPs", place: "West Mosul, Mosul, Iraq", period: "2017-03");
        var verifier = Verifiers.With([new FigureAgreementValidator()], [source.Object]);

        await verifier.VerifyClaimAsync(claim);

        source.Verify(s => s.FindCandidatesAsync(It.Is<EvidenceQuery>(q => q.Subject == claim.Subject && q.Place == claim.Place && q.Period == claim.Period), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task VerifyAsync_ManyClaims_AsksEachSourceForDerivationsOnce()
    {
        var source = Source();
        var verifier = Verifiers.With([new FigureAgreementValidator()], [source.Object]);

        await verifier.VerifyAsync(Claims.Report(Claims.Many(10)));

        using (Assert.EnterMultipleScope())
        {
            source.Verify(s => s.GetDerivationsAsync(It.IsAny<VerificationOptions>(), It.IsAny<CancellationToken>()), Times.Once);
            source.Verify(s => s.FindCandidatesAsync(It.IsAny<EvidenceQuery>(), It.IsAny<CancellationToken>()), Times.Exactly(10));
        }
    }

    [Test]
    public async Task VerifyAsync_DerivationsFromASource_MakeItsEvidenceAnEcho()
    {
        var source = Source(Claims.Of("e1", "270,000", source: "AFP"));
        source.Setup(s => s.GetDerivationsAsync(It.IsAny<VerificationOptions>(), It.IsAny<CancellationToken>()))
            .Returns(new ValueTask<IReadOnlyList<Claim>>([Claims.Of("d1", figure: null, source: "AFP", derivedFrom: ["UNHCR"])]));
        var verifier = Verifiers.With([new FigureAgreementValidator()], [source.Object]);

        var result = await verifier.VerifyClaimAsync(Claims.Of("c1", "about 270,000"));

        Assert.That(result.Echoes, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public async Task VerifyAsync_SourceWithInvalidInput_FailsBeforeVerificationWithItsProblems()
    {
        var problems = new[] { new ClaimProblem("e3", "figure", "figure-inverted", "claim 'e3', field 'figure': low (141) is greater than high (105).") };
        var source = new Mock<IEvidenceSource>(MockBehavior.Strict);
        source.Setup(s => s.GetDerivationsAsync(It.IsAny<VerificationOptions>(), It.IsAny<CancellationToken>())).Throws(new InvalidClaimsException(problems, "evidence.json"));
        var validator = StrictValidator();
        var verifier = Verifiers.With([validator.Object], [source.Object]);

        var e = await Assert.ThrowsAsync<InvalidClaimsException>(() => verifier.VerifyAsync(Claims.Report(Claims.Of("c1"))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(e!.Problems, Is.EqualTo(problems));
            validator.Verify(v => v.ValidateAsync(It.IsAny<ValidationContext>(), It.IsAny<CancellationToken>()), Times.Never);
            source.Verify(s => s.FindCandidatesAsync(It.IsAny<EvidenceQuery>(), It.IsAny<CancellationToken>()), Times.Never);
        }
    }

    [Test]
    public async Task VerifyAsync_SourceWithInvalidInput_NamesTheFailingInput()
    {
        var source = new Mock<IEvidenceSource>(MockBehavior.Strict);
        source.Setup(s => s.GetDerivationsAsync(It.IsAny<VerificationOptions>(), It.IsAny<CancellationToken>()))
            .Throws(new InvalidClaimsException([new ClaimProblem("e1", "source", "source-missing", "claim 'e1', field 'source': it is empty.")], "airwars.json"));
        var verifier = Verifiers.With([], [new InMemoryEvidenceSource([]), source.Object]);

        var e = await Assert.ThrowsAsync<InvalidClaimsException>(() => verifier.VerifyAsync(Claims.Report(Claims.Of("c1"))));

        Assert.That(e!.Message, Does.Contain("airwars.json"));
    }

    [Test]
    public async Task VerifyAsync_SeveralSourcesWithInvalidInput_ListsEveryProblem()
    {
        Mock<IEvidenceSource> Failing(string id)
        {
            var source = new Mock<IEvidenceSource>(MockBehavior.Strict);
            source.Setup(s => s.GetDerivationsAsync(It.IsAny<VerificationOptions>(), It.IsAny<CancellationToken>()))
                .Throws(new InvalidClaimsException([new ClaimProblem(id, "source", "source-missing", id)]));
            return source;
        }

        var verifier = Verifiers.With([], [Failing("e1").Object, Failing("f1").Object]);

        var e = await Assert.ThrowsAsync<InvalidClaimsException>(() => verifier.VerifyAsync(Claims.Report(Claims.Of("c1"))));

        Assert.That(e!.Problems.Select(p => p.ClaimId), Is.EqualTo(new[] { "e1", "f1" }));
    }

    [Test]
    public async Task VerifyAsync_EvidenceFromSeveralSources_IsMerged()
    {
        var verifier = Verifiers.With(
            [new FigureAgreementValidator()],
            [new InMemoryEvidenceSource([Claims.Of("e1", "255,000", source: "IOM")]), new InMemoryEvidenceSource([Claims.Of("f1", "260,000", source: "Iraqi government")])],
            o => o.MinIndependentOrigins = 2);

        var result = await verifier.VerifyClaimAsync(Claims.Of("c1", "about 270,000"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Supporting, Is.EqualTo(new[] { "e1", "f1" }));
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
        }
    }

    [Test]
    public void Validators_AreKeptInTheOrderGiven()
    {
        IClaimValidator[] validators = [new PartWholeValidator(), new FigureAgreementValidator()];

        var verifier = Verifiers.With(validators, []);

        Assert.That(verifier.Validators, Is.EqualTo(validators));
    }

    [Test]
    public async Task VerifyAsync_Findings_FollowTheValidatorOrder()
    {
        var verifier = WithValidators(FuncValidator.Says(FindingOutcome.Note), new FuncValidator("Second", (_, _) => new ValueTask<IReadOnlyList<Finding>>([new Finding("Second", FindingOutcome.Note, "second")])));

        var result = await verifier.VerifyClaimAsync(Claims.Of("c1"));

        Assert.That(result.Findings.Select(f => f.Validator), Is.EqualTo(new[] { "Desk", "Second" }));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    // --- what a source returns is checked ---

    [Test]
    public async Task VerifyClaim_SourceReturningEveryRow_OnlyComparableEvidenceCounts()
    {
        // A custom source that ignores the query: a count of buildings must not contest a death toll.
        var source = Source(
            Claims.Of("e1", "more than 160,000", "UN-Habitat", "buildings destroyed", period: "2017-03-17"),
            Claims.Of("e2", "about 100", "Airwars", "civilian deaths", period: "2017-03-17"),
            Claims.Of("e3", "9,000", "Ministry", "civilians killed", place: "Raqqa, Syria", period: "2017-03-17"));
        var verifier = Verifiers.With([new FigureAgreementValidator(), new PartWholeValidator()], [source.Object]);

        var result = await verifier.VerifyClaimAsync(Claims.Of("c1", "105", subject: "civilians killed", period: "2017-03-17"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.Findings.SelectMany(f => f.Evidence), Has.None.EqualTo("e1").And.None.EqualTo("e3"));
        }
    }
}

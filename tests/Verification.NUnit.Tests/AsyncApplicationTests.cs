using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Moq;
using Verification.Engine;
using Verification.Verdicts;

namespace Verification.NUnit.Tests;

/// <summary>How the constraints wait for a verification: awaited under Assert.ThatAsync, and without deadlock under
/// Assert.That.</summary>
public sealed class AsyncApplicationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Test]
    public async Task ApplyToAsync_ClaimWithVerifier_ReturnsBeforeTheVerificationCompletes()
    {
        var claim = Mosul.AlJadidaDozens();
        var pending = new TaskCompletionSource<ClaimVerification>(TaskCreationOptions.RunContinuationsAsynchronously);
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        verifier.Setup(v => v.VerifyClaimAsync(claim, null, It.IsAny<CancellationToken>())).Returns(pending.Task);
        var constraint = Is.Contested().By(verifier.Object);
        try
        {
            // The call runs on its own thread: a constraint that waited for the verification would never return.
            var call = Task.Factory.StartNew(
                () => constraint.ApplyToAsync(() => Task.FromResult(claim)), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

            Assert.That(call.Wait(Patience), Is.True, "ApplyToAsync waited for the verification instead of returning a task");
            var applying = call.Result;
            Assert.That(applying.IsCompleted, Is.False);

            pending.SetResult(Mosul.ContestedResult());

            Assert.That((await applying).IsSuccess, Is.True);
        }
        finally
        {
            pending.TrySetResult(Mosul.ContestedResult());
        }
    }

    [Test]
    public async Task ThatAsync_ClaimWithVerifier_AwaitsTheVerification()
    {
        var claim = Mosul.AlJadidaDozens();
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        verifier.Setup(v => v.VerifyClaimAsync(claim, null, It.IsAny<CancellationToken>())).Returns(async () =>
        {
            await Task.Yield();
            return Mosul.ContestedResult();
        });

        await Assert.ThatAsync(() => Task.FromResult(claim), Is.Contested().By(verifier.Object));
    }

    [Test]
    public async Task ThatAsync_ReportWithVerifier_AwaitsTheVerification()
    {
        var report = new Verification.Testing.ReportBuilder("draft").WithClaim(Mosul.AlJadidaDozens()).Build();
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        verifier.Setup(v => v.VerifyAsync(report, It.IsAny<CancellationToken>())).Returns(async () =>
        {
            await Task.Yield();
            return new ReportVerification(report, [Mosul.CorroboratedResult()]);
        });

        await Assert.ThatAsync(() => Task.FromResult(report), Has.NoContestedClaims().By(verifier.Object));
    }

    [Test]
    public void ThatAsync_ReportWithAContestedClaim_FailsListingIt()
    {
        var report = new Verification.Testing.ReportBuilder("draft").WithClaim(Mosul.AlJadidaDozens()).Build();
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        verifier.Setup(v => v.VerifyAsync(report, It.IsAny<CancellationToken>())).ReturnsAsync(new ReportVerification(report, [Mosul.ContestedResult()]));

        Assert.That(async () => await Assert.ThatAsync(() => Task.FromResult(report), Has.NoContestedClaims().By(verifier.Object)),
            Throws.TypeOf<AssertionException>().With.Message.Contains("1 of 1 claims is contested: m4"));
    }

    [Test]
    public void ApplyTo_ValidatorResumingOnTheTestsContext_DoesNotDeadlock()
    {
        var claim = Mosul.AlJadidaDozens();
        var verifier = new Mock<IClaimVerifier>(MockBehavior.Strict);
        verifier.Setup(v => v.VerifyClaimAsync(claim, null, It.IsAny<CancellationToken>())).Returns(async () =>
        {
            await Task.Yield(); // resumes on the synchronization context current when the verification started
            return Mosul.ContestedResult();
        });
        var constraint = Is.Contested().By(verifier.Object);
        bool? succeeded = null;

        // A context that runs nothing while the thread is busy, as a single-threaded test or UI context does.
        var thread = new Thread(() =>
        {
            SynchronizationContext.SetSynchronizationContext(new QueueingContext());
            succeeded = constraint.ApplyTo(claim).IsSuccess;
        })
        { IsBackground = true };
        thread.Start();

        Assert.That(thread.Join(Patience), Is.True, "the assertion waited for a continuation queued on its own thread");
        Assert.That(succeeded, Is.True);
    }

    [Test]
    public void Assembly_Constraints_UseNoInternalNUnitType()
    {
        using var stream = File.OpenRead(typeof(VerdictConstraint).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        var internalTypes = metadata.TypeReferences
            .Select(metadata.GetTypeReference)
            .Where(t => metadata.GetString(t.Namespace).StartsWith("NUnit.Framework.Internal", StringComparison.Ordinal))
            .Select(t => metadata.GetString(t.Name))
            .ToHashSet();

        // NUnit's test-builder extension point (ITestBuilder), which ClaimsFileSourceAttribute implements, is declared
        // with these types; nothing else may come from NUnit's internals.
        Assert.That(internalTypes, Is.SubsetOf(new[] { "Test", "TestMethod", "NUnitTestCaseBuilder", "TestCaseParameters" }));
    }

    /// <summary>Queues posted work and never runs it.</summary>
    private sealed class QueueingContext : SynchronizationContext
    {
        private readonly List<(SendOrPostCallback Callback, object? State)> _queued = [];

        public override void Post(SendOrPostCallback d, object? state)
        {
            lock (_queued)
            {
                _queued.Add((d, state));
            }
        }
    }
}

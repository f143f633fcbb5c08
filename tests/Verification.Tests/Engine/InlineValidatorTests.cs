namespace Verification.Tests.Engine;

/// <summary>The engine runs a validator inline when it says it never blocks (<see cref="IInlineValidator"/>), whatever
/// assembly it comes from, and guards every other under the timeout.</summary>
public sealed class InlineValidatorTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(50);

    [Test]
    public async Task VerifyClaimAsync_InlineValidatorSlowerThanTheTimeout_IsNotTimedOut()
    {
        // Run inline, nothing times it: its finding stands.
        var verifier = Verifiers.With([NewSlow(inline: true)], [], o => o.ValidatorTimeout = Short);

        var result = await verifier.VerifyClaimAsync(Claims.Of("c1"));

        Assert.That(result.Findings.Select(f => f.Code), Is.EqualTo(new[] { "slow-done" }));
    }

    [Test]
    public async Task VerifyClaimAsync_OtherValidatorSlowerThanTheTimeout_IsTimedOut()
    {
        var verifier = Verifiers.With([NewSlow(inline: false)], [], o => o.ValidatorTimeout = Short);

        var result = await verifier.VerifyClaimAsync(Claims.Of("c1"));

        Assert.That(result.Findings.Select(f => f.Code), Is.EqualTo(new[] { FindingCodes.ValidatorTimedOut }));
    }

    [Test]
    public async Task VerifyClaimAsync_InlineValidatorReturnsNullEntry_GetsAnErrorFindingInItsPlace()
    {
        var verifier = Verifiers.With([new ReturnsNullEntry()], []);

        var result = await verifier.VerifyClaimAsync(Claims.Of("c1"));

        Assert.That(result.Findings.Select(f => (f.Outcome, f.Code)), Is.EqualTo(new[] { (FindingOutcome.Note, (string?)"note"), (FindingOutcome.Error, FindingCodes.ValidatorFailed) }));
    }

    private static IClaimValidator NewSlow(bool inline) => inline ? new SlowInline() : new SlowGuarded();

    // Takes four times the timeout, blocking its thread, then notes that it is done.
    private static ValueTask<IReadOnlyList<Finding>> SlowCheck(string name)
    {
        Thread.Sleep(Short * 4);
        return ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(name, FindingOutcome.Note, "done") { Code = "slow-done" }]);
    }

    private sealed class SlowInline : IInlineValidator
    {
        public string Name => "Slow";

        public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) => SlowCheck(Name);
    }

    private sealed class SlowGuarded : IClaimValidator
    {
        public string Name => "Slow";

        public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) => SlowCheck(Name);
    }

    private sealed class ReturnsNullEntry : IInlineValidator
    {
        public string Name => "Careless";

        public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(Name, FindingOutcome.Note, "a note") { Code = "note" }, null!]);
    }
}

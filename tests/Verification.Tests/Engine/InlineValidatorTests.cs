using Verification.Validators;
using Verification.Verdicts;
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

    // Blocks its thread for longer than the timeout, then notes that it is done. A guarded one blocks far longer: a cold
    // process may take a few hundred milliseconds to start the timeout's clock, and the check must still outlast it.
    private static ValueTask<IReadOnlyList<Finding>> SlowCheck(string name, TimeSpan duration)
    {
        Thread.Sleep(duration);
        return ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(name, FindingOutcome.Note, "done") { Code = "slow-done" }]);
    }

    private sealed class SlowInline : IInlineValidator
    {
        public string Name => "Slow";

        public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) => SlowCheck(Name, Short * 4);
    }

    private sealed class SlowGuarded : IClaimValidator
    {
        public string Name => "Slow";

        public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) => SlowCheck(Name, Short * 60);
    }

    private sealed class ReturnsNullEntry : IInlineValidator
    {
        public string Name => "Careless";

        public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(Name, FindingOutcome.Note, "a note") { Code = "note" }, null!]);
    }
}

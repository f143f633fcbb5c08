using Verification.Validators;
using Verification.Verdicts;
namespace Verification.PluginLoading.Tests.Plugins;

/// <summary>The one public validator of this test assembly, so that <c>AddValidatorsFromAssembly</c> can register the
/// assembly: its constructor needs a service the host may register after adding it, and counts how often it runs.</summary>
public sealed class StampingValidator : IClaimValidator
{
    private readonly Stamp _stamp;

    /// <summary>Makes the validator; counted on the stamp.</summary>
    public StampingValidator(Stamp stamp)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        _stamp = stamp;
        stamp.Count();
    }

    /// <inheritdoc />
    public string Name => "Stamping";

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Finding>>([new Finding(Name, FindingOutcome.Note, _stamp.Text)]);

    /// <summary>The service the validator needs, and how many validators were made with it.</summary>
    /// <param name="text">The note the validator writes.</param>
    public sealed class Stamp(string text)
    {
        private int _made;

        /// <summary>How many validators were made with this stamp.</summary>
        public int Made => Volatile.Read(ref _made);

        internal void Count() => Interlocked.Increment(ref _made);

        /// <summary>The note the validator writes.</summary>
        public string Text { get; } = text;
    }
}

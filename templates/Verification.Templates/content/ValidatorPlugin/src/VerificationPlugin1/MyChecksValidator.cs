using Verification;

namespace VerificationPlugin1;

/// <summary>Notes a figure with no upper bound ("at least 440"): it cannot be contradicted by a higher figure.</summary>
/// <remarks>Validators are called concurrently for different claims: keep them free of mutable state. Honour the
/// cancellation token: it is cancelled when the run is, or when the validator's time is up.</remarks>
public sealed class MyChecksValidator : IClaimValidator
{
    private readonly string[] _subjects;

    /// <summary>Creates the validator; the host's container passes the options registered by <c>AddMyChecks</c>.</summary>
    /// <param name="options">The options.</param>
    public MyChecksValidator(MyChecksOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _subjects = [.. options.Subjects];
    }

    /// <inheritdoc />
    public string Name => "MyChecks";

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        var subjects = context.Options.Subjects;
        if (_subjects.Length > 0 && !_subjects.Any(s => subjects.CanonicalKeyOf(new Subject(s)) == subjects.CanonicalKeyOf(claim.Subject)))
        {
            return ValueTask.FromResult<IReadOnlyList<Finding>>([]);
        }

        if (claim.Figure is not { IsUnbounded: true } figure)
        {
            return ValueTask.FromResult<IReadOnlyList<Finding>>([]);
        }

        return ValueTask.FromResult<IReadOnlyList<Finding>>(
        [
            new Finding(Name, FindingOutcome.Note, $"{claim.Source}'s figure has no upper bound ({figure.DescribeInterval()}): no higher figure can contradict it."),
        ]);
    }
}

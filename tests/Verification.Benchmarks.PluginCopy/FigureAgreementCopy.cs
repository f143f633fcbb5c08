using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Benchmarks.PluginCopy;

/// <summary>The built-in figure-agreement validator, compiled from its own source files into this assembly, which
/// references Verification.Core alone: a plugin with the built-in's code and nothing but the public contract
/// (<see cref="ValidationContext.FactsAt"/>, <see cref="ValidationContext.IsEchoAt"/>, <see cref="IInlineValidator"/>).</summary>
public sealed class FigureAgreementCopy : IInlineValidator
{
    private readonly FigureAgreementValidator _validator = new();

    /// <summary>The built-in's name, so that the findings of the two compare as they are.</summary>
    public string Name => _validator.Name;

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken) =>
        _validator.ValidateAsync(context, cancellationToken);
}

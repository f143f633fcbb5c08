using Humanizer;
using Verification.Validators;
using Verification.Verdicts;

namespace Humanized.Plugin;

public sealed class HumanizedValidator : IClaimValidator
{
    public string Name => "Humanized";

    public ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        var figure = context.Claim.Figure;
        var words = figure is null ? "no figure" : ((long)figure.CoreLow).ToWords();
        return ValueTask.FromResult<IReadOnlyList<Finding>>(
            [new Finding(Name, FindingOutcome.Note, $"In words: {words} (Humanizer from {typeof(NumberToWordsExtension).Assembly.GetName().Name}).")]);
    }
}

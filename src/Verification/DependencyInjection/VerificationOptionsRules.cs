using FluentValidation;
using Microsoft.Extensions.Options;
using Verification.Validators;

namespace Verification.DependencyInjection;

/// <summary>Checks <see cref="VerificationOptions"/> when they are first read, listing every invalid value.</summary>
internal sealed class VerificationOptionsRules : AbstractValidator<VerificationOptions>, IValidateOptions<VerificationOptions>
{
    public VerificationOptionsRules()
    {
        RuleFor(o => o.Figures).NotNull();
        RuleFor(o => o.Figures.HedgeTolerance).InclusiveBetween(0, 0.99).When(o => o.Figures is not null)
            .WithMessage("Figures.HedgeTolerance must be from 0 to 0.99 (0.1 means ±10%); it was {PropertyValue}.");
        RuleFor(o => o.MaxInputBytes).GreaterThan(0)
            .WithMessage("MaxInputBytes must be positive; it was {PropertyValue}.");
        RuleFor(o => o.PlaceNames).NotNull();
        RuleFor(o => o.Subjects).NotNull();
        RuleFor(o => o.Gazetteer).NotNull();
        RuleFor(o => o.GenericSourceWords).NotNull();
        RuleFor(o => o.SameTimeWindowDays).GreaterThanOrEqualTo(0)
            .WithMessage("SameTimeWindowDays must not be negative; it was {PropertyValue}.");
        RuleFor(o => o.ReportingLagDays).GreaterThanOrEqualTo(0)
            .WithMessage("ReportingLagDays must not be negative; it was {PropertyValue}.");
        RuleFor(o => o.MinIndependentOrigins).GreaterThanOrEqualTo(1)
            .WithMessage("MinIndependentOrigins must be at least 1; it was {PropertyValue}.");
        RuleFor(o => o.ValidatorTimeout).GreaterThan(TimeSpan.Zero)
            .WithMessage("ValidatorTimeout must be positive; it was {PropertyValue}.");
        RuleFor(o => o.ValidatorCutOffMinimumCalls).Must(calls => calls == 0 || calls >= 2)
            .WithMessage("ValidatorCutOffMinimumCalls must be 0 (never cut off) or at least 2; it was {PropertyValue}.");
        RuleFor(o => o.MaxDegreeOfParallelism).GreaterThanOrEqualTo(1)
            .WithMessage("MaxDegreeOfParallelism must be at least 1; it was {PropertyValue}.");
    }

    public ValidateOptionsResult Validate(string? name, VerificationOptions options)
    {
        var result = Validate(options);
        return result.IsValid ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(result.Errors.Select(e => e.ErrorMessage));
    }
}

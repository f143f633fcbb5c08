using FluentValidation;
using FluentValidation.Results;
using Verification.Claims;
using Verification.Input;
using Verification.Validators;

namespace Verification.Input;

/// <summary>The input rules for one claim; see <see cref="ReportRules"/> for the list of codes.</summary>
/// <remarks>The report's publication date and the claim's position are passed in the root context data
/// (<see cref="PublishedKey"/>, <see cref="IndexKey"/>); <see cref="ReportRules.Check(Report)"/> does this. Each failure
/// names the claim (its id, or its position when it has none) and the field.</remarks>
public sealed class ClaimRules : AbstractValidator<Claim>
{
    /// <summary>Root context key for the report's publication date (<see cref="DateOnly"/>?).</summary>
    public const string PublishedKey = "published";

    /// <summary>Root context key for the claim's position in its report (<see cref="int"/>).</summary>
    public const string IndexKey = "index";

    /// <summary>Creates the rules.</summary>
    public ClaimRules()
    {
        RuleFor(c => c.Id).Custom((_, context) => Apply(ClaimRule.IdMissing, context));
        RuleFor(c => c.Subject).Custom((_, context) => Apply(ClaimRule.SubjectMissing, context));
        RuleFor(c => c.Source).Custom((_, context) => Apply(ClaimRule.SourceMissing, context));
        RuleFor(c => c.DerivedFrom).Custom((_, context) => Apply(ClaimRule.DerivedFromEmpty, context));
        RuleFor(c => c.Figure).Custom((_, context) => Apply(ClaimRule.FigureFractional, context));
        RuleFor(c => c.Period).Custom((_, context) => Apply(ClaimRule.PeriodAfterPublication, context));
    }

    private static void Apply(ClaimRule rule, ValidationContext<Claim> context)
    {
        var published = context.RootContextData.TryGetValue(PublishedKey, out var value) && value is DateOnly day ? day : (DateOnly?)null;
        if (rule.ProblemWith(context.InstanceToValidate, published) is { } problem)
        {
            Fail(context, rule.Field, rule.Code, problem);
        }
    }

    /// <summary>A failure that names the claim (by its id, or its position when it has none) and the field.</summary>
    internal static ValidationFailure Failure(string? id, int? position, string field, string code, string problem)
    {
        var label = ClaimLabels.Of(id, position ?? 0);
        return new ValidationFailure(field, $"{ClaimLabels.Describe(label, position, field)}: {problem}")
        {
            ErrorCode = code,
            CustomState = new ProblemState(label, field, position),
        };
    }

    private static void Fail(ValidationContext<Claim> context, string field, string code, string problem)
    {
        int? position = context.RootContextData.TryGetValue(IndexKey, out var i) && i is int n ? n : null;
        context.AddFailure(Failure(context.InstanceToValidate.Id, position, field, code, problem));
    }
}

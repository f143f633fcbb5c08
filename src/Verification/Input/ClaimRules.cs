using FluentValidation;
using FluentValidation.Results;
using Verification.Input;

namespace Verification;

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
        RuleFor(c => c.Id).Custom((id, context) =>
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                Fail(context, "id", "id-missing", "it is empty; every claim needs an id so that findings can name it.");
            }
        });
        RuleFor(c => c.Subject).Custom((subject, context) =>
        {
            if (subject.IsEmpty)
            {
                Fail(context, "subject", "subject-missing", "it is empty; say what the figure counts, e.g. \"people displaced\".");
            }
        });
        RuleFor(c => c.Source).Custom((source, context) =>
        {
            if (string.IsNullOrWhiteSpace(source))
            {
                Fail(context, "source", "source-missing", "it is empty; name the party that produced the figure.");
            }
        });
        RuleFor(c => c.DerivedFrom).Custom((sources, context) =>
        {
            if (sources.Any(string.IsNullOrWhiteSpace))
            {
                Fail(context, "derivedFrom", "derived-from-empty", "it lists an empty source name.");
            }
        });
        RuleFor(c => c.Period).Custom((period, context) =>
        {
            if (period is not null && context.RootContextData.TryGetValue(PublishedKey, out var value) && value is DateOnly published && period.End > published)
            {
                Fail(context, "period", "period-after-publication", $"it ends on {period.End:yyyy-MM-dd}, after the report was published on {published:yyyy-MM-dd}; a report cannot give a figure for a time still to come.");
            }
        });
    }

    /// <summary>Adds a failure that names the claim and the field.</summary>
    internal static void Fail<T>(ValidationContext<T> context, string field, string code, string problem)
    {
        var id = context.InstanceToValidate switch
        {
            Claim c => c.Id,
            _ => null,
        };
        int? position = context.RootContextData.TryGetValue(IndexKey, out var i) && i is int n ? n : null;
        var label = ClaimLabels.Of(id, position ?? 0);
        context.AddFailure(new ValidationFailure(field, $"{ClaimLabels.Describe(label, field)}: {problem}")
        {
            ErrorCode = code,
            CustomState = new ProblemState(label, field, position),
        });
    }
}

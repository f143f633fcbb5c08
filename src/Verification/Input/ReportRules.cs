using FluentValidation;
using FluentValidation.Results;
using Verification.Claims;
using Verification.Figures;
using Verification.Input;
using Verification.Validators;

namespace Verification.Input;

/// <summary>The input rules every report must meet before verification starts.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>code</term><description>rule</description></listheader>
/// <item><term>id-missing</term><description>every claim has an id.</description></item>
/// <item><term>id-duplicate</term><description>no two claims share an id.</description></item>
/// <item><term>subject-missing</term><description>every claim says what it counts.</description></item>
/// <item><term>source-missing</term><description>every claim names its source.</description></item>
/// <item><term>derived-from-empty</term><description>no claim lists an empty name among the sources it derives from.</description></item>
/// <item><term>figure-fractional</term><description>a count is whole: no figure states a fraction ("44.218") unless written
/// with a scale ("1.5 million") or as a percentage, or its subject is a rate or share ("percent", "rate", "per 1,000").</description></item>
/// <item><term>period-after-publication</term><description>no claim's period ends after the report was published.</description></item>
/// </list>
/// Figure rules (<c>figure-inverted</c>, <c>figure-negative</c>, <c>figure-unreadable</c>) apply where figures are read
/// from input; a <see cref="Figure"/> in code cannot break them. Every problem is reported, not just the first.
/// </remarks>
public sealed class ReportRules : AbstractValidator<Report>
{
    /// <summary>Creates the rules.</summary>
    /// <remarks>One FluentValidation rule walks the claims once, applying every claim rule (those of
    /// <see cref="ClaimRules"/>) and telling repeated ids, so that a claim's problems come together and in claim order.
    /// Validating each claim with a validator of its own made a validation context per claim, and checking a long
    /// report that way cost more than a quarter of verifying it.</remarks>
    public ReportRules()
    {
        RuleFor(r => r.Claims).Custom((claims, context) =>
        {
            var published = context.InstanceToValidate.Published;
            var first = context.RootContextData.TryGetValue(ClaimRules.IndexKey, out var value) && value is int n ? n : 0;
            var seen = new Dictionary<string, int>(claims.Count, StringComparer.Ordinal);
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i] ?? throw new ArgumentException($"The report's claim #{first + i + 1} is null.", nameof(Report.Claims));
                foreach (var rule in ClaimRule.All)
                {
                    if (rule.ProblemWith(claim, published) is { } problem)
                    {
                        context.AddFailure(ClaimRules.Failure(claim.Id, first + i, rule.Field, rule.Code, problem));
                    }
                }

                var id = claim.Id;
                if (string.IsNullOrWhiteSpace(id))
                {
                    continue;
                }

                if (seen.TryGetValue(id, out var earlier))
                {
                    context.AddFailure(ClaimRules.Failure(id, first + i, "id", "id-duplicate", $"the id is used again by claim #{first + i + 1}; it was first used by claim #{first + earlier + 1}."));
                }
                else
                {
                    seen[id] = i;
                }
            }
        });
    }

    /// <summary>Checks a report and returns every problem found, in claim order.</summary>
    /// <param name="report">The report.</param>
    public IReadOnlyList<ClaimProblem> Check(Report report) => Check(report, 0);

    /// <summary>Checks a report and throws when it breaks any rule.</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="InvalidClaimsException">Every problem found.</exception>
    public void EnsureValid(Report report)
    {
        var problems = Check(report);
        if (problems.Count > 0)
        {
            throw new InvalidClaimsException(problems, report.Id);
        }
    }

    /// <summary>Checks a report whose first claim stands at <paramref name="firstPosition"/> of a longer input (a
    /// stream), so that a claim is named by its position in that input.</summary>
    internal IReadOnlyList<ClaimProblem> Check(Report report, int firstPosition)
    {
        ArgumentNullException.ThrowIfNull(report);
        var context = new ValidationContext<Report>(report);
        context.RootContextData[ClaimRules.IndexKey] = firstPosition;
        var problems = new List<ClaimProblem>();
        Add(problems, Validate(context));
        return problems;
    }

    internal static void Add(List<ClaimProblem> problems, ValidationResult result)
    {
        foreach (var failure in result.Errors)
        {
            var state = failure.CustomState as ProblemState;
            problems.Add(new ClaimProblem(state?.ClaimLabel, state?.Field ?? failure.PropertyName, failure.ErrorCode, failure.ErrorMessage)
            {
                Position = state?.Position + 1,
            });
        }
    }
}

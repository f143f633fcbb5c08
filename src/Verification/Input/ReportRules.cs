using FluentValidation;
using FluentValidation.Results;
using Verification.Input;

namespace Verification;

/// <summary>The input rules every report must meet before verification starts.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>code</term><description>rule</description></listheader>
/// <item><term>id-missing</term><description>every claim has an id.</description></item>
/// <item><term>id-duplicate</term><description>no two claims share an id.</description></item>
/// <item><term>subject-missing</term><description>every claim says what it counts.</description></item>
/// <item><term>source-missing</term><description>every claim names its source.</description></item>
/// <item><term>period-after-publication</term><description>no claim's period ends after the report was published.</description></item>
/// </list>
/// Figure rules (<c>figure-inverted</c>, <c>figure-negative</c>, <c>figure-unreadable</c>) apply where figures are read
/// from input; a <see cref="Figure"/> in code cannot break them. Every problem is reported, not just the first.
/// </remarks>
public sealed class ReportRules : AbstractValidator<Report>
{
    private readonly ClaimRules _claimRules = new();

    /// <summary>Creates the rules.</summary>
    public ReportRules()
    {
        RuleFor(r => r.Claims).Custom((claims, context) =>
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < claims.Count; i++)
            {
                var id = claims[i].Id;
                if (string.IsNullOrWhiteSpace(id))
                {
                    continue;
                }

                if (seen.TryGetValue(id, out var first))
                {
                    context.AddFailure(new ValidationFailure("id", $"{ClaimLabels.Describe(id, "id")}: the id is used again by claim #{i + 1}; it was first used by claim #{first + 1}.")
                    {
                        ErrorCode = "id-duplicate",
                        CustomState = new ProblemState(id, "id", i),
                    });
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

    /// <summary>Checks a report whose first claim stands at <paramref name="firstPosition"/> of a longer input (a
    /// stream), so that a claim without an id is named by its position in that input.</summary>
    internal IReadOnlyList<ClaimProblem> Check(Report report, int firstPosition)
    {
        ArgumentNullException.ThrowIfNull(report);
        var failures = new List<ValidationFailure>();
        for (var i = 0; i < report.Claims.Count; i++)
        {
            var context = new ValidationContext<Claim>(report.Claims[i]);
            context.RootContextData[ClaimRules.PublishedKey] = report.Published;
            context.RootContextData[ClaimRules.IndexKey] = firstPosition + i;
            failures.AddRange(_claimRules.Validate(context).Errors);
        }

        failures.AddRange(Validate(report).Errors);

        // A repeated id is found after every claim has been seen; list it at the claim that repeats it.
        var problems = new List<ClaimProblem>(failures.Count);
        Add(problems, new ValidationResult(failures.OrderBy(f => (f.CustomState as ProblemState)?.Position ?? int.MaxValue)));
        return problems;
    }

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

    internal static void Add(List<ClaimProblem> problems, ValidationResult result)
    {
        foreach (var failure in result.Errors)
        {
            var state = failure.CustomState as ProblemState;
            problems.Add(new ClaimProblem(state?.ClaimLabel, state?.Field ?? failure.PropertyName, failure.ErrorCode, failure.ErrorMessage));
        }
    }
}

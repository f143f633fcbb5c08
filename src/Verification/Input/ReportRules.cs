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
    /// <remarks>The claims of a long report (4,096 claims or more) are checked in parallel; the problems come in claim
    /// order all the same.</remarks>
    public IReadOnlyList<ClaimProblem> Check(Report report) => Check(report, 0, -1);

    /// <summary>Checks a report and throws when it breaks any rule.</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="InvalidClaimsException">Every problem found.</exception>
    public void EnsureValid(Report report) => EnsureValid(report, -1);

    /// <summary>From how many claims a report's claims are checked in parallel: below it, handing work to other threads
    /// costs more than it saves.</summary>
    internal const int ParallelFrom = 2 * ClaimsPerTask;

    // Claims per task when checked in parallel: enough that scheduling a task costs little beside checking them.
    private const int ClaimsPerTask = 2048;

    /// <summary>Checks a report and throws when it breaks any rule, on up to <paramref name="maxDegreeOfParallelism"/>
    /// threads (-1: as many as the thread pool gives).</summary>
    internal void EnsureValid(Report report, int maxDegreeOfParallelism)
    {
        var problems = Check(report, 0, maxDegreeOfParallelism);
        if (problems.Count > 0)
        {
            throw new InvalidClaimsException(problems, report.Id);
        }
    }

    /// <summary>Checks a report whose first claim stands at <paramref name="firstPosition"/> of a longer input (a
    /// stream), so that a claim without an id is named by its position in that input.</summary>
    internal IReadOnlyList<ClaimProblem> Check(Report report, int firstPosition, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(report);
        var claims = report.Claims;
        var failures = new List<ValidationFailure>();
        if (claims.Count < ParallelFrom || maxDegreeOfParallelism == 1)
        {
            CheckClaims(report, firstPosition, 0, claims.Count, failures);
        }
        else
        {
            // Each task fills its own list; joined in task order, they keep claim order.
            var parts = new List<ValidationFailure>[(claims.Count + ClaimsPerTask - 1) / ClaimsPerTask];
            try
            {
                Parallel.For(0, parts.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, p =>
                {
                    var part = new List<ValidationFailure>();
                    CheckClaims(report, firstPosition, p * ClaimsPerTask, Math.Min(claims.Count, (p + 1) * ClaimsPerTask), part);
                    parts[p] = part;
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                // As when checked on one thread: the exception itself, not a wrapper.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }

            foreach (var part in parts)
            {
                failures.AddRange(part);
            }
        }

        failures.AddRange(Validate(report).Errors);

        // A repeated id is found after every claim has been seen; list it at the claim that repeats it.
        var problems = new List<ClaimProblem>(failures.Count);
        Add(problems, new ValidationResult(failures.OrderBy(f => (f.CustomState as ProblemState)?.Position ?? int.MaxValue)));
        return problems;
    }

    private void CheckClaims(Report report, int firstPosition, int from, int to, List<ValidationFailure> failures)
    {
        for (var i = from; i < to; i++)
        {
            var context = new ValidationContext<Claim>(report.Claims[i]);
            context.RootContextData[ClaimRules.PublishedKey] = report.Published;
            context.RootContextData[ClaimRules.IndexKey] = firstPosition + i;
            failures.AddRange(_claimRules.Validate(context).Errors);
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

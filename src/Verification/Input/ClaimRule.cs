using System.Collections.Immutable;
using Verification.Claims;

namespace Verification.Input;

/// <summary>One input rule for a single claim: the field it is about, its error code, and what is wrong with a claim
/// that breaks it.</summary>
/// <remarks>Written once and applied two ways: by <see cref="ClaimRules"/>, a FluentValidation validator of one claim,
/// and by <see cref="ReportRules"/>, which applies every rule to every claim of a report in one pass.</remarks>
internal sealed class ClaimRule(string field, string code, Func<Claim, DateOnly?, string?> problem)
{
    public static ClaimRule IdMissing { get; } = new("id", "id-missing", static (claim, _) =>
        string.IsNullOrWhiteSpace(claim.Id) ? "it is empty; every claim needs an id so that findings can name it." : null);

    public static ClaimRule SubjectMissing { get; } = new("subject", "subject-missing", static (claim, _) =>
        claim.Subject.IsEmpty ? "it is empty; say what the figure counts, e.g. \"people displaced\"." : null);

    public static ClaimRule SourceMissing { get; } = new("source", "source-missing", static (claim, _) =>
        string.IsNullOrWhiteSpace(claim.Source) ? "it is empty; name the party that produced the figure." : null);

    public static ClaimRule DerivedFromEmpty { get; } = new("derivedFrom", "derived-from-empty", static (claim, _) =>
        HasEmptyName(claim.DerivedFrom) ? "it lists an empty source name." : null);

    /// <summary>A count is whole: see <see cref="FractionalCount"/> for when a fraction is allowed.</summary>
    public static ClaimRule FigureFractional { get; } = new("figure", "figure-fractional", static (claim, _) =>
        FractionalCount.ProblemWith(claim));

    /// <summary>Applies only when the report's publication date is known.</summary>
    public static ClaimRule PeriodAfterPublication { get; } = new("period", "period-after-publication", static (claim, published) =>
        claim.Period is { } period && published is { } day && period.End > day
            ? $"it ends on {period.End:yyyy-MM-dd}, after the report was published on {day:yyyy-MM-dd}; a report cannot give a figure for a time still to come."
            : null);

    /// <summary>Every rule, in the order a claim's problems are listed. (An immutable array: walking it for every claim
    /// of a report allocates nothing.)</summary>
    public static ImmutableArray<ClaimRule> All { get; } = [IdMissing, SubjectMissing, SourceMissing, DerivedFromEmpty, FigureFractional, PeriodAfterPublication];

    /// <summary>The claim field the rule is about, as the claims format names it.</summary>
    public string Field { get; } = field;

    /// <summary>The error code of a claim that breaks the rule.</summary>
    public string Code { get; } = code;

    /// <summary>What is wrong with the claim ("it is empty; …"), or null when it keeps the rule.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="published">The publication date of the claim's report, when known.</param>
    public string? ProblemWith(Claim claim, DateOnly? published) => problem(claim, published);

    private static bool HasEmptyName(IReadOnlyList<string> sources)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(sources[i]))
            {
                return true;
            }
        }

        return false;
    }
}

using Verification.Places;
using Verification.Sources;
using Verification.Validators;
using Verification.Verdicts;
namespace Verification.Plugins.SourceReliability;

/// <summary>Grades the sources of a claim and its evidence on the A–F reliability scale, and keeps evidence from sources
/// graded below the threshold from counting towards corroboration.</summary>
/// <remarks>
/// <para>A source is graded by its origin — the party that produced the figure, followed through derivations — since
/// that is whose reliability the figure rests on; an outlet relaying UNHCR is graded as UNHCR.</para>
/// <para>For the evidence the engine compares with the claim (same place, same or unknown time, not an echo of the
/// claim's own origin), each origin graded below <see cref="SourceReliabilityOptions.Threshold"/> (or graded F, when
/// <see cref="SourceReliabilityOptions.DiscountUnjudged"/>) is listed in the finding's
/// <see cref="Finding.DiscountedOrigins"/>: the verdict does not count it towards corroboration, whichever validator
/// found the agreement, and the finding says so. Discounting never contests: evidence from a low-graded source that
/// contradicts the claim still does.</para>
/// <para>When the claim's own source is in the table, a note gives its grade. Reliability grades the source, not the
/// information: a reliable source can be wrong, and the figure is judged by the other validators.</para>
/// </remarks>
public sealed class SourceReliabilityValidator : ClaimValidator
{
    /// <summary>The validator's name in findings.</summary>
    public const string ValidatorName = "SourceReliability";

    /// <summary>The code of the note grading the claim's own sources.</summary>
    public const string ClaimSourcesCode = "source-reliability-claim";

    /// <summary>The code of the note listing evidence whose sources do not count towards corroboration (their origins
    /// in <see cref="Finding.DiscountedOrigins"/>).</summary>
    public const string DiscountedCode = "source-reliability-discounted";

    private readonly Dictionary<string, SourceReliabilityGrade> _grades = new(StringComparer.Ordinal);

    // The table's names as written: a body named without its jurisdiction ("Health Ministry") is, in a claim, the one
    // of the claim's place, so its origin there is looked up by reading the name in that place.
    private readonly List<(string Source, SourceReliabilityGrade Grade)> _named = [];
    private readonly SourceReliabilityGrade _threshold;
    private readonly bool _discountUnjudged;

    /// <summary>Creates the validator with a copy of the options.</summary>
    /// <param name="options">The options.</param>
    public SourceReliabilityValidator(SourceReliabilityOptions options)
        : base(ValidatorName)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException("Invalid source reliability options: " + string.Join(" ", problems), nameof(options));
        }

        foreach (var (source, grade) in options.Grades)
        {
            _grades[OriginGraph.NormalizeSource(source)] = grade;
            _named.Add((source, grade));
        }

        _threshold = options.Threshold;
        _discountUnjudged = options.DiscountUnjudged;
    }

    /// <summary>A source's grade: its grade in the table, else F (cannot be judged).</summary>
    /// <param name="source">The source's name, in any case and spacing; or an origin, an unnamed source's origin in one
    /// claim being graded by the source's name (see <see cref="OriginGraph.SourceNameOf"/>).</param>
    public SourceReliabilityGrade GradeOf(string source) => GradeOf(source, null);

    /// <summary>The grade of an origin of a claim about <paramref name="place"/>: as <see cref="GradeOf(string)"/>, and
    /// a body the table names without its jurisdiction ("Health Ministry") grades that body of the place's country
    /// ("yemen health ministry" in a claim about Saada, Yemen; see <see cref="OriginGraph.NormalizeSource(string, Place?)"/>).</summary>
    /// <param name="source">The source's name, or an origin.</param>
    /// <param name="place">The place of the claim the origin is of; null when unknown.</param>
    public SourceReliabilityGrade GradeOf(string source, Place? place)
    {
        ArgumentNullException.ThrowIfNull(source);
        return TryGrade(source, place, out var grade) ? grade : SourceReliabilityGrade.F;
    }

    /// <summary>Whether evidence from a source with this grade counts towards corroboration.</summary>
    /// <param name="grade">The grade.</param>
    public bool Counts(SourceReliabilityGrade grade) =>
        grade == SourceReliabilityGrade.F ? !_discountUnjudged : grade <= _threshold;

    /// <inheritdoc />
    protected override IEnumerable<Finding> Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>(2);
        var place = context.Claim.Place;
        var claimGrades = context.ClaimOrigins.Where(o => IsGraded(o, place)).Order(StringComparer.Ordinal).ToList();
        if (claimGrades.Count > 0)
        {
            findings.Add(new Finding(Name, FindingOutcome.Note,
                $"Source reliability of the claim: {string.Join("; ", claimGrades.Select(o => Graded(o, place)))}. This grades the source, not the figure, which the other findings judge.")
            {
                Code = ClaimSourcesCode,
            });
        }

        var discountedIds = new List<string>();
        var discounted = new List<(string Origin, Place? Place)>();
        foreach (var evidence in context.Candidates)
        {
            if (context.PlaceRelationTo(evidence) != PlaceRelation.Same || context.IsSameTime(evidence) == false || context.IsEcho(evidence))
            {
                continue;
            }

            var low = context.OriginsOf(evidence).Where(o => !Counts(GradeOf(o, evidence.Place))).ToList();
            if (low.Count == 0)
            {
                continue;
            }

            discountedIds.Add(evidence.Id);
            foreach (var origin in low)
            {
                if (!discounted.Exists(d => d.Origin == origin))
                {
                    discounted.Add((origin, evidence.Place));
                }
            }
        }

        if (discounted.Count > 0)
        {
            discounted.Sort((a, b) => string.CompareOrdinal(a.Origin, b.Origin));
            var rule = _discountUnjudged
                ? $"sources graded below {Describe(_threshold)}, or whose reliability cannot be judged, are discounted"
                : $"sources graded below {Describe(_threshold)} are discounted";
            var verb = discountedIds.Count == 1 ? "does" : "do";
            findings.Add(new Finding(Name, FindingOutcome.Note,
                $"{string.Join(", ", discountedIds)} ({string.Join("; ", discounted.Select(d => Graded(d.Origin, d.Place)))}) {verb} not count towards corroboration: {rule}. A contradiction from such a source still stands.")
            {
                Code = DiscountedCode,
                Evidence = [.. discountedIds],
                DiscountedOrigins = [.. discounted.Select(d => d.Origin)],
            });
        }

        return findings;
    }

    private string Graded(string origin, Place? place) => $"{OriginGraph.SourceNameOf(origin)}: {Describe(GradeOf(origin, place))}";

    /// <summary>"C (fairly reliable)".</summary>
    /// <param name="grade">The grade.</param>
    public static string Describe(SourceReliabilityGrade grade) => grade switch
    {
        SourceReliabilityGrade.A => "A (completely reliable)",
        SourceReliabilityGrade.B => "B (usually reliable)",
        SourceReliabilityGrade.C => "C (fairly reliable)",
        SourceReliabilityGrade.D => "D (not usually reliable)",
        SourceReliabilityGrade.E => "E (unreliable)",
        SourceReliabilityGrade.F => "F (reliability cannot be judged)",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown grade."),
    };

    // The table's grade of a source or origin, read in the place of its claim when one is given.
    private bool TryGrade(string source, Place? place, out SourceReliabilityGrade grade)
    {
        var name = OriginGraph.NormalizeSource(OriginGraph.SourceNameOf(source));
        if (_grades.TryGetValue(name, out grade))
        {
            return true;
        }

        if (place is not null)
        {
            foreach (var (named, namedGrade) in _named)
            {
                if (string.Equals(OriginGraph.NormalizeSource(named, place), name, StringComparison.Ordinal))
                {
                    grade = namedGrade;
                    return true;
                }
            }
        }

        return false;
    }

    // Whether the table grades the origin, read in the place of its claim.
    private bool IsGraded(string origin, Place? place) => TryGrade(origin, place, out _);
}

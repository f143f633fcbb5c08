using Verification.Claims;
using Verification.Figures;
using Verification.Places;
using Verification.Sources;
using Verification.Validators;
using Verification.Verdicts;
namespace Verification.Plugins.CasualtyGrading;

/// <summary>Grades a civilian-harm claim as casualty monitors do, keeping the accused party's own figures apart, and
/// contests a figure that falls outside the range independent sources support.</summary>
/// <remarks>
/// <para>Only claims whose subject is one of <see cref="CasualtyGradingOptions.Subjects"/> are graded. The reports
/// considered are the claim and the evidence about the same place and time (evidence whose time is unknown counts).</para>
/// <para>The parties accused are those the reports name in <see cref="CasualtyGradingOptions.AccusedField"/>. A report
/// whose source speaks for an accused party (<see cref="CasualtyGradingOptions.PartySources"/>, or the source's own
/// <see cref="CasualtyGradingOptions.PartyField"/>) is that party's own figure: with a lower bound above zero it
/// concedes harm, with a figure of zero it denies it. Such figures are listed apart and never count as independent.</para>
/// <para>The grade, first match winning: <see cref="CasualtyGrade.Discounted"/> when the claim or comparable evidence
/// is flagged <see cref="CasualtyGradingOptions.DiscountedField"/>; <see cref="CasualtyGrade.Confirmed"/> when an
/// accused party concedes; <see cref="CasualtyGrade.Contested"/> when the reports accuse different parties;
/// <see cref="CasualtyGrade.Fair"/> when at least <see cref="CasualtyGradingOptions.MinimumSourcesForFair"/> independent
/// credible origins report harm (the claim's own among them); else <see cref="CasualtyGrade.Weak"/>. The grade is a
/// note: it decides nothing by itself.</para>
/// <para>The range independent sources support runs from the lowest to the highest value any of them allows (the
/// minimum–maximum range monitors publish). A claim whose figure lies wholly outside it is contradicted.</para>
/// </remarks>
public sealed class CasualtyGradingValidator : ClaimValidator
{
    /// <summary>The validator's name in findings.</summary>
    public const string ValidatorName = "CasualtyGrading";

    /// <summary>The code of the grade finding, one per claim (state: <see cref="CasualtyGradeState"/>).</summary>
    public const string GradeCode = "casualty-grade";

    /// <summary>The code of the note listing the accused party's own figures, kept apart from independent sources.</summary>
    public const string OwnFiguresCode = "casualty-grade-own-figures";

    /// <summary>The code of the contradiction when the claim's figure lies outside the range independent sources support.</summary>
    public const string OutsideRangeCode = "casualty-grade-outside-range";

    private readonly string _accusedField;
    private readonly string _partyField;
    private readonly string _discountedField;
    private readonly int _minimumForFair;
    private readonly Dictionary<string, string> _partyOfSource = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notCredible = new(StringComparer.Ordinal);

    /// <summary>Creates the validator with a copy of the options.</summary>
    /// <param name="options">The options.</param>
    public CasualtyGradingValidator(CasualtyGradingOptions options)
        : base(ValidatorName, Valid(options).Subjects)
    {
        _accusedField = options.AccusedField;
        _partyField = options.PartyField;
        _discountedField = options.DiscountedField;
        _minimumForFair = options.MinimumSourcesForFair;
        foreach (var (party, sources) in options.PartySources)
        {
            _partyOfSource[OriginGraph.NormalizeSource(party)] = party;
            foreach (var source in sources)
            {
                _partyOfSource[OriginGraph.NormalizeSource(source)] = party;
            }
        }

        foreach (var source in options.NotCredibleSources)
        {
            _notCredible.Add(OriginGraph.NormalizeSource(source));
        }
    }

    /// <inheritdoc />
    protected override IEnumerable<Finding> Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        var comparable = context.Candidates
            .Where(e => context.PlaceRelationTo(e) == PlaceRelation.Same && context.IsSameTime(e) != false)
            .ToList();
        var reports = comparable.Prepend(claim).ToList();

        // The parties accused, in order of first mention, keeping the first spelling.
        var accused = new List<string>();
        foreach (var report in reports)
        {
            if (report.TryGetMetadataText(_accusedField, out var party) && !string.IsNullOrWhiteSpace(party)
                && !accused.Exists(a => SameParty(a, party)))
            {
                accused.Add(party.Trim());
            }
        }

        var own = reports.Where(r => AccusedPartyOf(r, accused) is not null).ToList();
        var concessions = own.Where(r => r.Figure is { } f && (f.Low > 0 || !f.LowInclusive)).ToList();
        var independent = comparable.Where(e => !own.Contains(e) && !context.IsEcho(e) && IsCredible(context, e)).ToList();

        // Independent credible origins that report harm; the claim's own counts unless it is the accused's own figure.
        var origins = new List<string>();
        if (!own.Contains(claim) && IsCredible(context, claim))
        {
            AddOrigins(origins, context.ClaimOrigins);
        }

        foreach (var e in independent.Where(ReportsHarm))
        {
            AddOrigins(origins, context.OriginsOf(e));
        }

        var findings = new List<Finding>(3)
        {
            Grade(context, reports, accused, concessions, independent, origins),
        };

        if (own.Count > 0)
        {
            findings.Add(new Finding(Name, FindingOutcome.Note,
                $"The accused party's own figures, kept apart from independent sources: {string.Join("; ", own.Select(r => OwnFigure(r, accused)))}.")
            {
                Code = OwnFiguresCode,
                Evidence = [.. own.Where(r => !ReferenceEquals(r, claim)).Select(r => r.Id)],
            });
        }

        if (claim.Figure is { } figure && Range(independent) is { } range && !figure.Overlaps(range.Figure))
        {
            var direction = figure.Low >= range.Figure.High ? "above" : "below";
            findings.Add(new Finding(Name, FindingOutcome.Contradicts,
                $"{Describe(claim)} lies {direction} the range independent sources support ({range.Figure.DescribeInterval()}: {string.Join(", ", range.Sources.Select(s => s.Source))}).")
            {
                Code = OutsideRangeCode,
                Evidence = [.. range.Sources.Select(s => s.Id)],
            });
        }

        return findings;
    }

    // The options, checked before any is read: every problem listed at once.
    private static CasualtyGradingOptions Valid(CasualtyGradingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException("Invalid casualty grading options: " + string.Join(" ", problems), nameof(options));
        }

        return options;
    }

    private Finding Grade(ValidationContext context, List<Claim> reports, List<string> accused, List<Claim> concessions, List<Claim> independent, List<string> origins)
    {
        var claim = context.Claim;
        var discounted = reports.Where(r => r.GetMetadataFlag(_discountedField) == true).ToList();
        CasualtyGrade grade;
        string reason;
        List<Claim> basis;
        if (discounted.Count > 0)
        {
            grade = CasualtyGrade.Discounted;
            reason = $"the reports were assessed as not credible ({Ids(discounted)} marked '{_discountedField}')";
            basis = discounted;
        }
        else if (concessions.Count > 0)
        {
            grade = CasualtyGrade.Confirmed;
            var first = concessions[0];
            reason = $"{AccusedPartyOf(first, accused)} accepted responsibility: {Describe(first)} is its own figure";
            basis = concessions;
        }
        else if (accused.Count > 1)
        {
            grade = CasualtyGrade.Contested;
            reason = $"the reports accuse different parties ({string.Join(", ", accused)})";
            basis = [.. reports.Where(r => r.TryGetMetadataText(_accusedField, out _))];
        }
        else if (origins.Count >= _minimumForFair)
        {
            grade = CasualtyGrade.Fair;
            reason = $"{origins.Count} independent credible sources report it ({string.Join(", ", origins.Select(OriginGraph.SourceNameOf))})";
            basis = independent;
        }
        else
        {
            grade = CasualtyGrade.Weak;
            reason = origins.Count == 1 ? $"a single source reports it ({OriginGraph.SourceNameOf(origins[0])})" : "no credible source reports it";
            basis = independent;
        }

        if (accused.Count == 0 && grade is CasualtyGrade.Fair or CasualtyGrade.Weak)
        {
            reason += $"; no report names the party accused (metadata '{_accusedField}'), so no party's own figure can be told apart";
        }

        return new Finding(Name, FindingOutcome.Note, $"Casualty grade: {GradeName(grade)} — {reason}.")
        {
            Code = GradeCode,
            State = new CasualtyGradeState(grade, reason),

            // A weak, contested or discounted grade is one an editor should look at before publishing.
            Severity = grade is CasualtyGrade.Weak or CasualtyGrade.Contested or CasualtyGrade.Discounted ? FindingSeverity.Warning : FindingSeverity.Information,
            Evidence = [.. basis.Where(r => !ReferenceEquals(r, claim)).Select(r => r.Id)],
        };
    }

    // The lowest and highest value any independent, credible source with a figure allows.
    private static (Figure Figure, List<Claim> Sources)? Range(List<Claim> independent)
    {
        var withFigures = independent.Where(e => e.Figure is not null).ToList();
        if (withFigures.Count == 0)
        {
            return null;
        }

        var low = withFigures.Min(e => e.Figure!.Low);
        var high = withFigures.Max(e => e.Figure!.High);
        return (Figure.Interval(low, double.IsPositiveInfinity(high) ? null : high), withFigures);
    }

    // The accused party a report's source speaks for, or null when it is independent of every accused party.
    private string? AccusedPartyOf(Claim report, List<string> accused)
    {
        if (accused.Count == 0)
        {
            return null;
        }

        string? party = null;
        if (report.TryGetMetadataText(_partyField, out var stated) && !string.IsNullOrWhiteSpace(stated))
        {
            party = stated;
        }
        else if (_partyOfSource.TryGetValue(OriginGraph.NormalizeSource(report.Source), out var listed))
        {
            party = listed;
        }
        else
        {
            party = report.Source;
        }

        return accused.Find(a => SameParty(a, party));
    }

    private string OwnFigure(Claim report, List<string> accused)
    {
        var party = AccusedPartyOf(report, accused)!;
        var what = report.Figure switch
        {
            null => "states no figure",
            { High: 0 } => "denies civilian harm",
            { } f when f.Low > 0 || !f.LowInclusive => "concedes",
            _ => "does not concede a number",
        };
        return $"{Describe(report)} ({report.Id}, for {party}: {what})";
    }

    private bool IsCredible(ValidationContext context, Claim report) =>
        !context.OriginsOf(report).Any(o => _notCredible.Contains(OriginGraph.SourceNameOf(o))) && !_notCredible.Contains(OriginGraph.NormalizeSource(report.Source));

    private static bool ReportsHarm(Claim report) => report.Figure is not { High: 0 };

    private static bool SameParty(string a, string b) =>
        string.Equals(OriginGraph.NormalizeSource(a), OriginGraph.NormalizeSource(b), StringComparison.Ordinal);

    private static void AddOrigins(List<string> origins, IEnumerable<string> more)
    {
        foreach (var o in more)
        {
            if (!origins.Contains(o))
            {
                origins.Add(o);
            }
        }
    }

    private static string Describe(Claim report)
    {
        var possessive = report.Source.EndsWith('s') ? report.Source + "'" : report.Source + "'s";
        if (report.Figure is not { } figure)
        {
            return possessive + " report";
        }

        var interval = figure.DescribeInterval();
        return figure.Text is { } text && !string.Equals(text, interval, StringComparison.Ordinal)
            ? $"{possessive} '{text}' ({interval})"
            : $"{possessive} {interval}";
    }

    private static string Ids(IEnumerable<Claim> claims) => string.Join(", ", claims.Select(c => c.Id));

    /// <summary>The grade's name as findings print it: "confirmed", "fair", "weak", "contested", "discounted".</summary>
    /// <param name="grade">The grade.</param>
    public static string GradeName(CasualtyGrade grade) => grade switch
    {
        CasualtyGrade.Confirmed => "confirmed",
        CasualtyGrade.Fair => "fair",
        CasualtyGrade.Weak => "weak",
        CasualtyGrade.Contested => "contested",
        CasualtyGrade.Discounted => "discounted",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown grade."),
    };
}

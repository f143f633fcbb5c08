using Verification.Claims;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Sources;
using Verification.Subjects;
using Verification.Validators;
using Verification.Verdicts;
namespace Verification.Plugins.Displacement;

/// <summary>Checks displacement figures for stock-and-flow consistency.</summary>
/// <remarks>
/// <para>Three rules, each comparing figures as the intervals they are:</para>
/// <list type="number">
/// <item><b>Fled − returned ≈ displaced.</b> For a fled, a returned and a displaced figure in the claim's report, for
/// the same place (the returns may be to a part of it) and the same time, fled − returned allows
/// [fled.Low − returned.High, fled.High − returned.Low]; the displaced figure must overlap that. A displaced figure that
/// does not is contradicted; the fled and returned figures get a note, since the arithmetic cannot tell which of the
/// three is wrong and the stock is the figure derived from the flows. (The seed article: "around 340,000" fled −
/// "70,000" returned leaves 231,000–309,000, which "about 270,000" fits.)</item>
/// <item><b>Running totals do not fall.</b> Two figures for a cumulative subject, the same place and the same origin,
/// counted from starts at most <see cref="DisplacementOptions.SameStartDays"/> apart but as of different days: the later
/// one must be able to be at least the earlier one. If the earlier one's lowest value is above the later one's highest,
/// the claim is contradicted. Evidence and the claim's report are both searched.</item>
/// <item><b>No more returned than fled.</b> A returned figure for the same place as a fled figure, or a part of it, at
/// the same time, whose lowest value is above the fled figure's highest is contradicted.</item>
/// </list>
/// <para>Rules 1 and 3 work on the figures of the claim's own report (<see cref="ValidationContext.Report"/>): the engine
/// hands validators evidence on the claim's own subject only, and a report's own figures must add up. A claim verified
/// without its report is checked by rule 2 alone. Consistent figures get a note, never support: a source's figures
/// agreeing with each other is not independent corroboration.</para>
/// </remarks>
public sealed class DisplacementValidator : ClaimValidator
{
    /// <summary>The validator's name in findings.</summary>
    public const string ValidatorName = "Displacement";

    /// <summary>The code of a finding on whether fled − returned leaves the displaced figure (contradicts when the
    /// checked claim is the displaced figure and it does not fit; a note otherwise).</summary>
    public const string SumCode = "displacement-sum";

    /// <summary>The code of a contradiction: one origin's running total falls over time.</summary>
    public const string TotalFallsCode = "displacement-total-falls";

    /// <summary>The code of a finding that more people returned than fled.</summary>
    public const string ReturnsExceedFlightCode = "displacement-returns-exceed-flight";

    private readonly string _fled;
    private readonly string _returned;
    private readonly string _displaced;
    private readonly string[] _cumulative;
    private readonly int _sameStartDays;
    private KeyCache? _keys;

    /// <summary>Creates the validator with a copy of the options.</summary>
    /// <param name="options">The options.</param>
    public DisplacementValidator(DisplacementOptions options)
        : base(ValidatorName, SubjectsOf(Valid(options)))
    {
        _fled = options.FledSubject;
        _returned = options.ReturnedSubject;
        _displaced = options.DisplacedSubject;
        _cumulative = [.. options.CumulativeSubjects];
        _sameStartDays = options.SameStartDays;
    }

    private enum Kind
    {
        None,
        Fled,
        Returned,
        Displaced,
    }

    /// <inheritdoc />
    protected override IEnumerable<Finding> Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        var keys = Keys(context.Options.Subjects);
        var key = context.Options.Subjects.Read(claim).Canonical;
        var kind = keys.KindOf(key);
        if (claim.Figure is null || (kind == Kind.None && !keys.Cumulative.Contains(key)))
        {
            return [];
        }

        var siblings = context.Report?.Claims
            .Where(c => c.Figure is not null && !string.Equals(c.Id, claim.Id, StringComparison.Ordinal))
            .ToList() ?? [];
        var findings = new List<Finding>();
        if (kind != Kind.None)
        {
            StockAndFlow(context, kind, siblings, keys, findings);
        }

        if (keys.Cumulative.Contains(key))
        {
            RunningTotals(context, key, siblings, findings);
        }

        if (kind is Kind.Fled or Kind.Returned)
        {
            ReturnsWithinFlight(context, kind, siblings, keys, findings);
        }

        return findings;
    }

    // The options, checked before any is read: every problem listed at once.
    private static DisplacementOptions Valid(DisplacementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException("Invalid displacement options: " + string.Join(" ", problems), nameof(options));
        }

        return options;
    }

    // Every subject the checks read: the engine calls the validator for claims of these only.
    private static string[] SubjectsOf(DisplacementOptions options) =>
        [options.FledSubject, options.ReturnedSubject, options.DisplacedSubject, .. options.CumulativeSubjects];

    private void StockAndFlow(ValidationContext context, Kind kind, List<Claim> siblings, KeyCache keys, List<Finding> findings)
    {
        var claim = context.Claim;
        var table = context.Options.Subjects;
        List<Claim> Of(Kind k) => k == kind ? [claim] : [.. siblings.Where(c => keys.KindOf(table.CanonicalKeyOf(c.Subject)) == k)];
        foreach (var fled in Of(Kind.Fled))
        {
            foreach (var returned in Of(Kind.Returned))
            {
                foreach (var displaced in Of(Kind.Displaced))
                {
                    if (!FitTogether(context.Options, fled, returned, displaced, out var timeChecked))
                    {
                        continue;
                    }

                    var f = fled.Figure!;
                    var r = returned.Figure!;
                    var d = displaced.Figure!;
                    var low = Math.Max(0, f.Low - r.High);
                    var high = f.High - r.Low;
                    var expected = high >= low ? Figure.Interval(low, double.IsPositiveInfinity(high) ? null : high) : null;
                    var fits = expected is not null && d.Overlaps(expected);
                    var sum = $"{Describe(fled)} fled − {Describe(returned)} returned leaves {(expected is null ? "nothing, since more returned than fled" : expected.DescribeInterval())} displaced";
                    var time = timeChecked ? string.Empty : " (time not checked: a period is missing)";
                    var others = new[] { fled, returned, displaced }.Where(c => !ReferenceEquals(c, claim)).Select(c => c.Id).ToArray();
                    if (fits)
                    {
                        findings.Add(new Finding(Name, FindingOutcome.Note, $"The figures add up: {sum}, and {Describe(displaced)} fits{time}.") { Code = SumCode, Evidence = others });
                    }
                    else if (kind == Kind.Displaced)
                    {
                        findings.Add(new Finding(Name, FindingOutcome.Contradicts, $"The figures do not add up: {sum}, but {Describe(displaced)} does not fit{time}.") { Code = SumCode, Evidence = others });
                    }
                    else
                    {
                        findings.Add(new Finding(Name, FindingOutcome.Note, $"The figures do not add up: {sum}, but {Describe(displaced)} does not fit{time}; the displaced figure ({displaced.Id}) is contested.") { Code = SumCode, Severity = FindingSeverity.Warning, Evidence = others });
                    }
                }
            }
        }
    }

    private void RunningTotals(ValidationContext context, string key, List<Claim> siblings, List<Finding> findings)
    {
        var claim = context.Claim;
        if (claim.Period is not { } period)
        {
            return;
        }

        var table = context.Options.Subjects;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in context.Candidates.Concat(siblings.Where(c => string.Equals(table.CanonicalKeyOf(c.Subject), key, StringComparison.Ordinal))))
        {
            if (other.Figure is null || other.Period is not { } otherPeriod || !seen.Add(other.Id)
                || context.PlaceRelationTo(other) != PlaceRelation.Same || !context.IsEcho(other)
                || Math.Abs(period.Start.DayNumber - otherPeriod.Start.DayNumber) > _sameStartDays
                || period.End == otherPeriod.End)
            {
                continue;
            }

            var (earlier, later) = period.End < otherPeriod.End ? (claim, other) : (other, claim);
            if (!Above(earlier.Figure!, later.Figure!))
            {
                continue;
            }

            var origin = string.Join(" and ", context.ClaimOrigins.Select(OriginGraph.SourceNameOf));
            findings.Add(new Finding(Name, FindingOutcome.Contradicts,
                $"The running total of {claim.Subject} from {origin} falls over time: {Describe(earlier)} as of {earlier.Period!.End:yyyy-MM-dd}, then {Describe(later)} as of {later.Period!.End:yyyy-MM-dd}; a total counted since {Start(earlier.Period, later.Period)} cannot fall.")
            {
                Code = TotalFallsCode,
                Evidence = [other.Id],
            });
        }
    }

    private void ReturnsWithinFlight(ValidationContext context, Kind kind, List<Claim> siblings, KeyCache keys, List<Finding> findings)
    {
        var claim = context.Claim;
        var table = context.Options.Subjects;
        var wanted = kind == Kind.Returned ? Kind.Fled : Kind.Returned;
        foreach (var other in siblings.Where(c => keys.KindOf(table.CanonicalKeyOf(c.Subject)) == wanted))
        {
            var (returned, fled) = kind == Kind.Returned ? (claim, other) : (other, claim);
            if (Relation(returned, fled, context.Options.PlaceNames) is not (PlaceRelation.Same or PlaceRelation.Within)
                || SameTime(returned, fled, context.Options.SameTimeWindowDays) == false
                || !Above(returned.Figure!, fled.Figure!))
            {
                continue;
            }

            var message = $"More people returned than fled: {Describe(returned)} returned to {returned.Place?.Name ?? "the place"}, but {Describe(fled)} fled{(fled.Place is { } p ? " " + p.Name : string.Empty)}.";
            findings.Add(kind == Kind.Returned
                ? new Finding(Name, FindingOutcome.Contradicts, message) { Code = ReturnsExceedFlightCode, Evidence = [other.Id] }
                : new Finding(Name, FindingOutcome.Note, message + $" The returned figure ({other.Id}) is contested.") { Code = ReturnsExceedFlightCode, Severity = FindingSeverity.Warning, Evidence = [other.Id] });
        }
    }

    // Fled and displaced for the same place, returns there or to a part of it, all about the same time.
    private static bool FitTogether(VerificationOptions options, Claim fled, Claim returned, Claim displaced, out bool timeChecked)
    {
        timeChecked = true;
        if (Relation(displaced, fled, options.PlaceNames) != PlaceRelation.Same
            || Relation(returned, fled, options.PlaceNames) is not (PlaceRelation.Same or PlaceRelation.Within))
        {
            return false;
        }

        foreach (var (a, b) in new[] { (fled, returned), (fled, displaced), (returned, displaced) })
        {
            switch (SameTime(a, b, options.SameTimeWindowDays))
            {
                case false:
                    return false;
                case null:
                    timeChecked = false;
                    break;
            }
        }

        return true;
    }

    // Whether every value a allows is above every value b allows.
    private static bool Above(Figure a, Figure b) =>
        a.Low > b.High || (a.Low == b.High && !(a.LowInclusive && b.HighInclusive));

    private static PlaceRelation Relation(Claim a, Claim b, PlaceNameTable names) => (a.Place, b.Place) switch
    {
        (null, null) => PlaceRelation.Same,
        ({ } x, { } y) => x.RelationTo(y, names),
        _ => PlaceRelation.Unrelated,
    };

    private static bool? SameTime(Claim a, Claim b, int window) =>
        a.Period is { } x && b.Period is { } y ? x.IsSameTimeAs(y, window) : null;

    private static string Start(Period a, Period b) => (a.Start <= b.Start ? a : b).Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(Claim claim)
    {
        var figure = claim.Figure!;
        var interval = figure.DescribeInterval();
        var possessive = claim.Source.EndsWith('s') ? claim.Source + "'" : claim.Source + "'s";
        return figure.Text is { } text && !string.Equals(text, interval, StringComparison.Ordinal)
            ? $"{possessive} '{text}' ({interval})"
            : $"{possessive} {interval}";
    }

    // Validators run concurrently: the cache is replaced as a whole, never changed in place.
    private KeyCache Keys(SubjectVocabulary table)
    {
        if (_keys is { } cached && ReferenceEquals(cached.Table, table))
        {
            return cached;
        }

        var keys = new KeyCache(
            table,
            table.CanonicalKeyOf(new Subject(_fled)),
            table.CanonicalKeyOf(new Subject(_returned)),
            table.CanonicalKeyOf(new Subject(_displaced)),
            _cumulative.Select(s => table.CanonicalKeyOf(new Subject(s))).ToHashSet(StringComparer.Ordinal));
        _keys = keys;
        return keys;
    }

    private sealed record KeyCache(SubjectVocabulary Table, string Fled, string Returned, string Displaced, HashSet<string> Cumulative)
    {
        public Kind KindOf(string key) =>
            key == Fled ? Kind.Fled : key == Returned ? Kind.Returned : key == Displaced ? Kind.Displaced : Kind.None;
    }
}

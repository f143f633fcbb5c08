using Verification.Claims;
using Verification.Measures;
using Verification.Sources;
using Verification.Subjects;
namespace Verification.Verdicts;

/// <summary>The verdict on one claim, the evidence behind it and every finding.</summary>
/// <remarks>Two results are equal when they are about equal claims, with the same verdict and equal findings in the same
/// order. The id lists (<see cref="Supporting"/> and the others) are drawn from the findings when first read.</remarks>
public sealed record ClaimVerification
{
    private const int SupportingList = 0, ConflictingList = 1, EchoesList = 2, NotComparableList = 3;

    // The four id lists, each drawn from the findings when first read. One field rather than four: a bulk run keeps
    // every result until it ends and reads few of these.
    private string[]?[]? _idLists;

    /// <summary>Creates a result; prefer <see cref="FromFindings"/>, which applies the verdict rules.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="verdict">The verdict.</param>
    /// <param name="findings">Every finding, in validator order.</param>
    public ClaimVerification(Claim claim, Verdict verdict, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(findings);
        Claim = claim;
        Verdict = verdict;
        Findings = findings;
    }

    /// <summary>The claim.</summary>
    public Claim Claim { get; }

    /// <summary>What the claim's subject was read as (population × event × qualifiers, and its HXL tag), when the engine
    /// verified it.</summary>
    public SubjectKey? SubjectKey { get; init; }

    /// <summary>The measure the claim's figure was checked as (stated, or inferred from its words and period), when the
    /// engine verified it.</summary>
    public Measure? Measure { get; init; }

    /// <summary>The verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Every finding, in validator order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Ids of evidence that supports the claim, in order of first mention.</summary>
    public IReadOnlyList<string> Supporting => IdList(SupportingList, static f => f.Outcome == FindingOutcome.Supports ? f.Evidence : []);

    /// <summary>Ids of evidence that contradicts the claim.</summary>
    public IReadOnlyList<string> Conflicting => IdList(ConflictingList, static f => f.Outcome == FindingOutcome.Contradicts ? f.Evidence : []);

    /// <summary>Ids of evidence that repeats the claim's own origin.</summary>
    public IReadOnlyList<string> Echoes => IdList(EchoesList, static f => f.Echoes);

    /// <summary>Ids of evidence on the same subject and place that is not comparable in time.</summary>
    public IReadOnlyList<string> NotComparable => IdList(NotComparableList, static f => f.NotComparable);

    /// <summary>The sentence that best explains the verdict: the first contradicting finding for a contested claim
    /// (or, when none contradicts, that the report itself flags the figure), the first supporting one for a
    /// corroborated claim, else the first note; failing those, the first finding.</summary>
    /// <remarks>When the verdict rests only on unnamed sources (<see cref="RestsOnUnnamedSources"/>), the sentence says
    /// so at its end: "… (the only independent figures come from unnamed sources)." for a corroborated claim, "… (the
    /// conflicting figures come only from unnamed sources)." for a contested one.</remarks>
    public string Reason
    {
        get
        {
            var wanted = Verdict switch
            {
                Verdict.Contested => FindingOutcome.Contradicts,
                Verdict.Corroborated => FindingOutcome.Supports,
                _ => FindingOutcome.Note,
            };
            foreach (var f in Findings)
            {
                if (f.Outcome == wanted)
                {
                    return wanted != FindingOutcome.Note && RestsOnUnnamedSources ? WithUnnamedNote(f.Message) : f.Message;
                }
            }

            if (Verdict == Verdict.Contested && Claim.IsContested)
            {
                return FlaggedByReport;
            }

            return Findings.Count > 0 ? Findings[0].Message : "No validator had anything to say about this claim.";
        }
    }

    /// <summary>Whether the verdict rests only on unnamed sources ("officials", "witnesses": see
    /// <see cref="GenericSourceWords"/>): every origin the supporting findings of a corroborated claim name (less any
    /// origin a finding discounts), or every origin the contradicting findings of a contested claim name, is an unnamed
    /// source's origin (<see cref="OriginGraph.IsUnnamedOrigin"/>).</summary>
    /// <remarks>False for an unverified claim, and whenever a finding that decides the verdict names no origin (a
    /// validator's own judgement, the report's flag): the verdict then rests on more than the figures' sources.</remarks>
    public bool RestsOnUnnamedSources
    {
        get
        {
            var deciding = Verdict switch
            {
                Verdict.Corroborated => FindingOutcome.Supports,
                Verdict.Contested => FindingOutcome.Contradicts,
                _ => (FindingOutcome?)null,
            };
            if (deciding is null)
            {
                return false;
            }

            // Discounted origins do not corroborate; a contradiction from one still stands, so it still counts there.
            // Gathered only when a named origin is met: most verdicts are decided by named sources, and gathering would
            // make every finding of a list that makes its findings when read.
            var discounts = deciding == FindingOutcome.Supports && (Findings is not IFindingsSummary summary || summary.AnyDiscounts);
            HashSet<string>? discounted = null;
            var any = false;
            for (var i = 0; i < Findings.Count; i++)
            {
                var f = Findings[i];
                if (f.Outcome != deciding)
                {
                    continue;
                }

                if (f.Origins.Count == 0)
                {
                    return false;
                }

                for (var j = 0; j < f.Origins.Count; j++)
                {
                    var origin = f.Origins[j];
                    if (OriginGraph.IsUnnamedOrigin(origin))
                    {
                        any |= Counts(origin);
                    }
                    else if (Counts(origin))
                    {
                        return false;
                    }
                }
            }

            return any;

            bool Counts(string origin) => !discounts || !(discounted ??= DiscountedOrigins(Findings) ?? []).Contains(origin);
        }
    }

    /// <inheritdoc />
    public bool Equals(ClaimVerification? other) =>
        other is not null && Claim == other.Claim && Verdict == other.Verdict && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Claim, Verdict, Findings.Count);

    private const string FlaggedByReport = "The report itself flags this figure as contested or poorly sourced.";

    // The message, with the note that the verdict rests only on unnamed sources before its final full stop.
    private string WithUnnamedNote(string message)
    {
        var note = Verdict == Verdict.Contested
            ? " (the conflicting figures come only from unnamed sources)"
            : " (the only independent figures come from unnamed sources)";
        return message.EndsWith('.') ? string.Concat(message.AsSpan(0, message.Length - 1), note, ".") : message + note + ".";
    }

    private static HashSet<string>? DiscountedOrigins(IReadOnlyList<Finding> findings)
    {
        HashSet<string>? discounted = null;
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].DiscountedOrigins.Count > 0)
            {
                (discounted ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(findings[i].DiscountedOrigins);
            }
        }

        return discounted;
    }

    /// <summary>Applies the verdict rules to a claim's findings.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="findings">Every finding, in validator order.</param>
    /// <param name="minIndependentOrigins">How many distinct independent origins must agree for corroboration (at least 1).</param>
    /// <remarks>Contested when the claim's own report flags it (<see cref="Claim.IsContested"/>) or any finding
    /// contradicts; else corroborated when the supporting findings name at least
    /// <paramref name="minIndependentOrigins"/> distinct origins, not counting any origin a finding lists in
    /// <see cref="Finding.DiscountedOrigins"/>; else unverified. Notes and errors decide nothing by their outcome.</remarks>
    public static ClaimVerification FromFindings(Claim claim, IReadOnlyList<Finding> findings, int minIndependentOrigins = 1) =>
        Decide(claim, findings, minIndependentOrigins, null, null);

    /// <summary><see cref="FromFindings(Claim, IReadOnlyList{Finding}, int)"/>, with what the engine read the claim as.</summary>
    public static ClaimVerification Decide(Claim claim, IReadOnlyList<Finding> findings, int minIndependentOrigins, SubjectKey? subjectKey, Measure? measure)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentOutOfRangeException.ThrowIfLessThan(minIndependentOrigins, 1);
        var contested = claim.IsContested;
        bool supported = false, discounts = false;
        if (findings is IFindingsSummary summary)
        {
            contested |= summary.AnyContradicts;
            supported = summary.AnySupports;
            discounts = summary.AnyDiscounts;
        }
        else
        {
            for (var i = 0; i < findings.Count; i++)
            {
                var f = findings[i];
                contested |= f.Outcome == FindingOutcome.Contradicts;
                supported |= f.Outcome == FindingOutcome.Supports;
                discounts |= f.DiscountedOrigins.Count > 0;
            }
        }

        // Counting origins needs a set only when more than one must agree or some are discounted: otherwise any
        // supporting finding names at least one origin (or counts as one), which is enough.
        var verdict = contested ? Verdict.Contested
            : !supported ? Verdict.Unverified
            : (minIndependentOrigins == 1 && !discounts) || CountOrigins(findings) >= minIndependentOrigins ? Verdict.Corroborated
            : Verdict.Unverified;
        return new ClaimVerification(claim, verdict, findings) { SubjectKey = subjectKey, Measure = measure };
    }

    // The distinct origins of the supporting findings, less those any finding discounts.
    private static int CountOrigins(IReadOnlyList<Finding> findings)
    {
        var origins = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.Outcome == FindingOutcome.Supports)
            {
                if (f.Origins.Count == 0)
                {
                    origins.Add("\0finding:" + i);
                }
                else
                {
                    origins.UnionWith(f.Origins);
                }
            }
        }

        if (DiscountedOrigins(findings) is { } discounted)
        {
            origins.ExceptWith(discounted);
        }

        return origins.Count;
    }

    // Two threads reading a list first may both draw it; they draw equal lists, and the first one stored is kept.
    private string[] IdList(int list, Func<Finding, IReadOnlyList<string>> select)
    {
        var lists = Volatile.Read(ref _idLists) ?? Interlocked.CompareExchange(ref _idLists, new string[]?[4], null) ?? _idLists!;
        return Volatile.Read(ref lists[list]) ?? Interlocked.CompareExchange(ref lists[list], Collect(Findings, select), null) ?? lists[list]!;
    }

    // Indexed loops: enumerating the lists through their interfaces would allocate an enumerator per finding.
    private static string[] Collect(IReadOnlyList<Finding> findings, Func<Finding, IReadOnlyList<string>> select)
    {
        List<string>? ids = null;
        for (var i = 0; i < findings.Count; i++)
        {
            var selected = select(findings[i]);
            for (var j = 0; j < selected.Count; j++)
            {
                var id = selected[j];
                ids ??= [];
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
        }

        return ids is null ? [] : [.. ids];
    }
}

namespace Verification.Plugins.CasualtyGrading;

/// <summary>What <see cref="CasualtyGradingValidator"/> grades, and how it tells parties and sources apart.</summary>
/// <remarks>Set through <c>AddCasualtyGrading(o =&gt; …)</c>, or bound from configuration (<c>AddCasualtyGrading("Verification:CasualtyGrading")</c>). The validator takes a copy when it is created, so later
/// changes do not affect a running host.</remarks>
public sealed class CasualtyGradingOptions
{
    /// <summary>The subjects graded, compared through the run's synonym table. Default: civilians killed, civilians
    /// injured, civilian casualties.</summary>
    public IList<string> Subjects { get; } = ["civilians killed", "civilians injured", "civilian casualties"];

    /// <summary>The metadata field naming the party a report accuses of the harm ("accused": "Coalition").</summary>
    public string AccusedField { get; set; } = "accused";

    /// <summary>The metadata field naming the party a source speaks for ("party": "Coalition"), for sources not in
    /// <see cref="PartySources"/>.</summary>
    public string PartyField { get; set; } = "party";

    /// <summary>The metadata flag marking a report that was assessed as not credible ("discounted": true).</summary>
    public string DiscountedField { get; set; } = "discounted";

    /// <summary>For each party, the sources that speak for it: their figures are the party's own, kept apart from
    /// independent sources'. A source named like the party speaks for it too. Names compare ignoring case and spacing.</summary>
    public IDictionary<string, IList<string>> PartySources { get; } = new Dictionary<string, IList<string>>(StringComparer.OrdinalIgnoreCase)
    {
        ["Coalition"] = ["CJTF-OIR", "US military", "US military investigation", "US Central Command", "CENTCOM", "US Department of Defense"],
    };

    /// <summary>Sources whose reports do not count as credible for the <see cref="CasualtyGrade.Fair"/> grade or for the
    /// range independent sources support.</summary>
    public ISet<string> NotCredibleSources { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many independent credible origins make a claim <see cref="CasualtyGrade.Fair"/>. Default 2; at least 2.</summary>
    public int MinimumSourcesForFair { get; set; } = 2;

    /// <summary>Every problem with the options; empty when they are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Subjects.Count == 0 || Subjects.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("Subjects must list at least one subject, none of them empty.");
        }

        foreach (var (name, field) in new[] { (nameof(AccusedField), AccusedField), (nameof(PartyField), PartyField), (nameof(DiscountedField), DiscountedField) })
        {
            if (string.IsNullOrWhiteSpace(field))
            {
                problems.Add($"{name} must name a metadata field.");
            }
        }

        if (MinimumSourcesForFair < 2)
        {
            problems.Add($"MinimumSourcesForFair must be at least 2 (one source is a weak grade); it was {MinimumSourcesForFair}.");
        }

        return problems;
    }
}

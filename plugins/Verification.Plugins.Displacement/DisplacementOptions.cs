using Verification.Subjects;
namespace Verification.Plugins.Displacement;

/// <summary>Which subjects <see cref="DisplacementValidator"/> treats as flows and stocks of displaced people.</summary>
/// <remarks>Set through <c>AddDisplacement(o =&gt; …)</c>, or bound from configuration (<c>AddDisplacement("Verification:Displacement")</c>). Subjects compare through the run's synonym table, so
/// "returnees" is "people returned" under the default table. The validator takes a copy when it is created.</remarks>
public sealed class DisplacementOptions
{
    /// <summary>The outflow: people who fled (a running total since the displacement began).</summary>
    public string FledSubject { get; set; } = "people fled";

    /// <summary>The return flow: people who went back (a running total).</summary>
    public string ReturnedSubject { get; set; } = "people returned";

    /// <summary>The stock: people still displaced, which is what fled less what returned.</summary>
    public string DisplacedSubject { get; set; } = "people displaced";

    /// <summary>Subjects counted as running totals, which can only grow over time. Default: the fled and returned subjects.</summary>
    public IList<string> CumulativeSubjects { get; } = ["people fled", "people returned"];

    /// <summary>How many days apart the starts of two running totals may be and still count as the same total
    /// ("since October" and "since 17 October"). Default 31.</summary>
    public int SameStartDays { get; set; } = 31;

    /// <summary>Every problem with the options; empty when they are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (name, subject) in new[] { (nameof(FledSubject), FledSubject), (nameof(ReturnedSubject), ReturnedSubject), (nameof(DisplacedSubject), DisplacedSubject) })
        {
            if (string.IsNullOrWhiteSpace(subject) || new Subject(subject).IsEmpty)
            {
                problems.Add($"{name} must name a subject.");
            }
        }

        if (CumulativeSubjects.Any(s => string.IsNullOrWhiteSpace(s) || new Subject(s).IsEmpty))
        {
            problems.Add("CumulativeSubjects must not hold an empty subject.");
        }

        if (SameStartDays < 0)
        {
            problems.Add($"SameStartDays must not be negative; it was {SameStartDays}.");
        }

        return problems;
    }
}

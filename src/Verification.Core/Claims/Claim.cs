using Verification.Figures;
using Verification.Measures;
using Verification.Periods;
using Verification.Places;
using Verification.Sources;
using Verification.Subjects;
using Verification.Validators;
namespace Verification.Claims;

/// <summary>One figure, as one source stated it: what it counts, where, when, according to whom.</summary>
/// <remarks>
/// <para>A claim is immutable; derive changed copies with <c>with</c> expressions. Two claims are equal when every
/// property is, comparing <see cref="DerivedFrom"/> in order and <see cref="Metadata"/> as a set of pairs.</para>
/// <para>The model does not enforce input rules such as a non-empty <see cref="Source"/>: those are checked, with
/// every problem listed, before verification starts (see the engine's input rules).</para>
/// </remarks>
public sealed record Claim
{
    /// <summary>Creates a claim.</summary>
    /// <param name="id">The claim's identifier, unique within its report or evidence set.</param>
    /// <param name="subject">What the figure counts.</param>
    /// <param name="figure">The figure, or null for a dated event with no figure.</param>
    /// <param name="source">The party that produced the figure ("UNHCR", "US military investigation").</param>
    public Claim(string id, Subject subject, Figure? figure, string source)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(source);
        Id = id;
        Subject = subject;
        Figure = figure;
        Source = source;
    }

    /// <summary>The claim's identifier, unique within its report or evidence set.</summary>
    public string Id { get; init; }

    /// <summary>What the figure counts.</summary>
    public Subject Subject { get; init; }

    /// <summary>The figure; null for a dated event with no figure.</summary>
    public Figure? Figure { get; init; }

    /// <summary>Where; null when the claim names no place.</summary>
    public Place? Place { get; init; }

    /// <summary>The time the figure refers to; null when not known (then time is not checked, and findings say so).</summary>
    public Period? Period { get; init; }

    /// <summary>The party that produced the figure.</summary>
    public string Source { get; init; }

    /// <summary>What kind of quantity the figure is, when stated; null to infer it from the claim's words and period
    /// (see <see cref="Verification.Measures.Measure"/>).</summary>
    public Measure? Measure { get; init; }

    /// <summary>How much of <see cref="Place"/> the figure covers. Default <see cref="Coverage.Full"/>.</summary>
    public Coverage Coverage { get; init; }

    /// <summary>The sources the figure was taken from (an outlet quoting UNHCR lists "UNHCR"); empty when the source produced it.</summary>
    public IReadOnlyList<string> DerivedFrom { get; init; } = [];

    /// <summary>The outlet or document the claim appeared in, kept apart from the <see cref="Source"/>.</summary>
    public string? ReportedIn { get; init; }

    /// <summary>Whether the report itself says the figure is disputed or poorly sourced.</summary>
    public bool IsContested { get; init; }

    /// <summary>The sentence the figure was stated in.</summary>
    public string? Quote { get; init; }

    /// <summary>Free-form fields kept from the input (values as raw JSON text when read from a file).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = EmptyMetadata;

    private static readonly IReadOnlyDictionary<string, string> EmptyMetadata = new Dictionary<string, string>();

    /// <summary>The sources this claim's figure originates from: <see cref="DerivedFrom"/> when given, else <see cref="Source"/>.</summary>
    /// <remarks>Transitive origins, through other claims' derivations, come from an <see cref="OriginGraph"/>.</remarks>
    public IEnumerable<string> DirectOrigins => DerivedFrom.Count > 0 ? DerivedFrom : [Source];

    /// <inheritdoc />
    public bool Equals(Claim? other) =>
        other is not null
        && Id == other.Id && Subject == other.Subject && Figure == other.Figure && Place == other.Place
        && Period == other.Period && Source == other.Source && ReportedIn == other.ReportedIn
        && Measure == other.Measure && Coverage == other.Coverage
        && IsContested == other.IsContested && Quote == other.Quote
        && DerivedFrom.SequenceEqual(other.DerivedFrom)
        && Metadata.Count == other.Metadata.Count
        && Metadata.All(kv => other.Metadata.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Subject, Figure, Place, Period, Source);

    /// <summary>"c1: around 340,000 people fled (Mosul, Iraq; UNHCR)".</summary>
    public override string ToString() =>
        $"{Id}: {Figure?.ToString() ?? "(no figure)"} {Subject}" + (Place is null ? string.Empty : $" ({Place}; {Source})");
}

using Verification.Measures;
using Verification.Places;
using Verification.Subjects;
namespace Verification.Verdicts;

/// <summary>What a <see cref="FindingCodes.FigureAgrees"/> or <see cref="FindingCodes.FigureConflicts"/> finding
/// compared (see <see cref="Finding.State"/>).</summary>
/// <param name="EvidenceId">The evidence claim compared.</param>
/// <param name="Agrees">Whether the two figures' intervals meet.</param>
/// <param name="Measure">The claim's measure (incident, stock, running total, projection).</param>
/// <param name="TimeRule">The time rule that decided the two figures are of the same time, in words ("incident figures:
/// the spans match within 2 days").</param>
/// <param name="Subject">How the claim's subject relates to the evidence's (the same, or one leaving the population
/// unspecified).</param>
/// <param name="Place">How the claim's place relates to the evidence's.</param>
public sealed record FigureComparisonState(string EvidenceId, bool Agrees, Measure Measure, string TimeRule, SubjectRelation Subject, PlaceRelation Place);

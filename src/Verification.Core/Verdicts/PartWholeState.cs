using Verification.Places;
using Verification.Subjects;
namespace Verification.Verdicts;

/// <summary>What a <see cref="FindingCodes.PartExceedsWhole"/> finding found (see <see cref="Finding.State"/>).</summary>
/// <param name="PartId">The claim that counts the part.</param>
/// <param name="WholeId">The claim that counts the whole.</param>
/// <param name="Subject">How the claim's subject relates to the evidence's: a narrower subject makes a part.</param>
/// <param name="Place">How the claim's place relates to the evidence's: a place inside the other's makes a part.</param>
/// <param name="PartialCoverage">Whether one of them covers only part of its place, which makes it the part.</param>
public sealed record PartWholeState(string PartId, string WholeId, SubjectRelation Subject, PlaceRelation Place, bool PartialCoverage);

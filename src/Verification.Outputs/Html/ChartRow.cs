using Verification.Figures;
using Verification.Outputs.Evidence;
using Verification.Places;
namespace Verification.Outputs.Html;

/// <summary>One source's figure in a chart: the claim itself (no role) or a piece of evidence and its role.</summary>
/// <param name="Id">The claim's or evidence's id.</param>
/// <param name="Source">Who gave the figure.</param>
/// <param name="Figure">The figure.</param>
/// <param name="Role">The evidence's role; null for the claim checked.</param>
internal sealed record ChartRow(string Id, string Source, Figure Figure, EvidenceRole? Role);

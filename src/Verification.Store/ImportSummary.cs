using Verification.Input;
namespace Verification.Store;

/// <summary>What importing one source did, or would have done had it no problems.</summary>
/// <param name="Source">The source.</param>
/// <param name="Added">Claims new to the store.</param>
/// <param name="Revised">Claims whose content changed: stored as a new revision, the old one kept as history.</param>
/// <param name="Unchanged">Claims the store already held as they are.</param>
/// <param name="AlreadyImported">Whether the store already held this source's content (same digest): nothing was read.</param>
/// <param name="Problems">Every problem found in the source; when any source of an import has one, nothing of the import
/// is stored.</param>
public sealed record ImportSummary(ImportSource Source, int Added, int Revised, int Unchanged, bool AlreadyImported, IReadOnlyList<ClaimProblem> Problems);
